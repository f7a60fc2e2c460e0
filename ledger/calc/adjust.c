/* ledger/calc/adjust.c — the adjustments of SPEC §4: defaults, checks, stored settings, the
 * description every report prints, and their application (order documented in result.h). */
#include <stdio.h>
#include <string.h>
#include "adjust_internal.h"
#include "../intl.h"
#include "chain_internal.h"
#include "sif/param.h"
#include "../intl.h"

void sif_adjust_none(sif_adjust *adj)
{
    memset(adj, 0, sizeof *adj);
    adj->deadweight = adj->attribution = adj->dropoff = adj->discount = adj->optimism =
        (sif_ratio){0, 1};
}

static bool is_zero(sif_ratio r) { return r.num == 0; }

sif_status sif_adjust_check(const sif_adjust *a, sif_error *err)
{
    const struct {
        const char *name;
        sif_ratio r;
        bool at_most_one;
    } all[] = {{"deadweight", a->deadweight, true}, {"attribution", a->attribution, true},
               {"drop-off", a->dropoff, true}, {"discount rate", a->discount, false},
               {"optimism bias", a->optimism, false}};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) {
        sif_ratio r = all[i].r;
        if (r.den <= 0 || r.num < 0 || (all[i].at_most_one && r.num > r.den) ||
            (!all[i].at_most_one && r.num > 10 * r.den) || r.num > INT64_MAX / 2 ||
            r.den > INT64_MAX / 2)
            return sif_error_set(err, SIF_ERR_DATA, "%s must lie between 0 and %s", all[i].name,
                                 all[i].at_most_one ? "100 %" : "1000 %");
    }
    if ((a->price_index[0] != '\0') != (a->price_year != 0))
        return sif_error_set(err, SIF_ERR_USAGE, "a price year needs an index and an index a "
                             "price year (--price-year YEAR --index NAME)");
    if (a->price_year && (a->price_year < 1800 || a->price_year > 2999))
        return sif_error_set(err, SIF_ERR_DATA, "price year %d is not a year", a->price_year);
    if (a->base_year && (a->base_year < 1900 || a->base_year > 2999))
        return sif_error_set(err, SIF_ERR_DATA, "base year %d is not a year", a->base_year);
    return SIF_OK;
}

bool sif_adjust_is_none(const sif_adjust *a)
{
    return is_zero(a->deadweight) && is_zero(a->attribution) && is_zero(a->dropoff) &&
           is_zero(a->discount) && is_zero(a->optimism) && a->schedule == SIF_DISCOUNT_CONSTANT &&
           a->price_index[0] == '\0';
}

sif_status sif_adjust_load(sif_store *st, const char *project_code, sif_adjust *adj,
                           sif_error *err)
{
    sif_adjust_none(adj);
    const struct {
        const char *key;
        sif_ratio *r;
    } keys[] = {{SIF_ADJ_DEADWEIGHT, &adj->deadweight}, {SIF_ADJ_ATTRIBUTION, &adj->attribution},
                {SIF_ADJ_DROPOFF, &adj->dropoff}, {SIF_ADJ_DISCOUNT, &adj->discount},
                {SIF_ADJ_OPTIMISM, &adj->optimism}};
    sif_param p;
    sif_error e2;
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        sif_status rc = sif_param_get(st, keys[i].key, project_code, 0, &p, &e2);
        if (rc == SIF_ERR_NOTFOUND)
            continue;
        if (rc != SIF_OK) {
            if (err)
                *err = e2;
            return rc;
        }
        if (p.kind != SIF_PARAM_RATIO)
            return sif_error_set(err, SIF_ERR_DATA, "parameter %s must be a ratio", keys[i].key);
        *keys[i].r = (sif_ratio){p.num, p.den};
    }
    sif_status rc = sif_param_get(st, SIF_ADJ_BASE_YEAR, project_code, 0, &p, &e2);
    if (rc == SIF_OK)
        adj->base_year = (int)p.num;
    else if (rc != SIF_ERR_NOTFOUND) {
        if (err)
            *err = e2;
        return rc;
    }
    rc = sif_param_get(st, SIF_ADJ_SCHEDULE, project_code, 0, &p, &e2);
    if (rc == SIF_OK) {
        if (p.num != SIF_DISCOUNT_CONSTANT && p.num != SIF_DISCOUNT_GREENBOOK)
            return sif_error_set(err, SIF_ERR_DATA, "parameter %s must be 0 (constant) or 1 "
                                 "(greenbook)", SIF_ADJ_SCHEDULE);
        adj->schedule = (sif_discount_schedule)p.num;
    } else if (rc != SIF_ERR_NOTFOUND) {
        if (err)
            *err = e2;
        return rc;
    }
    return sif_adjust_check(adj, err);
}

void sif_adjust_describe(const sif_adjust *a, int base_year, sif_adjust_line_fn fn, void *ctx)
{
    char line[160], r[32];
    if (!is_zero(a->deadweight)) {
        snprintf(line, sizeof line, _("Deadweight: %s of the savings would have happened anyway"),
                 sif_ratio_format(a->deadweight, r, sizeof r));
        fn(ctx, line);
    }
    if (!is_zero(a->attribution)) {
        snprintf(line, sizeof line, _("Attribution: %s of the savings are due to other actors"),
                 sif_ratio_format(a->attribution, r, sizeof r));
        fn(ctx, line);
    }
    if (!is_zero(a->dropoff)) {
        snprintf(line, sizeof line, _("Drop-off: %s per year after the first year of savings"),
                 sif_ratio_format(a->dropoff, r, sizeof r));
        fn(ctx, line);
    }
    if (a->schedule == SIF_DISCOUNT_GREENBOOK) {
        snprintf(line, sizeof line, _("Discounting: Green Book, 3,5 %% years 0–30, 3 %% years 31–75, "
                   "2,5 %% after that, base year %d (the base year is not discounted, years "
                   "before it are compounded)"),
                 base_year);
        fn(ctx, line);
    } else if (!is_zero(a->discount)) {
        snprintf(line, sizeof line, _("Discounting: %s per year, base year %d (the base year is not discounted)"),
                 sif_ratio_format(a->discount, r, sizeof r), base_year);
        fn(ctx, line);
    }
    if (a->price_index[0]) {
        snprintf(line, sizeof line, _("Price level: every amount in %d prices by index %s "
                   "(amount × I(%d) / I(price year), rounded once)"), a->price_year, a->price_index,
                 a->price_year);
        fn(ctx, line);
    }
    if (!is_zero(a->optimism)) {
        snprintf(line, sizeof line, _("Optimism bias: the costs are raised by %s"),
                 sif_ratio_format(a->optimism, r, sizeof r));
        fn(ctx, line);
    }
}

/* × (1 − r), k times. */
static sif_status chain_shrink(sif_chain *c, sif_ratio r, int k, sif_error *err)
{
    for (int i = 0; i < k && r.num; i++) {
        sif_status rc = sif_chain_mul(c, r.den - r.num, r.den, err);
        if (rc != SIF_OK)
            return rc;
    }
    return SIF_OK;
}

sif_status sif_adjust_saving(const sif_adjust *a, sif_ore v, int k_drop, sif_ore *out,
                             sif_error *err)
{
    sif_chain c = sif_chain_start(v);
    sif_status rc;
    if ((rc = chain_shrink(&c, a->deadweight, 1, err)) != SIF_OK ||
        (rc = chain_shrink(&c, a->attribution, 1, err)) != SIF_OK ||
        (rc = chain_shrink(&c, a->dropoff, k_drop, err)) != SIF_OK)
        return rc;
    return sif_chain_round(&c, SIF_CHAIN_FINE, out, err);
}

sif_status sif_adjust_cost(const sif_adjust *a, sif_ore v, sif_ore *out, sif_error *err)
{
    sif_chain c = sif_chain_start(v);
    sif_status rc;
    if (a->optimism.num &&
        (rc = sif_chain_mul(&c, a->optimism.den + a->optimism.num, a->optimism.den, err)) != SIF_OK)
        return rc;
    return sif_chain_round(&c, SIF_CHAIN_FINE, out, err);
}
