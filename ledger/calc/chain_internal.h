/* ledger/calc/chain_internal.h — an amount multiplied by a chain of exact ratios and rounded
 * once (the adjustments of result.h and the present values of discount.h).
 *
 * The product is carried in 128 bits in units of 10^-12 öre (each step rounded half away
 * from zero at that scale, far below what can move an öre) and rounded to whole öre once, at
 * the end, half away from zero: the one rounding point of an adjusted figure (SPEC §3). */
#ifndef SIF_CHAIN_INTERNAL_H
#define SIF_CHAIN_INTERNAL_H

#include "sif/money.h"

#define SIF_CHAIN_FINE 1000000000000LL   /* 10^-12 öre per unit */

typedef struct sif_chain {
    __int128 v;
} sif_chain;

/* Start from v öre. */
static inline sif_chain sif_chain_start(sif_ore v)
{
    return (sif_chain){(__int128)v * SIF_CHAIN_FINE};
}
/* × num/den (den > 0); SIF_ERR_OVERFLOW when the product does not fit. */
sif_status sif_chain_mul(sif_chain *c, int64_t num, int64_t den, sif_error *err);
/* Round to whole units of `unit` fine units, half away from zero (SIF_CHAIN_FINE: öre). */
sif_status sif_chain_round(const sif_chain *c, int64_t unit, int64_t *out, sif_error *err);

#endif
