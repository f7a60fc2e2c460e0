/* include/sif/batch.h — the batches a ledger holds, listed or looked up by what they came
 * from (SPEC §11.1: a file is imported once).
 *
 * @code
 *     sif_batch_info prior;
 *     bool found;
 *     if (sif_batch_find_file(st, "import:costs", hex, &prior, &found, &err) == SIF_OK &&
 *         found)
 *         ... "imported already as batch prior.id on prior.at by prior.user" ...
 * @endcode
 *
 * A batch is the record of one write: its kind ("entry", "import:costs", ...), the file it
 * came from and the file's SHA-256, who and when. The struct is the caller's.
 */
#ifndef SIF_BATCH_H
#define SIF_BATCH_H

#include <stdbool.h>
#include <stdint.h>
#include "sif/store.h"

typedef struct sif_batch_info {
    int64_t id;
    char kind[40];
    char source[256];
    char sha256[65];
    char user[64];
    char at[32];             /* "2026-11-27T10:15:00Z" as stored */
    char note[256];
} sif_batch_info;

/* The first committed batch of that kind whose file had that SHA-256 (hex). *found is false
 * (and *out untouched) when there is none. Read-only; may run inside an open write. */
sif_status sif_batch_find_file(sif_store *st, const char *kind, const char *sha256,
                               sif_batch_info *out, bool *found, sif_error *err);

/* Called once per batch by sif_batch_list: b is valid only during the call; rows is the
 * number of rows the batch journaled (0 for the payment register, which verify checks per
 * batch). Return non-zero to stop. */
typedef int (*sif_batch_fn)(void *ctx, const sif_batch_info *b, int64_t rows);

/* Every committed batch in id order, with who and when of its commit. Reads one journal link
 * a batch (its commit): the rows of a batch are the links between its commit and the one
 * before, as a write appends its links together under the write lock. As fast on a ledger
 * of a million rows as on one of a hundred. */
sif_status sif_batch_list(sif_store *st, sif_batch_fn fn, void *ctx, sif_error *err);

#endif
