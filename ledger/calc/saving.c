/* ledger/calc/saving.c — saving entries: add (checked against their own formula), reverse,
 * get, list, and printed savings totals. */
#include "../store_internal.h"
#include "../money_guard.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "calc_internal.h"
#include "../intl.h"
#include "sif/saving.h"
#include "../intl.h"

static const char *const cat_names[] = {"benefit", "treatment", "placement", "other"};
static const char *const cat_labels[] = {N_("Benefit"), N_("Treatment"), N_("Placements"),
                                         N_("Other")};
static const char *const status_names[] = {"projected", "realised"};
static const char *const status_labels[] = {N_("projected"), N_("realised")};

const char *sif_category_name(sif_category c)
{
    return (unsigned)c < SIF_CAT_COUNT_ ? cat_names[c] : "other";
}

const char *sif_category_label(sif_category c)
{
    return _((unsigned)c < SIF_CAT_COUNT_ ? cat_labels[c] : cat_labels[SIF_CAT_OTHER]);
}

/* The words the command line and every import accept for the stored names, Swedish and
 * English, with and without å ä ö (SPEC §11.2: one vocabulary both ways). */
static const char *const synonyms[][2] = {
    {"forsorjningsstod", "benefit"}, {"försörjningsstöd", "benefit"},
    {"ekonomiskt bistånd", "benefit"}, {"ekonomiskt bistand", "benefit"},
    {"behandling", "treatment"}, {"öppenvård", "treatment"}, {"oppenvard", "treatment"},
    {"placering", "placement"}, {"placeringar", "placement"},
    {"ovrigt", "other"}, {"övrigt", "other"}, {"Övrigt", "other"}, {"annat", "other"},
    {"Öppenvård", "treatment"},
    {"beraknad", "projected"}, {"beräknad", "projected"}, {"prognos", "projected"},
    {"prognostiserad", "projected"}, {"planned", "projected"},
    {"realiserad", "realised"}, {"utfall", "realised"}, {"realized", "realised"},
};

static const char *canonical(const char *text)
{
    for (size_t i = 0; i < sizeof synonyms / sizeof synonyms[0]; i++)
        if (strcasecmp(text, synonyms[i][0]) == 0)
            return synonyms[i][1];
    return text;
}

sif_status sif_category_parse(const char *text, sif_category *out, sif_error *err)
{
    const char *c = text ? canonical(text) : NULL;
    for (int i = 0; i < SIF_CAT_COUNT_; i++)
        if (c && strcasecmp(c, cat_names[i]) == 0) {
            *out = (sif_category)i;
            return SIF_OK;
        }
    return sif_error_set(err, SIF_ERR_DATA,
                         "category \"%s\" is not benefit, treatment, placement or other",
                         text ? text : "");
}

const char *sif_saving_status_name(sif_saving_status s)
{
    return (unsigned)s < SIF_SAVING_STATUS_COUNT_ ? status_names[s] : "projected";
}

const char *sif_saving_status_label(sif_saving_status s)
{
    return _((unsigned)s < SIF_SAVING_STATUS_COUNT_ ? status_labels[s] : status_labels[0]);
}

sif_status sif_saving_status_parse(const char *text, sif_saving_status *out, sif_error *err)
{
    const char *c = text ? canonical(text) : NULL;
    for (int i = 0; i < SIF_SAVING_STATUS_COUNT_; i++)
        if (c && strcasecmp(c, status_names[i]) == 0) {
            *out = (sif_saving_status)i;
            return SIF_OK;
        }
    return sif_error_set(err, SIF_ERR_DATA, "status \"%s\" is not projected or realised",
                         text ? text : "");
}

static const char *const method_names[][2] = {
    {"benefit_schablon", N_("standard rate (benefit)")},
    {"benefit_records", N_("payment register (benefit)")},
    {"treatment", N_("shortened treatment")},
    {"placement", N_("prevented placements")},
    {"other", N_("other calculation")},
    {"manual", N_("entered by hand")},
    {"import", N_("imported")},
    {"reversal", N_("reversal")},
};

const char *sif_saving_method_label(const char *method)
{
    for (size_t i = 0; i < sizeof method_names / sizeof method_names[0]; i++)
        if (strcmp(method, method_names[i][0]) == 0)
            return _(method_names[i][1]);
    return method;
}

/* The calc a saving entered without one gets: belopp (and flyttat). */
static sif_status manual_calc(const sif_saving *s, sif_saving_calc **out, sif_error *err)
{
    sif_saving_calc *c = sif_saving_calc_new();
    char kr[40];
    sif_status rc = c ? SIF_OK : sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    if (rc == SIF_OK)
        rc = sif_saving_calc_input(c, "belopp", CL_("Amount"), s->amount_ore, "kr", err);
    if (rc == SIF_OK && s->shifted_ore != 0)
        rc = sif_saving_calc_input(c, "flyttat", CL_("Of which moved to another payer"), s->shifted_ore, "kr",
                                   err);
    if (rc == SIF_OK) {
        snprintf(c->formula, sizeof c->formula, "belopp");
        if (s->shifted_ore != 0)
            snprintf(c->shifted_formula, sizeof c->shifted_formula, "flyttat");
        if (sif_saving_calc_line(c, "Amount given: %s kr", sif_kr(s->amount_ore, kr)) != SIF_OK)
            rc = sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    }
    if (rc != SIF_OK) {
        sif_saving_calc_free(c);
        return rc;
    }
    *out = c;
    return SIF_OK;
}

static sif_status check_fields(sif_store *st, const sif_saving *s, sif_project *p,
                               int64_t *unit_id, sif_error *err)
{
    sif_status rc;
    if ((rc = sif_project_find(st, s->project_code, p, err)) != SIF_OK)
        return rc;
    *unit_id = 0;
    if (s->unit_code[0]) {
        sif_unit u;
        if ((rc = sif_unit_find(st, s->unit_code, &u, err)) != SIF_OK)
            return rc;
        *unit_id = u.id;
    }
    if ((unsigned)s->category >= SIF_CAT_COUNT_)
        return sif_error_set(err, SIF_ERR_DATA, "no such category");
    if ((unsigned)s->status >= SIF_SAVING_STATUS_COUNT_)
        return sif_error_set(err, SIF_ERR_DATA, "no such saving status");
    if (s->year < 1900 || s->year > 2999)
        return sif_error_about(err, SIF_FIELD_YEAR,
                               sif_error_set(err, SIF_ERR_DATA, "year %d is not a year", s->year));
    if (s->cash_bp < -1 || s->cash_bp > 10000)
        return sif_error_set(err, SIF_ERR_DATA, "cashable share must be 0–100 %%");
    if (s->amount_ore >= 0 ? (s->shifted_ore < 0 || s->shifted_ore > s->amount_ore)
                           : (s->shifted_ore > 0 || s->shifted_ore < s->amount_ore))
        return sif_error_set(err, SIF_ERR_DATA,
                             "the shifted part must lie between 0 and the saving's amount");
    /* a method's own label is stored as a message id and its arguments (calc_text.c) */
    if ((rc = s->label[0] == '\001' ? SIF_OK
                                     : sif_text_check(s->label, SIF_NAME_MAX, "label", err)) != SIF_OK ||
        (rc = sif_text_check(s->method, SIF_METHOD_MAX, "method", err)) != SIF_OK)
        return rc;
    return SIF_OK;
}

static sif_status check_calc(const sif_saving *s, const sif_saving_calc *c, sif_error *err)
{
    sif_ore v, sh = 0;
    sif_status rc = sif_formula_eval(c->formula, c->inputs, c->ninputs, &v, err);
    if (rc != SIF_OK)
        return rc;
    if (c->shifted_formula[0] &&
        (rc = sif_formula_eval(c->shifted_formula, c->inputs, c->ninputs, &sh, err)) != SIF_OK)
        return rc;
    char a[40], b[40];
    if (v != s->amount_ore)
        return sif_error_set(err, SIF_ERR_DATA, "amount %s kr differs from its formula's %s kr",
                             sif_kr(s->amount_ore, a), sif_kr(v, b));
    if (sh != s->shifted_ore)
        return sif_error_set(err, SIF_ERR_DATA,
                             "shifted part %s kr differs from its formula's %s kr",
                             sif_kr(s->shifted_ore, a), sif_kr(sh, b));
    return SIF_OK;
}

static sif_status insert(sif_store *st, int64_t batch, const sif_saving *s, int64_t project_id,
                         int64_t unit_id, const sif_saving_calc *c, const int64_t *reverses,
                         const char *reason, int64_t *id, sif_error *err)
{
    char *inputs = NULL;
    sif_status rc = sif_period_require_open(st, s->year, err);
    if (rc == SIF_OK)
        rc = sif_money_reserve(st, s->amount_ore, err);
    if (rc == SIF_OK)
        rc = sif_calc_serialize(c, &inputs, err);
    if (rc != SIF_OK)
        return rc;
    int64_t cash = s->cash_bp;
    char detail[96];
    snprintf(detail, sizeof detail, "%s %s %d", s->project_code, sif_category_name(s->category),
             s->year);
    rc = sif_row_insert(st, batch, "saving",
                        "project_id, category, label, year, amount_ore, shifted_ore, unit_id,"
                        " status, cash_bp, method, inputs, derivation, reverses, reason",
                        "IttiIIPtPtttPt", reverses ? "reverse" : "add", detail,
                        "that saving was already reversed", id, err, project_id,
                        sif_category_name(s->category), s->label, s->year, s->amount_ore,
                        s->shifted_ore, unit_id ? &unit_id : NULL, sif_saving_status_name(s->status),
                        s->cash_bp >= 0 ? &cash : NULL, s->method[0] ? s->method : "manual",
                        inputs, c->stored ? c->stored : c->derivation, reverses, reason);
    free(inputs);
    return rc;
}

sif_status sif_saving_add(sif_store *st, int64_t batch, const sif_saving *s,
                          const sif_saving_calc *calc, int64_t *id, sif_error *err)
{
    sif_project p;
    int64_t unit_id;
    sif_status rc = check_fields(st, s, &p, &unit_id, err);
    if (rc != SIF_OK)
        return rc;
    sif_saving_calc *own = NULL;
    if (calc == NULL) {
        if ((rc = manual_calc(s, &own, err)) != SIF_OK)
            return rc;
        calc = own;
    }
    rc = check_calc(s, calc, err);
    if (rc == SIF_OK)
        rc = insert(st, batch, s, p.id, unit_id, calc, NULL, NULL, id, err);
    sif_saving_calc_free(own);
    return rc;
}

#define SAVING_SELECT \
    "SELECT s.id, s.project_id, p.code, s.category, coalesce(s.label, ''), s.year," \
    " s.amount_ore, s.shifted_ore, coalesce(u.code, ''), s.status, coalesce(s.cash_bp, -1)," \
    " s.method, coalesce(s.reverses, 0)," \
    " coalesce((SELECT x.id FROM saving x WHERE x.reverses = s.id), 0), coalesce(s.reason, '')," \
    " s.batch_id, s.user, s.at FROM saving s JOIN project p ON p.id = s.project_id" \
    " LEFT JOIN unit u ON u.id = s.unit_id "

static void read_row(sqlite3_stmt *q, sif_saving *s)
{
    memset(s, 0, sizeof *s);
    s->id = sqlite3_column_int64(q, 0);
    s->project_id = sqlite3_column_int64(q, 1);
    sif_column_copy(q, 2, s->project_code, sizeof s->project_code);
    sif_category_parse(sif_column_text(q, 3), &s->category, NULL);
    sif_column_copy(q, 4, s->label, sizeof s->label);
    if (s->label[0] == '\001') {
        char *said = sif_calc_render(s->label);
        if (said)
            snprintf(s->label, sizeof s->label, "%s", said);
        free(said);
    }
    s->year = sqlite3_column_int(q, 5);
    s->amount_ore = sqlite3_column_int64(q, 6);
    s->shifted_ore = sqlite3_column_int64(q, 7);
    sif_column_copy(q, 8, s->unit_code, sizeof s->unit_code);
    sif_saving_status_parse(sif_column_text(q, 9), &s->status, NULL);
    s->cash_bp = sqlite3_column_int(q, 10);
    sif_column_copy(q, 11, s->method, sizeof s->method);
    s->reverses = sqlite3_column_int64(q, 12);
    s->reversed_by = sqlite3_column_int64(q, 13);
    sif_column_copy(q, 14, s->reason, sizeof s->reason);
    s->batch_id = sqlite3_column_int64(q, 15);
    sif_column_copy(q, 16, s->user, sizeof s->user);
    sif_column_copy(q, 17, s->at, sizeof s->at);
}

sif_status sif_saving_get(sif_store *st, int64_t id, sif_saving *out, sif_error *err)
{
    sqlite3_stmt *q;
    sif_status rc = sif_store_prepare(st, SAVING_SELECT "WHERE s.id = ?", &q, err);
    if (rc != SIF_OK)
        return rc;
    sqlite3_bind_int64(q, 1, id);
    int step = sqlite3_step(q);
    if (step == SQLITE_ROW)
        read_row(q, out);
    else if (step == SQLITE_DONE)
        rc = sif_error_set(err, SIF_ERR_NOTFOUND, "no saving %lld", (long long)id);
    else
        rc = sif_store_error(st, step, err);
    sqlite3_finalize(q);
    return rc;
}

sif_status sif_saving_list(sif_store *st, const char *project_code, sif_saving_fn fn,
                           void *ctx, sif_error *err)
{
    sqlite3_stmt *q;
    char one[2048];
    sif_status rc = sif_store_prepare(st, sif_sql_bound(SAVING_SELECT "WHERE ?1 IS NULL OR"
                                                        " p.code = ?1 ORDER BY s.id",
                                                        project_code != NULL, one, sizeof one),
                                      &q, err);
    if (rc != SIF_OK)
        return rc;
    sif_bind_text(q, 1, project_code);
    int step;
    while ((step = sqlite3_step(q)) == SQLITE_ROW) {
        sif_saving s;
        read_row(q, &s);
        if (fn(ctx, &s))
            break;
    }
    if (step != SQLITE_ROW && step != SQLITE_DONE)
        rc = sif_store_error(st, step, err);
    sqlite3_finalize(q);
    return rc;
}

sif_status sif_saving_calc_load(sif_store *st, int64_t id, sif_saving_calc **out,
                                sif_error *err)
{
    *out = NULL;
    sqlite3_stmt *q;
    sif_status rc = sif_store_prepare(st, "SELECT inputs, derivation FROM saving WHERE id = ?",
                                      &q, err);
    if (rc != SIF_OK)
        return rc;
    sqlite3_bind_int64(q, 1, id);
    int step = sqlite3_step(q);
    if (step != SQLITE_ROW) {
        rc = step == SQLITE_DONE ? sif_error_set(err, SIF_ERR_NOTFOUND, "no saving %lld",
                                                 (long long)id)
                                 : sif_store_error(st, step, err);
        sqlite3_finalize(q);
        return rc;
    }
    sif_saving_calc *c = sif_saving_calc_new();
    if (c == NULL)
        rc = sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    if (rc == SIF_OK)
        rc = sif_calc_parse(c, sif_column_text(q, 0), err);
    if (rc == SIF_OK && sqlite3_column_type(q, 1) != SQLITE_NULL &&
        sif_calc_append_stored(c, sif_column_text(q, 1)) != SIF_OK)
        rc = sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    sqlite3_finalize(q);
    if (rc != SIF_OK) {
        sif_saving_calc_free(c);
        return rc;
    }
    *out = c;
    return SIF_OK;
}

/* The label of saving id as stored (a method's label is a message id, said when read). */
static sif_status stored_label(sif_store *st, int64_t id, char *buf, size_t size, sif_error *err)
{
    sqlite3_stmt *q;
    sif_status rc = sif_store_prepare(st, "SELECT coalesce(label, '') FROM saving WHERE id = ?",
                                      &q, err);
    if (rc != SIF_OK)
        return rc;
    sqlite3_bind_int64(q, 1, id);
    int step = sqlite3_step(q);
    if (step == SQLITE_ROW)
        sif_column_copy(q, 0, buf, size);
    else
        rc = step == SQLITE_DONE ? sif_error_set(err, SIF_ERR_NOTFOUND, "no saving %lld",
                                                 (long long)id)
                                 : sif_store_error(st, step, err);
    sqlite3_finalize(q);
    return rc;
}

sif_status sif_saving_reverse(sif_store *st, int64_t batch, int64_t id, const char *reason,
                              int64_t *new_id, sif_error *err)
{
    if (reason == NULL || *reason == '\0')
        return sif_error_set(err, SIF_ERR_USAGE, "a reversal needs a reason (--reason)");
    sif_status rc = sif_text_check(reason, SIF_TEXT_MAX, "reason", err);
    sif_saving s;
    if (rc != SIF_OK || (rc = sif_saving_get(st, id, &s, err)) != SIF_OK)
        return rc;
    if (s.reverses)
        return sif_error_set(err, SIF_ERR_DATA,
                             "saving %lld is itself a reversal: enter the saving again instead",
                             (long long)id);
    if (s.reversed_by)
        return sif_error_set(err, SIF_ERR_DATA, "saving %lld was already reversed by %lld",
                             (long long)id, (long long)s.reversed_by);
    sif_saving_calc *orig = NULL, *c = NULL;
    if ((rc = sif_saving_calc_load(st, id, &orig, err)) != SIF_OK)
        return rc;
    sif_saving r = s;
    /* the reversal carries the label as stored, said in each reader's language */
    if ((rc = stored_label(st, id, r.label, sizeof r.label, err)) != SIF_OK) {
        sif_saving_calc_free(orig);
        return rc;
    }
    int64_t unit_id = 0;
    sif_project p;
    if ((rc = sif_ore_sub(0, s.amount_ore, &r.amount_ore, err)) == SIF_OK &&
        (rc = sif_ore_sub(0, s.shifted_ore, &r.shifted_ore, err)) == SIF_OK &&
        (rc = sif_calc_copy(orig, &c, err)) == SIF_OK) {
        free(c->derivation);
        free(c->stored);
        c->derivation = c->stored = NULL;
        snprintf(c->formula, sizeof c->formula, "0 - (%.*s)", (int)sizeof c->formula - 8,
                 orig->formula);
        if (orig->shifted_formula[0])
            snprintf(c->shifted_formula, sizeof c->shifted_formula, "0 - (%.*s)",
                     (int)sizeof c->shifted_formula - 8, orig->shifted_formula);
        char kr[40];
        if (sif_saving_calc_line(c, "Reversal of cost reduction %lld (%s kr): %s",
                                 (long long)id, sif_kr(s.amount_ore, kr), reason) != SIF_OK)
            rc = sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
        snprintf(r.method, sizeof r.method, "reversal");
    }
    if (rc == SIF_OK)
        rc = check_fields(st, &r, &p, &unit_id, err);
    if (rc == SIF_OK)
        rc = check_calc(&r, c, err);
    if (rc == SIF_OK)
        rc = insert(st, batch, &r, p.id, unit_id, c, &id, reason, new_id, err);
    sif_saving_calc_free(orig);
    sif_saving_calc_free(c);
    return rc;
}

sif_status sif_saving_control_add(sif_store *st, int64_t batch, const char *project_code,
                                  int category, sif_ore printed, const char *note,
                                  sif_error *err)
{
    sif_project p;
    sif_status rc = sif_project_find(st, project_code, &p, err);
    if (rc != SIF_OK || (rc = sif_text_check(note, SIF_TEXT_MAX, "note", err)) != SIF_OK)
        return rc;
    if (category >= SIF_CAT_COUNT_)
        return sif_error_set(err, SIF_ERR_DATA, "no such category");
    char kind[32];
    snprintf(kind, sizeof kind, category < 0 ? "savings" : "savings:%s",
             sif_category_name((sif_category)(category < 0 ? 0 : category)));
    return sif_row_insert(st, batch, "control_total", "project_id, kind, scope, printed_ore, note",
                          "IttIt", "add", p.code, NULL, NULL, err, p.id, kind, "total", printed,
                          note);
}
