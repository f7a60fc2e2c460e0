/* importers/rows.h — the one shape every reader hands to the import sinks: a header row of
 * column names, then records of text cells, each cell with its source position.
 *
 * @code
 *     static sif_status on_row(void *ctx, const sif_row *row, sif_error *err) {
 *         for (size_t i = 0; i < row->ncells; i++)
 *             ... row->cells[i].text (NUL-terminated UTF-8), .line, .column ...
 *         return SIF_OK;
 *     }
 *     sif_csv_read("costs.csv", &opts, on_row, ctx, &err);    // or XML, XLSX, SIE readers
 * @endcode
 *
 * Readers (CSV, XML, XLSX, SIE) turn a file into rows; sinks (one per import kind: costs,
 * savings, exits, payments, treatment, placements, params) check the header, parse each
 * cell and write through the core API. Readers never talk to the ledger; sinks never look
 * at file formats. Internal to importers/: not a public header.
 *
 * Ownership: a row and its cells are borrowed for the duration of the callback only; copy
 * what you keep. Texts are valid UTF-8 (readers transcode or refuse), NUL-terminated, with
 * no NUL inside. The first row a reader delivers is the header (row->is_header), whose cell
 * texts are the column names, trimmed (the CSV reader also lower-cases them; the others keep
 * the case the file writes, for messages: the import folds names to match them).
 *
 * A callback returning non-SIF_OK stops the reader, which returns that status; err then
 * carries the sink's message and position (sinks fill file/line/column from the cell).
 */
#ifndef SIF_IMPORT_ROWS_H
#define SIF_IMPORT_ROWS_H

#include <stdbool.h>
#include <stddef.h>
#include "sif/error.h"

typedef struct sif_cell {
    const char *text;   /* UTF-8, NUL-terminated */
    size_t len;         /* bytes, without the NUL */
    long line;          /* 1-based line (CSV/SIE), row (XLSX) or line of the element (XML) */
    long column;        /* 1-based field number (CSV), column (XLSX) or 0 */
} sif_cell;

typedef struct sif_row {
    const char *file;   /* the source's name, for messages */
    bool is_header;
    size_t ncells;
    const sif_cell *cells;
} sif_row;

typedef sif_status (*sif_row_fn)(void *ctx, const sif_row *row, sif_error *err);

/* Limits every reader enforces (bytes). */
#define SIF_IMPORT_MAX_FILE   ((size_t)2 << 30)   /* 2 GiB of input */
#define SIF_IMPORT_MAX_LINE   ((size_t)1 << 20)   /* 1 MiB in one line or cell */
#define SIF_IMPORT_MAX_CELLS  256                 /* columns in one row */
#define SIF_IMPORT_MAX_XML    ((size_t)64 << 20)  /* 64 MiB of XML (after decompression) */
/* attributes of one XML element: libxml2 2.9.14 is quadratic in them (40 000 take 13 s), and
 * an import element needs a handful (xmlns) */
#define SIF_IMPORT_MAX_XML_ATTRS 64
#define SIF_IMPORT_MAX_ERRORS 20                  /* problems collected before giving up */

#endif
