/* ledger/calc/result.c — a project's result: investment, savings, net, payback (result.h). */
#include "../store_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "adjust_internal.h"
#include "sif/discount.h"
#include "result_internal.h"

void sif_result_free(sif_result *r)
{
    if (r == NULL)
        return;
    sif_investment_free(r->investment);
    free(r->years);
    free(r->controls);
    free(r->restated);
    free(r->haircuts);
    free(r);
}

/* Raw sums per year × category × status, before adjustment. */
typedef struct cell {
    sif_ore amount, shifted;
} cell;

typedef struct collect {
    sif_store *st;
    sif_result *r;
    int *years;
    size_t nyears, cap;
    cell *cells;        /* [year index][cat][status], grown with years */
    sif_status rc;
    sif_error *err;
} collect;

#define NCELL (SIF_CAT_COUNT_ * SIF_SAVING_STATUS_COUNT_)

static ptrdiff_t year_index(collect *c, int year)
{
    for (size_t i = 0; i < c->nyears; i++)
        if (c->years[i] == year)
            return (ptrdiff_t)i;
    if (c->nyears == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 16;
        int *y = realloc(c->years, cap * sizeof *y);
        if (y)
            c->years = y;
        cell *n = y ? realloc(c->cells, cap * NCELL * sizeof *n) : NULL;
        if (n == NULL)
            return -1;
        c->cells = n;
        c->cap = cap;
    }
    /* keep years ascending */
    size_t at = c->nyears;
    while (at > 0 && c->years[at - 1] > year)
        at--;
    memmove(&c->years[at + 1], &c->years[at], (c->nyears - at) * sizeof *c->years);
    memmove(&c->cells[(at + 1) * NCELL], &c->cells[at * NCELL],
            (c->nyears - at) * NCELL * sizeof *c->cells);
    memset(&c->cells[at * NCELL], 0, NCELL * sizeof *c->cells);
    c->years[at] = year;
    c->nyears++;
    return (ptrdiff_t)at;
}

static int add_saving(void *ctx, const sif_saving *s)
{
    collect *c = ctx;
    ptrdiff_t y = year_index(c, s->year);
    if (y < 0) {
        c->rc = sif_error_set(c->err, SIF_ERR_NOMEM, "out of memory");
        return 1;
    }
    cell *ce = &c->cells[(size_t)y * NCELL + (size_t)s->category * SIF_SAVING_STATUS_COUNT_ +
                         (size_t)s->status];
    sif_result *r = c->r;
    sif_ore amount, shifted;
    if ((c->rc = sif_result_price_saving(c->st, r, s, &amount, &shifted, c->err)) != SIF_OK ||
        (c->rc = sif_result_confidence(c->st, r, s, &amount, &shifted, c->err)) != SIF_OK ||
        (c->rc = sif_ore_add(ce->amount, amount, &ce->amount, c->err)) != SIF_OK ||
        (c->rc = sif_ore_add(ce->shifted, shifted, &ce->shifted, c->err)) != SIF_OK ||
        (c->rc = sif_ore_add(r->savings_raw_ore, s->amount_ore, &r->savings_raw_ore, c->err)) != SIF_OK)
        return 1;
    r->nsavings++;
    return 0;
}

static sif_status load_controls(sif_store *st, sif_result *r, const collect *c, sif_error *err)
{
    sqlite3_stmt *q;
    sif_status rc = sif_store_prepare(st,
        "SELECT kind, printed_ore FROM control_total t WHERE project_id = ?1"
        " AND (kind = 'savings' OR kind GLOB 'savings:*') AND id = (SELECT max(id) FROM"
        " control_total u WHERE u.project_id = ?1 AND u.kind = t.kind) ORDER BY kind", &q, err);
    if (rc != SIF_OK)
        return rc;
    sqlite3_bind_int64(q, 1, r->project.id);
    int step;
    while (rc == SIF_OK && (step = sqlite3_step(q)) == SQLITE_ROW) {
        sif_saving_control *n = realloc(r->controls, (r->ncontrols + 1) * sizeof *n);
        if (n == NULL) {
            rc = sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
            break;
        }
        r->controls = n;
        sif_saving_control *ct = &n[r->ncontrols++];
        const char *kind = sif_column_text(q, 0);
        ct->category = -1;
        sif_category cat;
        if (strncmp(kind, "savings:", 8) == 0 && sif_category_parse(kind + 8, &cat, NULL) == SIF_OK)
            ct->category = (int)cat;
        ct->printed_ore = sqlite3_column_int64(q, 1);
        ct->computed_ore = 0;
        for (size_t y = 0; rc == SIF_OK && y < c->nyears; y++)
            for (int k = 0; rc == SIF_OK && k < SIF_CAT_COUNT_; k++)
                for (int s = 0; rc == SIF_OK && s < SIF_SAVING_STATUS_COUNT_; s++)
                    if (ct->category < 0 || ct->category == k)
                        rc = sif_ore_add(ct->computed_ore,
                                         c->cells[y * NCELL + (size_t)k * SIF_SAVING_STATUS_COUNT_ + (size_t)s].amount,
                                         &ct->computed_ore, err);
        if (rc == SIF_OK)
            rc = sif_ore_sub(ct->computed_ore, ct->printed_ore, &ct->diff_ore, err);
    }
    if (rc == SIF_OK && step != SQLITE_DONE)
        rc = sif_store_error(st, step, err);
    sqlite3_finalize(q);
    return rc;
}

static sif_status fill_year(sif_result *r, const collect *c, size_t ci, int first_saving,
                            sif_result_year *y, sif_error *err)
{
    sif_status rc = SIF_OK;
    const sif_adjust *a = &r->adjust;
    for (int k = 0; rc == SIF_OK && k < SIF_CAT_COUNT_; k++)
        for (int s = 0; rc == SIF_OK && s < SIF_SAVING_STATUS_COUNT_; s++) {
            const cell *ce = &c->cells[ci * NCELL + (size_t)k * SIF_SAVING_STATUS_COUNT_ + (size_t)s];
            sif_ore v, sh;
            if ((rc = sif_adjust_saving(a, ce->amount, y->year - first_saving, &v, err)) != SIF_OK ||
                (rc = sif_adjust_saving(a, ce->shifted, y->year - first_saving, &sh, err)) != SIF_OK ||
                (rc = sif_ore_add(y->by_category[k], v, &y->by_category[k], err)) != SIF_OK ||
                (rc = sif_ore_add(y->by_status[s], v, &y->by_status[s], err)) != SIF_OK ||
                (rc = sif_ore_add(y->savings_ore, v, &y->savings_ore, err)) != SIF_OK)
                break;
            rc = sif_ore_add(y->shifted_ore, sh, &y->shifted_ore, err);
        }
    const sif_investment *inv = r->investment;
    for (size_t i = 0; rc == SIF_OK && i < inv->nyears; i++) {
        sif_ore total, fund;
        if (inv->years[i] == y->year &&
            (rc = sif_result_price_cost(c->st, r, y->year, inv->year_totals[i], true,
                                        &total, err)) == SIF_OK &&
            (rc = sif_result_price_cost(c->st, r, y->year, inv->fund_by_year[i],
                                        false, &fund, err)) == SIF_OK &&
            (rc = sif_adjust_cost(a, total, &y->investment_ore, err)) == SIF_OK)
            rc = sif_adjust_cost(a, fund, &y->investment_fund_ore, err);
    }
    if (rc == SIF_OK)
        rc = sif_ore_sub(y->savings_ore, y->investment_ore, &y->net_ore, err);
    return rc;
}

static sif_status totals(sif_result *r, sif_error *err)
{
    sif_status rc = SIF_OK;
    sif_ore cum = 0;
    for (size_t i = 0; rc == SIF_OK && i < r->nyears; i++) {
        sif_result_year *y = &r->years[i];
        if ((rc = sif_ore_add(cum, y->net_ore, &cum, err)) != SIF_OK)
            break;
        y->cumulative_ore = cum;
        for (int k = 0; rc == SIF_OK && k < SIF_CAT_COUNT_; k++)
            rc = sif_ore_add(r->by_category[k], y->by_category[k], &r->by_category[k], err);
        for (int s = 0; rc == SIF_OK && s < SIF_SAVING_STATUS_COUNT_; s++)
            rc = sif_ore_add(r->by_status[s], y->by_status[s], &r->by_status[s], err);
        if (rc == SIF_OK &&
            ((rc = sif_ore_add(r->savings_ore, y->savings_ore, &r->savings_ore, err)) != SIF_OK ||
             (rc = sif_ore_add(r->shifted_ore, y->shifted_ore, &r->shifted_ore, err)) != SIF_OK ||
             (rc = sif_ore_add(r->investment_ore, y->investment_ore, &r->investment_ore, err)) != SIF_OK))
            break;
        if (rc == SIF_OK)
            rc = sif_ore_add(r->investment_fund_ore, y->investment_fund_ore, &r->investment_fund_ore, err);
    }
    if (rc == SIF_OK)
        rc = sif_ore_sub(r->savings_ore, r->investment_ore, &r->net_ore, err);
    if (rc == SIF_OK && r->has_printed_investment)
        rc = sif_ore_sub(r->savings_ore, r->printed_investment_ore, &r->net_printed_ore, err);
    r->ratio = (sif_ratio){r->savings_ore, r->investment_ore > 0 ? r->investment_ore : 0};
    return rc;
}

/* Present values per year, rounded once each, and their sums (result.h, Discounting). */
static sif_status present_values(sif_result *r, sif_error *err)
{
    r->discounted = sif_discount_active(&r->adjust);
    if (!r->discounted)
        return SIF_OK;
    sif_status rc = SIF_OK;
    for (size_t i = 0; rc == SIF_OK && i < r->nyears; i++) {
        sif_result_year *y = &r->years[i];
        int t = y->year - r->adjust.base_year;
        if ((rc = sif_discount_factor(&r->adjust, t, &y->factor, err)) != SIF_OK ||
            (rc = sif_discount_pv(&r->adjust, y->investment_ore, t, &y->pv_investment_ore, err)) != SIF_OK ||
            (rc = sif_discount_pv(&r->adjust, y->savings_ore, t, &y->pv_savings_ore, err)) != SIF_OK ||
            (rc = sif_ore_add(r->pv_costs_ore, y->pv_investment_ore, &r->pv_costs_ore, err)) != SIF_OK)
            break;
        rc = sif_ore_add(r->pv_savings_ore, y->pv_savings_ore, &r->pv_savings_ore, err);
    }
    if (rc == SIF_OK)
        rc = sif_ore_sub(r->pv_savings_ore, r->pv_costs_ore, &r->npv_ore, err);
    r->bcr = (sif_ratio){r->pv_savings_ore, r->pv_costs_ore > 0 ? r->pv_costs_ore : 0};
    return rc;
}

/* Both paybacks of payback.h over the adjusted figures per year (result.h, Payback). */
static sif_status payback(sif_result *r, sif_error *err)
{
    size_t n = r->nyears;
    int *years = calloc(n ? n : 1, sizeof *years);
    sif_ore *inv = calloc(n ? n : 1, sizeof *inv), *sav = calloc(n ? n : 1, sizeof *sav);
    sif_status rc = SIF_OK;
    if (years == NULL || inv == NULL || sav == NULL)
        rc = sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    for (size_t i = 0; rc == SIF_OK && i < n; i++) {
        years[i] = r->years[i].year;
        inv[i] = r->years[i].investment_ore;
        sav[i] = r->years[i].savings_ore;
    }
    sif_payback p;
    if (rc == SIF_OK && (rc = sif_payback_compute(years, inv, sav, n, &p, err)) == SIF_OK) {
        r->has_payback = p.has;
        r->payback_year = p.year;
        r->payback_years = p.years;
        r->payback_months = p.months;
    }
    free(years);
    free(inv);
    free(sav);
    /* the first year with savings, realised and projected alike; its status said beside */
    for (size_t i = 0; rc == SIF_OK && i < n; i++) {
        const sif_result_year *y = &r->years[i];
        if (y->savings_ore == 0)
            continue;
        rc = sif_simple_payback_compute(r->investment_ore, y->year, y->savings_ore,
                                        &r->simple_payback, err);
        bool real = y->by_status[SIF_SAVING_REALISED] != 0;
        bool proj = y->by_status[SIF_SAVING_PROJECTED] != 0;
        r->simple_payback_status = real && proj ? "mixed" : proj ? "projected" : "realised";
        break;
    }
    return rc;
}

static sif_status build(sif_store *st, sif_result *r, collect *c, sif_error *err)
{
    sif_status rc = sif_saving_list(st, r->project.code, add_saving, c, err);
    if (rc == SIF_OK)
        rc = c->rc;
    const sif_investment *inv = r->investment;
    for (size_t i = 0; rc == SIF_OK && i < inv->nyears; i++)
        if (year_index(c, inv->years[i]) < 0)
            rc = sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    if (rc != SIF_OK || (rc = load_controls(st, r, c, err)) != SIF_OK)
        return rc;
    int first_year = inv->nyears ? inv->years[0] : (c->nyears ? c->years[0] : 0);
    int first_saving = 0;
    for (size_t i = 0; i < c->nyears && !first_saving; i++)
        for (int k = 0; k < NCELL && !first_saving; k++)
            if (c->cells[i * NCELL + (size_t)k].amount != 0)
                first_saving = c->years[i];
    if (r->adjust.base_year == 0)
        r->adjust.base_year = first_year;
    r->years = calloc(c->nyears ? c->nyears : 1, sizeof *r->years);
    if (r->years == NULL)
        return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    r->nyears = c->nyears;
    for (size_t i = 0; rc == SIF_OK && i < c->nyears; i++) {
        r->years[i].year = c->years[i];
        rc = fill_year(r, c, i, first_saving ? first_saving : c->years[i], &r->years[i], err);
    }
    if (rc == SIF_OK)
        rc = totals(r, err);
    if (rc == SIF_OK)
        rc = payback(r, err);
    if (rc == SIF_OK)
        rc = present_values(r, err);
    if (rc == SIF_OK)
        rc = sif_result_agencies(st, r, err);
    return rc;
}

sif_status sif_result_build(sif_store *st, const char *project_code, const sif_adjust *adj,
                            sif_result **out, sif_error *err)
{
    *out = NULL;
    sif_result *r = calloc(1, sizeof *r);
    if (r == NULL)
        return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    sif_status rc = SIF_OK;
    if (adj)
        r->adjust = *adj;
    else
        sif_adjust_none(&r->adjust);
    collect c = {.st = st, .r = r, .err = err};
    if ((rc = sif_adjust_check(&r->adjust, err)) != SIF_OK ||
        (rc = sif_project_find(st, project_code, &r->project, err)) != SIF_OK)
        goto fail;
    rc = sif_investment_build(st, project_code, NULL, &r->investment, err);
    if (rc == SIF_OK) {
        r->investment_raw_ore = r->investment->total;
        for (size_t i = 0; i < r->investment->ncontrols; i++)
            if (strcmp(r->investment->controls[i].scope, "total") == 0) {
                r->has_printed_investment = true;
                r->printed_investment_ore = r->investment->controls[i].printed_ore;
            }
        rc = build(st, r, &c, err);
    }
    if (rc != SIF_OK)
        goto fail;
    free(c.years);
    free(c.cells);
    *out = r;
    return SIF_OK;
fail:
    free(c.years);
    free(c.cells);
    sif_result_free(r);
    return rc;
}

char *sif_ratio_decimal(sif_ratio r, int decimals, char *buf, size_t size)
{
    int64_t scale = 1, v;
    for (int i = 0; i < decimals && i < 18; i++)
        scale *= 10;
    if (r.den == 0 || sif_muldiv(r.num, scale, r.den, &v, NULL) != SIF_OK) {
        snprintf(buf, size, "null");
        return buf;
    }
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    char frac[24] = "";
    int nd = decimals < 0 ? 0 : decimals > 18 ? 18 : decimals;
    for (int i = nd; i > 0; i--) {
        frac[i - 1] = (char)('0' + u % 10);
        u /= 10;
    }
    frac[nd] = '\0';
    snprintf(buf, size, "%s%llu%s%s", v < 0 ? "-" : "", (unsigned long long)u, nd ? "." : "", frac);
    return buf;
}
