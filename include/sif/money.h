/* include/sif/money.h — money as integer öre, exact ratios, and the one rounding rule.
 *
 * @code
 *     sif_ore v;
 *     if (sif_ore_parse("1 050 679,50 kr", &v, &err) == SIF_OK)   // v == 105067950
 *         puts(sif_ore_format(v, buf, sizeof buf, SIF_FMT_AUTO)); // "1 050 679,50"
 * @endcode
 *
 * Money is never a float here. Every arithmetic operation is overflow-checked and writes its
 * result only on success. Rounding happens in one place, sif_muldiv(), half away from zero;
 * a total that is split uses sif_allocate() (largest remainder) so the parts add up.
 */
#ifndef SIF_MONEY_H
#define SIF_MONEY_H

#include <stdbool.h>
#include <stdint.h>
#include <stddef.h>
#include "sif/error.h"

typedef int64_t sif_ore;          /* 1 krona = 100 öre */
#define SIF_ORE_PER_KR 100

/* An exact ratio num/den, den > 0: shares, rates, percentages. */
typedef struct sif_ratio {
    int64_t num;
    int64_t den;
} sif_ratio;

/* Checked arithmetic: *out is written only when the result fits; else SIF_ERR_OVERFLOW. */
sif_status sif_ore_add(sif_ore a, sif_ore b, sif_ore *out, sif_error *err);
sif_status sif_ore_sub(sif_ore a, sif_ore b, sif_ore *out, sif_error *err);
sif_status sif_ore_mul(sif_ore a, int64_t b, sif_ore *out, sif_error *err);

/* round(a * b / c), half away from zero, with a 128-bit intermediate; c != 0.
 * The only rounding function of sif. SIF_ERR_OVERFLOW when the result does not fit. */
sif_status sif_muldiv(int64_t a, int64_t b, int64_t c, int64_t *out, sif_error *err);

/* round(a × r), half away from zero. */
sif_status sif_ore_mul_ratio(sif_ore a, sif_ratio r, sif_ore *out, sif_error *err);

/* Parse an amount in kronor as written in Sweden (SPEC §6.1): "1050679", "1 050 679",
 * "1050679,50", "1 050 679,50 kr", "1.050.679" is refused (ambiguous), "-12,5", "−12,50",
 * with space, NBSP (U+00A0) or narrow NBSP (U+202F) as thousands separators, decimal comma
 * or point with at most two decimals, an optional "kr" or ":-". On error *out is untouched
 * and err says what is wrong at which 1-based character column. */
sif_status sif_ore_parse(const char *text, sif_ore *out, sif_error *err);

/* As sif_ore_parse for a text of len bytes that need not end in NUL. */
sif_status sif_ore_parse_n(const char *text, size_t len, sif_ore *out, sif_error *err);

/* Parse a ratio: "25 %", "25,5%", "0,25", "1/3", "1". Percent values are exact
 * (25,5 % = 255/1000). */
sif_status sif_ratio_parse(const char *text, sif_ratio *out, sif_error *err);

/* Format flags. */
enum {
    SIF_FMT_AUTO   = 0,      /* whole kronor when öre are 0, else two decimals */
    SIF_FMT_KRONOR = 1 << 0, /* rounded to whole kronor (half away from zero) */
    SIF_FMT_ORE    = 1 << 1, /* always two decimals */
    SIF_FMT_KR     = 1 << 2, /* append " kr" */
    SIF_FMT_PLAIN  = 1 << 3, /* no thousands separator, point as decimal mark (JSON, CSV) */
};

/* Write v as Swedish text into buf ("1 050 679", "-12,50", U+2212 never used) and return buf.
 * A buffer of 40 bytes always suffices. */
char *sif_ore_format(sif_ore v, char *buf, size_t size, unsigned flags);

/* Format a ratio as a percentage with up to two decimals, "25 %", "12,5 %". */
char *sif_ratio_format(sif_ratio r, char *buf, size_t size);

/* As sif_allocate, in whole kronor (SPEC §11.6: repayment instalments): the whole kronor of
 * total are split by largest remainder, and its öre (total not a whole number of kronor) go
 * to the last part, so the parts still add up to total exactly. */
sif_status sif_allocate_kronor(sif_ore total, const int64_t *weights, size_t n, sif_ore *out,
                               sif_error *err);

/* SPEC §11.6: may rounding explain a difference between a printed total and the sum of
 * `cells` figures? Each printed figure rounded to whole kronor is off by at most half a
 * krona, so only when |diff| <= 0,50 kr × cells. */
bool sif_rounding_may_explain(sif_ore diff, int64_t cells);

/* Split total over n weights by largest remainder: out[i] ≈ total × w[i] / Σw, and the
 * out[] add up to total exactly. Ties go to the lower index. Weights must be >= 0 with a
 * positive sum. out is the caller's array of n elements. */
sif_status sif_allocate(sif_ore total, const int64_t *weights, size_t n, sif_ore *out,
                        sif_error *err);

#endif
