/* ledger/repay/portfolio.c — a fund's projects per area, district and committee (SPEC §12). */
#include "store_internal.h"
#include "money_guard.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "sif/cost.h"
#include "sif/portfolio.h"
#include "sif/result.h"

sif_status sif_fund_capital_add_for(sif_store *st, int64_t batch, const char *fund_code,
                                    int year, sif_ore amount, const char *note,
                                    const char *committee, sif_error *err)
{
    sif_fund f;
    sif_status rc = sif_fund_find(st, fund_code, &f, err);
    if (rc == SIF_OK)
        rc = sif_text_check(note, SIF_TEXT_MAX, "note", err);
    if (rc == SIF_OK)
        rc = sif_text_check(committee, SIF_NAME_MAX, "committee", err);
    if (rc == SIF_OK)
        rc = sif_money_reserve(st, amount, err);
    if (rc != SIF_OK)
        return rc;
    int64_t id;
    rc = sif_row_insert(st, batch, "fund_capital", "fund_id, year, amount_ore, note", "IiIt",
                        "add", f.code, NULL, &id, err, f.id, year, amount, note);
    if (rc == SIF_OK && committee && *committee)
        rc = sif_row_insert(st, batch, "fund_capital_committee", "capital_id, committee", "It",
                            "add", committee, NULL, NULL, err, id, committee);
    return rc;
}

void sif_portfolio_free(sif_portfolio *pf)
{
    if (pf == NULL)
        return;
    free(pf->areas);
    free(pf->districts);
    free(pf->committees);
    free(pf);
}

/* The group named name (NULL or "": the one without a name) in *g, created in name order. */
static sif_portfolio_group *group(sif_portfolio_group **g, size_t *n, const char *name)
{
    bool has = name && *name;
    size_t i = 0;
    while (i < *n && (*g)[i].has_name && has && strcmp((*g)[i].name, name) < 0)
        i++;
    if (has && i < *n && (*g)[i].has_name && strcmp((*g)[i].name, name) == 0)
        return &(*g)[i];
    if (!has) {
        i = *n;
        if (i > 0 && !(*g)[i - 1].has_name)
            return &(*g)[i - 1];
    }
    sif_portfolio_group *x = realloc(*g, (*n + 1) * sizeof *x);
    if (x == NULL)
        return NULL;
    *g = x;
    memmove(&x[i + 1], &x[i], (*n - i) * sizeof *x);
    (*n)++;
    memset(&x[i], 0, sizeof x[i]);
    x[i].has_name = has;
    if (has)
        snprintf(x[i].name, sizeof x[i].name, "%s", name);
    return &x[i];
}

static sif_status add_into(sif_portfolio_group *g, const sif_portfolio_group *p, sif_error *err)
{
    sif_status rc;
    g->projects += p->projects;
    if ((rc = sif_ore_add(g->granted_ore, p->granted_ore, &g->granted_ore, err)) != SIF_OK ||
        (rc = sif_ore_add(g->spent_ore, p->spent_ore, &g->spent_ore, err)) != SIF_OK ||
        (rc = sif_ore_add(g->loan_ore, p->loan_ore, &g->loan_ore, err)) != SIF_OK ||
        (rc = sif_ore_add(g->grant_ore, p->grant_ore, &g->grant_ore, err)) != SIF_OK)
        return rc;
    return sif_ore_add(g->savings_ore, p->savings_ore, &g->savings_ore, err);
}

struct acc {
    sif_store *st;
    sif_portfolio *pf;
    int64_t fund_id;
    sif_status rc;
    sif_error *err;
};

static int one_project(void *ctx, const sif_project *p)
{
    struct acc *a = ctx;
    if (p->fund_id != a->fund_id)
        return 0;
    sif_adjust adj;
    sif_result *r = NULL;
    a->rc = sif_adjust_load(a->st, p->code, &adj, a->err);
    if (a->rc == SIF_OK)
        a->rc = sif_result_build(a->st, p->code, &adj, &r, a->err);
    if (a->rc != SIF_OK)
        return 1;
    sif_portfolio_group one = {.projects = 1,
                               .granted_ore = p->has_granted ? p->granted_ore : 0,
                               .spent_ore = r->investment_raw_ore,
                               .loan_ore = r->investment->fund_total,
                               .grant_ore = r->investment->grant_total,
                               .savings_ore = r->savings_ore};
    sif_result_free(r);
    sif_portfolio *pf = a->pf;
    sif_portfolio_group *g[3] = {group(&pf->areas, &pf->nareas, p->area),
                                 group(&pf->districts, &pf->ndistricts, p->district),
                                 group(&pf->committees, &pf->ncommittees, p->committee)};
    if (!g[0] || !g[1] || !g[2]) {
        a->rc = sif_error_set(a->err, SIF_ERR_NOMEM, "out of memory");
        return 1;
    }
    for (int i = 0; i < 3 && a->rc == SIF_OK; i++)
        a->rc = add_into(g[i], &one, a->err);
    if (a->rc == SIF_OK)
        a->rc = add_into(&pf->total, &one, a->err);
    if (a->rc == SIF_OK)
        a->rc = sif_ore_add(pf->grants_ore, one.grant_ore, &pf->grants_ore, a->err);
    return a->rc != SIF_OK;
}

/* Capital set aside per committee; a committee with capital but no project gets a group. */
static sif_status load_capital(sif_store *st, sif_portfolio *pf, int64_t fund_id, sif_error *err)
{
    sqlite3_stmt *s;
    sif_status rc = sif_store_prepare(st, "SELECT cc.committee, SUM(c.amount_ore) FROM fund_capital c"
                                          " JOIN fund_capital_committee cc ON cc.capital_id = c.id"
                                          " WHERE c.fund_id = ? GROUP BY cc.committee", &s, err);
    if (rc != SIF_OK)
        return rc;
    sqlite3_bind_int64(s, 1, fund_id);
    int step;
    while ((step = sqlite3_step(s)) == SQLITE_ROW) {
        sif_portfolio_group *g = group(&pf->committees, &pf->ncommittees, sif_column_text(s, 0));
        if (g == NULL) {
            rc = sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
            break;
        }
        g->capital_ore = sqlite3_column_int64(s, 1);
    }
    if (rc == SIF_OK && step != SQLITE_DONE)
        rc = sif_store_error(st, step, err);
    sqlite3_finalize(s);
    return rc;
}

sif_status sif_portfolio_build(sif_store *st, const char *fund_code, sif_portfolio **out,
                               sif_error *err)
{
    *out = NULL;
    sif_fund f;
    sif_status rc = sif_fund_find(st, fund_code, &f, err);
    if (rc != SIF_OK)
        return rc;
    sif_portfolio *pf = calloc(1, sizeof *pf);
    if (pf == NULL)
        return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    if ((rc = sif_read_begin(st, err)) != SIF_OK) {
        free(pf);
        return rc;
    }
    struct acc a = {st, pf, f.id, SIF_OK, err};
    rc = sif_project_list(st, one_project, &a, err);
    if (rc == SIF_OK)
        rc = a.rc;
    if (rc == SIF_OK)
        rc = load_capital(st, pf, f.id, err);
    sif_read_end(st);
    if (rc != SIF_OK) {
        sif_portfolio_free(pf);
        return rc;
    }
    *out = pf;
    return SIF_OK;
}
