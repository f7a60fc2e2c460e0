/* include/sif/check.h — sif check: a plausibility audit over the whole ledger (SPEC §11.8).
 *
 * @code
 *     sif_findings *f;
 *     if (sif_check_run(st, NULL, &f, &err) == SIF_OK) {     // NULL: every project
 *         for (size_t i = 0; i < f->n; i++)
 *             ... f->items[i].kind, f->items[i].project, f->items[i].message ...
 *         sif_findings_free(f);
 *     }
 * @endcode
 *
 * A finding is something a careful controller would question before signing: it never stops
 * a command, and the ledger stays as it is. Each finding names its kind (one of the
 * SIF_FINDING_* strings below, stable: scripts match on them), the project it is about ("" for
 * a finding about a fund as a whole) and a message that says what was found and what to do.
 *
 * The checks run in one read transaction, in a fixed order (the order of the kinds below),
 * and within a kind by project code and year, so the same ledger always gives the same list.
 * Adding a kind: one check function in ledger/check/ (check_internal.h) and one line in the
 * table of ledger/check/check.c.
 */
#ifndef SIF_CHECK_H
#define SIF_CHECK_H

#include <stddef.h>
#include "sif/entity.h"
#include "sif/error.h"
#include "sif/store.h"

/* The kinds of finding. */
#define SIF_FINDING_COST_OUTSIDE_YEARS "cost_outside_project_years"
#define SIF_FINDING_SAVING_BEFORE_START "saving_before_start"
#define SIF_FINDING_LOAN_ABOVE_GRANTED "loan_above_granted"
#define SIF_FINDING_LENDING_ABOVE_CAPITAL "lending_above_capital"
#define SIF_FINDING_CONFLICTING_PARAMETER "conflicting_parameter"
#define SIF_FINDING_CONTROL_DIFFERENCE "control_difference"
#define SIF_FINDING_COUNT_DIFFERENCE "count_difference"
#define SIF_FINDING_HOUSEHOLD_DOUBLE "household_double_counted"
#define SIF_FINDING_CLOSED_YEAR_CHANGED "closed_year_changed"

/* One finding. */
typedef struct sif_finding {
    char kind[40];
    char project[SIF_CODE_MAX];  /* "" when it is about a fund, not one project */
    char message[512];           /* English, lowercase start, no trailing full stop */
} sif_finding;

/* Heap object: free with sif_findings_free. */
typedef struct sif_findings {
    size_t n;
    sif_finding *items;
} sif_findings;

/* Constructor: run every check. project_code NULL or "" = the whole ledger; else only the
 * findings about that project and those about its fund as a whole (what a report of the
 * project shows). SIF_ERR_NOTFOUND for an unknown project. *out is NULL on failure. */
sif_status sif_check_run(sif_store *st, const char *project_code, sif_findings **out,
                         sif_error *err);

/* Destructor; accepts NULL. */
void sif_findings_free(sif_findings *f);

#endif
