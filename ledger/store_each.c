/* ledger/store_each.c — the one loop that reads a query's rows for the list functions
 * (units, web users, participants, exits, payments, treatment and placement records): prepare, bind, step,
 * hand each row over, finalize on every path. */
#include "store_internal.h"

sif_status sif_store_each(sif_store *st, const char *sql, const char *text, sif_row_fn fn,
                          void *ctx, sif_error *err)
{
    sqlite3_stmt *s;
    sif_status rc = sif_store_prepare(st, sql, &s, err);
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
