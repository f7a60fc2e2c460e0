/* ledger/evidence_keys.c — the natural keys of the savings evidence (SPEC §11.1): one exit
 * per household and project, one treatment record per family, kind, months and hours, one
 * placement record per child and year. A second row with the same key, in the same file or
 * against the ledger, would count the same family twice. */
#include "store_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include "evidence_keys.h"

/* The batch of the first row that sql finds in *found, or 0 when there is none. sql binds
 * ?1 to the project's id and ?2.. to the arguments after types, one for each of its
 * letters: 't' a const char * (text), 'i' an int. */
static sif_status key_find(sif_store *st, const char *sql, const sif_project *p,
                           int64_t *found, sif_error *err, const char *types, ...)
{
    sqlite3_stmt *s;
    *found = 0;
    sif_status rc = sif_store_stmt(st, sql, &s, err);
    if (rc != SIF_OK)
        return rc;
    sqlite3_bind_int64(s, 1, p->id);
    va_list ap;
    va_start(ap, types);
    for (int i = 0; types[i]; i++) {
        if (types[i] == 't')
            sif_bind_text(s, i + 2, va_arg(ap, const char *));
        else
            sqlite3_bind_int(s, i + 2, va_arg(ap, int));
    }
    va_end(ap);
    int step = sqlite3_step(s);
    if (step == SQLITE_ROW)
        *found = sqlite3_column_int64(s, 0);
    else if (step != SQLITE_DONE)
        rc = sif_store_error(st, step, err);
    sif_store_stmt_done(st, s);
    return rc;
}

static sif_status taken(sif_error *err, int64_t found, int64_t batch, const char *what,
                        const char *project)
{
    if (found == batch)
        return sif_error_set(err, SIF_ERR_DATA, "%s is given twice for project %s: it counts "
                             "once", what, project);
    return sif_error_set(err, SIF_ERR_DATA, "%s is in project %s already (batch %lld): it "
                         "counts once", what, project, (long long)found);
}

sif_status sif_exit_key_check(sif_store *st, int64_t batch, const sif_project *p,
                              const char *household, sif_error *err)
{
    int64_t found;
    sif_status rc = key_find(st, "SELECT batch_id FROM hh_exit WHERE project_id = ?1"
                                 " AND household = ?2 ORDER BY id LIMIT 1", p, &found, err,
                             "t", household);
    if (rc != SIF_OK || found == 0)
        return rc;
    char what[96];
    snprintf(what, sizeof what, "the exit of household %s", household);
    return sif_error_about(err, SIF_FIELD_HOUSEHOLD, taken(err, found, batch, what, p->code));
}

sif_status sif_treatment_key_check(sif_store *st, int64_t batch, const sif_project *p,
                                   const sif_treatment *t, sif_error *err)
{
    int64_t found;
    sif_status rc = key_find(st,
        "SELECT batch_id FROM treatment_record WHERE project_id = ?1 AND family = ?2"
        " AND kind = ?3 AND months = ?4 AND hours_per_month = ?5 ORDER BY id LIMIT 1", p,
        &found, err, "ttii", t->family, t->kind, t->months, t->hours_per_month);
    if (rc != SIF_OK || found == 0)
        return rc;
    char what[160];
    snprintf(what, sizeof what, "the %s treatment of family %s (%d months × %d h)", t->kind,
             t->family, t->months, t->hours_per_month);
    return sif_error_about(err, SIF_FIELD_FAMILY, taken(err, found, batch, what, p->code));
}

sif_status sif_placement_key_check(sif_store *st, int64_t batch, const sif_project *p,
                                   const sif_placement *pl, sif_error *err)
{
    int64_t found;
    sif_status rc = key_find(st,
        "SELECT batch_id FROM placement_record WHERE project_id = ?1 AND child = ?2"
        " AND coalesce(year, 0) = ?3 ORDER BY id LIMIT 1", p, &found, err, "ti", pl->child,
        pl->year);
    if (rc != SIF_OK || found == 0)
        return rc;
    char what[120];
    if (pl->year)
        snprintf(what, sizeof what, "the placement of child %s in %d", pl->child, pl->year);
    else
        snprintf(what, sizeof what, "the placement of child %s", pl->child);
    return sif_error_about(err, SIF_FIELD_CHILD, taken(err, found, batch, what, p->code));
}
