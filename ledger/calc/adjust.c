/* ledger/calc/adjust.c — the adjustments of SPEC §4: defaults, checks, stored settings, the
 * description every report prints, and their application (order documented in result.h). */
#include <stdio.h>
#include <string.h>
#include "adjust_internal.h"
#include "sif/param.h"

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
    if (a->base_year && (a->base_year < 1900 || a->base_year > 2999))
        return sif_error_set(err, SIF_ERR_DATA, "base year %d is not a year", a->base_year);
    return SIF_OK;
}

bool sif_adjust_is_none(const sif_adjust *a)
{
    return is_zero(a->deadweight) && is_zero(a->attribution) && is_zero(a->dropoff) &&
           is_zero(a->discount) && is_zero(a->optimism);
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
    return sif_adjust_check(adj, err);
}

void sif_adjust_describe(const sif_adjust *a, int base_year, sif_adjust_line_fn fn, void *ctx)
{
    char line[160], r[32];
    if (!is_zero(a->deadweight)) {
        snprintf(line, sizeof line, "Dödvikt: %s av besparingarna hade skett ändå",
                 sif_ratio_format(a->deadweight, r, sizeof r));
        fn(ctx, line);
    }
    if (!is_zero(a->attribution)) {
        snprintf(line, sizeof line, "Attribution: %s av besparingarna beror på andra aktörer",
                 sif_ratio_format(a->attribution, r, sizeof r));
        fn(ctx, line);
    }
    if (!is_zero(a->dropoff)) {
        snprintf(line, sizeof line, "Avtagande effekt: %s per år efter det första besparingsåret",
                 sif_ratio_format(a->dropoff, r, sizeof r));
        fn(ctx, line);
    }
    if (!is_zero(a->discount)) {
        snprintf(line, sizeof line, "Diskontering: %s per år, basår %d (basåret diskonteras inte)",
                 sif_ratio_format(a->discount, r, sizeof r), base_year);
        fn(ctx, line);
    }
    if (!is_zero(a->optimism)) {
        snprintf(line, sizeof line, "Optimism bias: kostnaderna räknas upp med %s",
                 sif_ratio_format(a->optimism, r, sizeof r));
        fn(ctx, line);
    }
}

/* The adjustments multiply an amount by a chain of exact factors. The product is carried in
 * 128 bits in units of 10^-12 öre (each step rounded half away from zero at that scale, far
 * below what can move an öre) and rounded to whole öre once, at the end, half away from zero:
 * the one rounding point of an adjusted figure (SPEC §3). */
#define FINE 1000000000000LL   /* 10^-12 öre per unit */

typedef struct chain {
    __int128 v;
} chain;

static sif_status chain_mul(chain *c, int64_t num, int64_t den, sif_error *err)
{
    __int128 p;
    if (den <= 0 || __builtin_mul_overflow(c->v, (__int128)num, &p))
        return sif_error_set(err, SIF_ERR_OVERFLOW, "amount overflow in an adjustment");
    __int128 q = p / den, r = p % den;
    if ((r < 0 ? -r : r) * 2 >= den)
        q += p < 0 ? -1 : 1;
    c->v = q;
    return SIF_OK;
}

/* × (1 − r), k times. */
static sif_status chain_shrink(chain *c, sif_ratio r, int k, sif_error *err)
{
    for (int i = 0; i < k && r.num; i++) {
        sif_status rc = chain_mul(c, r.den - r.num, r.den, err);
        if (rc != SIF_OK)
            return rc;
    }
    return SIF_OK;
}

/* ÷ (1 + r), k times. */
static sif_status chain_discount(chain *c, sif_ratio r, int k, sif_error *err)
{
    for (int i = 0; i < k && r.num; i++) {
        sif_status rc = chain_mul(c, r.den, r.den + r.num, err);
        if (rc != SIF_OK)
            return rc;
    }
    return SIF_OK;
}

static sif_status chain_result(const chain *c, sif_ore *out, sif_error *err)
{
    __int128 q = c->v / FINE, r = c->v % FINE;
    if ((r < 0 ? -r : r) * 2 >= FINE)
        q += c->v < 0 ? -1 : 1;
    if (q > INT64_MAX || q < INT64_MIN)
        return sif_error_set(err, SIF_ERR_OVERFLOW, "amount overflow in an adjustment");
    *out = (sif_ore)q;
    return SIF_OK;
}

sif_status sif_adjust_saving(const sif_adjust *a, sif_ore v, int k_drop, int k_disc,
                             sif_ore *out, sif_error *err)
{
    chain c = {(__int128)v * FINE};
    sif_status rc;
    if ((rc = chain_shrink(&c, a->deadweight, 1, err)) != SIF_OK ||
        (rc = chain_shrink(&c, a->attribution, 1, err)) != SIF_OK ||
        (rc = chain_shrink(&c, a->dropoff, k_drop, err)) != SIF_OK ||
        (rc = chain_discount(&c, a->discount, k_disc, err)) != SIF_OK)
        return rc;
    return chain_result(&c, out, err);
}

sif_status sif_adjust_cost(const sif_adjust *a, sif_ore v, int k_disc, sif_ore *out,
                           sif_error *err)
{
    chain c = {(__int128)v * FINE};
    sif_status rc;
    if ((a->optimism.num &&
         (rc = chain_mul(&c, a->optimism.den + a->optimism.num, a->optimism.den, err)) != SIF_OK) ||
        (rc = chain_discount(&c, a->discount, k_disc, err)) != SIF_OK)
        return rc;
    return chain_result(&c, out, err);
}
