/* ledger/report/sensitivity.c — how the net result and payback move when the assumptions
 * do (the Känslighet sheet and <sensitivity> in the XML).
 *
 * Deadweight: the ledger's own result (sif_result_build) with the deadweight adjustment set
 * to 0, 10, 25 and 50 %. Months counted and unit costs: every saving's own formula
 * re-evaluated by the ledger's evaluator (sif_formula_eval) with its "manader" inputs set
 * to 6–36 months, or its "kr" inputs scaled by 80–120 % (each rounded once, half away from
 * zero), then net and payback per year by the rule of result.h. Those two need the
 * unadjusted figures, so they are only computed when no adjustment is in force.
 */
#include "model.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MONTHS_KEY "manader"

static bool push(rpt_model *m, size_t *cap)
{
    if (m->nsens < *cap)
        return true;
    size_t c = *cap ? *cap * 2 : 16;
    rpt_sens *n = realloc(m->sens, c * sizeof *n);
    if (n == NULL)
        return false;
    m->sens = n;
    *cap = c;
    return true;
}

/* The deadweight rows: 0, 10, 25 and 50 %, and the ledger's own deadweight among them in
 * its place when it is none of those (SPEC §13: the base row is always there). */
static sif_status deadweight(sif_store *st, rpt_model *m, size_t *cap, sif_error *err)
{
    static const int64_t steps[] = {0, 1000, 2500, 5000};
    const sif_adjust *base = &m->result->adjust;
    int64_t base_bp;
    sif_status rc = sif_muldiv(base->deadweight.num, 10000, base->deadweight.den, &base_bp, err);
    if (rc != SIF_OK)
        return rc;
    sif_ratio rows[5];
    size_t n = 0;
    bool placed = false;
    for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++) {
        sif_ratio step = {steps[i], 10000};
        bool same = base->deadweight.num * 10000 == steps[i] * base->deadweight.den;
        if (!placed && !same && base_bp < steps[i]) {
            rows[n++] = base->deadweight;
            placed = true;
        }
        placed |= same;
        rows[n++] = step;
    }
    if (!placed)
        rows[n++] = base->deadweight;
    for (size_t i = 0; i < n; i++) {
        sif_adjust a = *base;
        a.deadweight = rows[i];
        sif_result *r;
        if ((rc = sif_result_build(st, m->project.code, &a, &r, err)) != SIF_OK)
            return rc;
        if (!push(m, cap)) {
            sif_result_free(r);
            return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
        }
        rpt_sens *v = &m->sens[m->nsens++];
        memset(v, 0, sizeof *v);
        snprintf(v->group, sizeof v->group, "deadweight");
        int64_t bp = 0;
        sif_muldiv(rows[i].num, 10000, rows[i].den, &bp, NULL);
        v->value = bp;
        v->base = base->deadweight.num * rows[i].den == rows[i].num * base->deadweight.den;
        v->savings_ore = r->savings_ore;
        v->net_ore = r->net_ore;
        v->has_payback = r->has_payback;
        v->payback_years = r->payback_years;
        v->payback_months = r->payback_months;
        sif_result_free(r);
    }
    return SIF_OK;
}

/* Payback by the rule of payback.h: each year's savings are its net plus its investment. */
static sif_status payback(const sif_result *r, const sif_ore *net, rpt_sens *v, sif_error *err)
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
        rc = sif_ore_add(net[i], inv[i], &sav[i], err);
    }
    sif_payback p;
    if (rc == SIF_OK && (rc = sif_payback_compute(years, inv, sav, n, &p, err)) == SIF_OK) {
        v->has_payback = p.has;
        v->payback_years = p.years;
        v->payback_months = p.months;
    }
    free(years);
    free(inv);
    free(sav);
    return rc;
}

/* One variant: every saving re-evaluated with its inputs changed by kind/value. */
static sif_status variant(rpt_model *m, const char *group, int64_t value, bool base,
                          size_t *cap, sif_error *err)
{
    const sif_result *r = m->result;
    sif_ore *net = calloc(r->nyears ? r->nyears : 1, sizeof *net);
    if (net == NULL)
        return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    sif_status rc = SIF_OK;
    sif_ore total = 0;
    for (size_t y = 0; rc == SIF_OK && y < r->nyears; y++)
        rc = sif_ore_sub(r->years[y].savings_ore, r->years[y].investment_ore, &net[y], err);
    for (size_t i = 0; rc == SIF_OK && i < m->nsavings; i++) {
        const rpt_saving *sv = &m->savings[i];
        const sif_saving_calc *c = sv->calc;
        sif_ore amount = sv->s.amount_ore;
        if (c && c->ninputs > 0 && c->formula[0]) {
            sif_saving_input *in = malloc(c->ninputs * sizeof *in);
            if (in == NULL) {
                rc = sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
                break;
            }
            memcpy(in, c->inputs, c->ninputs * sizeof *in);
            bool changed = false;
            for (size_t k = 0; rc == SIF_OK && k < c->ninputs; k++) {
                if (strcmp(group, "months") == 0 && strcmp(in[k].key, MONTHS_KEY) == 0) {
                    in[k].value = value;
                    changed = true;
                } else if (strcmp(group, "unit_costs") == 0 && strcmp(in[k].unit, "kr") == 0) {
                    rc = sif_muldiv(in[k].value, value, 10000, &in[k].value, err);
                    changed = true;
                }
            }
            if (rc == SIF_OK && changed)
                rc = sif_formula_eval(c->formula, in, c->ninputs, &amount, err);
            free(in);
        }
        for (size_t y = 0; rc == SIF_OK && y < r->nyears; y++)
            if (r->years[y].year == sv->s.year)
                rc = sif_ore_add(net[y], amount - sv->s.amount_ore, &net[y], err);
        if (rc == SIF_OK)
            rc = sif_ore_add(total, amount, &total, err);
    }
    if (rc == SIF_OK && !push(m, cap))
        rc = sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    if (rc == SIF_OK) {
        rpt_sens *v = &m->sens[m->nsens++];
        memset(v, 0, sizeof *v);
        snprintf(v->group, sizeof v->group, "%s", group);
        v->value = value;
        v->base = base;
        v->savings_ore = total;
        rc = sif_ore_sub(total, r->investment_ore, &v->net_ore, err);
        if (rc == SIF_OK)
            rc = payback(r, net, v, err);
    }
    free(net);
    return rc;
}

static bool has_months(const rpt_model *m, int64_t *current)
{
    for (size_t i = 0; i < m->nsavings; i++) {
        const sif_saving_calc *c = m->savings[i].calc;
        const sif_saving_input *in = c ? sif_saving_calc_find(c, MONTHS_KEY) : NULL;
        if (in) {
            *current = in->value;
            return true;
        }
    }
    return false;
}

sif_status rpt_sensitivity_build(sif_store *st, rpt_model *m, sif_error *err)
{
    size_t cap = 0;
    sif_status rc = deadweight(st, m, &cap, err);
    if (rc != SIF_OK || !sif_adjust_is_none(&m->result->adjust))
        return rc;
    int64_t months;
    if (has_months(m, &months)) {
        static const int64_t mo[] = {6, 12, 18, 24, 36};
        for (size_t i = 0; rc == SIF_OK && i < sizeof mo / sizeof mo[0]; i++)
            rc = variant(m, "months", mo[i], mo[i] == months, &cap, err);
    }
    static const int64_t bp[] = {8000, 9000, 10000, 11000, 12000};
    for (size_t i = 0; rc == SIF_OK && i < sizeof bp / sizeof bp[0]; i++)
        rc = variant(m, "unit_costs", bp[i], bp[i] == 10000, &cap, err);
    return rc;
}
