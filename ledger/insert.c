/* ledger/insert.c — one way to write an entry row: insert, stamp, journal. */
#include "store_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

sif_status sif_row_insert(sif_store *st, int64_t batch, const char *table, const char *cols,
                          const char *types, const char *action, const char *detail,
                          const char *dup_msg, int64_t *rowid, sif_error *err, ...)
{
    if (!sif_store_in_write(st))
        return sif_error_set(err, SIF_ERR_USAGE, "write to %s outside a transaction", table);
    sif_store_widen_cache(st);
    /* one placeholder a column: the values of types, then batch_id, user and at */
    static const char marks[] = "?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?";
    size_t n = strlen(types);
    if (2 * (n + 3) > sizeof marks)
        return sif_error_set(err, SIF_ERR_USAGE, "insert statement too long");
    char sql[1024];
    int len = snprintf(sql, sizeof sql, "INSERT INTO %s(%s, batch_id, user, at) VALUES (%.*s)",
                       table, cols, (int)(2 * (n + 3) - 1), marks);
    if (len < 0 || len >= (int)sizeof sql)
        return sif_error_set(err, SIF_ERR_USAGE, "insert statement too long");
    sqlite3_stmt *s;
    sif_status rc = sif_store_stmt(st, sql, &s, err);
    if (rc != SIF_OK)
        return rc;
    va_list ap;
    va_start(ap, err);
    for (size_t i = 0; i < n; i++) {
        int idx = (int)i + 1;
        switch (types[i]) {
        case 'i': sqlite3_bind_int(s, idx, va_arg(ap, int)); break;
        case 'I': sqlite3_bind_int64(s, idx, va_arg(ap, int64_t)); break;
        case 'y': { /* int, 0 = not given */
            int v = va_arg(ap, int);
            if (v)
                sqlite3_bind_int(s, idx, v);
            else
                sqlite3_bind_null(s, idx);
            break;
        }
        case 'P': { /* const int64_t *, NULL = not given */
            const int64_t *v = va_arg(ap, const int64_t *);
            if (v)
                sqlite3_bind_int64(s, idx, *v);
            else
                sqlite3_bind_null(s, idx);
            break;
        }
        case 't': {
            const char *t = va_arg(ap, const char *);
            sif_bind_text_static(s, idx, (t && *t) ? t : NULL);
            break;
        }
        default: sif_bind_text_static(s, idx, va_arg(ap, const char *)); break;
        }
    }
    va_end(ap);
    char now[32];
    sqlite3_bind_int64(s, (int)n + 1, batch);
    sif_bind_text_static(s, (int)n + 2, sif_store_user(st));
    sif_bind_text_static(s, (int)n + 3, sif_store_now(st, now, sizeof now));
    int step = sqlite3_step(s);
    if (step != SQLITE_DONE) {
        if (step == SQLITE_CONSTRAINT_UNIQUE || step == SQLITE_CONSTRAINT_PRIMARYKEY)
            rc = sif_error_about(err, SIF_FIELD_UNIQUE, sif_error_set(err, SIF_ERR_DATA, "%s",
                                 dup_msg ? dup_msg : "that entry exists already"));
        else
            rc = sif_store_error(st, step, err);
        sif_store_stmt_done(st, s);
        return rc;
    }
    sif_store_stmt_done(st, s);
    /* a trigger with RAISE(IGNORE) makes an INSERT succeed without a row: then the last
     * rowid is some earlier row's, and journaling it would hide the loss */
    if (sqlite3_changes(sif_store_db(st)) != 1)
        return sif_error_set(err, SIF_ERR_TAMPERED, "no row was written to %s: the ledger's "
                             "schema was changed outside sif (see 'sif verify')", table);
    int64_t id = sqlite3_last_insert_rowid(sif_store_db(st));
    if (rowid)
        *rowid = id;
    return sif_journal_add(st, table, id, action ? action : "add", detail, batch, err);
}
