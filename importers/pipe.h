/* importers/pipe.h — run a reader on its own thread and hand its rows to a sink on the
 * calling thread, so that parsing a file overlaps with writing it to SQLite.
 *
 * @code
 *     static sif_status read_csv(void *rctx, sif_row_fn fn, void *fctx, sif_error *err) {
 *         return sif_csv_read(path, &opts, fn, fctx, &info, err);
 *     }
 *     rc = sif_pipe_run(read_csv, &args, on_row, job, &err);
 * @endcode
 *
 * Rows are copied, in order, into one of two fixed blocks (each big enough for the longest
 * row a reader may hand over), so memory is bounded and nothing is allocated per row. When
 * the sink returns non-SIF_OK the reader is told to stop, and that status and error are
 * returned; else the reader's own status is. Callbacks of the reader (progress) run on the
 * reader's thread. Internal to importers/.
 */
#ifndef SIF_IMPORT_PIPE_H
#define SIF_IMPORT_PIPE_H

#include "rows.h"

/* A reader: calls fn(fctx, row, err) for every row and returns its status. */
typedef sif_status (*sif_pipe_reader)(void *rctx, sif_row_fn fn, void *fctx, sif_error *err);

sif_status sif_pipe_run(sif_pipe_reader reader, void *rctx, sif_row_fn sink, void *sctx,
                        sif_error *err);

#endif
