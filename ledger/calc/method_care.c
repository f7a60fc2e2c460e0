/* ledger/calc/method_care.c — treatment shortened, placements prevented, other savings
 * (SPEC §4). Written in the shape of the reference report when the records are uniform. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "method_internal.h"
#include "../intl.h"

struct treats {
    sif_treatment *v;
    size_t n, cap;
    int oom;
};

static int collect_treat(void *ctx, const sif_treatment *t)
{
    struct treats *x = ctx;
    if (x->n == x->cap) {
        size_t cap = x->cap ? x->cap * 2 : 32;
        sif_treatment *n = realloc(x->v, cap * sizeof *n);
        if (n == NULL) {
            x->oom = 1;
            return 1;
        }
        x->v = n;
        x->cap = cap;
    }
    x->v[x->n++] = *t;
    return 0;
}

static int year_of(const sif_project *p, const sif_method_opts *o)
{
    return o->year ? o->year : p->end_year;
}

/* Cost of one phase record: months × hours × therapists × hourly. */
static sif_status phase_cost(const sif_treatment *t, sif_ore hourly, sif_ore *out, sif_error *err)
{
    sif_ore v;
    sif_status rc;
    if ((rc = sif_ore_mul(hourly, t->months, &v, err)) != SIF_OK ||
        (rc = sif_ore_mul(v, t->hours_per_month, &v, err)) != SIF_OK ||
        (rc = sif_ore_mul(v, t->therapists, &v, err)) != SIF_OK)
        return rc;
    *out = v;
    return SIF_OK;
}

/* Do all families have the same phases (months, hours, therapists) as the first, and one
 * hourly cost? Records of a family are consecutive in the order entered. Sets *fam. */
static int uniform(const struct treats *t, sif_ore def_hourly, size_t *families, size_t *per)
{
    size_t nf = 0, first = 0;
    while (first < t->n && strcmp(t->v[first].family, t->v[0].family) == 0)
        first++;
    int same = 1;
    for (size_t i = 0; i < t->n; i += first) {
        nf++;
        for (size_t k = 0; k < first; k++) {
            const sif_treatment *a = &t->v[k], *b = i + k < t->n ? &t->v[i + k] : NULL;
            if (b == NULL || strcmp(b->family, t->v[i].family) != 0 || strcmp(a->kind, b->kind) ||
                a->months != b->months || a->hours_per_month != b->hours_per_month ||
                a->therapists != b->therapists || a->therapists != t->v[0].therapists ||
                (b->hourly_ore ? b->hourly_ore : def_hourly) !=
                    (t->v[0].hourly_ore ? t->v[0].hourly_ore : def_hourly))
                same = 0;
        }
        if (i + first < t->n && strcmp(t->v[i + first - 1].family, t->v[i + first].family) == 0)
            same = 0;
    }
    *families = nf;
    *per = first;
    return same && first <= 6; /* the formula of a few phases fits its buffer */
}

static sif_status treatment_uniform(const struct treats *t, size_t nf, size_t per, sif_ore hourly,
                                    sif_saving_calc *c, sif_ore *amount, sif_error *err)
{
    char key[2][SIF_INPUT_KEY_MAX], a[40], b[40], d[40];
    char ord[200] = "", inten[200] = "";
    size_t ol = 0, il = 0;
    int ni = 0, no = 0;
    sif_ore ord_cost = 0, int_cost = 0;
    sif_status rc = SIF_OK;
    int therapists = t->v[0].therapists;
    for (size_t k = 0; rc == SIF_OK && k < per; k++) {
        const sif_treatment *ph = &t->v[k];
        int intensive = strcmp(ph->kind, "intensive") == 0;
        int idx = intensive ? ++ni : ++no;
        const char *pre = intensive ? "int" : "ord";
        const char *name = intensive ? T_("intensive") : T_("ordinary");
        snprintf(key[0], sizeof key[0], "%s%d_man", pre, idx);
        snprintf(key[1], sizeof key[1], "%s%d_tim", pre, idx);
        char *lbl = sif_calc_encodef("Phase %d of %s treatment: months", idx, name);
        rc = lbl ? sif_saving_calc_input(c, key[0], lbl, ph->months, "mån", err)
                 : sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
        free(lbl);
        lbl = sif_calc_encodef("Phase %d of %s treatment: hours per month and therapist", idx,
                               name);
        if (rc == SIF_OK)
            rc = lbl ? sif_saving_calc_input(c, key[1], lbl, ph->hours_per_month, "h", err)
                     : sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
        free(lbl);
        char *buf = intensive ? inten : ord;
        size_t *len = intensive ? &il : &ol;
        *len += (size_t)snprintf(buf + *len, 200 - *len, "%s%s * %s", *len ? " + " : "", key[0],
                                 key[1]);
        sif_ore month_cost, cost;
        if (rc == SIF_OK)
            rc = sif_ore_mul(hourly, (int64_t)ph->hours_per_month * therapists, &month_cost, err);
        if (rc == SIF_OK)
            rc = phase_cost(ph, hourly, &cost, err);
        if (rc == SIF_OK)
            rc = sif_ore_add(intensive ? int_cost : ord_cost, cost, intensive ? &int_cost : &ord_cost,
                             err);
        if (rc == SIF_OK)
            rc = CALC_LINE(c, err, "%s: %d h/month × %s kr/h × %d therapists = %s kr/month × %d "
                           "months = %s kr", name, ph->hours_per_month, sif_kr(hourly, a), therapists,
                           sif_kr(month_cost, b), ph->months, sif_kr(cost, d));
    }
    if (rc != SIF_OK)
        return rc;
    if (no == 0 || ni == 0)
        return sif_error_set(err, SIF_ERR_DATA, "treatment records need both intensive and "
                             "ordinary phases for each family");
    sif_ore per_family;
    if ((rc = sif_ore_sub(ord_cost, int_cost, &per_family, err)) != SIF_OK ||
        (rc = sif_ore_mul(per_family, (int64_t)nf, amount, err)) != SIF_OK ||
        (rc = sif_saving_calc_input(c, "familjer", CL_("Families"), (int64_t)nf, "st", err)) != SIF_OK ||
        (rc = sif_saving_calc_input(c, "behandlare", CL_("Therapists"), therapists, "st", err)) != SIF_OK ||
        (rc = sif_saving_calc_input(c, "timkostnad", CL_("Cost per hour and therapist"), hourly,
                                    "kr", err)) != SIF_OK)
        return rc;
    snprintf(c->formula, sizeof c->formula,
             "familjer * (%s - (%s)) * behandlare * timkostnad", ord, inten);
    if ((rc = CALC_LINE(c, err, "Cost per family: ordinary %s kr − intensive %s kr = %s kr",
                        sif_kr(ord_cost, a), sif_kr(int_cost, b), sif_kr(per_family, d))) != SIF_OK)
        return rc;
    return CALC_LINE(c, err, nf == 1 ? N_("%zu family × %s kr = %s kr")
                                     : N_("%zu families × %s kr = %s kr"), nf, sif_kr(per_family, a),
                     sif_kr(*amount, b));
}

static sif_status treatment_general(const struct treats *t, sif_ore def_hourly,
                                    sif_saving_calc *c, sif_ore *amount, sif_error *err)
{
    sif_ore ord = 0, inten = 0;
    size_t nf = 0;
    char a[40], b[40];
    sif_status rc = SIF_OK;
    for (size_t i = 0; rc == SIF_OK && i < t->n; i++) {
        const sif_treatment *ph = &t->v[i];
        sif_ore hourly = ph->hourly_ore ? ph->hourly_ore : def_hourly, cost;
        int intensive = strcmp(ph->kind, "intensive") == 0;
        if (i == 0 || strcmp(ph->family, t->v[i - 1].family) != 0)
            nf++;
        if ((rc = phase_cost(ph, hourly, &cost, err)) != SIF_OK ||
            (rc = sif_ore_add(intensive ? inten : ord, cost, intensive ? &inten : &ord, err)) != SIF_OK)
            break;
        rc = CALC_LINE(c, err, "%s %s: %d months × %d h × %d therapists × %s kr/h = %s kr",
                       ph->family, intensive ? T_("intensive") : T_("ordinary"), ph->months, ph->hours_per_month,
                       ph->therapists, sif_kr(hourly, a), sif_kr(cost, b));
    }
    if (rc == SIF_OK &&
        (rc = sif_saving_calc_input(c, "familjer", CL_("Families"), (int64_t)nf, "st", err)) == SIF_OK &&
        (rc = sif_saving_calc_input(c, "ordinarie", CL_("Cost of ordinary treatment"), ord, "kr",
                                    err)) == SIF_OK &&
        (rc = sif_saving_calc_input(c, "intensiv", CL_("Cost of intensive treatment"), inten, "kr",
                                    err)) == SIF_OK &&
        (rc = sif_ore_sub(ord, inten, amount, err)) == SIF_OK) {
        snprintf(c->formula, sizeof c->formula, "ordinarie - intensiv");
        char d[40];
        rc = CALC_LINE(c, err, "Ordinary %s kr − intensive %s kr = %s kr", sif_kr(ord, a),
                       sif_kr(inten, b), sif_kr(*amount, d));
    }
    return rc;
}

sif_status sif_method_treatment(sif_store *st, const sif_project *p, const sif_method_opts *o,
                                sif_method_out *m, sif_error *err)
{
    int year = year_of(p, o);
    if (year == 0)
        return sif_error_set(err, SIF_ERR_USAGE, "give the saving's year (--year)");
    struct treats t = {0};
    sif_status rc = sif_treatment_list(st, p->code, collect_treat, &t, err);
    if (rc == SIF_OK && t.oom)
        rc = sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    if (rc == SIF_OK && t.n == 0)
        rc = sif_error_set(err, SIF_ERR_DATA, "project %s has no treatment records", p->code);
    sif_ore hourly = o->hourly_ore;
    sif_param par;
    memset(&par, 0, sizeof par);
    int need_param = !o->has_hourly;
    for (size_t i = 0; need_param && i < t.n; i++)
        need_param = t.v[i].hourly_ore != 0;
    need_param = !o->has_hourly && !need_param;
    if (rc == SIF_OK && need_param)
        rc = sif_method_param(st, SIF_PARAM_TREATMENT_HOUR, p->code, year, &hourly, &par, err);
    sif_saving_calc *c = rc == SIF_OK ? sif_saving_calc_new() : NULL;
    if (rc == SIF_OK && c == NULL)
        rc = sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    char a[40];
    if (rc == SIF_OK && need_param)
        rc = CALC_LINE(c, err, "Cost per hour and therapist: %s kr (unit cost %s, source: %s)",
                       sif_kr(hourly, a), par.key, par.source[0] ? par.source : T_("not stated"));
    size_t nf = 0, per = 0;
    sif_ore amount = 0;
    if (rc == SIF_OK) {
        if (uniform(&t, hourly, &nf, &per))
            rc = treatment_uniform(&t, nf, per, t.v[0].hourly_ore ? t.v[0].hourly_ore : hourly, c,
                                   &amount, err);
        else
            rc = treatment_general(&t, hourly, c, &amount, err);
    }
    free(t.v);
    if (rc != SIF_OK) {
        sif_saving_calc_free(c);
        return rc;
    }
    sif_saving s;
    sif_mout_base(p, o, SIF_CAT_TREATMENT, "treatment",
                  CL_("Shorter treatment: intensive against ordinary"), year, &s);
    s.amount_ore = amount;
    return sif_mout_add(m, &s, c, err);
}
