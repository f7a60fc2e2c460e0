/* ledger/money_guard.h — totals that cannot overflow (SPEC §11.4); internal to the core.
 * Every function that writes an amount (costs, savings, repayments and write-offs, capital,
 * payments, granted amounts) reserves it first, inside its write. */
#ifndef SIF_MONEY_GUARD_H
#define SIF_MONEY_GUARD_H

#include "sif/store.h"
#include "sif/money.h"

/* Admit amount into the ledger: SIF_ERR_OVERFLOW when the sum of the absolute values of
 * every amount the ledger holds, this one included, would exceed INT64_MAX öre (then no
 * total of them can overflow). Call inside a write, before the insert; the running sum
 * lives until the write commits or aborts. */
sif_status sif_money_reserve(sif_store *st, sif_ore amount, sif_error *err);

#endif
