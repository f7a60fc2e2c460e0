/* ledger/period.c — period close and reopen, and reading the audit log. */
#include "store_internal.h"
#include "memo.h"

#include <stdio.h>
#include <string.h>
#include "sif/entity.h"
#include "sif/period.h"

sif_status sif_period_is_closed(sif_store *st, int year, bool *closed, sif_error *err)
{
    /* an import asks for every row: remembered for the write (period_event keeps it true) */
    sif_memo *memo = sif_store_memo(st);
    if (sif_memo_get(memo, SIF_MEMO_PERIOD, year, "", closed, sizeof *closed))
        return SIF_OK;
    sqlite3_stmt *s;
    sif_status rc = sif_store_stmt(st, "SELECT action FROM period_event WHERE year = ?"
                                          " ORDER BY id DESC LIMIT 1", &s, err);
    if (rc != SIF_OK)
        return rc;
    sqlite3_bind_int(s, 1, year);
    int step = sqlite3_step(s);
    *closed = step == SQLITE_ROW && strcmp(sif_column_text(s, 0), "close") == 0;
    if (step != SQLITE_ROW && step != SQLITE_DONE)
        rc = sif_store_error(st, step, err);
    sif_store_stmt_done(st, s);
    if (rc == SIF_OK)
        sif_memo_put(memo, SIF_MEMO_PERIOD, year, "", closed, sizeof *closed);
    return rc;
}

sif_status sif_period_require_open(sif_store *st, int year, sif_error *err)
{
    bool closed;
    sif_status rc = sif_period_is_closed(st, year, &closed, err);
    if (rc == SIF_OK && closed)
        rc = sif_error_about(err, SIF_FIELD_YEAR, sif_error_set(err, SIF_ERR_CLOSED,
                             "the period is closed: %d takes no new entries until "
                             "'sif period reopen %d --reason TEXT'", year, year));
    return rc;
}

static sif_status period_event(sif_store *st, int64_t batch, int year, const char *action,
                               const char *reason, sif_error *err)
{
    if (year < 1900 || year > 2999)
        return sif_error_set(err, SIF_ERR_DATA, "year %d is not a year", year);
    bool closed;
    sif_status rc = sif_period_is_closed(st, year, &closed, err);
    if (rc == SIF_OK)
        rc = sif_text_check(reason, SIF_TEXT_MAX, "reason", err);
    if (rc != SIF_OK)
        return rc;
    bool closing = strcmp(action, "close") == 0;
    if (closing && closed)
        return sif_error_set(err, SIF_ERR_DATA, "%d is closed already", year);
    if (!closing && !closed)
        return sif_error_set(err, SIF_ERR_DATA, "%d is not closed", year);
    char detail[32];
    snprintf(detail, sizeof detail, "%d", year);
    rc = sif_row_insert(st, batch, "period_event", "year, action, reason", "itt", action,
                        detail, NULL, NULL, err, year, action, reason);
    if (rc == SIF_OK)
        sif_memo_put(sif_store_memo(st), SIF_MEMO_PERIOD, year, "", &closing, sizeof closing);
    return rc;
}

sif_status sif_period_close(sif_store *st, int64_t batch, int year, const char *reason,
                            sif_error *err)
{
    return period_event(st, batch, year, "close", reason, err);
}

sif_status sif_period_reopen(sif_store *st, int64_t batch, int year, const char *reason,
                             sif_error *err)
{
    if (reason == NULL || *reason == '\0')
        return sif_error_set(err, SIF_ERR_USAGE, "reopening a year needs a reason (--reason)");
    return period_event(st, batch, year, "reopen", reason, err);
}

sif_status sif_log_table_check(const char *table, sif_error *err)
{
    char names[1024] = "";
    for (size_t i = 0; sif_journaled_tables[i]; i++) {
        if (strcmp(sif_journaled_tables[i], table) == 0)
            return SIF_OK;
        size_t used = strlen(names);
        snprintf(names + used, sizeof names - used, "%s%s", i ? ", " : "", sif_journaled_tables[i]);
    }
    return sif_error_set(err, SIF_ERR_USAGE, "\"%s\" is not a table of the ledger (%s)", table,
                         names);
}

sif_status sif_log_list(sif_store *st, const char *table, int64_t limit, sif_log_fn fn,
                        void *ctx, sif_error *err)
{
    sif_status rc = table ? sif_log_table_check(table, err) : SIF_OK;
    if (rc != SIF_OK)
        return rc;
    sqlite3_stmt *s;
    rc = sif_store_prepare(st,
        "SELECT * FROM (SELECT j.seq, j.at, j.user, j.action, j.tbl, j.row_id,"
        " coalesce(j.batch_id, 0), coalesce(j.detail, ''), coalesce(b.kind, ''),"
        " coalesce(b.source, ''), coalesce(b.sha256, ''), coalesce(b.note, '') FROM journal j"
        " LEFT JOIN batch b ON b.id = j.batch_id WHERE (?1 IS NULL OR j.tbl = ?1)"
        " ORDER BY j.seq DESC LIMIT ?2) ORDER BY seq", &s, err);
    if (rc != SIF_OK)
        return rc;
    sif_bind_text(s, 1, table);
    sqlite3_bind_int64(s, 2, limit > 0 ? limit : -1);
    int step;
    while ((step = sqlite3_step(s)) == SQLITE_ROW) {
        sif_log_entry e;
        memset(&e, 0, sizeof e);
        e.seq = sqlite3_column_int64(s, 0);
        sif_column_copy(s, 1, e.at, sizeof e.at);
        sif_column_copy(s, 2, e.user, sizeof e.user);
        sif_column_copy(s, 3, e.action, sizeof e.action);
        sif_column_copy(s, 4, e.table, sizeof e.table);
        e.row_id = sqlite3_column_int64(s, 5);
        e.batch_id = sqlite3_column_int64(s, 6);
        sif_column_copy(s, 7, e.detail, sizeof e.detail);
        sif_column_copy(s, 8, e.batch_kind, sizeof e.batch_kind);
        sif_column_copy(s, 9, e.source, sizeof e.source);
        sif_column_copy(s, 10, e.sha256, sizeof e.sha256);
        sif_column_copy(s, 11, e.note, sizeof e.note);
        if (fn(ctx, &e))
            break;
    }
    if (step != SQLITE_ROW && step != SQLITE_DONE)
        rc = sif_store_error(st, step, err);
    sqlite3_finalize(s);
    return rc;
}
