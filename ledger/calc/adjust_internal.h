/* ledger/calc/adjust_internal.h — applying the adjustments (order in include/sif/result.h). */
#ifndef SIF_ADJUST_INTERNAL_H
#define SIF_ADJUST_INTERNAL_H

#include "sif/result.h"

/* A saving amount: deadweight, attribution, k_drop years of drop-off; exact, rounded to öre
 * once at the end. k < 0 counts as 0. adj must be checked. Never discounted (discount.h). */
sif_status sif_adjust_saving(const sif_adjust *adj, sif_ore v, int k_drop, sif_ore *out,
                             sif_error *err);
/* A cost amount: optimism bias. */
sif_status sif_adjust_cost(const sif_adjust *adj, sif_ore v, sif_ore *out, sif_error *err);

#endif
