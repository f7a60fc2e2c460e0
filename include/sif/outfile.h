/* include/sif/outfile.h — writing a file without ever losing another (SPEC §11.3).
 *
 * @code
 *     sif_outfile o;
 *     if (sif_outfile_begin(&o, "HFO.xlsx", force, &err) != SIF_OK) return err.code;
 *     rc = write_the_workbook(o.tmp, &err);            // write to the temporary file
 *     rc = rc == SIF_OK ? sif_outfile_commit(&o, &err) : (sif_outfile_abort(&o), rc);
 * @endcode
 *
 * A target that exists is replaced only with force, and a SQLite database (a ledger, most
 * likely) never, not even with force. The content goes to a temporary file in the target's
 * directory, is flushed to disk and renamed over the target in one step: a failed write
 * leaves no half file, and the old file intact.
 */
#ifndef SIF_OUTFILE_H
#define SIF_OUTFILE_H

#include <stdbool.h>
#include "sif/error.h"

/* One file being written. Owned by the caller (usually on the stack). */
typedef struct sif_outfile {
    char path[4096];    /* the target */
    char tmp[4096];     /* the temporary file beside it; "" when there is none */
    bool force;
} sif_outfile;

/* True when the file at path starts with SQLite's header ("SQLite format 3"). */
bool sif_file_is_sqlite(const char *path);

/* Check the target and create an empty temporary file beside it (mode 0666 less the
 * umask). SIF_ERR_CANTCREATE when path exists and force is false, when it is a SQLite
 * database or a directory, or when the temporary file cannot be created. On failure there
 * is no temporary file. */
sif_status sif_outfile_begin(sif_outfile *o, const char *path, bool force, sif_error *err);

/* Flush the temporary file to disk and rename it over the target (without force, only if
 * the target still does not exist). On failure the temporary file is removed and the target
 * is as it was. */
sif_status sif_outfile_commit(sif_outfile *o, sif_error *err);

/* Remove the temporary file, if any. Safe to call twice, or after a failed begin. */
void sif_outfile_abort(sif_outfile *o);

/* Where an error names the temporary file, name the target instead. */
void sif_outfile_blame(const sif_outfile *o, sif_error *err);

#endif
