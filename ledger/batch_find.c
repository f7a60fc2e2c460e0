/* ledger/batch_find.c — batches listed, or looked up by the file they came from. */
#include "store_internal.h"

#include <stdio.h>
#include "sif/batch.h"

static void copy_col(sqlite3_stmt *s, int col, char *dst, size_t size)
{
    const unsigned char *t = sqlite3_column_text(s, col);
    snprintf(dst, size, "%s", t ? (const char *)t : "");
}

sif_status sif_batch_find_file(sif_store *st, const char *kind, const char *sha256,
                               sif_batch_info *out, bool *found, sif_error *err)
{
    *found = false;
    if (sha256 == NULL || *sha256 == '\0')
        return SIF_OK;
    sqlite3_stmt *s;
    sif_status rc = sif_store_prepare(st,
        "SELECT id, kind, source, sha256, user, at, note FROM batch"
        " WHERE kind = ?1 AND sha256 = ?2 ORDER BY id LIMIT 1", &s, err);
    if (rc != SIF_OK)
        return rc;
    sif_bind_text(s, 1, kind);
    sif_bind_text(s, 2, sha256);
    int step = sqlite3_step(s);
    if (step == SQLITE_ROW) {
        out->id = sqlite3_column_int64(s, 0);
        copy_col(s, 1, out->kind, sizeof out->kind);
        copy_col(s, 2, out->source, sizeof out->source);
        copy_col(s, 3, out->sha256, sizeof out->sha256);
        copy_col(s, 4, out->user, sizeof out->user);
        copy_col(s, 5, out->at, sizeof out->at);
        copy_col(s, 6, out->note, sizeof out->note);
        *found = true;
    } else if (step != SQLITE_DONE) {
        rc = sif_store_error(st, step, err);
    }
    sqlite3_finalize(s);
    return rc;
}

sif_status sif_batch_list(sif_store *st, sif_batch_fn fn, void *ctx, sif_error *err)
{
    sqlite3_stmt *s;
    sif_status rc = sif_store_prepare(st,
        "SELECT b.id, b.kind, b.source, b.sha256, j.user, j.at, b.note, j.seq FROM batch b"
        " JOIN journal j ON j.tbl = 'batch' AND j.row_id = b.id AND j.action = 'commit'"
        " ORDER BY j.seq", &s, err);
    if (rc != SIF_OK)
        return rc;
    int64_t prev = 0;
    int step;
    while ((step = sqlite3_step(s)) == SQLITE_ROW) {
        sif_batch_info b;
        b.id = sqlite3_column_int64(s, 0);
        copy_col(s, 1, b.kind, sizeof b.kind);
        copy_col(s, 2, b.source, sizeof b.source);
        copy_col(s, 3, b.sha256, sizeof b.sha256);
        copy_col(s, 4, b.user, sizeof b.user);
        copy_col(s, 5, b.at, sizeof b.at);
        copy_col(s, 6, b.note, sizeof b.note);
        int64_t seq = sqlite3_column_int64(s, 7);
        int64_t rows = seq - prev - 1; /* the links of this write before its commit link */
        prev = seq;
        if (fn(ctx, &b, rows))
            break;
    }
    if (step != SQLITE_ROW && step != SQLITE_DONE)
        rc = sif_store_error(st, step, err);
    sqlite3_finalize(s);
    return rc;
}
