/* importers/rowbuf.h — a reusable row under construction, shared by the XML, XLSX and SIE
 * readers: cell texts are appended one by one, then the row is handed to a sif_row_fn.
 *
 * @code
 *     sif_rowbuf rb;
 *     sif_rowbuf_init(&rb);
 *     sif_rowbuf_add(&rb, "projekt", 7, line, 0, &err);     // per cell
 *     sif_rowbuf_emit(&rb, "costs.xml", true, fn, ctx, &err); // header, then clear
 *     sif_rowbuf_release(&rb);
 * @endcode
 *
 * Every text added is checked: at most SIF_IMPORT_MAX_LINE bytes, no NUL, valid UTF-8, and
 * at most SIF_IMPORT_MAX_CELLS cells per row (SIF_ERR_DATA otherwise, at the cell's
 * position). The struct is owned by the caller; its buffers grow and are reused across rows
 * and are freed by sif_rowbuf_release. Internal to importers/.
 */
#ifndef SIF_IMPORT_ROWBUF_H
#define SIF_IMPORT_ROWBUF_H

#include "rows.h"

typedef struct sif_rowbuf {
    char *text;         /* cell texts, each followed by a NUL */
    size_t len, cap;
    sif_cell *cells;    /* .text holds an offset into text until emit */
    size_t ncells, cap_cells;
} sif_rowbuf;

void sif_rowbuf_init(sif_rowbuf *rb);
/* Free the buffers; accepts a released or zeroed struct. */
void sif_rowbuf_release(sif_rowbuf *rb);
/* Drop the cells of the current row, keeping the buffers. */
void sif_rowbuf_clear(sif_rowbuf *rb);

/* Append one cell. file names the source in error messages (may be NULL). */
sif_status sif_rowbuf_add(sif_rowbuf *rb, const char *file, const char *text, size_t len,
                          long line, long column, sif_error *err);

/* Hand the row to fn and clear it. A header row has its texts trimmed of ASCII blanks, their
 * case kept ("Tjänst" and "TJÄNST" are the same column once the import folds them, and a
 * message names it as the file does). Returns fn's status. */
sif_status sif_rowbuf_emit(sif_rowbuf *rb, const char *file, bool is_header, sif_row_fn fn,
                           void *ctx, sif_error *err);


#endif
