/* ledger/repay/scenario_payers.h — splitting a year's repayment over paying committees. */
#ifndef SIF_SCENARIO_PAYERS_H
#define SIF_SCENARIO_PAYERS_H

#include <stdio.h>
#include "scenario_internal.h"

/* Fill row->payers, row->committee and row->budget_effect_ore for row->repayment_ore in
 * row->year, split in proportion to units[] (negative amounts count as 0). With no positive
 * weight the project's committee pays it all. */
sif_status scen_payers(sif_store *st, const scen_input *in, const scen_unit_amount *units,
                       size_t nunits, sif_scenario_row *row, sif_error *err);

#endif

