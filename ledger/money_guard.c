/* ledger/money_guard.c — totals that cannot overflow (SPEC §11.4).
 *
 * Every total the ledger computes — per project, per fund, per household, signed or not, in
 * any order SQLite's SUM() adds — is bounded by the sum of the absolute values of all the
 * amounts it holds. Keeping that sum within int64 öre at every insert keeps every read
 * working: an amount that would break it is refused when it is written, not found later by
 * `cost list`, `result` or `fund show` failing for good. The sum is computed once per write
 * transaction and then carried along, so an import pays one scan, not one per row. */
#include "store_internal.h"

#include <stdio.h>
#include "money_guard.h"

/* Σ|amount| of one column; SIF_ERR_OVERFLOW when even that does not fit. */
static sif_status column_abs(sif_store *st, const char *sql, sif_ore *out, sif_error *err)
{
    sqlite3_stmt *s;
    sif_status rc = sif_store_prepare(st, sql, &s, err);
    if (rc != SIF_OK)
        return rc;
    int step = sqlite3_step(s);
    if (step == SQLITE_ROW)
        *out = sqlite3_column_int64(s, 0);
    else if (step == SQLITE_ERROR && sqlite3_errcode(sif_store_db(st)) == SQLITE_ERROR)
        rc = sif_error_set(err, SIF_ERR_OVERFLOW, "the ledger's amounts add up beyond what it "
                           "can hold (%s)", sqlite3_errmsg(sif_store_db(st)));
    else
        rc = sif_store_error(st, step, err);
    sqlite3_finalize(s);
    return rc;
}

static sif_status ledger_abs_total(sif_store *st, sif_ore *out, sif_error *err)
{
    static const char *const sums[] = {
        "SELECT coalesce(SUM(abs(amount_ore)), 0) FROM cost",
        "SELECT coalesce(SUM(abs(amount_ore)), 0) FROM saving",
        "SELECT coalesce(SUM(abs(amount_ore)), 0) FROM repayment",
        "SELECT coalesce(SUM(abs(amount_ore)), 0) FROM fund_capital",
        "SELECT coalesce(SUM(abs(amount_ore)), 0) FROM payment",
        "SELECT coalesce(SUM(abs(granted_ore)), 0) FROM project",
    };
    sif_ore total = 0;
    for (size_t i = 0; i < sizeof sums / sizeof sums[0]; i++) {
        sif_ore v = 0;
        sif_status rc = column_abs(st, sums[i], &v, err);
        if (rc == SIF_OK)
            rc = sif_ore_add(total, v, &total, err);
        if (rc != SIF_OK)
            return rc;
    }
    *out = total;
    return SIF_OK;
}

sif_status sif_money_reserve(sif_store *st, sif_ore amount, sif_error *err)
{
    sif_ore total, next;
    sif_status rc = SIF_OK;
    if (!sif_store_money_total(st, &total) && (rc = ledger_abs_total(st, &total, err)) != SIF_OK)
        return rc;
    /* |INT64_MIN| does not fit: such an amount is refused as it is */
    if (amount == INT64_MIN || __builtin_add_overflow(total, amount < 0 ? -amount : amount, &next)) {
        char a[48];
        return sif_error_set(err, SIF_ERR_OVERFLOW, "amount %s kr would take the ledger's totals "
                             "beyond what they can hold exactly (92 233 720 368 547 758,07 kr "
                             "in all): refused, so that every total stays exact",
                             sif_ore_format(amount == INT64_MIN ? INT64_MIN + 1 : amount, a,
                                            sizeof a, SIF_FMT_AUTO));
    }
    sif_store_set_money_total(st, next);
    return SIF_OK;
}
