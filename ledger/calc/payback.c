/* ledger/calc/payback.c — payback and simple payback (payback.h, SPEC §11.5). */
#include "sif/payback.h"

#include <string.h>

sif_status sif_payback_compute(const int *years, const sif_ore *investment,
                               const sif_ore *savings, size_t n, sif_payback *out,
                               sif_error *err)
{
    memset(out, 0, sizeof *out);
    sif_ore cum_inv = 0, cum_sav = 0;
    int first = 0;
    sif_status rc;
    for (size_t i = 0; i < n; i++) {
        sif_ore saved_before = cum_sav;
        if ((rc = sif_ore_add(cum_inv, investment[i], &cum_inv, err)) != SIF_OK ||
            (rc = sif_ore_add(cum_sav, savings[i], &cum_sav, err)) != SIF_OK)
            return rc;
        if (first == 0 && investment[i] != 0)
            first = years[i];
        if (cum_inv <= 0 || cum_sav < cum_inv)
            continue;
        /* the year's investment at its start; its savings evenly over it */
        sif_ore left = cum_inv - saved_before, whole, num;
        int k = years[i] - first;
        if (left <= 0) {
            out->years = (sif_ratio){k, 1};
        } else {
            if ((rc = sif_ore_mul(savings[i], k, &whole, err)) != SIF_OK ||
                (rc = sif_ore_add(whole, left, &num, err)) != SIF_OK)
                return rc;
            out->years = (sif_ratio){num, savings[i]};
        }
        int64_t m;
        if ((rc = sif_muldiv(out->years.num, 12, out->years.den, &m, err)) != SIF_OK)
            return rc;
        out->has = true;
        out->year = years[i];
        out->months = (int)m;
        return SIF_OK;
    }
    return SIF_OK;
}

sif_status sif_simple_payback_compute(sif_ore investment, int year, sif_ore savings,
                                      sif_simple_payback *out, sif_error *err)
{
    memset(out, 0, sizeof *out);
    if (investment <= 0 || savings <= 0)
        return SIF_OK;
    sif_ore months;
    sif_status rc = sif_ore_mul(investment, 12, &months, err);
    if (rc != SIF_OK)
        return rc;
    out->has = true;
    out->year = year;
    out->savings_ore = savings;
    out->years = (sif_ratio){investment, savings};
    out->months = (sif_ratio){months, savings};
    return SIF_OK;
}
