/* include/sif/payback.h — the two payback figures of SPEC §11.5, defined once.
 *
 * @code
 *     sif_payback p;
 *     sif_payback_compute(years, investment, savings, n, &p, &err);
 *     // reference case: p.years = 3 + 8 694 788 / 9 078 080 = 3,96 years, p.months = 47
 *     sif_simple_payback s;
 *     sif_simple_payback_compute(90000000, 2016, 40000000, &s, &err);   // 2,25 years
 * @endcode
 *
 * Both count each year's investment at the start of that year (money is committed up front)
 * and each year's savings evenly over the year.
 *
 * Payback: Y0 = the first investment year; Y = the first year in which cumulative savings
 * reach cumulative investment; payback = (Y − Y0) + (investment up to and including Y −
 * savings before Y) ÷ savings of Y. Savings that cover a year's own investment give a
 * fraction of that year, never 0. No investment, or savings that never cover it: none.
 *
 * Simple payback: investment ÷ the savings of the first year that has savings: what final
 * reports and the SROI guide print (900 000 kr ÷ 400 000 kr/yr = 2,25 years; 300 000 kr ÷
 * (240 000 kr / 12) = 15,0 months). None without savings or investment.
 */
#ifndef SIF_PAYBACK_H
#define SIF_PAYBACK_H

#include <stdbool.h>
#include <stddef.h>
#include "sif/money.h"

typedef struct sif_payback {
    bool has;              /* false: no investment, or the savings never cover it */
    int year;              /* Y: the calendar year in which it happens */
    sif_ratio years;       /* exact, counted from the start of Y0 */
    int months;            /* years × 12, rounded half away from zero */
} sif_payback;

/* Payback over n years, ascending (gaps allowed), with each year's investment and savings.
 * SIF_ERR_OVERFLOW when a sum does not fit. */
sif_status sif_payback_compute(const int *years, const sif_ore *investment,
                               const sif_ore *savings, size_t n, sif_payback *out,
                               sif_error *err);

typedef struct sif_simple_payback {
    bool has;              /* false: no investment, or no year with savings */
    int year;              /* the first year with savings */
    sif_ore savings_ore;   /* its savings */
    sif_ratio years;       /* investment ÷ savings_ore */
    sif_ratio months;      /* years × 12, exact (print with one decimal) */
} sif_simple_payback;

/* Simple payback of an investment against the savings of the first year with savings
 * (year, savings; savings <= 0 or investment <= 0: none). */
sif_status sif_simple_payback_compute(sif_ore investment, int year, sif_ore savings,
                                      sif_simple_payback *out, sif_error *err);

#endif
