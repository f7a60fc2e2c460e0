/* ledger/check/check.c — sif_check_run: every check of SPEC §11.8, in a fixed order. */
#include "check_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../intl.h"

/* The order of this table is the order of the findings. */
static const chk_fn checks[] = {
    chk_cost_outside_years,
    chk_saving_before_start,
    chk_loan_above_granted,
    chk_lending_above_capital,
    chk_conflicting_parameter,
    chk_control_difference,
    chk_count_difference,
    chk_household_double,
    chk_closed_year_changed,
};

void sif_findings_free(sif_findings *f)
{
    if (f == NULL)
        return;
    free(f->items);
    free(f);
}

sif_status chk_add(chk *c, const char *kind, const char *project, sif_error *err,
                   const char *fmt, ...)
{
    sif_findings *f = c->out;
    sif_finding *n = realloc(f->items, (f->n + 1) * sizeof *n);
    if (n == NULL)
        return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    f->items = n;
    sif_finding *it = &n[f->n++];
    memset(it, 0, sizeof *it);
    snprintf(it->kind, sizeof it->kind, "%s", kind);
    snprintf(it->project, sizeof it->project, "%s", project ? project : "");
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(it->message, sizeof it->message, _(fmt), ap);
    va_end(ap);
    return SIF_OK;
}

int chk_bind_project(const chk *c, sqlite3_stmt *q)
{
    return c->project ? sqlite3_bind_text(q, 1, c->project->code, -1, SQLITE_TRANSIENT)
                      : sqlite3_bind_null(q, 1);
}

sif_status chk_each(chk *c, const char *sql, chk_row_fn fn, sif_error *err)
{
    sqlite3_stmt *q;
    char one[4096];
    sif_status rc = sif_store_prepare(c->st, sif_sql_bound(sql, c->project != NULL, one,
                                                           sizeof one), &q, err);
    if (rc != SIF_OK)
        return rc;
    chk_bind_project(c, q);
    int step;
    while (rc == SIF_OK && (step = sqlite3_step(q)) == SQLITE_ROW)
        rc = fn(c, q, err);
    if (rc == SIF_OK && step != SQLITE_DONE)
        rc = sif_store_error(c->st, step, err);
    sqlite3_finalize(q);
    return rc;
}

const char *chk_kr(sif_ore v, char *buf, size_t size)
{
    return sif_ore_format(v, buf, size, SIF_FMT_KR);  /* whole kronor, or with öre */
}

sif_status sif_check_run(sif_store *st, const char *project_code, sif_findings **out,
                         sif_error *err)
{
    *out = NULL;
    sif_project p;
    bool one = project_code != NULL && *project_code != '\0';
    sif_status rc = sif_read_begin(st, err);
    if (rc != SIF_OK)
        return rc;
    if (one && (rc = sif_project_find(st, project_code, &p, err)) != SIF_OK) {
        sif_read_end(st);
        return rc;
    }
    sif_findings *f = calloc(1, sizeof *f);
    if (f == NULL) {
        sif_read_end(st);
        return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    }
    chk c = {st, one ? &p : NULL, f};
    for (size_t i = 0; rc == SIF_OK && i < sizeof checks / sizeof checks[0]; i++)
        rc = checks[i](&c, err);
    sif_read_end(st);
    if (rc != SIF_OK) {
        sif_findings_free(f);
        return rc;
    }
    *out = f;
    return SIF_OK;
}
