/* ledger/indicator.c — targets, printed counts and the indicators of a project (SPEC §12). */
#include "store_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "sif/indicator.h"
#include "sif/pseudonym.h"
#include "intl.h"

sif_status sif_indicator_what_parse(const char *text, char out[32], sif_error *err)
{
    if (text && (strcmp(text, "deltagare") == 0 || strcmp(text, "participants") == 0)) {
        snprintf(out, 32, "deltagare");
        return SIF_OK;
    }
    sif_outcome_kind k;
    if (sif_outcome_parse(text, &k, NULL) != SIF_OK)
        return sif_error_set(err, SIF_ERR_DATA, "\"%s\" is not deltagare or an outcome (arbete, "
                             "studier, praktik, arbetstraning, stegforflyttning, pagaende, "
                             "avbrutit, flytt, forsakringskassan, annat)", text ? text : "");
    snprintf(out, 32, "%s", sif_outcome_name(k));
    return SIF_OK;
}

/* Check a selection and put its names in stored form. */
static sif_status selection_check(sif_store *st, const char *project_code, sif_target *t,
                                  sif_project *p, sif_error *err)
{
    sif_status rc;
    char what[32];
    if ((rc = sif_project_find(st, project_code, p, err)) != SIF_OK ||
        (rc = sif_indicator_what_parse(t->what, what, err)) != SIF_OK ||
        (rc = sif_text_check(t->district, sizeof t->district, "district", err)) != SIF_OK ||
        (rc = sif_district_check(t->district, strlen(t->district), "stadsomrade", err)) != SIF_OK)
        return rc;
    snprintf(t->what, sizeof t->what, "%s", what);
    if (t->gender[0]) {
        sif_gender g;
        if ((rc = sif_gender_parse(t->gender, &g, err)) != SIF_OK)
            return rc;
        snprintf(t->gender, sizeof t->gender, "%s", sif_gender_name(g));
    }
    if (t->count < 0)
        return sif_error_set(err, SIF_ERR_DATA, "a count cannot be negative");
    if (t->year && (t->year < 1900 || t->year > 2999))
        return sif_error_set(err, SIF_ERR_DATA, "year %d is not a year", t->year);
    if (t->year)
        return sif_period_require_open(st, t->year, err);
    return SIF_OK;
}

sif_status sif_target_add(sif_store *st, int64_t batch, const char *project_code,
                          const sif_target *in, int64_t *id, sif_error *err)
{
    sif_target t = *in;
    sif_project p;
    sif_status rc = selection_check(st, project_code, &t, &p, err);
    if (rc != SIF_OK)
        return rc;
    char detail[96];
    snprintf(detail, sizeof detail, "%s %s %lld", p.code, t.what, (long long)t.count);
    return sif_row_insert(st, batch, "target", "project_id, what, count, year, district, gender",
                          "ItIytt", "add", detail, NULL, id, err, p.id, t.what, t.count, t.year,
                          t.district, t.gender);
}

sif_status sif_count_control_add(sif_store *st, int64_t batch, const char *project_code,
                                 const sif_count_control *in, int64_t *id, sif_error *err)
{
    sif_target t = in->c;
    sif_project p;
    sif_status rc = selection_check(st, project_code, &t, &p, err);
    if (rc == SIF_OK)
        rc = sif_text_check(in->note, sizeof in->note, "note", err);
    if (rc != SIF_OK)
        return rc;
    char detail[96];
    snprintf(detail, sizeof detail, "%s %s %lld", p.code, t.what, (long long)t.count);
    return sif_row_insert(st, batch, "count_control",
                          "project_id, what, printed, year, district, gender, note", "ItIyttt",
                          "add", detail, NULL, id, err, p.id, t.what, t.count, t.year, t.district,
                          t.gender, in->note);
}

const char *sif_indicator_what_label_in(sif_lang lang, const char *what)
{
    sif_outcome_kind k;
    if (strcmp(what, "deltagare") == 0)
        return sif_tr_in(lang, NC_("count of", "participants"));
    return sif_outcome_parse(what, &k, NULL) == SIF_OK ? sif_outcome_label_in(lang, k) : what;
}

const char *sif_indicator_gender_label_in(sif_lang lang, const char *gender)
{
    sif_gender g;
    if (gender[0] == '\0' || sif_gender_parse(gender, &g, NULL) != SIF_OK)
        return gender;
    return sif_gender_label_in(lang, g);
}

sif_status sif_indicator_actual(sif_store *st, int64_t project_id, const sif_target *sel,
                                int64_t *out, sif_error *err)
{
    sqlite3_stmt *s;
    sif_status rc = sif_store_prepare(st,
        "SELECT count(*) FROM participant x WHERE x.project_id = ?1"
        " AND (?3 IS NULL OR coalesce(x.district, '') = ?3)"
        " AND (?4 IS NULL OR x.gender = ?4)"
        " AND (?5 IS NULL OR (x.start_date <= ?5 || '-12-31'"
        "      AND (x.end_date IS NULL OR x.end_date >= ?5 || '-01-01')))"
        " AND (?2 = 'deltagare' OR (SELECT o.outcome FROM outcome o WHERE o.participant_id = x.id"
        "      AND o.date <= coalesce(?5 || '-12-31', '9999-12-31')"
        "      ORDER BY o.date DESC, o.id DESC LIMIT 1) = ?2)", &s, err);
    if (rc != SIF_OK)
        return rc;
    char year[8];
    snprintf(year, sizeof year, "%04d", sel->year);
    sqlite3_bind_int64(s, 1, project_id);
    sif_bind_text(s, 2, sel->what);
    if (sel->district[0])
        sif_bind_text(s, 3, sel->district);
    if (sel->gender[0])
        sif_bind_text(s, 4, sel->gender);
    if (sel->year)
        sif_bind_text(s, 5, year);
    int step = sqlite3_step(s);
    if (step == SQLITE_ROW)
        *out = sqlite3_column_int64(s, 0);
    else
        rc = sif_store_error(st, step, err);
    sqlite3_finalize(s);
    return rc;
}

void sif_indicators_free(sif_indicators *ind)
{
    if (ind == NULL)
        return;
    for (int r = 0; r < SIF_IND_ROWS; r++)
        free(ind->rows[r].by_district);
    free(ind->districts);
    free(ind->targets);
    free(ind->controls);
    free(ind);
}

#define PROJECT_FILTER " JOIN project p ON p.id = x.project_id WHERE (?1 IS NULL OR p.code = ?1)"

/* Prepare sql with PROJECT_FILTER for code (NULL: every project): for one project through the
 * project's index (sif_sql_bound), not every project's rows. */
static sif_status prepare_for(sif_store *st, const char *code, const char *sql,
                              sqlite3_stmt **s, sif_error *err)
{
    char one[2048];
    return sif_store_prepare(st, sif_sql_bound(sql, code != NULL, one, sizeof one), s, err);
}

static sif_status load_districts(sif_store *st, const char *code, sif_indicators *ind,
                                 sif_error *err)
{
    sqlite3_stmt *s;
    sif_status rc = prepare_for(st, code, "SELECT DISTINCT coalesce(x.district, '') AS d FROM"
                                          " participant x" PROJECT_FILTER
                                          " ORDER BY d = '', d", &s, err);
    if (rc != SIF_OK)
        return rc;
    sif_bind_text(s, 1, code);
    int step;
    while ((step = sqlite3_step(s)) == SQLITE_ROW) {
        char(*d)[SIF_NAME_MAX] = realloc(ind->districts, (ind->ndistricts + 1) * sizeof *d);
        if (d == NULL) {
            sqlite3_finalize(s);
            return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
        }
        ind->districts = d;
        sif_column_copy(s, 0, d[ind->ndistricts++], sizeof d[0]);
    }
    if (step != SQLITE_DONE)
        rc = sif_store_error(st, step, err);
    sqlite3_finalize(s);
    for (int r = 0; rc == SIF_OK && r < SIF_IND_ROWS; r++) {
        ind->rows[r].by_district = calloc(ind->ndistricts + 1, sizeof(int64_t));
        if (ind->rows[r].by_district == NULL)
            rc = sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    }
    return rc;
}

static void tally(sif_indicator_row *row, sif_gender g, size_t d)
{
    row->total++;
    row->by_gender[(unsigned)g < SIF_GENDER_COUNT_ ? g : SIF_GENDER_UNKNOWN]++;
    row->by_district[d]++;
}

static sif_status load_counts(sif_store *st, const char *code, sif_indicators *ind,
                              sif_error *err)
{
    sqlite3_stmt *s;
    sif_status rc = prepare_for(st, code,
        "SELECT x.gender, coalesce(x.district, ''), (SELECT o.outcome FROM outcome o"
        " WHERE o.participant_id = x.id ORDER BY o.date DESC, o.id DESC LIMIT 1)"
        " FROM participant x" PROJECT_FILTER, &s, err);
    if (rc != SIF_OK)
        return rc;
    sif_bind_text(s, 1, code);
    int step;
    while ((step = sqlite3_step(s)) == SQLITE_ROW) {
        sif_gender g;
        if (sif_gender_parse(sif_column_text(s, 0), &g, NULL) != SIF_OK)
            g = SIF_GENDER_UNKNOWN;
        const char *dn = sif_column_text(s, 1);
        size_t d = 0;
        while (d < ind->ndistricts && strcmp(ind->districts[d], dn) != 0)
            d++;
        if (d == ind->ndistricts)
            continue;   /* cannot happen in one read transaction */
        tally(&ind->rows[SIF_IND_PARTICIPANTS], g, d);
        sif_outcome_kind k;
        if (sqlite3_column_type(s, 2) != SQLITE_NULL &&
            sif_outcome_parse(sif_column_text(s, 2), &k, NULL) == SIF_OK)
            tally(&ind->rows[k], g, d);
    }
    if (step != SQLITE_DONE)
        rc = sif_store_error(st, step, err);
    sqlite3_finalize(s);
    if (rc != SIF_OK)
        return rc;
    if ((rc = prepare_for(st, code, "SELECT count(DISTINCT x.household), count(x.household) FROM"
                                    " participant x" PROJECT_FILTER, &s, err)) != SIF_OK)
        return rc;
    sif_bind_text(s, 1, code);
    if ((step = sqlite3_step(s)) == SQLITE_ROW) {
        ind->households = sqlite3_column_int64(s, 0);
        ind->linked = sqlite3_column_int64(s, 1);
    } else {
        rc = sif_store_error(st, step, err);
    }
    sqlite3_finalize(s);
    return rc;
}

/* Targets (table "target", column count) or controls ("count_control", printed). */
static sif_status load_checks(sif_store *st, const char *code, bool controls,
                              sif_indicator_check **out, size_t *n, sif_error *err)
{
    sqlite3_stmt *s;
    sif_status rc = prepare_for(st, code, controls
        ? "SELECT x.project_id, p.code, x.what, x.printed, coalesce(x.year, 0), x.district,"
          " x.gender, x.note, x.id FROM count_control x" PROJECT_FILTER " ORDER BY p.code, x.id"
        : "SELECT x.project_id, p.code, x.what, x.count, coalesce(x.year, 0), x.district,"
          " x.gender, NULL, x.id FROM target x" PROJECT_FILTER " ORDER BY p.code, x.id", &s, err);
    if (rc != SIF_OK)
        return rc;
    sif_bind_text(s, 1, code);
    int step;
    while (rc == SIF_OK && (step = sqlite3_step(s)) == SQLITE_ROW) {
        sif_indicator_check *c = realloc(*out, (*n + 1) * sizeof *c);
        if (c == NULL) {
            rc = sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
            break;
        }
        *out = c;
        c = &c[*n];
        memset(c, 0, sizeof *c);
        int64_t pid = sqlite3_column_int64(s, 0);
        sif_column_copy(s, 1, c->sel.project, sizeof c->sel.project);
        sif_column_copy(s, 2, c->sel.what, sizeof c->sel.what);
        c->sel.count = sqlite3_column_int64(s, 3);
        c->sel.year = sqlite3_column_int(s, 4);
        sif_column_copy(s, 5, c->sel.district, sizeof c->sel.district);
        sif_column_copy(s, 6, c->sel.gender, sizeof c->sel.gender);
        sif_column_copy(s, 7, c->note, sizeof c->note);
        c->sel.id = sqlite3_column_int64(s, 8);
        rc = sif_indicator_actual(st, pid, &c->sel, &c->actual, err);
        c->difference = c->actual - c->sel.count;
        ++*n;
    }
    if (rc == SIF_OK && step != SQLITE_DONE)
        rc = sif_store_error(st, step, err);
    sqlite3_finalize(s);
    return rc;
}

sif_status sif_indicators_build(sif_store *st, const char *project_code, sif_indicators **out,
                                sif_error *err)
{
    *out = NULL;
    sif_project p;
    sif_status rc;
    if (project_code && (rc = sif_project_find(st, project_code, &p, err)) != SIF_OK)
        return rc;
    sif_indicators *ind = calloc(1, sizeof *ind);
    if (ind == NULL)
        return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    if ((rc = sif_read_begin(st, err)) != SIF_OK) {
        free(ind);
        return rc;
    }
    if ((rc = load_districts(st, project_code, ind, err)) == SIF_OK &&
        (rc = load_counts(st, project_code, ind, err)) == SIF_OK &&
        (rc = load_checks(st, project_code, false, &ind->targets, &ind->ntargets, err)) == SIF_OK)
        rc = load_checks(st, project_code, true, &ind->controls, &ind->ncontrols, err);
    sif_read_end(st);
    if (rc != SIF_OK) {
        sif_indicators_free(ind);
        return rc;
    }
    *out = ind;
    return SIF_OK;
}
