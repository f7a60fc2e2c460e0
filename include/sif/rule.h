/* include/sif/rule.h — a project's repayment rule (SPEC §5): over how many years, from which
 * year, how much of each saving category is cash, and the share repaid in `partial`.
 *
 * @code
 *     sif_rule r;
 *     sif_rule_init(&r);                       // benefit 0 %, treatment 0 %, placement and
 *     r.years = 4;                             // other 100 %, partial 50 %, 5 years
 *     sif_rule_parse_cash("benefit=0,treatment=0,placement=100,other=100", &r, &err);
 *     sif_rule_set(st, batch, "HFO", &r, &err);          // inside a write
 *     sif_rule_get(st, "HFO", &r, &err);                 // the latest rule, or the defaults
 * @endcode
 *
 * A rule is a plain struct owned by the caller. Rules are never changed: setting a rule adds
 * a row, and the latest row wins. Shares are basis points (10000 = 100 %), exact.
 */
#ifndef SIF_RULE_H
#define SIF_RULE_H

#include <stdbool.h>
#include <stdint.h>
#include "sif/store.h"

#define SIF_RULE_DEFAULT_YEARS 5
#define SIF_BP_WHOLE 10000

typedef struct sif_rule {
    int years;              /* instalments of the full scenario, 1..100 */
    int first_year;         /* first repayment year; 0 = the year after the project ends
                               (or after its last cost year) */
    int cash_benefit_bp;    /* cashable share of each saving category, 0..10000 */
    int cash_treatment_bp;
    int cash_placement_bp;
    int cash_other_bp;
    int partial_bp;         /* share of the loan repaid in the partial scenario, 0..10000 */
    bool stored;            /* sif_rule_get: true when a rule row exists, false = defaults */
} sif_rule;

/* Fill r with the defaults: 5 years, first year 0, cash benefit 0 %, treatment 0 %,
 * placement 100 %, other 100 %, partial 50 %, stored false. */
void sif_rule_init(sif_rule *r);

/* The cashable share of a category ("benefit", "treatment", "placement", "other");
 * -1 for an unknown category. */
int sif_rule_cash_bp(const sif_rule *r, const char *category);

/* Parse "benefit=0,treatment=0,5,placement=100 %" (CATEGORY=SHARE, share.h: "50 %", "0,5",
 * "1/2"; items separated by ',' or ';', a comma between two digits is a decimal comma; the
 * category in English or Swedish as sif_category_parse) into r's cash shares. Categories
 * not named keep their value. SIF_ERR_USAGE on bad text, r untouched. */
sif_status sif_rule_parse_cash(const char *text, sif_rule *r, sif_error *err);

/* Parse a percentage from 0 to 100 with at most two decimals ("50", "12,5", "12.25 %")
 * into basis points: a bare number is percent. Only for options named for percent
 * (`--percent`, the scenario name partial:P). SIF_ERR_USAGE on anything else, *bp untouched. */
sif_status sif_percent_parse(const char *text, int *bp, sif_error *err);

/* Parse a share from 0 to 100 % (share.h: "50 %", "0,5", "1/2") into basis points, rounded
 * half away from zero. SIF_ERR_USAGE naming `what`, *bp untouched. */
sif_status sif_share_parse_bp(const char *text, const char *what, int *bp, sif_error *err);

/* Check r (ranges above). SIF_ERR_DATA names the field. */
sif_status sif_rule_check(const sif_rule *r, sif_error *err);

/* Add r as the project's rule, inside a write. */
sif_status sif_rule_set(sif_store *st, int64_t batch, const char *project_code,
                        const sif_rule *r, sif_error *err);

/* The project's latest rule, or the defaults (stored false). SIF_ERR_NOTFOUND for an
 * unknown project. */
sif_status sif_rule_get(sif_store *st, const char *project_code, sif_rule *out,
                        sif_error *err);

#endif
