/* ledger/calc/discount.c — discount factors and present values (discount.h). */
#include <string.h>
#include "chain_internal.h"
#include "sif/discount.h"

bool sif_discount_active(const sif_adjust *a)
{
    return a->schedule == SIF_DISCOUNT_GREENBOOK || a->discount.num != 0;
}

sif_ratio sif_discount_rate_at(const sif_adjust *a, int k)
{
    if (a->schedule != SIF_DISCOUNT_GREENBOOK)
        return a->discount;
    if (k <= 30)
        return (sif_ratio){35, 1000};
    if (k <= 75)
        return (sif_ratio){30, 1000};
    return (sif_ratio){25, 1000};
}

/* × D(t): ÷ (1 + r_k) for k = 1..t, or × (1 + r) for each year before the base. */
static sif_status apply(const sif_adjust *a, sif_chain *c, int t, sif_error *err)
{
    sif_status rc = SIF_OK;
    for (int k = 1; rc == SIF_OK && k <= t; k++) {
        sif_ratio r = sif_discount_rate_at(a, k);
        if (r.num)
            rc = sif_chain_mul(c, r.den, r.den + r.num, err);
    }
    for (int k = 0; rc == SIF_OK && k > t; k--) {
        sif_ratio r = sif_discount_rate_at(a, k);
        if (r.num)
            rc = sif_chain_mul(c, r.den + r.num, r.den, err);
    }
    return rc;
}

sif_status sif_discount_pv(const sif_adjust *a, sif_ore v, int t, sif_ore *out, sif_error *err)
{
    sif_chain c = sif_chain_start(v);
    sif_status rc = apply(a, &c, t, err);
    return rc == SIF_OK ? sif_chain_round(&c, SIF_CHAIN_FINE, out, err) : rc;
}

sif_status sif_discount_factor(const sif_adjust *a, int t, int64_t *out, sif_error *err)
{
    /* 1 at 10^-18 (a factor of 1 is 10^6 millionths of 10^12 fine units) */
    sif_chain c = sif_chain_start(SIF_FACTOR_ONE);
    sif_status rc = apply(a, &c, t, err);
    return rc == SIF_OK ? sif_chain_round(&c, SIF_CHAIN_FINE, out, err) : rc;
}

sif_status sif_discount_schedule_parse(const char *text, sif_discount_schedule *out,
                                       sif_error *err)
{
    if (strcmp(text, "constant") == 0 || strcmp(text, "konstant") == 0) {
        *out = SIF_DISCOUNT_CONSTANT;
        return SIF_OK;
    }
    if (strcmp(text, "greenbook") == 0 || strcmp(text, "green-book") == 0 ||
        strcmp(text, "gb") == 0) {
        *out = SIF_DISCOUNT_GREENBOOK;
        return SIF_OK;
    }
    return sif_error_set(err, SIF_ERR_USAGE, "unknown discount schedule \"%s\" (constant or "
                         "greenbook)", text);
}

const char *sif_discount_schedule_name(sif_discount_schedule s)
{
    return s == SIF_DISCOUNT_GREENBOOK ? "greenbook" : "constant";
}
