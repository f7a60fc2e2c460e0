/* include/sif/discount.h — present values: the discount factor of a year and the present
 * value of an amount, for a constant rate or the Green Book's declining schedule (SPEC §13).
 *
 * @code
 *     sif_adjust a;  sif_adjust_none(&a);
 *     a.discount = (sif_ratio){35, 1000};            // 3,5 % per year
 *     sif_ore pv;
 *     sif_discount_pv(&a, 10000000, 3, &pv, &err);   // 100 000 kr three years after the base
 *                                                    // → 9 019 427 öre (90 194,27 kr)
 *     int64_t f;
 *     sif_discount_factor(&a, 3, &f, &err);          // 901 943 = 0,901943
 * @endcode
 *
 * t is the year minus the base year (t = 0: the base year, factor 1). Years after the base
 * are discounted, years before it compounded: D(t) = (1 + r)^−t for every integer t.
 *
 * The Green Book schedule (HM Treasury, The Green Book, 2003 and later editions, Annex 6:
 * 3,5 % for years 0–30, 3,0 % for 31–75, 2,5 % for 76–125) is
 *   D(t) = 1,035^−t                              t ≤ 30 (and before the base year)
 *   D(t) = 1,035^−30 · 1,03^−(t−30)               31 ≤ t ≤ 75
 *   D(t) = 1,035^−30 · 1,03^−45 · 1,025^−(t−75)   t > 75
 * and takes no rate of its own (adj->discount is ignored).
 *
 * Exactness: the factor is applied as a chain of exact ratios to the amount carried in 128
 * bits at 10^-12 öre, rounded to whole öre once, half away from zero (the one rounding point,
 * as for the other adjustments in result.h). A factor printed with 6 decimals is the same
 * chain on 1, rounded once to 10^-6. The workbook computes ROUND(amount × rate^−t, 2) in
 * kronor: the same rounding point.
 */
#ifndef SIF_DISCOUNT_H
#define SIF_DISCOUNT_H

#include <stdbool.h>
#include <stdint.h>
#include "sif/result.h"

/* 1 000 000 = a factor of 1. */
#define SIF_FACTOR_ONE 1000000

/* True when adj discounts at all (a rate > 0 or the Green Book schedule). */
bool sif_discount_active(const sif_adjust *adj);

/* The present value of v, t years after the base year (t < 0: before it, compounded).
 * SIF_ERR_OVERFLOW when it does not fit. */
sif_status sif_discount_pv(const sif_adjust *adj, sif_ore v, int t, sif_ore *out,
                           sif_error *err);

/* D(t) in millionths, rounded half away from zero (1 000 000 = 1). */
sif_status sif_discount_factor(const sif_adjust *adj, int t, int64_t *out, sif_error *err);

/* The rate of step k (k ≥ 1: from year k−1 to year k after the base; k ≤ 0: compounding the
 * year before the base) as num/den: the constant rate, or the Green Book's band. */
sif_ratio sif_discount_rate_at(const sif_adjust *adj, int k);

/* Parse "constant" or "greenbook" (also "green-book", "gb"). SIF_ERR_USAGE otherwise. */
sif_status sif_discount_schedule_parse(const char *text, sif_discount_schedule *out,
                                       sif_error *err);
/* "constant" or "greenbook". */
const char *sif_discount_schedule_name(sif_discount_schedule s);

#endif
