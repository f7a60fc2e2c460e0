/* include/sif/result.h — a project's result: investment, savings, net per year and
 * cumulative, ratio and payback, with the adjustments of SPEC §4.
 *
 * @code
 *     sif_adjust adj;
 *     sif_adjust_load(st, "HFO", &adj, &err);          // the ledger's settings (defaults: none)
 *     sif_result *r;
 *     if (sif_result_build(st, "HFO", &adj, &r, &err) == SIF_OK) {
 *         ... r->investment_ore, r->savings_ore, r->net_ore, r->by_category[SIF_CAT_BENEFIT],
 *             r->years[i].cumulative_ore, r->has_payback, r->payback_years ...
 *         sif_result_free(r);
 *     }
 * @endcode
 *
 * ## Adjustments (SPEC §4)
 *
 * All default to none and then reproduce the reference case. They are applied per year and
 * category to the sum of the savings (and of their shifted part) in a fixed order, as one
 * exact chain of factors carried at 10^-12 öre and rounded to whole öre once, at the end,
 * half away from zero:
 *
 *   1. deadweight  d:  × (1 − d)      share that would have happened anyway
 *   2. attribution a:  × (1 − a)      share due to others
 *   3. drop-off    o:  × (1 − o), once for each year after the project's first saving year
 *                      (k = year − first saving year; the first year is not reduced)
 *
 * Investment costs per year get optimism bias b: × (1 + b). These are the figures of
 * investment_ore, savings_ore and net_ore, per year and in total: never discounted.
 *
 * ## Discounting (SPEC §13)
 *
 * A discount (a rate r > 0, or schedule SIF_DISCOUNT_GREENBOOK) adds present values beside
 * them (discount.h): each year's adjusted investment and savings × D(t), t = year − base
 * year, rounded once per year and summed: pv_costs_ore, pv_savings_ore, npv_ore = pv_savings
 * − pv_costs, bcr = pv_savings / pv_costs. The base year is adj.base_year, or when 0 the
 * first year of the investment (for the reference case 2014); years before it are
 * compounded, years after it discounted, the base year itself has factor 1. E.g. 100 000 kr
 * three years after the base at 3,5 % is 100 000 / 1,035³ = 90 194,27 kr.
 *
 * The adjustments can be stored per project as unit-cost parameters (sif_param_set, kind
 * ratio; "adj_base_year" kind count) with the keys below; sif_adjust_load reads them, and a
 * command-line option overrides them for one run. Whatever is not the default is listed by
 * sif_adjust_describe so every report prints it next to the figures.
 *
 * ## Payback
 *
 * Two figures, both as payback.h defines them (SPEC §11.5), over the adjusted investment and
 * savings per year: payback_* = (Y − first investment year) + (investment up to and
 * including Y − savings before Y) ÷ savings of Y, Y the first year whose cumulative savings
 * reach the cumulative investment (the reference case: 3 + 8 694 788 ÷ 9 078 080 = 3,96
 * years, 47 months); simple_payback = investment ÷ the savings of the first year that has
 * savings (realised and projected alike; simple_payback_status says which).
 */
#ifndef SIF_RESULT_H
#define SIF_RESULT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "sif/agency.h"
#include "sif/cost.h"
#include "sif/payback.h"
#include "sif/saving.h"

/* Parameter keys read by sif_adjust_load (kind ratio, except adj_base_year: count, and
 * adj_discount_schedule: count, 0 constant, 1 Green Book). */
#define SIF_ADJ_DEADWEIGHT "adj_deadweight"
#define SIF_ADJ_ATTRIBUTION "adj_attribution"
#define SIF_ADJ_DROPOFF "adj_dropoff"
#define SIF_ADJ_DISCOUNT "adj_discount"
#define SIF_ADJ_OPTIMISM "adj_optimism"
#define SIF_ADJ_BASE_YEAR "adj_base_year"
#define SIF_ADJ_SCHEDULE "adj_discount_schedule"

/* How the discount rate runs over the years (discount.h). */
typedef enum sif_discount_schedule {
    SIF_DISCOUNT_CONSTANT = 0, /* adj.discount every year */
    SIF_DISCOUNT_GREENBOOK,    /* 3,5 % to year 30, 3 % to 75, 2,5 % after */
} sif_discount_schedule;

/* Ratios num/den, 0/1 = none. A zero-initialised struct is NOT valid (den 0): start from
 * sif_adjust_none or sif_adjust_load. */
typedef struct sif_adjust {
    sif_ratio deadweight;  /* [0, 1] */
    sif_ratio attribution; /* [0, 1] */
    sif_ratio dropoff;     /* [0, 1] per year */
    sif_ratio discount;    /* >= 0 per year, e.g. 35/1000 */
    sif_ratio optimism;    /* >= 0, uplift on investment costs */
    int base_year;         /* discounting base; 0 = first investment year */
    sif_discount_schedule schedule; /* constant rate, or the Green Book's (discount.h) */
    char price_index[48];  /* "" = amounts as entered; else restated with this index */
    int price_year;        /* ... into this year's prices (price_index.h) */
} sif_adjust;

/* The defaults: no adjustment at all (the reference case). */
void sif_adjust_none(sif_adjust *adj);
/* Check ranges; SIF_ERR_DATA with the name of the bad one. */
sif_status sif_adjust_check(const sif_adjust *adj, sif_error *err);
/* Start from none and apply the project's stored adj_* parameters (the latest rows, project
 * specific before general). */
sif_status sif_adjust_load(sif_store *st, const char *project_code, sif_adjust *adj,
                           sif_error *err);
/* True when adj is exactly the default (base_year ignored unless a discount is set). */
bool sif_adjust_is_none(const sif_adjust *adj);
/* Swedish lines for every non-default adjustment, e.g. "Dödvikt: 25 %", "Diskontering:
 * 3,5 % per år från 2014 (basåret diskonteras inte)". Calls fn once per line. */
typedef void (*sif_adjust_line_fn)(void *ctx, const char *line);
void sif_adjust_describe(const sif_adjust *adj, int base_year, sif_adjust_line_fn fn, void *ctx);

/* One year of the result; every amount adjusted. */
typedef struct sif_result_year {
    int year;
    sif_ore investment_ore;        /* all funding sources */
    sif_ore investment_fund_ore;   /* funding "fund": the loan part */
    sif_ore savings_ore;
    sif_ore by_category[SIF_CAT_COUNT_];
    sif_ore by_status[SIF_SAVING_STATUS_COUNT_];
    sif_ore shifted_ore;
    sif_ore net_ore;               /* savings − investment */
    sif_ore cumulative_ore;        /* net up to and including this year */
    /* present values, only with a discount (sif_result.discounted) */
    int64_t factor;                /* D(year − base year) in millionths (discount.h) */
    sif_ore pv_investment_ore;     /* investment_ore × D, rounded once */
    sif_ore pv_savings_ore;        /* savings_ore × D, rounded once */
    sif_ore by_agency[SIF_AGENCY_COUNT_]; /* savings_ore split by who gains (agency.h) */
} sif_result_year;

/* One amount restated into the price year (sif_adjust.price_index): amount × to / from. */
typedef struct sif_restatement {
    int64_t saving_id;             /* 0: a year's investment */
    int year;                      /* the saving's or cost's year */
    int price_year;                /* the year of its prices */
    sif_ratio from_index, to_index;
    sif_ore from_ore, to_ore;
} sif_restatement;

/* A saving's confidence haircut (SPEC §13): its grade's parameter adj_confidence_<grade>. */
typedef struct sif_haircut {
    int64_t saving_id;
    int grade;                     /* sif_confidence (saving_econ.h) */
    sif_ratio share;               /* the haircut, e.g. 40/100 */
    char source[SIF_TEXT_MAX];     /* the parameter's source */
    sif_ore from_ore, to_ore;      /* amount × (1 − share), rounded once */
} sif_haircut;

/* A printed savings total compared with the ledger (category -1 = all savings). */
typedef struct sif_saving_control {
    int category;
    sif_ore printed_ore;
    sif_ore computed_ore;          /* unadjusted sum of the ledger's savings */
    sif_ore diff_ore;              /* computed − printed */
} sif_saving_control;

/* Heap object: free with sif_result_free. */
typedef struct sif_result {
    sif_project project;
    sif_adjust adjust;              /* as applied; base_year filled in */
    sif_investment *investment;     /* the unadjusted role × year table with its control
                                       totals (owned by the result) */
    sif_ore investment_raw_ore;     /* the ledger's own investment total, unadjusted */
    sif_ore investment_ore;         /* adjusted (== raw with no adjustment) */
    sif_ore investment_fund_ore;    /* adjusted loan part */
    bool has_printed_investment;    /* a "total" cost control total exists */
    sif_ore printed_investment_ore; /* the printed investment total */
    sif_ore savings_raw_ore;        /* unadjusted sum of savings */
    sif_ore savings_ore;            /* adjusted */
    sif_ore by_category[SIF_CAT_COUNT_];
    sif_ore by_status[SIF_SAVING_STATUS_COUNT_];
    sif_ore shifted_ore;            /* part of savings_ore whose cost moved to another payer */
    sif_ore net_ore;                /* savings_ore − investment_ore */
    sif_ore net_printed_ore;        /* savings_ore − printed_investment_ore (when printed) */
    sif_ratio ratio;                /* savings_ore / investment_ore (den 0 when no investment) */
    size_t nyears;
    sif_result_year *years;         /* ascending, every year with a cost or a saving */
    bool has_payback;
    int payback_year;               /* calendar year in which payback happens */
    sif_ratio payback_years;        /* exact, from the start of the first investment year */
    int payback_months;             /* payback_years × 12, rounded */
    sif_simple_payback simple_payback; /* .has false without savings or investment */
    const char *simple_payback_status; /* "realised", "projected" or "mixed" (static) */
    bool discounted;                /* a discount is in force: the pv_ figures are set */
    sif_ore pv_costs_ore;           /* Σ years' pv_investment_ore */
    sif_ore pv_savings_ore;         /* Σ years' pv_savings_ore */
    sif_ore npv_ore;                /* pv_savings_ore − pv_costs_ore */
    sif_ratio bcr;                  /* pv_savings / pv_costs; den 0 when no costs */
    size_t nhaircuts;
    sif_haircut *haircuts;          /* every saving a confidence haircut changed, in order */
    size_t nrestated;
    sif_restatement *restated;      /* with a price year: every amount restated, in order */
    bool has_agencies;              /* some saving is not all the city's (kommun 100 %) */
    sif_ore by_agency[SIF_AGENCY_COUNT_]; /* savings_ore by agency: adds up to savings_ore.
                                       Each saving is split by its shares (largest remainder);
                                       a year's adjusted savings are split in proportion to
                                       its unadjusted agency parts, by largest remainder. */
    size_t ncontrols;
    sif_saving_control *controls;   /* printed savings totals compared */
    size_t nsavings;                /* saving entries counted (reversals included) */
} sif_result;

/* Build the result of a project with adjustments adj (NULL = none). *out NULL on failure;
 * SIF_ERR_OVERFLOW when any sum does not fit. */
sif_status sif_result_build(sif_store *st, const char *project_code, const sif_adjust *adj,
                            sif_result **out, sif_error *err);
void sif_result_free(sif_result *r);

/* Write a ratio as an exact decimal with `decimals` places (rounded half away from zero)
 * into buf, with '.' as the decimal mark (JSON): 3 940/1000 → "3.94". Returns buf. */
char *sif_ratio_decimal(sif_ratio r, int decimals, char *buf, size_t size);

#endif
