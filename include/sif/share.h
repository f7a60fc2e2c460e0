/* include/sif/share.h — shares (andelar) and KEY=VALUE lists, one syntax everywhere
 * (SPEC §11.2): options, KEY=VALUE lists, parameters and import columns.
 *
 * @code
 *     sif_ratio r;
 *     sif_share_parse("50 %", &r, &err);      // 50/100
 *     sif_share_parse("0,5", &r, &err);       // 5/10, also "0.5"
 *     sif_share_parse("1/2", &r, &err);       // 1/2
 *     sif_share_parse("3,5", &r, &err);       // SIF_ERR_DATA: "... write 3,5 % or 0,035"
 *
 *     const char *cur = "benefit=0,5,placement=100 %";
 *     sif_kv kv;
 *     while (sif_kv_next(&cur, &kv))          // "benefit" = "0,5", "placement" = "100 %"
 *         ...
 * @endcode
 *
 * A share is a number of 1 written as a percentage ("50 %", "12,5%"), a decimal ("0,5",
 * "0.5") or a fraction ("1/2"). A bare number above 1 is refused, because "3,5" could mean
 * 3,5 % or 350 %: the message says both ways to write what was meant. Only the options named
 * for percent (`--percent`, the scenario name `partial:P`) read a bare number as percent;
 * they use sif_percent_parse (rule.h).
 */
#ifndef SIF_SHARE_H
#define SIF_SHARE_H

#include <stdbool.h>
#include <stddef.h>
#include "sif/money.h"

/* Parse a share (above). Exact: "12,5 %" is 125/1000. A share above 1 is accepted only as a
 * percentage or a fraction ("150 %", "3/2"); negative shares only with a minus sign. On
 * error *out is untouched and err (SIF_ERR_DATA) says how to write it. */
sif_status sif_share_parse(const char *text, sif_ratio *out, sif_error *err);

/* As sif_share_parse for len bytes that need not end in NUL. */
sif_status sif_share_parse_n(const char *text, size_t len, sif_ratio *out, sif_error *err);

/* A share between 0 and 1 in basis points (10000 = 100 %), rounded half away from zero.
 * SIF_ERR_DATA naming `what` when r is outside 0..1. */
sif_status sif_share_bp(sif_ratio r, const char *what, int *bp, sif_error *err);

/* One item of a KEY=VALUE list. The texts are copies, trimmed of blanks; value is "" when
 * the item has no '=' (has_value false). A longer key or value is cut (and then matches
 * nothing the caller knows). */
typedef struct sif_kv {
    char key[64];
    char value[64];
    bool has_value;
} sif_kv;

/* The next item of a KEY=VALUE list at *cursor, and advance it. Items are separated by ';',
 * or by ',' unless the comma stands between two digits: there it is a decimal comma
 * ("benefit=0,5,placement=100 %" is two items). Returns false at the end of the text. */
bool sif_kv_next(const char **cursor, sif_kv *out);

#endif
