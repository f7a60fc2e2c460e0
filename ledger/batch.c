/* ledger/batch.c — write transactions: BEGIN IMMEDIATE, the batch row, its journal link,
 * COMMIT or ROLLBACK. Above both the store (the connection) and the journal (the chain), so
 * that neither calls the other's callers. */
#include "store_internal.h"

#include <stdio.h>

sif_status sif_write_begin(sif_store *st, const char *kind, const char *source,
                           const char *sha256, int64_t *batch_id, sif_error *err)
{
    if (sif_store_in_write(st))
        return sif_error_set(err, SIF_ERR_USAGE, "a write is already open");
    sif_status rc = sif_store_exec(st, "BEGIN IMMEDIATE", err);
    if (rc != SIF_OK)
        return rc;
    sif_store_set_in_write(st, true);
    /* under the write lock: the guards this write relies on are the shipped ones */
    sif_store_set_payment_digest(st, 0, NULL);
    rc = sif_schema_require_shipped(st, err);
    if (rc == SIF_OK)
        rc = sif_chain_load_key(st, err);
    if (rc != SIF_OK) {
        sif_write_abort(st);
        return rc;
    }
    sqlite3_stmt *s;
    rc = sif_store_prepare(st, "SELECT coalesce(max(id), 0) + 1 FROM batch", &s, err);
    if (rc == SIF_OK) {
        int step = sqlite3_step(s);
        if (step == SQLITE_ROW)
            *batch_id = sqlite3_column_int64(s, 0);
        else
            rc = sif_store_error(st, step, err);
        sqlite3_finalize(s);
    }
    if (rc != SIF_OK) {
        sif_write_abort(st);
        return rc;
    }
    /* the batch row itself is written at commit (rows and sum known then); its kind, source
     * and digest are kept in a temp table until then */
    rc = sif_store_exec(st, "CREATE TEMP TABLE IF NOT EXISTS pending_batch(id INTEGER, kind TEXT,"
                            " source TEXT, sha256 TEXT)", err);
    if (rc == SIF_OK)
        rc = sif_store_exec(st, "DELETE FROM temp.pending_batch", err);
    if (rc == SIF_OK) {
        rc = sif_store_prepare(st, "INSERT INTO temp.pending_batch VALUES (?, ?, ?, ?)", &s, err);
        if (rc == SIF_OK) {
            sqlite3_bind_int64(s, 1, *batch_id);
            sif_bind_text(s, 2, kind ? kind : "entry");
            sif_bind_text(s, 3, source);
            sif_bind_text(s, 4, sha256);
            int step = sqlite3_step(s);
            if (step != SQLITE_DONE)
                rc = sif_store_error(st, step, err);
            sqlite3_finalize(s);
        }
    }
    if (rc != SIF_OK)
        sif_write_abort(st);
    return rc;
}

sif_status sif_write_set_sha256(sif_store *st, int64_t batch_id, const char *sha256,
                                sif_error *err)
{
    if (!sif_store_in_write(st))
        return sif_error_set(err, SIF_ERR_USAGE, "no write is open");
    sqlite3_stmt *s;
    sif_status rc = sif_store_prepare(st, "UPDATE temp.pending_batch SET sha256 = ? WHERE id = ?",
                                      &s, err);
    if (rc != SIF_OK)
        return rc;
    sif_bind_text(s, 1, sha256 && *sha256 ? sha256 : NULL);
    sqlite3_bind_int64(s, 2, batch_id);
    int step = sqlite3_step(s);
    if (step != SQLITE_DONE)
        rc = sif_store_error(st, step, err);
    sqlite3_finalize(s);
    return rc;
}

sif_status sif_write_commit(sif_store *st, int64_t batch_id, int64_t rows, sif_ore sum,
                            const char *note, sif_error *err)
{
    if (!sif_store_in_write(st))
        return sif_error_set(err, SIF_ERR_USAGE, "no write is open");
    char now[32];
    sif_store_now(st, now, sizeof now);
    sqlite3_stmt *s;
    sif_status rc = sif_store_prepare(st,
        "INSERT INTO batch(id, kind, source, sha256, rows, sum_ore, note, user, at) "
        "SELECT id, kind, source, sha256, ?2, ?3, ?4, ?5, ?6 FROM temp.pending_batch WHERE id = ?1",
        &s, err);
    if (rc == SIF_OK) {
        sqlite3_bind_int64(s, 1, batch_id);
        sqlite3_bind_int64(s, 2, rows);
        sqlite3_bind_int64(s, 3, sum);
        sif_bind_text(s, 4, note);
        sif_bind_text(s, 5, sif_store_user(st));
        sif_bind_text(s, 6, now);
        int step = sqlite3_step(s);
        if (step != SQLITE_DONE)
            rc = sif_store_error(st, step, err);
        else if (sqlite3_changes(sif_store_db(st)) != 1)
            rc = sif_error_set(err, SIF_ERR_USAGE, "batch %lld was not begun", (long long)batch_id);
        sqlite3_finalize(s);
    }
    char digest[65];
    int64_t digest_rows = sif_store_payment_digest(st, digest);
    if (rc == SIF_OK && digest_rows > 0)
        rc = sif_row_insert(st, batch_id, "payment_digest", "rows, digest", "IT", "digest", NULL,
                            NULL, NULL, err, digest_rows, digest);
    if (rc == SIF_OK)
        rc = sif_journal_add(st, "batch", batch_id, "commit", NULL, batch_id, err);
    if (rc == SIF_OK)
        rc = sif_store_exec(st, "COMMIT", err);
    if (rc != SIF_OK) {
        sif_write_abort(st);
        return rc;
    }
    sif_store_set_in_write(st, false);
    return SIF_OK;
}

void sif_write_abort(sif_store *st)
{
    if (st == NULL || sif_store_db(st) == NULL)
        return;
    if (!sqlite3_get_autocommit(sif_store_db(st)))
        sqlite3_exec(sif_store_db(st), "ROLLBACK", NULL, NULL, NULL);
    sif_store_set_in_write(st, false);
}
