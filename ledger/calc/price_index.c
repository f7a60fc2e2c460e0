/* ledger/calc/price_index.c — price indices and restated amounts (price_index.h). */
#include "../store_internal.h"

#include <stdio.h>
#include <string.h>
#include "chain_internal.h"
#include "sif/price_index.h"
#include "sif/result.h"
#include "../intl.h"

sif_status sif_index_value_parse(const char *text, sif_ratio *out, sif_error *err)
{
    int64_t num = 0, den = 1;
    int decimals = -1, digits = 0;
    for (const char *p = text; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (c >= '0' && c <= '9') {
            if (num > (INT64_MAX - 9) / 10 || decimals >= 6)
                return sif_error_set(err, SIF_ERR_DATA, "index value \"%s\" is too long", text);
            num = num * 10 + (c - '0');
            digits++;
            if (decimals >= 0) {
                decimals++;
                den *= 10;
            }
        } else if ((c == ',' || c == '.') && decimals < 0) {
            decimals = 0;
        } else if (c == ' ' && decimals < 0 && digits > 0) {
            continue;
        } else if (c == 0xc2 && (unsigned char)p[1] == 0xa0 && decimals < 0) {
            p++; /* NBSP as a thousands separator */
        } else {
            return sif_error_set(err, SIF_ERR_DATA, "index value \"%s\" is not a number (e.g. "
                                 "313,49)", text);
        }
    }
    if (digits == 0 || num <= 0)
        return sif_error_set(err, SIF_ERR_DATA, "index value \"%s\" must be a number above 0",
                             text);
    *out = (sif_ratio){num, den};
    return SIF_OK;
}

char *sif_index_value_format(sif_ratio v, char *buf, size_t size)
{
    int decimals = 0;
    for (int64_t d = v.den; d > 1 && decimals < 6; d /= 10)
        decimals++;
    sif_ratio_decimal(v, decimals, buf, size);
    char *dot = strchr(buf, '.');
    if (dot)
        *dot = ',';
    return buf;
}

static bool valid_name(const char *name)
{
    size_t n = strlen(name);
    if (n == 0 || n >= SIF_INDEX_NAME_MAX)
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = name[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '_' || c == '.' || c == '-'))
            return false;
    }
    return true;
}

sif_status sif_index_add(sif_store *st, int64_t batch, const char *name, int year,
                         sif_ratio value, const char *source, int64_t *id, sif_error *err)
{
    if (!valid_name(name))
        return sif_error_about(err, SIF_FIELD_NAME, sif_error_set(err, SIF_ERR_DATA,
                               "index name \"%s\" must be letters, digits, '_', '.' or '-'",
                               name));
    if (year < 1800 || year > 2999)
        return sif_error_about(err, SIF_FIELD_YEAR, sif_error_set(err, SIF_ERR_DATA,
                               "index year %d is not a year", year));
    if (value.num <= 0 || value.den <= 0)
        return sif_error_set(err, SIF_ERR_DATA, "index value must be above 0");
    sif_status rc = sif_period_require_open(st, year, err);
    if (rc != SIF_OK)
        return rc;
    char detail[96], dup[160];
    snprintf(detail, sizeof detail, "%s %d", name, year);
    snprintf(dup, sizeof dup, _("index %s already has a value for %d (values are never changed)"),
             name, year);
    return sif_row_insert(st, batch, "price_index", "name, year, value_num, value_den, source",
                          "tiIIt", "add", detail, dup, id, err, name, year, value.num, value.den,
                          source);
}

static void read_row(sqlite3_stmt *q, sif_index_value *v)
{
    memset(v, 0, sizeof *v);
    v->id = sqlite3_column_int64(q, 0);
    sif_column_copy(q, 1, v->name, sizeof v->name);
    v->year = sqlite3_column_int(q, 2);
    v->value = (sif_ratio){sqlite3_column_int64(q, 3), sqlite3_column_int64(q, 4)};
    sif_column_copy(q, 5, v->source, sizeof v->source);
    v->batch_id = sqlite3_column_int64(q, 6);
    sif_column_copy(q, 7, v->user, sizeof v->user);
    sif_column_copy(q, 8, v->at, sizeof v->at);
}

#define INDEX_SELECT \
    "SELECT id, name, year, value_num, value_den, coalesce(source, ''), batch_id, user, at" \
    " FROM price_index "

sif_status sif_index_get(sif_store *st, const char *name, int year, sif_index_value *out,
                         sif_error *err)
{
    sqlite3_stmt *q;
    sif_status rc = sif_store_prepare(st, INDEX_SELECT "WHERE name = ? AND year = ?", &q, err);
    if (rc != SIF_OK)
        return rc;
    sif_bind_text(q, 1, name);
    sqlite3_bind_int(q, 2, year);
    int step = sqlite3_step(q);
    if (step == SQLITE_ROW)
        read_row(q, out);
    else if (step == SQLITE_DONE)
        rc = sif_error_set(err, SIF_ERR_DATA, "index %s has no value for %d (sif index add %s "
                           "%d VALUE --source TEXT)", name, year, name, year);
    else
        rc = sif_store_error(st, step, err);
    sqlite3_finalize(q);
    return rc;
}

sif_status sif_index_list(sif_store *st, const char *name, sif_index_fn fn, void *ctx,
                          sif_error *err)
{
    sqlite3_stmt *q;
    sif_status rc = sif_store_prepare(st, name ? INDEX_SELECT "WHERE name = ? ORDER BY name, year"
                                               : INDEX_SELECT "ORDER BY name, year", &q, err);
    if (rc != SIF_OK)
        return rc;
    if (name)
        sif_bind_text(q, 1, name);
    int step;
    while ((step = sqlite3_step(q)) == SQLITE_ROW) {
        sif_index_value v;
        read_row(q, &v);
        if (fn(ctx, &v))
            break;
    }
    if (step != SQLITE_ROW && step != SQLITE_DONE)
        rc = sif_store_error(st, step, err);
    sqlite3_finalize(q);
    return rc;
}

sif_status sif_index_apply(sif_ore amount, sif_ratio from_v, sif_ratio to_v, sif_ore *out,
                           sif_error *err)
{
    /* × to.num/to.den × from.den/from.num, one exact chain, rounded once */
    sif_chain c = sif_chain_start(amount);
    sif_status rc;
    if ((rc = sif_chain_mul(&c, to_v.num, to_v.den, err)) != SIF_OK ||
        (rc = sif_chain_mul(&c, from_v.den, from_v.num, err)) != SIF_OK)
        return rc;
    return sif_chain_round(&c, SIF_CHAIN_FINE, out, err);
}

sif_status sif_index_restate(sif_store *st, const char *name, int from, int to, sif_ore amount,
                             sif_ore *out, sif_ratio *from_v, sif_ratio *to_v, sif_error *err)
{
    sif_index_value a, b;
    sif_status rc;
    if ((rc = sif_index_get(st, name, from, &a, err)) != SIF_OK ||
        (rc = sif_index_get(st, name, to, &b, err)) != SIF_OK)
        return rc;
    if (from_v)
        *from_v = a.value;
    if (to_v)
        *to_v = b.value;
    return sif_index_apply(amount, a.value, b.value, out, err);
}
