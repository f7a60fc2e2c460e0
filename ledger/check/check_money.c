/* ledger/check/check_money.c — money drawn beyond what was granted or what the fund holds.
 * A project without a granted amount, or a fund without any capital recorded, gives no
 * finding: there is nothing to compare with. */
#include "check_internal.h"

#include <stdio.h>
#include "sif/fund_books.h"
#include "../intl.h"

static sif_status granted_row(chk *c, sqlite3_stmt *q, sif_error *err)
{
    char drawn[48], granted[48], over[48];
    sif_ore d = sqlite3_column_int64(q, 1), g = sqlite3_column_int64(q, 2);
    return chk_add(c, SIF_FINDING_LOAN_ABOVE_GRANTED, sif_column_text(q, 0), err,
                   "fund money drawn, %s, is %s above the granted %s: record the committee's "
                   "decision to grant more, or move the excess to other funding",
                   chk_kr(d, drawn, sizeof drawn), chk_kr(d - g, over, sizeof over),
                   chk_kr(g, granted, sizeof granted));
}

sif_status chk_loan_above_granted(chk *c, sif_error *err)
{
    /* fund money is the loan ("fund") and, where a ledger has them, grants ("grant") */
    return chk_each(c,
        "SELECT p.code, SUM(k.amount_ore), p.granted_ore FROM project p"
        " JOIN cost k ON k.project_id = p.id"
        " WHERE (?1 IS NULL OR p.code = ?1) AND p.granted_ore IS NOT NULL"
        " AND k.funding IN ('fund', 'grant')"
        " GROUP BY p.id HAVING SUM(k.amount_ore) > p.granted_ore ORDER BY p.code",
        granted_row, err);
}

static sif_status one_fund(chk *c, sqlite3_stmt *q, sif_error *err)
{
    sif_fund_books *b;
    sif_status rc = sif_fund_years_build(c->st, sif_column_text(q, 0), &b, err);
    if (rc != SIF_OK)
        return rc;
    bool has_capital = false;
    for (size_t y = 0; y < b->nyears; y++)
        has_capital = has_capital || b->years[y].capital_ore != 0;
    for (size_t y = 0; has_capital && y < b->nyears; y++) {
        const sif_fund_year *fy = &b->years[y];
        if (fy->balance_ore >= 0)
            continue;
        char over[48];
        rc = chk_add(c, SIF_FINDING_LENDING_ABOVE_CAPITAL, "", err,
                     "fund %s has lent %s more than its capital by the end of %d: record the "
                     "capital paid in (sif fund capital YEAR AMOUNT) or check the loans",
                     b->fund.code, chk_kr(-fy->balance_ore, over, sizeof over), fy->year);
        break;
    }
    sif_fund_books_free(b);
    return rc;
}

sif_status chk_lending_above_capital(chk *c, sif_error *err)
{
    return chk_each(c,
        "SELECT code FROM fund WHERE ?1 IS NULL"
        " OR id = (SELECT fund_id FROM project WHERE code = ?1) ORDER BY code",
        one_fund, err);
}
