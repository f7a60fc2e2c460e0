/* ledger/calc/method_placement.c — placements prevented (children × days × daily cost) and
 * other savings (an amount, or quantity × unit cost). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "method_internal.h"
#include "../intl.h"

struct places {
    sif_placement *v;
    size_t n, cap;
    int oom;
};

static int collect_place(void *ctx, const sif_placement *pl)
{
    struct places *x = ctx;
    if (x->n == x->cap) {
        size_t cap = x->cap ? x->cap * 2 : 32;
        sif_placement *n = realloc(x->v, cap * sizeof *n);
        if (n == NULL) {
            x->oom = 1;
            return 1;
        }
        x->v = n;
        x->cap = cap;
    }
    x->v[x->n++] = *pl;
    return 0;
}

static sif_status param_line(sif_saving_calc *c, const char *what, const sif_param *par,
                             const char *value, sif_error *err)
{
    return CALC_LINE(c, err, "%s: %s kr (unit cost %s, source: %s)", what, value, par->key,
                     par->source[0] ? par->source : T_("not stated"));
}

/* Fill in days and daily cost from the parameters where a record leaves them 0. */
static sif_status resolve(sif_store *st, const sif_project *p, const sif_method_opts *o, int year,
                          struct places *pl, sif_saving_calc *c, sif_error *err)
{
    int need_days = 0, need_daily = 0;
    for (size_t i = 0; i < pl->n; i++) {
        need_days |= pl->v[i].days == 0;
        need_daily |= pl->v[i].daily_ore == 0;
    }
    sif_status rc = SIF_OK; // cppcheck-suppress unreadVariable
    sif_param par;
    int64_t days = 0;
    sif_ore daily = o->daily_ore;
    char a[40];
    if (need_days) {
        if ((rc = sif_method_param(st, SIF_PARAM_PLACEMENT_DAYS, p->code, year, &days, &par, err)) != SIF_OK)
            return rc;
        sif_saving_calc_uses(c, par.id);
        if ((rc = CALC_LINE(c, err, "Length of care per placement: %lld days (unit cost %s, "
                            "source: %s)", (long long)days, par.key,
                            par.source[0] ? par.source : T_("not stated"))) != SIF_OK)
            return rc;
        if (days > 36600)
            return sif_error_set(err, SIF_ERR_DATA, "%lld days of placement is out of range",
                                 (long long)days);
    }
    if (need_daily && !o->has_daily) {
        if ((rc = sif_method_param(st, SIF_PARAM_PLACEMENT_DAY, p->code, year, &daily, &par, err)) != SIF_OK)
            return rc;
        sif_saving_calc_uses(c, par.id);
        if ((rc = param_line(c, T_("Cost per day"), &par, sif_kr(daily, a), err)) != SIF_OK)
            return rc;
    }
    for (size_t i = 0; i < pl->n; i++) {
        if (pl->v[i].days == 0)
            pl->v[i].days = (int)days;
        if (pl->v[i].daily_ore == 0)
            pl->v[i].daily_ore = daily;
    }
    return SIF_OK;
}

static sif_status placement_calc(const struct places *pl, sif_saving_calc *c, sif_ore *amount,
                                 sif_error *err)
{
    int same_days = 1, same_daily = 1;
    int64_t total_days = 0;
    sif_ore sum = 0, v;
    sif_status rc = SIF_OK;
    char a[40], b[40];
    for (size_t i = 0; rc == SIF_OK && i < pl->n; i++) {
        same_days &= pl->v[i].days == pl->v[0].days;
        same_daily &= pl->v[i].daily_ore == pl->v[0].daily_ore;
        total_days += pl->v[i].days; /* at most 36 600 each: no overflow in practice */
        if ((rc = sif_ore_mul(pl->v[i].daily_ore, pl->v[i].days, &v, err)) == SIF_OK)
            rc = sif_ore_add(sum, v, &sum, err);
    }
    if (rc != SIF_OK)
        return rc;
    *amount = sum;
    if (same_days && same_daily) {
        if ((rc = sif_saving_calc_input(c, "dygnskostnad", CL_("Cost per day of a residential placement"),
                                        pl->v[0].daily_ore, "kr", err)) != SIF_OK ||
            (rc = sif_saving_calc_input(c, "barn", CL_("Children whose placement was prevented"),
                                        (int64_t)pl->n, "st", err)) != SIF_OK ||
            (rc = sif_saving_calc_input(c, "dagar", CL_("Days of care per placement"), pl->v[0].days,
                                        "dagar", err)) != SIF_OK)
            return rc;
        snprintf(c->formula, sizeof c->formula, "dygnskostnad * barn * dagar");
        return CALC_LINE(c, err, pl->n == 1 ? N_("%s kr × %zu child × %d days = %s kr")
                                            : N_("%s kr × %zu children × %d days = %s kr"),
                         sif_kr(pl->v[0].daily_ore, a), pl->n, pl->v[0].days, sif_kr(sum, b));
    }
    for (size_t i = 0; rc == SIF_OK && i < pl->n; i++)
        rc = CALC_LINE(c, err, "%s: %d days × %s kr", pl->v[i].child, pl->v[i].days,
                       sif_kr(pl->v[i].daily_ore, a));
    if (rc != SIF_OK)
        return rc;
    if (same_daily) {
        if ((rc = sif_saving_calc_input(c, "dygnskostnad", CL_("Cost per day of a residential placement"),
                                        pl->v[0].daily_ore, "kr", err)) != SIF_OK ||
            (rc = sif_saving_calc_input(c, "vardygn", CL_("Days of care prevented"), total_days,
                                        "dagar", err)) != SIF_OK)
            return rc;
        snprintf(c->formula, sizeof c->formula, "dygnskostnad * vardygn");
        return CALC_LINE(c, err, "%s kr × %lld days = %s kr", sif_kr(pl->v[0].daily_ore, a),
                         (long long)total_days, sif_kr(sum, b));
    }
    if ((rc = sif_saving_calc_input(c, "belopp", CL_("Sum over the children"), sum, "kr", err)) != SIF_OK)
        return rc;
    snprintf(c->formula, sizeof c->formula, "belopp");
    return CALC_LINE(c, err, pl->n == 1 ? N_("Total of %zu child = %s kr")
                                        : N_("Total of %zu children = %s kr"), pl->n, sif_kr(sum, a));
}

sif_status sif_method_placement(sif_store *st, const sif_project *p, const sif_method_opts *o,
                                sif_method_out *m, sif_error *err)
{
    int year = o->year ? o->year : p->end_year;
    if (year == 0)
        return sif_error_set(err, SIF_ERR_USAGE, "give the saving's year (--year)");
    struct places pl = {0};
    sif_status rc = sif_placement_list(st, p->code, collect_place, &pl, err);
    if (rc == SIF_OK && pl.oom)
        rc = sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    if (rc == SIF_OK && pl.n == 0)
        rc = sif_error_set(err, SIF_ERR_DATA, "project %s has no placement records", p->code);
    sif_saving_calc *c = rc == SIF_OK ? sif_saving_calc_new() : NULL;
    if (rc == SIF_OK && c == NULL)
        rc = sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    sif_ore amount = 0;
    if (rc == SIF_OK)
        rc = resolve(st, p, o, year, &pl, c, err);
    if (rc == SIF_OK)
        rc = placement_calc(&pl, c, &amount, err);
    free(pl.v);
    if (rc != SIF_OK) {
        sif_saving_calc_free(c);
        return rc;
    }
    sif_saving s;
    sif_mout_base(p, o, SIF_CAT_PLACEMENT, "placement", CL_("Prevented placements"), year, &s);
    s.amount_ore = amount;
    return sif_mout_add(m, &s, c, err);
}

sif_status sif_method_other(sif_store *st, const sif_project *p, const sif_method_opts *o,
                            sif_method_out *m, sif_error *err)
{
    int year = o->year ? o->year : p->end_year;
    if (year == 0)
        return sif_error_set(err, SIF_ERR_USAGE, "give the saving's year (--year)");
    sif_saving_calc *c = sif_saving_calc_new();
    if (c == NULL)
        return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    sif_status rc = SIF_OK;
    sif_ore amount = 0, unit = o->unit_cost_ore;
    char a[40], b[40];
    if (o->has_amount) {
        amount = o->amount_ore;
        if ((rc = sif_saving_calc_input(c, "belopp", CL_("Amount"), amount, "kr", err)) == SIF_OK) {
            snprintf(c->formula, sizeof c->formula, "belopp");
            rc = CALC_LINE(c, err, "Amount given: %s kr", sif_kr(amount, a));
        }
    } else if (o->has_unit_cost || o->param_key[0]) {
        sif_param par;
        if (!o->has_unit_cost &&
            (rc = sif_method_param(st, o->param_key, p->code, year, &unit, &par, err)) == SIF_OK) {
            sif_saving_calc_uses(c, par.id);
            rc = param_line(c, T_("Price per item"), &par, sif_kr(unit, a), err);
        }
        if (rc == SIF_OK && o->quantity < 0)
            rc = sif_error_set(err, SIF_ERR_DATA, "a quantity cannot be negative");
        int64_t qden = o->quantity_den > 1 ? o->quantity_den : 1;
        if (rc == SIF_OK && qden > 1) {
            /* a part of a thing: the product rounded once; the formula divides by the
             * quantity's denominator, so the workbook recomputes the same */
            char q[64], d[24], frac[24];
            snprintf(d, sizeof d, "%lld", (long long)qden);
            snprintf(frac, sizeof frac, "%lld", (long long)(o->quantity % qden));
            size_t decimals = strlen(d) - 1, fl = strlen(frac);
            char zeros[24] = "";
            for (size_t z = 0; fl + z < decimals && z + 1 < sizeof zeros; z++)
                zeros[z] = '0', zeros[z + 1] = '\0';
            snprintf(q, sizeof q, "%lld,%s%s", (long long)(o->quantity / qden), zeros, frac);
            if ((rc = sif_muldiv(unit, o->quantity, qden, &amount, err)) == SIF_OK &&
                (rc = sif_saving_calc_input(c, "antal", CL_("Quantity (numerator)"), o->quantity, "st",
                                            err)) == SIF_OK &&
                (rc = sif_saving_calc_input(c, "antal_namnare", CL_("Quantity (denominator)"), qden, "",
                                            err)) == SIF_OK &&
                (rc = sif_saving_calc_input(c, "styckkostnad", CL_("Cost per item"), unit, "kr",
                                            err)) == SIF_OK) {
                snprintf(c->formula, sizeof c->formula, "antal / antal_namnare * styckkostnad");
                rc = CALC_LINE(c, err, "%s items × %s kr = %s kr", q, sif_kr(unit, a),
                               sif_kr(amount, b));
            }
        } else if (rc == SIF_OK &&
            (rc = sif_ore_mul(unit, o->quantity, &amount, err)) == SIF_OK &&
            (rc = sif_saving_calc_input(c, "antal", CL_("Quantity"), o->quantity, "st", err)) == SIF_OK &&
            (rc = sif_saving_calc_input(c, "styckkostnad", CL_("Cost per item"), unit, "kr", err)) == SIF_OK) {
            snprintf(c->formula, sizeof c->formula, "antal * styckkostnad");
            rc = CALC_LINE(c, err, "%lld items × %s kr = %s kr", (long long)o->quantity,
                           sif_kr(unit, a), sif_kr(amount, b));
        }
    } else {
        rc = sif_error_set(err, SIF_ERR_USAGE, "other needs --amount, or --quantity with "
                           "--unit-cost or --param");
    }
    if (rc != SIF_OK) {
        sif_saving_calc_free(c);
        return rc;
    }
    sif_saving s;
    sif_mout_base(p, o, o->category, "other", CL_("Other cost reduction"), year, &s);
    s.amount_ore = amount;
    return sif_mout_add(m, &s, c, err);
}
