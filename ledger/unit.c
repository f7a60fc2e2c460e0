/* ledger/unit.c — units (enheter) and the committees they belong to over time. */
#include "store_internal.h"

#include <stdio.h>
#include <string.h>
#include "sif/entity.h"
#include "intl.h"

sif_status sif_unit_add(sif_store *st, int64_t batch, const char *code, const char *name,
                        const char *committee, int64_t *id, sif_error *err)
{
    sif_status rc;
    if (code == NULL || *code == '\0' || name == NULL || *name == '\0')
        return sif_error_set(err, SIF_ERR_USAGE, "a unit needs a code and a name");
    if ((rc = sif_text_check(code, SIF_CODE_MAX, "unit code", err)) != SIF_OK ||
        (rc = sif_text_check(name, SIF_NAME_MAX, "unit name", err)) != SIF_OK ||
        (rc = sif_text_check(committee, SIF_NAME_MAX, "committee", err)) != SIF_OK)
        return rc;
    char dup[96];
    snprintf(dup, sizeof dup, _("unit %s exists already"), code);
    int64_t uid;
    rc = sif_row_insert(st, batch, "unit", "code, name", "tt", "add", code, dup, &uid, err, code,
                        name);
    if (rc == SIF_OK && committee && *committee)
        rc = sif_row_insert(st, batch, "unit_committee", "unit_id, from_year, committee", "Iit",
                            "add", code, NULL, NULL, err, uid, 0, committee);
    if (rc == SIF_OK && id)
        *id = uid;
    return rc;
}

sif_status sif_unit_move(sif_store *st, int64_t batch, const char *code, int from_year,
                         const char *committee, sif_error *err)
{
    sif_unit u;
    sif_status rc = sif_unit_find(st, code, &u, err);
    if (rc != SIF_OK)
        return rc;
    if (committee == NULL || *committee == '\0')
        return sif_error_set(err, SIF_ERR_USAGE, "a move needs a committee");
    if ((rc = sif_text_check(committee, SIF_NAME_MAX, "committee", err)) != SIF_OK)
        return rc;
    char detail[96];
    snprintf(detail, sizeof detail, "%s from %d", code, from_year);
    return sif_row_insert(st, batch, "unit_committee", "unit_id, from_year, committee", "Iit",
                          "move", detail, NULL, NULL, err, u.id, from_year, committee);
}

sif_status sif_unit_committee(sif_store *st, int64_t unit_id, int year, char *buf, size_t size,
                              sif_error *err)
{
    sqlite3_stmt *s;
    sif_status rc = sif_store_prepare(st,
        "SELECT committee FROM unit_committee WHERE unit_id = ? AND from_year <= ? "
        "ORDER BY from_year DESC, id DESC LIMIT 1", &s, err);
    if (rc != SIF_OK)
        return rc;
    sqlite3_bind_int64(s, 1, unit_id);
    sqlite3_bind_int(s, 2, year);
    buf[0] = '\0';
    int step = sqlite3_step(s);
    if (step == SQLITE_ROW)
        sif_column_copy(s, 0, buf, size);
    else if (step != SQLITE_DONE)
        rc = sif_store_error(st, step, err);
    sqlite3_finalize(s);
    return rc;
}

sif_status sif_unit_committee_list(sif_store *st, int64_t unit_id, sif_unit_committee_fn fn,
                                   void *ctx, sif_error *err)
{
    sqlite3_stmt *s;
    sif_status rc = sif_store_prepare(st,
        "SELECT from_year, committee FROM unit_committee WHERE unit_id = ? "
        "ORDER BY from_year, id", &s, err);
    if (rc != SIF_OK)
        return rc;
    sqlite3_bind_int64(s, 1, unit_id);
    int step;
    while ((step = sqlite3_step(s)) == SQLITE_ROW) {
        char committee[SIF_NAME_MAX];
        sif_column_copy(s, 1, committee, sizeof committee);
        if (fn(ctx, sqlite3_column_int(s, 0), committee))
            break;
    }
    if (step != SQLITE_ROW && step != SQLITE_DONE)
        rc = sif_store_error(st, step, err);
    sqlite3_finalize(s);
    return rc;
}

#define UNIT_SELECT \
    "SELECT u.id, u.code, u.name, (SELECT committee FROM unit_committee c WHERE c.unit_id = u.id" \
    " ORDER BY from_year DESC, id DESC LIMIT 1) FROM unit u "

static void unit_from_row(sqlite3_stmt *s, sif_unit *u)
{
    memset(u, 0, sizeof *u);
    u->id = sqlite3_column_int64(s, 0);
    sif_column_copy(s, 1, u->code, sizeof u->code);
    sif_column_copy(s, 2, u->name, sizeof u->name);
    sif_column_copy(s, 3, u->committee, sizeof u->committee);
}

sif_status sif_unit_find(sif_store *st, const char *code, sif_unit *out, sif_error *err)
{
    sqlite3_stmt *s;
    sif_status rc = sif_store_stmt(st, UNIT_SELECT "WHERE u.code = ?", &s, err);
    if (rc != SIF_OK)
        return rc;
    sif_bind_text(s, 1, code);
    int step = sqlite3_step(s);
    if (step == SQLITE_ROW)
        unit_from_row(s, out);
    else if (step == SQLITE_DONE)
        rc = sif_error_about(err, SIF_FIELD_UNIT, sif_error_set(err, SIF_ERR_NOTFOUND,
                             "no unit %s (add it with 'sif unit add')", code));
    else
        rc = sif_store_error(st, step, err);
    sif_store_stmt_done(st, s);
    return rc;
}

struct unit_each {
    sif_unit_fn fn;
    void *ctx;
};

static int unit_row(void *ctx, sqlite3_stmt *s)
{
    const struct unit_each *each = ctx;
    sif_unit u;
    unit_from_row(s, &u);
    return each->fn(each->ctx, &u);
}

sif_status sif_unit_list(sif_store *st, sif_unit_fn fn, void *ctx, sif_error *err)
{
    struct unit_each each = {fn, ctx};
    return sif_store_each(st, UNIT_SELECT "ORDER BY u.code", NULL, unit_row, &each, err);
}
