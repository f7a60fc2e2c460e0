/* ledger/store_each.c — the one loop that reads a query's rows for the list functions
 * (units, web users, participants, exits, payments, treatment and placement records): prepare, bind, step,
 * hand each row over, finalize on every path. */
#include "store_internal.h"

#include <string.h>

const char *sif_sql_bound(const char *sql, bool bound, char *buf, size_t size)
{
    static const char all[] = "?1 IS NULL OR ";
    if (!bound)
        return sql;
    size_t used = 0;
    const char *from = sql, *at;
    while ((at = strstr(from, all)) != NULL) {
        size_t n = (size_t)(at - from);
        if (used + n >= size)
            return sql;
        memcpy(buf + used, from, n);
        used += n;
        from = at + sizeof all - 1;
    }
    size_t n = strlen(from);
    if (from == sql || used + n >= size)
        return sql;
    memcpy(buf + used, from, n + 1);
    return buf;
}

sif_status sif_store_each(sif_store *st, const char *sql, const char *text, sif_row_fn fn,
                          void *ctx, sif_error *err)
{
    sqlite3_stmt *s;
    char one[4096];
    sif_status rc = sif_store_prepare(st, sif_sql_bound(sql, text != NULL, one, sizeof one), &s,
                                      err);
    if (rc != SIF_OK)
        return rc;
    if (sqlite3_bind_parameter_count(s) > 0)
        sif_bind_text(s, 1, text);
    int step;
    while ((step = sqlite3_step(s)) == SQLITE_ROW)
        if (fn(ctx, s))
            break;
    if (step != SQLITE_ROW && step != SQLITE_DONE)
        rc = sif_store_error(st, step, err);
    sqlite3_finalize(s);
    return rc;
}
