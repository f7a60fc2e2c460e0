/* ledger/cost.c — investment cost entries, reversals and control totals. */
#include "store_internal.h"
#include "money_guard.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "sif/cost.h"
#include "sif/fold.h"

sif_status sif_funding_parse(const char *text, char *out, size_t size, sif_error *err)
{
    /* folded (sif_fold): any case, å ä ö as a a o, a space as '_' */
    static const char *const fund[] = {"fund", "fond", "fonden", "lan"};
    static const char *const grant[] = {"grant", "bidrag", "fondbidrag"};
    static const char *const esf[] = {"esf", "europeiska_socialfonden"};
    static const char *const other[] = {"other", "annan", "annat", "ovrig", "ovrigt"};
    const char *t = text ? text : "";
    char f[32];
    sif_fold(t, strlen(t), f, sizeof f);
    for (size_t i = 0; i < sizeof fund / sizeof fund[0]; i++)
        if (strcmp(f, fund[i]) == 0) {
            snprintf(out, size, "fund");
            return SIF_OK;
        }
    for (size_t i = 0; i < sizeof grant / sizeof grant[0]; i++)
        if (strcmp(f, grant[i]) == 0) {
            snprintf(out, size, "grant");
            return SIF_OK;
        }
    for (size_t i = 0; i < sizeof esf / sizeof esf[0]; i++)
        if (strcmp(f, esf[i]) == 0) {
            snprintf(out, size, "esf");
            return SIF_OK;
        }
    const char *colon = strchr(t, ':');
    if (colon != NULL && (size_t)(colon - t) < sizeof f) {
        sif_fold(t, (size_t)(colon - t), f, sizeof f);
        const char *name = colon + 1;
        while (*name == ' ' || *name == '\t')
            name++;   /* "annan: Region" is the source "annan:Region" names */
        for (size_t i = 0; i < sizeof other / sizeof other[0] && *name; i++) {
            if (strcmp(f, other[i]) != 0)
                continue;
            sif_status rc = sif_text_check(name, 64, "funding source", err);
            if (rc != SIF_OK)
                return rc;
            snprintf(out, size, "other:%s", name);
            return SIF_OK;
        }
    }
    return sif_error_set(err, SIF_ERR_DATA,
                         "funding \"%s\" is not fund, grant, esf or other:NAME",
                         t);
}

sif_status sif_year_parse(const char *text, int *year, sif_error *err)
{
    char *end = NULL;
    errno = 0;
    long v = text && *text ? strtol(text, &end, 10) : 0;
    if (text == NULL || *text == '\0' || *end != '\0' || errno || v < 1900 || v > 2999)
        return sif_error_set(err, SIF_ERR_USAGE, "\"%s\" is not a year", text ? text : "");
    *year = (int)v;
    return SIF_OK;
}

sif_status sif_funding_check(const char *funding, sif_error *err)
{
    char buf[72];
    return sif_funding_parse(funding, buf, sizeof buf, err);
}

const char *sif_funding_label(const char *funding, char *buf, size_t size)
{
    if (size == 0)
        return buf;
    if (strcmp(funding, "fund") == 0)
        snprintf(buf, size, "fonden");
    else if (strcmp(funding, "grant") == 0)
        snprintf(buf, size, "fonden, bidrag");
    else if (strcmp(funding, "esf") == 0)
        snprintf(buf, size, "ESF");
    else if (strncmp(funding, "other:", 6) == 0)
        snprintf(buf, size, "annan: %s", funding + 6);
    else
        snprintf(buf, size, "%s", funding);
    return buf;
}

sif_status sif_cost_add(sif_store *st, int64_t batch, const char *project_code,
                        const char *role_code, int year, int month, sif_ore amount,
                        const char *funding, const char *note, int64_t *id, sif_error *err)
{
    sif_project p;
    sif_role r;
    sif_status rc;
    char fs[72];
    if ((rc = sif_project_find(st, project_code, &p, err)) != SIF_OK ||
        (rc = sif_role_find(st, p.id, role_code, &r, err)) != SIF_OK ||
        (rc = sif_funding_parse((funding && *funding) ? funding : "fund", fs, sizeof fs, err)) !=
            SIF_OK ||
        (rc = sif_text_check(note, SIF_TEXT_MAX, "note", err)) != SIF_OK)
        return rc;
    if (year < 1900 || year > 2999)
        return sif_error_about(err, SIF_FIELD_YEAR,
                               sif_error_set(err, SIF_ERR_DATA, "year %d is not a year", year));
    if (month < 0 || month > 12)
        return sif_error_set(err, SIF_ERR_DATA, "month %d is not a month", month);
    if (amount == 0)
        return sif_error_set(err, SIF_ERR_DATA, "a cost entry of 0 kr records nothing");
    if ((rc = sif_period_require_open(st, year, err)) != SIF_OK ||
        (rc = sif_money_reserve(st, amount, err)) != SIF_OK)
        return rc;
    char detail[128];
    snprintf(detail, sizeof detail, "%s/%s %d", p.code, r.code, year);
    return sif_row_insert(st, batch, "cost",
                          "project_id, role_id, year, month, amount_ore, funding, note", "IIiyItt",
                          "add", detail, NULL, id, err, p.id, r.id, year, month, amount, fs, note);
}

sif_status sif_cost_reverse(sif_store *st, int64_t batch, int64_t id, const char *reason,
                            int64_t *new_id, sif_error *err)
{
    if (reason == NULL || *reason == '\0')
        return sif_error_set(err, SIF_ERR_USAGE, "a reversal needs a reason (--reason)");
    sif_status rc = sif_text_check(reason, SIF_TEXT_MAX, "reason", err);
    if (rc != SIF_OK)
        return rc;
    sqlite3_stmt *s;
    rc = sif_store_prepare(st,
        "SELECT project_id, role_id, year, month, amount_ore, funding, reverses,"
        " (SELECT id FROM cost r WHERE r.reverses = c.id) FROM cost c WHERE id = ?", &s, err);
    if (rc != SIF_OK)
        return rc;
    sqlite3_bind_int64(s, 1, id);
    int step = sqlite3_step(s);
    if (step != SQLITE_ROW) {
        rc = step == SQLITE_DONE ? sif_error_set(err, SIF_ERR_NOTFOUND, "no cost entry %lld",
                                                 (long long)id)
                                 : sif_store_error(st, step, err);
        sqlite3_finalize(s);
        return rc;
    }
    int64_t project = sqlite3_column_int64(s, 0), role = sqlite3_column_int64(s, 1);
    int year = sqlite3_column_int(s, 2), month = sqlite3_column_int(s, 3);
    sif_ore amount = sqlite3_column_int64(s, 4), neg;
    char funding[72];
    sif_column_copy(s, 5, funding, sizeof funding);
    bool is_reversal = sqlite3_column_type(s, 6) != SQLITE_NULL;
    int64_t reversed_by = sqlite3_column_int64(s, 7);
    sqlite3_finalize(s);
    if (is_reversal)
        return sif_error_set(err, SIF_ERR_DATA,
                             "entry %lld is itself a reversal: enter the amount again instead",
                             (long long)id);
    if (reversed_by)
        return sif_error_set(err, SIF_ERR_DATA, "entry %lld was already reversed by %lld",
                             (long long)id, (long long)reversed_by);
    if ((rc = sif_ore_sub(0, amount, &neg, err)) != SIF_OK ||
        (rc = sif_period_require_open(st, year, err)) != SIF_OK ||
        (rc = sif_money_reserve(st, neg, err)) != SIF_OK)
        return rc;
    char detail[64], note[64];
    snprintf(detail, sizeof detail, "reverses %lld", (long long)id);
    snprintf(note, sizeof note, "reversal of entry %lld", (long long)id);
    return sif_row_insert(st, batch, "cost",
                          "project_id, role_id, year, month, amount_ore, funding, note, reverses,"
                          " reason", "IIiyIttIt", "reverse", detail,
                          "that entry was already reversed", new_id, err, project, role, year,
                          month, neg, funding, note, id, reason);
}

sif_status sif_cost_list(sif_store *st, const char *project_code, sif_cost_fn fn, void *ctx,
                         sif_error *err)
{
    sqlite3_stmt *s;
    /* one project's entries through its index; "?1 IS NULL OR" would read every project's */
#define COST_LIST(WHERE) \
        "SELECT c.id, c.project_id, r.code, c.year, coalesce(c.month, 0), c.amount_ore," \
        " c.funding, c.note, coalesce(c.reverses, 0)," \
        " coalesce((SELECT x.id FROM cost x WHERE x.reverses = c.id), 0), c.reason," \
        " c.batch_id, c.user, c.at FROM cost c JOIN role r ON r.id = c.role_id" \
        WHERE " ORDER BY c.id"
    sif_status rc = sif_store_prepare(st, project_code
        ? COST_LIST(" WHERE c.project_id = (SELECT id FROM project WHERE code = ?1)")
        : COST_LIST(""), &s, err);
#undef COST_LIST
    if (rc != SIF_OK)
        return rc;
    sif_bind_text(s, 1, project_code);
    int step;
    while ((step = sqlite3_step(s)) == SQLITE_ROW) {
        sif_cost c;
        memset(&c, 0, sizeof c);
        c.id = sqlite3_column_int64(s, 0);
        c.project_id = sqlite3_column_int64(s, 1);
        sif_column_copy(s, 2, c.role_code, sizeof c.role_code);
        c.year = sqlite3_column_int(s, 3);
        c.month = sqlite3_column_int(s, 4);
        c.amount_ore = sqlite3_column_int64(s, 5);
        sif_column_copy(s, 6, c.funding, sizeof c.funding);
        sif_column_copy(s, 7, c.note, sizeof c.note);
        c.reverses = sqlite3_column_int64(s, 8);
        c.reversed_by = sqlite3_column_int64(s, 9);
        sif_column_copy(s, 10, c.reason, sizeof c.reason);
        c.batch_id = sqlite3_column_int64(s, 11);
        sif_column_copy(s, 12, c.user, sizeof c.user);
        sif_column_copy(s, 13, c.at, sizeof c.at);
        if (fn(ctx, &c))
            break;
    }
    if (step != SQLITE_ROW && step != SQLITE_DONE)
        rc = sif_store_error(st, step, err);
    sqlite3_finalize(s);
    return rc;
}

sif_status sif_control_add(sif_store *st, int64_t batch, const char *project_code,
                           const char *scope, int year, const char *role_code, sif_ore printed,
                           const char *note, sif_error *err)
{
    sif_project p;
    sif_status rc = sif_project_find(st, project_code, &p, err);
    if (rc != SIF_OK)
        return rc;
    int64_t role_id = 0;
    if (strcmp(scope, "role") == 0) {
        sif_role r;
        if ((rc = sif_role_find(st, p.id, role_code ? role_code : "", &r, err)) != SIF_OK)
            return rc;
        role_id = r.id;
        year = 0;
    } else if (strcmp(scope, "year") == 0) {
        if (year < 1900 || year > 2999)
            return sif_error_set(err, SIF_ERR_DATA, "year %d is not a year", year);
    } else if (strcmp(scope, "total") == 0) {
        year = 0;
    } else {
        return sif_error_set(err, SIF_ERR_USAGE, "control scope \"%s\" is not year, role or total",
                             scope);
    }
    if ((rc = sif_text_check(note, SIF_TEXT_MAX, "note", err)) != SIF_OK)
        return rc;
    return sif_row_insert(st, batch, "control_total",
                          "project_id, scope, year, role_id, printed_ore, note", "ItyPIt", "add",
                          p.code, NULL, NULL, err, p.id, scope, year, role_id ? &role_id : NULL,
                          printed, note);
}
