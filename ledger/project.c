/* ledger/project.c — projects (investeringar) and their roles (tjänster). */
#include "store_internal.h"
#include "money_guard.h"

#include <stdio.h>
#include <string.h>
#include "memo.h"
#include "sif/entity.h"
#include "sif/pseudonym.h"
#include "intl.h"

sif_status sif_project_add(sif_store *st, int64_t batch, const sif_project *p, int64_t *id,
                           sif_error *err)
{
    sif_status rc;
    if (p->code[0] == '\0' || p->name[0] == '\0')
        return sif_error_set(err, SIF_ERR_USAGE, "a project needs a code and a name");
    if ((rc = sif_text_check(p->code, sizeof p->code, "project code", err)) != SIF_OK ||
        (rc = sif_text_check(p->name, sizeof p->name, "project name", err)) != SIF_OK ||
        (rc = sif_text_check(p->committee, sizeof p->committee, "committee", err)) != SIF_OK ||
        (rc = sif_text_check(p->dnr, sizeof p->dnr, "dnr", err)) != SIF_OK ||
        (rc = sif_text_check(p->area, sizeof p->area, "area", err)) != SIF_OK ||
        (rc = sif_text_check(p->district, sizeof p->district, "district", err)) != SIF_OK ||
        (rc = sif_district_check(p->district, strlen(p->district), "stadsomrade", err)) != SIF_OK)
        return rc;
    if (p->start_year && p->end_year && p->end_year < p->start_year)
        return sif_error_set(err, SIF_ERR_DATA, "project ends (%d) before it starts (%d)",
                             p->end_year, p->start_year);
    if (p->has_granted && p->granted_ore < 0)
        return sif_error_set(err, SIF_ERR_DATA, "the amount granted is negative");
    sif_fund f;
    if ((rc = sif_fund_find(st, p->fund_code, &f, err)) != SIF_OK ||
        (p->has_granted && (rc = sif_money_reserve(st, p->granted_ore, err)) != SIF_OK))
        return rc;
    char dup[96];
    snprintf(dup, sizeof dup, _("project %s exists already"), p->code);
    int64_t pid;
    rc = sif_row_insert(st, batch, "project",
                        "code, name, committee, dnr, start_year, end_year, fund_id, granted_ore",
                        "ttttyyIP", "add", p->code, dup, &pid, err, p->code, p->name,
                        p->committee, p->dnr, p->start_year, p->end_year, f.id,
                        p->has_granted ? &p->granted_ore : NULL);
    if (rc == SIF_OK && id)
        *id = pid;
    if (rc == SIF_OK && (p->area[0] || p->district[0]))
        rc = sif_row_insert(st, batch, "project_place", "project_id, area, district", "Itt",
                            "add", p->code, NULL, NULL, err, pid, p->area, p->district);
    return rc;
}

sif_status sif_project_place(sif_store *st, int64_t batch, const char *project_code,
                             const char *area, const char *district, sif_error *err)
{
    sif_project p;
    sif_status rc;
    if ((rc = sif_project_find(st, project_code, &p, err)) != SIF_OK ||
        (rc = sif_text_check(area, SIF_NAME_MAX, "area", err)) != SIF_OK ||
        (rc = sif_text_check(district, SIF_NAME_MAX, "district", err)) != SIF_OK ||
        (rc = sif_district_check(district, district ? strlen(district) : 0, "stadsomrade",
                                 err)) != SIF_OK)
        return rc;
    return sif_row_insert(st, batch, "project_place", "project_id, area, district", "Itt", "add",
                          p.code, NULL, NULL, err, p.id, area, district);
}

#define PROJECT_SELECT \
    "SELECT p.id, p.code, p.name, p.committee, p.dnr, coalesce(p.start_year, 0)," \
    " coalesce(p.end_year, 0), p.granted_ore, p.fund_id, f.code, pl.area, pl.district" \
    " FROM project p JOIN fund f ON f.id = p.fund_id LEFT JOIN project_place pl ON pl.id =" \
    " (SELECT max(id) FROM project_place WHERE project_id = p.id) "

static void project_from_row(sqlite3_stmt *s, sif_project *p)
{
    memset(p, 0, sizeof *p);
    p->id = sqlite3_column_int64(s, 0);
    sif_column_copy(s, 1, p->code, sizeof p->code);
    sif_column_copy(s, 2, p->name, sizeof p->name);
    sif_column_copy(s, 3, p->committee, sizeof p->committee);
    sif_column_copy(s, 4, p->dnr, sizeof p->dnr);
    p->start_year = sqlite3_column_int(s, 5);
    p->end_year = sqlite3_column_int(s, 6);
    p->has_granted = sqlite3_column_type(s, 7) != SQLITE_NULL;
    p->granted_ore = sqlite3_column_int64(s, 7);
    p->fund_id = sqlite3_column_int64(s, 8);
    sif_column_copy(s, 9, p->fund_code, sizeof p->fund_code);
    sif_column_copy(s, 10, p->area, sizeof p->area);
    sif_column_copy(s, 11, p->district, sizeof p->district);
}

sif_status sif_project_find(sif_store *st, const char *code, sif_project *out, sif_error *err)
{
    sif_memo *memo = sif_store_memo(st);
    if (sif_memo_get(memo, SIF_MEMO_PROJECT, 0, code, out, sizeof *out))
        return SIF_OK;
    sqlite3_stmt *s;
    sif_status rc = sif_store_stmt(st, PROJECT_SELECT "WHERE p.code = ?", &s, err);
    if (rc != SIF_OK)
        return rc;
    sif_bind_text(s, 1, code);
    int step = sqlite3_step(s);
    if (step == SQLITE_ROW) {
        project_from_row(s, out);
        sif_memo_put(memo, SIF_MEMO_PROJECT, 0, code, out, sizeof *out);
    } else if (step == SQLITE_DONE)
        rc = sif_error_about(err, SIF_FIELD_PROJECT,
                             sif_error_set(err, SIF_ERR_NOTFOUND, "no project %s", code));
    else
        rc = sif_store_error(st, step, err);
    sif_store_stmt_done(st, s);
    return rc;
}

sif_status sif_project_list(sif_store *st, sif_project_fn fn, void *ctx, sif_error *err)
{
    sqlite3_stmt *s;
    sif_status rc = sif_store_prepare(st, PROJECT_SELECT "ORDER BY p.code", &s, err);
    if (rc != SIF_OK)
        return rc;
    int step;
    while ((step = sqlite3_step(s)) == SQLITE_ROW) {
        sif_project p;
        project_from_row(s, &p);
        if (fn(ctx, &p))
            break;
    }
    if (step != SQLITE_ROW && step != SQLITE_DONE)
        rc = sif_store_error(st, step, err);
    sqlite3_finalize(s);
    return rc;
}

sif_status sif_role_add(sif_store *st, int64_t batch, const char *project_code,
                        const sif_role *r, int64_t *id, sif_error *err)
{
    sif_project p;
    sif_unit u;
    sif_status rc;
    if (r->code[0] == '\0' || r->title[0] == '\0')
        return sif_error_set(err, SIF_ERR_USAGE, "a role needs a code and a title");
    if ((rc = sif_text_check(r->code, sizeof r->code, "role code", err)) != SIF_OK ||
        (rc = sif_text_check(r->title, sizeof r->title, "role title", err)) != SIF_OK ||
        (rc = sif_project_find(st, project_code, &p, err)) != SIF_OK ||
        (rc = sif_unit_find(st, r->unit_code, &u, err)) != SIF_OK)
        return rc;
    if (r->fte_milli != SIF_ROLE_FTE_DEFAULT && (r->fte_milli < 0 || r->fte_milli > 100000))
        return sif_error_set(err, SIF_ERR_DATA, "fte must be between 0 and 100");
    char dup[96], detail[96];
    snprintf(dup, sizeof dup, _("role %s exists already in %s"), r->code, p.code);
    snprintf(detail, sizeof detail, "%s/%s", p.code, r->code);
    return sif_row_insert(st, batch, "role", "project_id, code, title, unit_id, fte_milli",
                          "IttIi", "add", detail, dup, id, err, p.id, r->code, r->title, u.id,
                          r->fte_milli == SIF_ROLE_FTE_DEFAULT ? 1000 : r->fte_milli);
}

#define ROLE_SELECT \
    "SELECT r.id, r.project_id, r.code, r.title, r.unit_id, u.code, r.fte_milli FROM role r" \
    " JOIN unit u ON u.id = r.unit_id "

static void role_from_row(sqlite3_stmt *s, sif_role *r)
{
    memset(r, 0, sizeof *r);
    r->id = sqlite3_column_int64(s, 0);
    r->project_id = sqlite3_column_int64(s, 1);
    sif_column_copy(s, 2, r->code, sizeof r->code);
    sif_column_copy(s, 3, r->title, sizeof r->title);
    r->unit_id = sqlite3_column_int64(s, 4);
    sif_column_copy(s, 5, r->unit_code, sizeof r->unit_code);
    r->fte_milli = sqlite3_column_int(s, 6);
}

sif_status sif_role_find(sif_store *st, int64_t project_id, const char *code, sif_role *out,
                         sif_error *err)
{
    sif_memo *memo = sif_store_memo(st);
    if (sif_memo_get(memo, SIF_MEMO_ROLE, project_id, code, out, sizeof *out))
        return SIF_OK;
    sqlite3_stmt *s;
    sif_status rc = sif_store_stmt(st, ROLE_SELECT "WHERE r.project_id = ? AND r.code = ?",
                                      &s, err);
    if (rc != SIF_OK)
        return rc;
    sqlite3_bind_int64(s, 1, project_id);
    sif_bind_text(s, 2, code);
    int step = sqlite3_step(s);
    if (step == SQLITE_ROW) {
        role_from_row(s, out);
        sif_memo_put(memo, SIF_MEMO_ROLE, project_id, code, out, sizeof *out);
    } else if (step == SQLITE_DONE)
        rc = sif_error_about(err, SIF_FIELD_ROLE, sif_error_set(err, SIF_ERR_NOTFOUND,
                             "no role %s in this project", code));
    else
        rc = sif_store_error(st, step, err);
    sif_store_stmt_done(st, s);
    return rc;
}

sif_status sif_role_list(sif_store *st, int64_t project_id, sif_role_fn fn, void *ctx,
                         sif_error *err)
{
    sqlite3_stmt *s;
    sif_status rc = sif_store_prepare(st, ROLE_SELECT "WHERE r.project_id = ? ORDER BY r.id",
                                      &s, err);
    if (rc != SIF_OK)
        return rc;
    sqlite3_bind_int64(s, 1, project_id);
    int step;
    while ((step = sqlite3_step(s)) == SQLITE_ROW) {
        sif_role r;
        role_from_row(s, &r);
        if (fn(ctx, &r))
            break;
    }
    if (step != SQLITE_ROW && step != SQLITE_DONE)
        rc = sif_store_error(st, step, err);
    sqlite3_finalize(s);
    return rc;
}
