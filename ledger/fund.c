/* ledger/fund.c — funds and the capital paid into them. */
#include "store_internal.h"
#include "money_guard.h"

#include <stdio.h>
#include <string.h>
#include "sif/entity.h"
#include "intl.h"

sif_status sif_fund_add(sif_store *st, int64_t batch, const sif_fund *f, int64_t *id,
                        sif_error *err)
{
    sif_status rc;
    if (f->code[0] == '\0')
        return sif_error_set(err, SIF_ERR_USAGE, "a fund needs a code");
    if ((rc = sif_text_check(f->code, sizeof f->code, "fund code", err)) != SIF_OK ||
        (rc = sif_text_check(f->name, sizeof f->name, "fund name", err)) != SIF_OK ||
        (rc = sif_text_check(f->municipality, sizeof f->municipality, "municipality", err)) != SIF_OK)
        return rc;
    char dup[96];
    snprintf(dup, sizeof dup, _("fund %s exists already"), f->code);
    return sif_row_insert(st, batch, "fund", "code, name, municipality", "ttt", "add", f->code,
                          dup, id, err, f->code, f->name[0] ? f->name : f->code, f->municipality);
}

static void fund_from_row(sqlite3_stmt *s, sif_fund *f)
{
    memset(f, 0, sizeof *f);
    f->id = sqlite3_column_int64(s, 0);
    sif_column_copy(s, 1, f->code, sizeof f->code);
    sif_column_copy(s, 2, f->name, sizeof f->name);
    sif_column_copy(s, 3, f->municipality, sizeof f->municipality);
}

sif_status sif_fund_find(sif_store *st, const char *code, sif_fund *out, sif_error *err)
{
    const char *c = (code && *code) ? code : SIF_DEFAULT_FUND;
    sqlite3_stmt *s;
    sif_status rc = sif_store_stmt(st, "SELECT id, code, name, municipality FROM fund "
                                          "WHERE code = ?", &s, err);
    if (rc != SIF_OK)
        return rc;
    sif_bind_text(s, 1, c);
    int step = sqlite3_step(s);
    if (step == SQLITE_ROW)
        fund_from_row(s, out);
    else if (step == SQLITE_DONE)
        rc = sif_error_set(err, SIF_ERR_NOTFOUND, "no fund %s", c);
    else
        rc = sif_store_error(st, step, err);
    sif_store_stmt_done(st, s);
    return rc;
}

sif_status sif_fund_list(sif_store *st, sif_fund_fn fn, void *ctx, sif_error *err)
{
    sqlite3_stmt *s;
    sif_status rc = sif_store_prepare(st, "SELECT id, code, name, municipality FROM fund "
                                          "ORDER BY code", &s, err);
    if (rc != SIF_OK)
        return rc;
    int step;
    while ((step = sqlite3_step(s)) == SQLITE_ROW) {
        sif_fund f;
        fund_from_row(s, &f);
        if (fn(ctx, &f))
            break;
    }
    if (step != SQLITE_ROW && step != SQLITE_DONE)
        rc = sif_store_error(st, step, err);
    sqlite3_finalize(s);
    return rc;
}

sif_status sif_fund_capital_add(sif_store *st, int64_t batch, const char *fund_code, int year,
                                sif_ore amount, const char *note, sif_error *err)
{
    sif_fund f;
    sif_status rc = sif_fund_find(st, fund_code, &f, err);
    if (rc == SIF_OK)
        rc = sif_text_check(note, SIF_TEXT_MAX, "note", err);
    if (rc == SIF_OK)
        rc = sif_money_reserve(st, amount, err);
    if (rc != SIF_OK)
        return rc;
    return sif_row_insert(st, batch, "fund_capital", "fund_id, year, amount_ore, note", "IiIt",
                          "add", f.code, NULL, NULL, err, f.id, year, amount, note);
}
