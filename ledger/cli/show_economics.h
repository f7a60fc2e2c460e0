/* ledger/cli/show_economics.h — SPEC §13 beside a result: present values, agencies,
 * confidence haircuts, in the terminal and in JSON. */
#ifndef SIF_SHOW_ECONOMICS_H
#define SIF_SHOW_ECONOMICS_H

#include "calc_opts.h"

/* The present-value table and NPV/BCR lines; nothing without a discount. */
void cli_print_present_values(const sif_result *r);
/* The keys discount_schedule, base_year, discount_factors, pv_costs_ore, pv_savings_ore,
 * npv_ore and bcr into the open object j; nothing without a discount. */
void cli_json_present_values(cli_json *j, const sif_result *r);

/* The savings per agency and year (nothing when every saving is all the city's). */
void cli_print_agencies(const sif_result *r);
/* savings_by_agency: {"kommun": N, "region": N, ...}, every agency, summing to savings_ore. */
void cli_json_agencies(cli_json *j, const sif_result *r);

/* Every restated amount with its index values (nothing without a price year). */
void cli_print_price_base(const sif_result *r);
/* price_base: {"index", "price_year", "restated": [{"saving_id", "year", "price_year",
 * "index_from", "index_to", "from_ore", "to_ore"}]} (nothing without a price year). */
void cli_json_price_base(cli_json *j, const sif_result *r);

/* Every confidence haircut beside the result it changes (nothing when none applies). */
void cli_print_haircuts(const sif_result *r);
/* confidence_haircuts: [{"saving_id", "confidence", "haircut", "source", "from_ore",
 * "to_ore"}] (always, [] when none applies). */
void cli_json_haircuts(cli_json *j, const sif_result *r);

/* The options --agencies, --price-year and --confidence of saving add and compute. */
#define CLI_ECON_OPTS \
    {"agencies", false, NULL}, {"price-year", false, NULL}, {"confidence", false, NULL}
/* Parse them into e (the defaults where not given). SIF_ERR_DATA/USAGE with a message. */
sif_status cli_econ_opts(const calc_opt *opts, sif_saving_econ *e, sif_error *err);

#endif
