/* ledger/calc/method_once.c — a computed saving counts once (SPEC §11.1): one unreversed
 * saving per project, method, category and year (a second is refused, or replaces the old
 * one with --replace ID), and the household-month rule between benefit savings. */
#include "../store_internal.h"

#include <stdio.h>
#include <string.h>
#include "method_internal.h"
#include "../intl.h"

/* Unreversed: neither a reversal nor reversed by one. */
#define UNREVERSED " s.reverses IS NULL AND NOT EXISTS (SELECT 1 FROM saving r WHERE r.reverses = s.id)"

static sif_status one_id(sif_store *st, sqlite3_stmt *s, int64_t *id, sif_error *err)
{
    int step = sqlite3_step(s);
    sif_status rc = SIF_OK;
    *id = 0;
    if (step == SQLITE_ROW)
        *id = sqlite3_column_int64(s, 0);
    else if (step != SQLITE_DONE)
        rc = sif_store_error(st, step, err);
    sqlite3_finalize(s);
    return rc;
}

void sif_method_district_of(const char *derivation, char *out, size_t size)
{
    /* the message ids (N_ for xgettext: the methods write them through the macros) */
    static const char *const ids[] = {N_("Only households with an exit in district %s."),
                                      N_("Only households in district %s by the payment "
                                         "register (else the exit's district).")};
    static const char *const lines[] = {SIF_DISTRICT_LINE_SCHABLON_SV, SIF_DISTRICT_LINE_RECORDS_SV};
    out[0] = '\0';
    for (const char *l = derivation; l != NULL && *l; l = strchr(l, '\n') ? strchr(l, '\n') + 1 : NULL) {
        size_t len = strcspn(l, "\n");
        if (*l == '\001') {
            /* "\001" ID "\037" DISTRICT: a line written as a message id */
            const char *sep = memchr(l, '\037', len);
            for (size_t i = 0; sep && i < sizeof ids / sizeof ids[0]; i++)
                if ((size_t)(sep - l - 1) == strlen(ids[i]) && strncmp(l + 1, ids[i], strlen(ids[i])) == 0) {
                    size_t dl = len - (size_t)(sep + 1 - l);
                    const char *next = memchr(sep + 1, '\037', dl);
                    snprintf(out, size, "%.*s", (int)(next ? (size_t)(next - sep - 1) : dl), sep + 1);
                    return;
                }
            continue;
        }
        for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
            const char *mark = strstr(lines[i], "%s"), *tail = mark + 2;
            size_t head = (size_t)(mark - lines[i]), tl = strlen(tail);
            if (len > head + tl && strncmp(l, lines[i], head) == 0 &&
                strncmp(l + len - tl, tail, tl) == 0) {
                snprintf(out, size, "%.*s", (int)(len - head - tl), l + head);
                return;
            }
        }
    }
}

/* Whether a saving of district a and one of district b count some of the same households. */
static bool overlap(const char *a, const char *b)
{
    return a[0] == '\0' || b[0] == '\0' || strcmp(a, b) == 0;
}

sif_status sif_method_same_saving(sif_store *st, const sif_saving *n, const char *district,
                                  int64_t *id, sif_error *err)
{
    sqlite3_stmt *s;
    sif_status rc = sif_store_prepare(st,
        "SELECT s.id, s.derivation FROM saving s WHERE s.project_id = ?1 AND s.method = ?2"
        " AND s.category = ?3 AND s.year = ?4 AND" UNREVERSED " ORDER BY s.id", &s, err);
    if (rc != SIF_OK)
        return rc;
    sqlite3_bind_int64(s, 1, n->project_id);
    sif_bind_text(s, 2, n->method);
    sif_bind_text(s, 3, sif_category_name(n->category));
    sqlite3_bind_int(s, 4, n->year);
    *id = 0;
    int step;
    char its[SIF_NAME_MAX + 64];
    while (*id == 0 && (step = sqlite3_step(s)) == SQLITE_ROW) {
        sif_method_district_of((const char *)sqlite3_column_text(s, 1), its, sizeof its);
        if (overlap(district, its))
            *id = sqlite3_column_int64(s, 0);
    }
    if (*id == 0 && step != SQLITE_DONE)
        rc = sif_store_error(st, step, err);
    sqlite3_finalize(s);
    return rc;
}

/* The first year whose exits a schablon saving did not count: its input avslut_efter_ar
 * (exits dated after the end of that year), absent = it counted every exit up to its year. */
static sif_status counted_after(sif_store *st, int64_t id, int *after, sif_error *err)
{
    sif_saving_calc *c = NULL;
    sif_status rc = sif_saving_calc_load(st, id, &c, err);
    if (rc != SIF_OK)
        return rc;
    const sif_saving_input *in = sif_saving_calc_find(c, SIF_INPUT_EXITS_AFTER);
    *after = in ? (int)in->value : 0;
    sif_saving_calc_free(c);
    return SIF_OK;
}

sif_status sif_method_exit_bounds(sif_store *st, const sif_project *p, const char *district,
                                  int year, int64_t except, int *after, int64_t *conflict, int *conflict_year,
                                  sif_error *err)
{
    *after = 0;
    *conflict = 0;
    sqlite3_stmt *s;
    sif_status rc = sif_store_prepare(st,
        "SELECT s.id, s.year, s.derivation FROM saving s WHERE s.project_id = ?1"
        " AND s.method = 'benefit_schablon' AND s.id <> ?2 AND" UNREVERSED " ORDER BY s.year",
        &s, err);
    if (rc != SIF_OK)
        return rc;
    sqlite3_bind_int64(s, 1, p->id);
    sqlite3_bind_int64(s, 2, except);
    int step;
    char its[SIF_NAME_MAX + 64];
    while (rc == SIF_OK && (step = sqlite3_step(s)) == SQLITE_ROW) {
        int64_t id = sqlite3_column_int64(s, 0);
        int y = sqlite3_column_int(s, 1), its_after;
        sif_method_district_of((const char *)sqlite3_column_text(s, 2), its, sizeof its);
        if (!overlap(district, its))
            continue;   /* another district's households */
        if (district[0] == '\0' && its[0] != '\0') {
            /* counted per district: the whole project's exits would count them again */
            if (*conflict == 0) {
                *conflict = id;
                *conflict_year = y;
            }
        } else if (y < year) {
            *after = y; /* ordered by year: the latest before ours */
        } else if (*conflict == 0 && (rc = counted_after(st, id, &its_after, err)) == SIF_OK &&
                   its_after < year) {
            /* a saving of year y >= ours counted the exits after its_after: ours among them */
            *conflict = id;
            *conflict_year = y;
        }
    }
    if (rc == SIF_OK && step != SQLITE_ROW && step != SQLITE_DONE)
        rc = sif_store_error(st, step, err);
    sqlite3_finalize(s);
    return rc;
}

sif_status sif_method_other_benefit(sif_store *st, const sif_project *p, const char *method,
                                    int64_t except, int64_t *id, sif_error *err)
{
    sqlite3_stmt *s;
    sif_status rc = sif_store_prepare(st,
        "SELECT s.id FROM saving s WHERE s.project_id = ?1 AND s.category = 'benefit'"
        " AND s.method IN ('benefit_schablon', 'benefit_records') AND s.method <> ?2"
        " AND s.id <> ?3 AND" UNREVERSED " ORDER BY s.id LIMIT 1", &s, err);
    if (rc != SIF_OK)
        return rc;
    sqlite3_bind_int64(s, 1, p->id);
    sif_bind_text(s, 2, method);
    sqlite3_bind_int64(s, 3, except);
    return one_id(st, s, id, err);
}

sif_status sif_method_write_replacing(sif_store *st, int64_t batch, const sif_method_out *m,
                                      int64_t replace_id, int64_t *ids, sif_error *err)
{
    sif_status rc;
    if (replace_id) {
        sif_saving old;
        if ((rc = sif_saving_get(st, replace_id, &old, err)) != SIF_OK)
            return rc;
        if (m->n && old.project_id != m->savings[0].project_id)
            return sif_error_set(err, SIF_ERR_USAGE, "saving %lld is of project %s, not %s",
                                 (long long)replace_id, old.project_code,
                                 m->savings[0].project_code);
        char reason[96];
        snprintf(reason, sizeof reason, "ersatt av en ny beräkning (%s)", old.method);
        if ((rc = sif_saving_reverse(st, batch, replace_id, reason, NULL, err)) != SIF_OK)
            return rc;
    }
    for (size_t i = 0; i < m->n; i++) {
        const sif_saving *n = &m->savings[i];
        int64_t same;
        char district[SIF_NAME_MAX + 64];
        sif_method_district_of(m->calcs[i] ? m->calcs[i]->stored : NULL, district,
                               sizeof district);
        if ((rc = sif_method_same_saving(st, n, district, &same, err)) != SIF_OK)
            return rc;
        if (same)
            return sif_error_set(err, SIF_ERR_DATA, "saving %lld (%s, %s %d) of project %s "
                                 "exists already: a second would count the same twice; to "
                                 "compute it anew, --replace %lld", (long long)same, n->method,
                                 sif_category_name(n->category), n->year, n->project_code,
                                 (long long)same);
        if ((rc = sif_saving_add(st, batch, n, m->calcs[i], ids ? &ids[i] : NULL, err)) != SIF_OK)
            return rc;
    }
    return SIF_OK;
}
