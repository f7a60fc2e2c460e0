/* ledger/check/check_internal.h — what the checks of sif check share (not public).
 *
 * Each kind of finding is one function of type chk_fn, in its own small file; check.c runs
 * them in the order of its table. A check reads the ledger through SQL or the public API,
 * limits itself to c->project when that is set (chk_project_sql binds it), and calls
 * chk_add for every finding.
 */
#ifndef SIF_CHECK_INTERNAL_H
#define SIF_CHECK_INTERNAL_H

#include <sqlite3.h>
#include <stdbool.h>
#include "sif/check.h"
#include "store_internal.h"

typedef struct chk {
    sif_store *st;
    const sif_project *project;  /* only this project (and its fund), or NULL = all */
    sif_findings *out;
} chk;

typedef sif_status (*chk_fn)(chk *c, sif_error *err);

/* Append a finding (message printf-style). SIF_ERR_NOMEM on failure. */
sif_status chk_add(chk *c, const char *kind, const char *project, sif_error *err,
                   const char *fmt, ...) __attribute__((format(printf, 5, 6)));

/* Bind the project filter as parameter ?1 (NULL = every project): queries say
 * "(?1 IS NULL OR p.code = ?1)". */
int chk_bind_project(const chk *c, sqlite3_stmt *q);

/* Prepare sql, bind the project filter as ?1 (chk_bind_project), and call fn for every row.
 * For one project every "?1 IS NULL OR " is left out of sql first, so that the filter can
 * use an index: write the filter in exactly that form. */
typedef sif_status (*chk_row_fn)(chk *c, sqlite3_stmt *q, sif_error *err);
sif_status chk_each(chk *c, const char *sql, chk_row_fn fn, sif_error *err);

/* Whole kronor for a message: "1 050 679 kr", with öre when not whole ("0,50 kr"). */
const char *chk_kr(sif_ore v, char *buf, size_t size);

/* The checks, one per kind (SIF_FINDING_*). */
sif_status chk_cost_outside_years(chk *c, sif_error *err);
sif_status chk_saving_before_start(chk *c, sif_error *err);
sif_status chk_loan_above_granted(chk *c, sif_error *err);
sif_status chk_lending_above_capital(chk *c, sif_error *err);
sif_status chk_conflicting_parameter(chk *c, sif_error *err);
sif_status chk_control_difference(chk *c, sif_error *err);
sif_status chk_count_difference(chk *c, sif_error *err);
sif_status chk_household_double(chk *c, sif_error *err);
sif_status chk_closed_year_changed(chk *c, sif_error *err);

#endif
