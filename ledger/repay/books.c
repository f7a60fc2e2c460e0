/* ledger/repay/books.c — the fund's own books: repayments entered, each project's position,
 * and the fund per year. Totals are sums of the projects' own figures, checked. */
#include "repay_internal.h"
#include "money_guard.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "sif/fund_books.h"

/* One integer from a query with the given int64 parameters. */
static sif_status query_sum(sif_store *st, const char *sql, const int64_t *args, int nargs,
                            sif_ore *out, sif_error *err)
{
    sqlite3_stmt *s;
    sif_status rc = sif_store_stmt(st, sql, &s, err);
    if (rc != SIF_OK)
        return rc;
    for (int i = 0; i < nargs; i++)
        sqlite3_bind_int64(s, i + 1, args[i]);
    int step = sqlite3_step(s);
    if (step == SQLITE_ROW)
        *out = sqlite3_column_int64(s, 0);
    else
        rc = sif_store_error(st, step, err);
    sif_store_stmt_done(st, s);
    return rc;
}

sif_status repay_position_get(sif_store *st, int64_t project_id, repay_position *out,
                              sif_error *err)
{
    memset(out, 0, sizeof *out);
    const int64_t arg[] = {project_id};
    sif_status rc;
    if ((rc = query_sum(st, "SELECT coalesce(SUM(amount_ore), 0) FROM cost WHERE project_id = ?"
                            " AND funding = 'fund'", arg, 1, &out->loan_ore, err)) != SIF_OK ||
        (rc = query_sum(st, "SELECT coalesce(SUM(amount_ore), 0) FROM repayment WHERE"
                            " project_id = ? AND kind = 'repayment'", arg, 1, &out->repaid_ore,
                        err)) != SIF_OK ||
        (rc = query_sum(st, "SELECT coalesce(SUM(amount_ore), 0) FROM repayment WHERE"
                            " project_id = ? AND kind = 'writeoff'", arg, 1,
                        &out->written_off_ore, err)) != SIF_OK)
        return rc;
    sif_ore done;
    if ((rc = sif_ore_add(out->repaid_ore, out->written_off_ore, &done, err)) != SIF_OK)
        return rc;
    return sif_ore_sub(out->loan_ore, done, &out->outstanding_ore, err);
}

sif_status repay_fund_base(sif_store *st, int64_t fund_id, int64_t exclude_id, int year,
                           sif_ore *out, sif_error *err)
{
    const int64_t args[] = {fund_id, year, exclude_id};
    sif_ore capital = 0, lent = 0, repaid = 0, granted = 0;
    sif_status rc;
    if ((rc = query_sum(st, "SELECT coalesce(SUM(amount_ore), 0) FROM fund_capital"
                            " WHERE fund_id = ?1 AND year <= ?2", args, 2, &capital, err)) != SIF_OK ||
        (rc = query_sum(st, "SELECT coalesce(SUM(c.amount_ore), 0) FROM cost c JOIN project p"
                            " ON p.id = c.project_id WHERE p.fund_id = ?1 AND c.year <= ?2"
                            " AND c.funding = 'fund'", args, 2, &lent, err)) != SIF_OK ||
        (rc = query_sum(st, "SELECT coalesce(SUM(c.amount_ore), 0) FROM cost c JOIN project p"
                            " ON p.id = c.project_id WHERE p.fund_id = ?1 AND c.year <= ?2"
                            " AND c.funding = 'grant'", args, 2, &granted, err)) != SIF_OK ||
        (rc = query_sum(st, "SELECT coalesce(SUM(r.amount_ore), 0) FROM repayment r JOIN project p"
                            " ON p.id = r.project_id WHERE p.fund_id = ?1 AND r.year <= ?2"
                            " AND r.kind = 'repayment' AND r.project_id <> ?3", args, 3, &repaid,
                        err)) != SIF_OK)
        return rc;
    sif_ore v;
    if ((rc = sif_ore_sub(capital, lent, &v, err)) != SIF_OK ||
        (rc = sif_ore_sub(v, granted, &v, err)) != SIF_OK)
        return rc;
    return sif_ore_add(v, repaid, out, err);
}

/* The fund's (?1) cost entries of the given funding, summed per project and year: the
 * projects come from project_fund and their entries from cost_project, both covering, in the
 * order of the grouping, so that nothing is sorted but the few sums per project and year. */
#define FUND_COSTS(FUNDING) \
    "SELECT c.year AS year, SUM(c.amount_ore) AS amount FROM project p" \
    " JOIN cost c ON c.project_id = p.id WHERE p.fund_id = ?1 AND c.funding " FUNDING \
    " GROUP BY p.id, c.year"

sif_status repay_fund_flows(sif_store *st, int64_t fund_id, int64_t exclude_id, int *years,
                            sif_ore *flows, size_t max, size_t *n, sif_error *err)
{
    sqlite3_stmt *s;
    *n = 0;
    sif_status rc = sif_store_prepare(st,
        "SELECT year, SUM(amount) FROM ("
        " SELECT year, amount_ore AS amount FROM fund_capital WHERE fund_id = ?1"
        " UNION ALL SELECT year, -amount FROM (" FUND_COSTS("IN ('fund', 'grant')") ")"
        " UNION ALL SELECT r.year, r.amount_ore FROM repayment r JOIN project p"
        "  ON p.id = r.project_id WHERE p.fund_id = ?1 AND r.kind = 'repayment'"
        "  AND r.project_id <> ?2) GROUP BY year ORDER BY year", &s, err);
    if (rc != SIF_OK)
        return rc;
    sqlite3_bind_int64(s, 1, fund_id);
    sqlite3_bind_int64(s, 2, exclude_id);
    int step;
    while ((step = sqlite3_step(s)) == SQLITE_ROW) {
        if (*n == max) {
            rc = sif_error_set(err, SIF_ERR_OVERFLOW, "more than %zu years of fund flows", max);
            break;
        }
        years[*n] = sqlite3_column_int(s, 0);
        flows[(*n)++] = sqlite3_column_int64(s, 1);
    }
    if (rc == SIF_OK && step != SQLITE_DONE)
        rc = sif_store_error(st, step, err);
    sqlite3_finalize(s);
    return rc;
}

sif_status repay_row_add(sif_store *st, int64_t batch, const sif_project *p, int year,
                         const char *kind, sif_ore amount, int64_t decision_id,
                         const char *note, int64_t *id, sif_error *err)
{
    char detail[96];
    snprintf(detail, sizeof detail, "%s %d %s", p->code, year, kind);
    sif_status rc = sif_money_reserve(st, amount, err);
    if (rc != SIF_OK)
        return rc;
    return sif_row_insert(st, batch, "repayment",
                          "project_id, year, kind, amount_ore, committee, decision_id, note",
                          "IitItPt", "add", detail, NULL, id, err, p->id, year, kind, amount,
                          p->committee, decision_id ? &decision_id : NULL, note);
}

sif_status sif_repayment_add(sif_store *st, int64_t batch, const char *project_code, int year,
                             sif_ore amount, const char *note, int64_t *id, sif_error *err)
{
    sif_project p;
    sif_status rc = sif_project_find(st, project_code, &p, err);
    if (rc == SIF_OK)
        rc = sif_text_check(note, SIF_TEXT_MAX, "note", err);
    if (rc != SIF_OK)
        return rc;
    if (year < 1900 || year > 2999)
        return sif_error_set(err, SIF_ERR_DATA, "%d is not a year", year);
    if (amount <= 0)
        return sif_error_set(err, SIF_ERR_DATA, "a repayment must be more than 0 kr");
    repay_position pos;
    if ((rc = repay_position_get(st, p.id, &pos, err)) != SIF_OK)
        return rc;
    if (amount > pos.outstanding_ore) {
        char a[40], b[40];
        return sif_error_set(err, SIF_ERR_DATA, "%s: repayment %s kr is more than the %s kr "
                             "outstanding", p.code, sif_ore_format(amount, a, sizeof a, 0),
                             sif_ore_format(pos.outstanding_ore, b, sizeof b, 0));
    }
    return repay_row_add(st, batch, &p, year, "repayment", amount, 0, note, id, err);
}

void sif_fund_books_free(sif_fund_books *b)
{
    if (b == NULL)
        return;
    free(b->projects);
    free(b->years);
    free(b);
}

static sif_fund_year *year_slot(sif_fund_books *b, int year)
{
    size_t i = 0;
    while (i < b->nyears && b->years[i].year < year)
        i++;
    if (i < b->nyears && b->years[i].year == year)
        return &b->years[i];
    sif_fund_year *n = realloc(b->years, (b->nyears + 1) * sizeof *n);
    if (n == NULL)
        return NULL;
    b->years = n;
    memmove(&n[i + 1], &n[i], (b->nyears - i) * sizeof *n);
    b->nyears++;
    memset(&n[i], 0, sizeof n[i]);
    n[i].year = year;
    return &n[i];
}

/* Flows per year: column 0 year, 1 capital, 2 lent, 3 repaid, 4 written off. */
static sif_status load_years(sif_store *st, sif_fund_books *b, sif_error *err)
{
    sqlite3_stmt *s;
    sif_status rc = sif_store_prepare(st,
        "SELECT year, 1, SUM(amount_ore) FROM fund_capital WHERE fund_id = ?1 GROUP BY year"
        " UNION ALL SELECT c.year, CASE c.funding WHEN 'fund' THEN 2 ELSE 5 END,"
        "   SUM(c.amount_ore) FROM project p JOIN cost c ON c.project_id = p.id"
        "   WHERE p.fund_id = ?1 AND c.funding IN ('fund', 'grant')"
        "   GROUP BY p.id, c.year, c.funding"
        " UNION ALL SELECT r.year, CASE r.kind WHEN 'repayment' THEN 3 ELSE 4 END,"
        "   SUM(r.amount_ore) FROM repayment r JOIN project p ON p.id = r.project_id"
        "   WHERE p.fund_id = ?1 GROUP BY r.year, r.kind", &s, err);
    if (rc != SIF_OK)
        return rc;
    sqlite3_bind_int64(s, 1, b->fund.id);
    int step;
    while (rc == SIF_OK && (step = sqlite3_step(s)) == SQLITE_ROW) {
        sif_fund_year *y = year_slot(b, sqlite3_column_int(s, 0));
        if (y == NULL) {
            rc = sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
            break;
        }
        sif_ore v = sqlite3_column_int64(s, 2);
        switch (sqlite3_column_int(s, 1)) {
        case 1: rc = sif_ore_add(y->capital_ore, v, &y->capital_ore, err); break;
        case 2: rc = sif_ore_add(y->lent_ore, v, &y->lent_ore, err); break;
        case 3: rc = sif_ore_add(y->repaid_ore, v, &y->repaid_ore, err); break;
        case 5: rc = sif_ore_add(y->granted_ore, v, &y->granted_ore, err); break;
        default: rc = sif_ore_add(y->written_off_ore, v, &y->written_off_ore, err); break;
        }
    }
    if (rc == SIF_OK && step != SQLITE_DONE)
        rc = sif_store_error(st, step, err);
    sqlite3_finalize(s);
    sif_ore balance = 0, outstanding = 0;
    for (size_t i = 0; rc == SIF_OK && i < b->nyears; i++) {
        sif_fund_year *y = &b->years[i];
        if ((rc = sif_ore_add(balance, y->capital_ore, &balance, err)) != SIF_OK ||
            (rc = sif_ore_sub(balance, y->lent_ore, &balance, err)) != SIF_OK ||
            (rc = sif_ore_sub(balance, y->granted_ore, &balance, err)) != SIF_OK ||
            (rc = sif_ore_add(balance, y->repaid_ore, &balance, err)) != SIF_OK ||
            (rc = sif_ore_add(outstanding, y->lent_ore, &outstanding, err)) != SIF_OK ||
            (rc = sif_ore_sub(outstanding, y->repaid_ore, &outstanding, err)) != SIF_OK ||
            (rc = sif_ore_sub(outstanding, y->written_off_ore, &outstanding, err)) != SIF_OK)
            break;
        y->balance_ore = balance;
        y->outstanding_ore = outstanding;
    }
    return rc;
}

/* Every project's position with one statement: its sums come from the covering indexes of
 * cost and repayment (one pass over each project's entries), without a query per project. */
static sif_status load_projects(sif_store *st, sif_fund_books *b, sif_error *err)
{
    sqlite3_stmt *s;
    sif_status rc = sif_store_prepare(st,
        "SELECT p.code, p.name,"
        " coalesce(SUM(c.amount_ore) FILTER (WHERE c.funding = 'fund'), 0),"
        " (SELECT coalesce(SUM(amount_ore), 0) FROM repayment WHERE project_id = p.id"
        "  AND kind = 'repayment'),"
        " (SELECT coalesce(SUM(amount_ore), 0) FROM repayment WHERE project_id = p.id"
        "  AND kind = 'writeoff'),"
        " coalesce(SUM(c.amount_ore) FILTER (WHERE c.funding = 'grant'), 0)"
        " FROM project p LEFT JOIN cost c ON c.project_id = p.id"
        " AND c.funding IN ('fund', 'grant')"
        " WHERE p.fund_id = ? GROUP BY p.id ORDER BY p.code", &s, err);
    if (rc != SIF_OK)
        return rc;
    sqlite3_bind_int64(s, 1, b->fund.id);
    int step;
    while (rc == SIF_OK && (step = sqlite3_step(s)) == SQLITE_ROW) {
        sif_fund_project *n = realloc(b->projects, (b->nprojects + 1) * sizeof *n);
        if (n == NULL) {
            rc = sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
            break;
        }
        b->projects = n;
        sif_fund_project *fp = &n[b->nprojects++];
        memset(fp, 0, sizeof *fp);
        sif_column_copy(s, 0, fp->code, sizeof fp->code);
        sif_column_copy(s, 1, fp->name, sizeof fp->name);
        fp->loan_ore = sqlite3_column_int64(s, 2);
        fp->repaid_ore = sqlite3_column_int64(s, 3);
        fp->written_off_ore = sqlite3_column_int64(s, 4);
        fp->grant_ore = sqlite3_column_int64(s, 5);
        sif_ore done;
        if ((rc = sif_ore_add(fp->repaid_ore, fp->written_off_ore, &done, err)) != SIF_OK ||
            (rc = sif_ore_sub(fp->loan_ore, done, &fp->outstanding_ore, err)) != SIF_OK ||
            (rc = sif_ore_add(b->grants_ore, fp->grant_ore, &b->grants_ore, err)) != SIF_OK ||
            (rc = sif_ore_add(b->loans_ore, fp->loan_ore, &b->loans_ore, err)) != SIF_OK ||
            (rc = sif_ore_add(b->repaid_ore, fp->repaid_ore, &b->repaid_ore, err)) != SIF_OK ||
            (rc = sif_ore_add(b->written_off_ore, fp->written_off_ore, &b->written_off_ore,
                              err)) != SIF_OK ||
            (rc = sif_ore_add(b->outstanding_ore, fp->outstanding_ore, &b->outstanding_ore,
                              err)) != SIF_OK)
            break;
    }
    if (rc == SIF_OK && step != SQLITE_DONE)
        rc = sif_store_error(st, step, err);
    sqlite3_finalize(s);
    return rc;
}

sif_status sif_fund_years_build(sif_store *st, const char *fund_code, sif_fund_books **out,
                                sif_error *err)
{
    *out = NULL;
    sif_fund_books *b = calloc(1, sizeof *b);
    if (b == NULL)
        return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    sif_status rc;
    if ((rc = sif_fund_find(st, fund_code, &b->fund, err)) != SIF_OK ||
        (rc = load_years(st, b, err)) != SIF_OK) {
        sif_fund_books_free(b);
        return rc;
    }
    for (size_t y = 0; y < b->nyears; y++)
        if ((rc = sif_ore_add(b->capital_ore, b->years[y].capital_ore, &b->capital_ore,
                              err)) != SIF_OK) {
            sif_fund_books_free(b);
            return rc;
        }
    *out = b;
    return SIF_OK;
}

sif_status sif_fund_books_build(sif_store *st, const char *fund_code, sif_fund_books **out,
                                sif_error *err)
{
    *out = NULL;
    sif_fund_books *b = calloc(1, sizeof *b);
    if (b == NULL)
        return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    sif_status rc;
    if ((rc = sif_fund_find(st, fund_code, &b->fund, err)) != SIF_OK)
        goto fail;
    const int64_t fid[] = {b->fund.id};
    if ((rc = query_sum(st, "SELECT coalesce(SUM(amount_ore), 0) FROM fund_capital"
                            " WHERE fund_id = ?", fid, 1, &b->capital_ore, err)) != SIF_OK ||
        (rc = load_projects(st, b, err)) != SIF_OK || (rc = load_years(st, b, err)) != SIF_OK)
        goto fail;
    /* balance = capital − loans out − grants + repaid, from the projects' own figures */
    sif_ore bal;
    if ((rc = sif_ore_sub(b->capital_ore, b->loans_ore, &bal, err)) != SIF_OK ||
        (rc = sif_ore_sub(bal, b->grants_ore, &bal, err)) != SIF_OK ||
        (rc = sif_ore_add(bal, b->repaid_ore, &b->balance_ore, err)) != SIF_OK)
        goto fail;
    *out = b;
    return SIF_OK;
fail:
    sif_fund_books_free(b);
    return rc;
}
