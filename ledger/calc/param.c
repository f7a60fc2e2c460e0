/* ledger/calc/param.c — unit costs and parameters: versioned rows, the value in force. */
#include "../store_internal.h"

#include <stdio.h>
#include <string.h>
#include "sif/param.h"

static const char *const kind_names[] = {"ore", "ratio", "count"};

const char *sif_param_kind_name(sif_param_kind k)
{
    return (unsigned)k <= SIF_PARAM_COUNT ? kind_names[k] : "ore";
}

sif_status sif_param_kind_parse(const char *text, sif_param_kind *out, sif_error *err)
{
    for (int i = 0; i <= SIF_PARAM_COUNT; i++)
        if (text && strcmp(text, kind_names[i]) == 0) {
            *out = (sif_param_kind)i;
            return SIF_OK;
        }
    return sif_error_set(err, SIF_ERR_DATA, "parameter kind \"%s\" is not ore, ratio or count",
                         text ? text : "");
}

void sif_param_init(sif_param *p, const char *key, sif_param_kind kind, int64_t num)
{
    memset(p, 0, sizeof *p);
    snprintf(p->key, sizeof p->key, "%s", key);
    p->kind = kind;
    p->num = num;
    p->den = 1;
}

static sif_status key_check(const char *k, sif_error *err)
{
    size_t n = k ? strlen(k) : 0;
    if (n == 0 || n >= SIF_PARAM_KEY_MAX)
        return sif_error_set(err, SIF_ERR_DATA, "parameter key must have 1–%d characters",
                             SIF_PARAM_KEY_MAX - 1);
    for (size_t i = 0; i < n; i++) {
        char c = k[i];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.'))
            return sif_error_set(err, SIF_ERR_DATA,
                                 "parameter key \"%s\" may hold only a–z, 0–9, _ and .", k);
    }
    return SIF_OK;
}

/* A row of the same key and scope whose years overlap p's and whose value differs (SPEC
 * §11.1: one value for a key, scope and year, unless replaced on purpose). */
static sif_status other_value(sif_store *st, const sif_param *p, int64_t project_id, int64_t den,
                              sif_error *err)
{
    sqlite3_stmt *s;
    sif_status rc = sif_store_prepare(st,
        "SELECT id, num, den, kind, coalesce(source, '') FROM param WHERE key = ?1"
        " AND project_id IS ?2 AND coalesce(year_from, 0) <= coalesce(?4, 9999)"
        " AND coalesce(?3, 0) <= coalesce(year_to, 9999)"
        " AND (kind != ?5 OR num != ?6 OR den != ?7) ORDER BY id DESC LIMIT 1", &s, err);
    if (rc != SIF_OK)
        return rc;
    sif_bind_text(s, 1, p->key);
    if (project_id)
        sqlite3_bind_int64(s, 2, project_id);
    if (p->year_from)
        sqlite3_bind_int(s, 3, p->year_from);
    if (p->year_to)
        sqlite3_bind_int(s, 4, p->year_to);
    sif_bind_text(s, 5, sif_param_kind_name(p->kind));
    sqlite3_bind_int64(s, 6, p->num);
    sqlite3_bind_int64(s, 7, den);
    int step = sqlite3_step(s);
    if (step == SQLITE_ROW) {
        char v[64];
        const char *kind = sif_column_text(s, 3);
        int64_t num = sqlite3_column_int64(s, 1), d = sqlite3_column_int64(s, 2);
        if (strcmp(kind, "ore") == 0)
            snprintf(v, sizeof v, "%s kr", sif_ore_format(num, (char[48]){0}, 48, SIF_FMT_AUTO));
        else if (strcmp(kind, "ratio") == 0)
            sif_ratio_format((sif_ratio){num, d}, v, sizeof v);
        else
            snprintf(v, sizeof v, "%lld", (long long)num);
        rc = sif_error_about(err, SIF_FIELD_YEAR, sif_error_set(err, SIF_ERR_DATA,
                             "parameter %s has a value for these years already (row %lld: %s, "
                             "source \"%s\"): a second value is refused; to use the new one, "
                             "param set --replace (the old stays in the log)", p->key,
                             (long long)sqlite3_column_int64(s, 0), v, sif_column_text(s, 4)));
    }
    else if (step != SQLITE_DONE)
        rc = sif_store_error(st, step, err);
    sqlite3_finalize(s);
    return rc;
}

sif_status sif_param_set(sif_store *st, int64_t batch, const sif_param *p, int64_t *id,
                         sif_error *err)
{
    return sif_param_set_replace(st, batch, p, false, id, err);
}

sif_status sif_param_set_replace(sif_store *st, int64_t batch, const sif_param *p, bool replace,
                                 int64_t *id, sif_error *err)
{
    sif_status rc = key_check(p->key, err);
    if (rc != SIF_OK || (rc = sif_text_check(p->source, SIF_TEXT_MAX, "source", err)) != SIF_OK)
        return rc;
    if ((unsigned)p->kind > SIF_PARAM_COUNT)
        return sif_error_set(err, SIF_ERR_DATA, "no such parameter kind");
    int64_t den = p->kind == SIF_PARAM_RATIO ? p->den : 1;
    if (den <= 0)
        return sif_error_set(err, SIF_ERR_DATA, "parameter %s: denominator must be positive",
                             p->key);
    if (p->kind == SIF_PARAM_COUNT && p->num < 0)
        return sif_error_set(err, SIF_ERR_DATA, "parameter %s: a count cannot be negative",
                             p->key);
    if ((p->year_from && (p->year_from < 1900 || p->year_from > 2999)) ||
        (p->year_to && (p->year_to < 1900 || p->year_to > 2999)) ||
        (p->year_from && p->year_to && p->year_to < p->year_from))
        return sif_error_about(err, SIF_FIELD_YEAR, sif_error_set(err, SIF_ERR_DATA,
                               "parameter %s: years %d–%d are not in order", p->key,
                               p->year_from, p->year_to));
    int64_t project_id = 0;
    if (p->project_code[0]) {
        sif_project pr;
        if ((rc = sif_project_find(st, p->project_code, &pr, err)) != SIF_OK)
            return rc;
        project_id = pr.id;
    }
    if (!replace && (rc = other_value(st, p, project_id, den, err)) != SIF_OK)
        return rc;
    return sif_row_insert(st, batch, "param",
                          "key, kind, num, den, year_from, year_to, project_id, source", "ttIIyyPt",
                          "add", p->key, NULL, id, err, p->key, sif_param_kind_name(p->kind),
                          p->num, den, p->year_from, p->year_to, project_id ? &project_id : NULL,
                          p->source);
}

#define PARAM_SELECT \
    "SELECT x.id, x.key, x.kind, x.num, x.den, coalesce(x.year_from, 0)," \
    " coalesce(x.year_to, 0), coalesce(p.code, ''), coalesce(x.source, ''), x.batch_id," \
    " x.user, x.at FROM param x LEFT JOIN project p ON p.id = x.project_id "

static void read_row(sqlite3_stmt *q, sif_param *p)
{
    memset(p, 0, sizeof *p);
    p->id = sqlite3_column_int64(q, 0);
    sif_column_copy(q, 1, p->key, sizeof p->key);
    sif_param_kind_parse(sif_column_text(q, 2), &p->kind, NULL);
    p->num = sqlite3_column_int64(q, 3);
    p->den = sqlite3_column_int64(q, 4);
    p->year_from = sqlite3_column_int(q, 5);
    p->year_to = sqlite3_column_int(q, 6);
    sif_column_copy(q, 7, p->project_code, sizeof p->project_code);
    sif_column_copy(q, 8, p->source, sizeof p->source);
    p->batch_id = sqlite3_column_int64(q, 9);
    sif_column_copy(q, 10, p->user, sizeof p->user);
    sif_column_copy(q, 11, p->at, sizeof p->at);
}

sif_status sif_param_get(sif_store *st, const char *key, const char *project_code, int year,
                         sif_param *out, sif_error *err)
{
    sqlite3_stmt *q;
    sif_status rc = sif_store_prepare(st, PARAM_SELECT
        "WHERE x.key = ?1 AND (x.project_id IS NULL OR p.code = ?2)"
        " AND (?3 = 0 OR ((x.year_from IS NULL OR x.year_from <= ?3)"
        " AND (x.year_to IS NULL OR x.year_to >= ?3)))"
        " ORDER BY x.project_id IS NULL, x.id DESC LIMIT 1", &q, err);
    if (rc != SIF_OK)
        return rc;
    sif_bind_text(q, 1, key);
    sif_bind_text(q, 2, (project_code && *project_code) ? project_code : NULL);
    sqlite3_bind_int(q, 3, year);
    int step = sqlite3_step(q);
    if (step == SQLITE_ROW)
        read_row(q, out);
    else if (step == SQLITE_DONE)
        rc = year ? sif_error_set(err, SIF_ERR_NOTFOUND,
                                  "no unit cost \"%s\" for %d (sif param set %s ...)", key, year,
                                  key)
                  : sif_error_set(err, SIF_ERR_NOTFOUND, "no unit cost \"%s\" (sif param set %s ...)",
                                  key, key);
    else
        rc = sif_store_error(st, step, err);
    sqlite3_finalize(q);
    return rc;
}

sif_status sif_param_list(sif_store *st, const char *key, sif_param_fn fn, void *ctx,
                          sif_error *err)
{
    sqlite3_stmt *q;
    sif_status rc = sif_store_prepare(st, PARAM_SELECT "WHERE ?1 IS NULL OR x.key = ?1"
                                      " ORDER BY x.key, x.id", &q, err);
    if (rc != SIF_OK)
        return rc;
    sif_bind_text(q, 1, key);
    int step;
    while ((step = sqlite3_step(q)) == SQLITE_ROW) {
        sif_param p;
        read_row(q, &p);
        if (fn(ctx, &p))
            break;
    }
    if (step != SQLITE_ROW && step != SQLITE_DONE)
        rc = sif_store_error(st, step, err);
    sqlite3_finalize(q);
    return rc;
}
