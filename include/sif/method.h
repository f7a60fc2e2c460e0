/* include/sif/method.h — the calculation methods of SPEC §4: each reads the ledger (exits,
 * the payment register, treatment and placement records, unit costs) and proposes savings
 * with their full calculation; writing them is a separate step.
 *
 * @code
 *     sif_method_opts o;
 *     sif_method_opts_init(&o);
 *     o.year = 2017; o.deadweight = 3;
 *     snprintf(o.unit_code, sizeof o.unit_code, "EKB");
 *     sif_method_out *m;
 *     if (sif_method_compute(st, "HFO", "benefit_schablon", &o, &m, &err) == SIF_OK) {
 *         ... m->savings[i], m->calcs[i]->derivation, m->warnings[w] ...
 *         sif_write_begin(...); sif_method_write(st, batch, m, &err); sif_write_commit(...);
 *         sif_method_out_free(m);
 *     }
 * @endcode
 *
 * Methods:
 * - "benefit_schablon": households per exit reason (the project's exits, or o.counts),
 *   minus o.deadweight households (taken from those who left through work), × monthly cost
 *   (param forsorjningsstod_manad, or o.monthly_ore) × o.months (default 12). Exits by moving
 *   or to Försäkringskassan are counted and their part is the shifted part. It counts whole
 *   households: an exit with a share below 1 is refused (use benefit_records).
 * - "benefit_records": per household from the payment register. Counterfactual monthly
 *   cost = the household's payments in the o.window (default 12) whole calendar months before
 *   its exit, divided by o.window (months without payment count as 0). Months counted run
 *   from the first whole month after the exit to o.horizon_end (YYYYMM; default December of
 *   the project's end year). The window is defined at the day level: a month is before the
 *   exit when the exit date is its last day or later (exit 31 December: December's payment
 *   is in the window), and avoided when the exit date is its first day or earlier (exit 1
 *   January: twelve months of that year are counted). The month of an exit on any other day
 *   was paid in part and is neither. With share s, monthly cost M, n months and payments P after exit
 *   in those months, the household's saving is min(s·M·n, M·n − P): payments beyond the
 *   part that continued ((1 − s)·M per month) are re-entry and are subtracted. It is
 *   rounded once per household and year. One saving per calendar year of the horizon. A
 *   household with no payments in its window is counted as 0 with a warning; the same
 *   household's exit in another project whose counted months overlap (that project's exit
 *   month to its end year, or this horizon) is a double-counting warning.
 * - "treatment": the project's treatment records per family: Σ months × hours × therapists
 *   of the ordinary phases − the same of the intensive ones, × hourly cost (the record's, or
 *   param behandling_timme, or o.hourly_ore).
 * - "placement": the project's placement records: Σ days (a record's 0 = param
 *   placering_dagar) × daily cost (the record's, or param hvb_dygn, or o.daily_ore).
 * - "other": o.amount_ore, or o.quantity × o.unit_cost_ore (or the param o.param_key); a
 *   quantity with decimals (o.quantity / o.quantity_den) is rounded once, in the product.
 *
 * Parameters are looked up for the saving's year; the values used become the saving's
 * inputs, so a later parameter never changes it.
 */
#ifndef SIF_METHOD_H
#define SIF_METHOD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "sif/evidence.h"
#include "sif/param.h"
#include "sif/saving.h"

typedef struct sif_method_opts {
    int year;                          /* saving year; 0 = the project's end year */
    char unit_code[SIF_CODE_MAX];      /* receiving unit; "" = none */
    sif_saving_status status;          /* default projected */
    int cash_bp;                       /* -1 = the project rule's default */
    char label[SIF_NAME_MAX];          /* "" = the method's own */
    sif_category category;             /* "other" only; default SIF_CAT_OTHER */
    /* benefit_schablon */
    int months;                        /* 0 = 12 */
    int deadweight;                    /* households deducted */
    int64_t replace_id;                /* the saving this computation replaces, 0 = none */
    char district[SIF_NAME_MAX];       /* only exits of this stadsområde; "" = all (SPEC
                                          §12): schablon by the exit's stadsomrade, records
                                          by the payment register's (else the exit's) */
    bool has_counts;
    int counts[SIF_EXIT_REASON_COUNT_];/* households per reason, instead of the exits */
    /* benefit_schablon, benefit_records: monthly cost override (schablon only) */
    bool has_monthly;
    sif_ore monthly_ore;
    /* benefit_records */
    int horizon_end;                   /* YYYYMM; 0 = December of the project's end year */
    int window;                        /* months before exit; 0 = 12 */
    /* treatment */
    bool has_hourly;
    sif_ore hourly_ore;
    /* placement */
    bool has_daily;
    sif_ore daily_ore;
    /* other */
    bool has_amount;
    sif_ore amount_ore;
    int64_t quantity;                  /* quantity / quantity_den things: "0,5" is 5/10 */
    int64_t quantity_den;              /* 0 or 1 = a whole number */
    bool has_unit_cost;
    sif_ore unit_cost_ore;
    char param_key[SIF_PARAM_KEY_MAX];
} sif_method_opts;

/* Defaults: everything 0/empty, cash_bp -1, status projected, category other. */
void sif_method_opts_init(sif_method_opts *o);

#define SIF_WARNING_MAX 256

/* What a method proposes. Heap object: free with sif_method_out_free. */
typedef struct sif_method_out {
    size_t n;
    sif_saving *savings;          /* n, ready for sif_saving_add */
    sif_saving_calc **calcs;      /* n, owned */
    size_t nwarnings;
    char (*warnings)[SIF_WARNING_MAX]; /* Swedish, e.g. "hushåll H4: inga utbetalningar ..." */
} sif_method_out;

/* Compute a method ("benefit_schablon", "benefit_records", "treatment", "placement",
 * "other"; "schablon" and "records" are accepted too). Writes nothing. *out NULL on
 * failure. SIF_ERR_NOTFOUND when a needed unit cost is missing, SIF_ERR_OVERFLOW when an
 * amount does not fit. */
sif_status sif_method_compute(sif_store *st, const char *project_code, const char *method,
                              const sif_method_opts *o, sif_method_out **out, sif_error *err);

/* Write every proposed saving (inside an open write). ids (may be NULL) gets m->n ids.
 * A saving with the project, method, category and year of an unreversed one is refused
 * (SIF_ERR_DATA, naming it): it would count the same twice (SPEC §11.1). */
sif_status sif_method_write(sif_store *st, int64_t batch, const sif_method_out *m,
                            int64_t *ids, sif_error *err);

/* As sif_method_write, first reversing saving replace_id (0 = none) of the same project:
 * `saving compute --replace ID`. Compute with o.replace_id set to the same id, so that the
 * household-month rule does not count the old saving. */
sif_status sif_method_write_replacing(sif_store *st, int64_t batch, const sif_method_out *m,
                                      int64_t replace_id, int64_t *ids, sif_error *err);

void sif_method_out_free(sif_method_out *m);

#endif
