/* ledger/calc/adjust_internal.h — applying the adjustments (order in include/sif/result.h). */
#ifndef SIF_ADJUST_INTERNAL_H
#define SIF_ADJUST_INTERNAL_H

#include "sif/result.h"

/* A saving amount: deadweight, attribution, k_drop years of drop-off, k_disc years of
 * discounting; exact, rounded to öre once at the end. k < 0 counts as 0. adj must be checked. */
sif_status sif_adjust_saving(const sif_adjust *adj, sif_ore v, int k_drop, int k_disc,
                             sif_ore *out, sif_error *err);
/* A cost amount: optimism bias, then k_disc years of discounting. */
sif_status sif_adjust_cost(const sif_adjust *adj, sif_ore v, int k_disc, sif_ore *out,
                           sif_error *err);

#endif
