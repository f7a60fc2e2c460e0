/* ledger/calc/chain.c — exact chains of ratios, rounded once (chain_internal.h). */
#include "chain_internal.h"

sif_status sif_chain_mul(sif_chain *c, int64_t num, int64_t den, sif_error *err)
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

sif_status sif_chain_round(const sif_chain *c, int64_t unit, int64_t *out, sif_error *err)
{
    __int128 q = c->v / unit, r = c->v % unit;
    if ((r < 0 ? -r : r) * 2 >= unit)
        q += c->v < 0 ? -1 : 1;
    if (q > INT64_MAX || q < INT64_MIN)
        return sif_error_set(err, SIF_ERR_OVERFLOW, "amount overflow in an adjustment");
    *out = (int64_t)q;
    return SIF_OK;
}
