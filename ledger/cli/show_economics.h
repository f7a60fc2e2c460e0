/* ledger/cli/show_economics.h — SPEC §13 beside a result: present values, agencies,
 * confidence haircuts, in the terminal and in JSON. */
#ifndef SIF_SHOW_ECONOMICS_H
#define SIF_SHOW_ECONOMICS_H

#include "cli.h"

/* The present-value table and NPV/BCR lines; nothing without a discount. */
void cli_print_present_values(const sif_result *r);
/* The keys discount_schedule, base_year, discount_factors, pv_costs_ore, pv_savings_ore,
 * npv_ore and bcr into the open object j; nothing without a discount. */
void cli_json_present_values(cli_json *j, const sif_result *r);

#endif
