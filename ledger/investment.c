/* ledger/investment.c — the role × year investment table with its totals and control
 * totals (SPEC §2, §6.3). All sums are checked; SQLite's SUM() raises on overflow too. */
#include "store_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "sif/cost.h"

void sif_investment_free(sif_investment *inv)
{
    if (inv == NULL)
        return;
    free(inv->roles);
    free(inv->years);
    free(inv->cells);
    free(inv->role_totals);
    free(inv->year_totals);
    free(inv->fund_by_year);
    free(inv->controls);
    free(inv->funding);
    free(inv->funding_totals);
    free(inv);
}

struct role_acc {
    sif_investment *inv;
    size_t cap;
    sif_status rc;
};

static int collect_role(void *ctx, const sif_role *r)
{
    struct role_acc *a = ctx;
    if (a->inv->nroles == a->cap) {
        size_t cap = a->cap ? a->cap * 2 : 8;
        sif_role *n = realloc(a->inv->roles, cap * sizeof *n);
        if (n == NULL) {
            a->rc = SIF_ERR_NOMEM;
            return 1;
        }
        a->inv->roles = n;
        a->cap = cap;
    }
    a->inv->roles[a->inv->nroles++] = *r;
    return 0;
}

static int add_year(sif_investment *inv, size_t *cap, int year)
{
    for (size_t i = 0; i < inv->nyears; i++)
        if (inv->years[i] == year)
            return 0;
    if (inv->nyears == *cap) {
        size_t c = *cap ? *cap * 2 : 8;
        int *n = realloc(inv->years, c * sizeof *n);
        if (n == NULL)
            return -1;
        inv->years = n;
        *cap = c;
    }
    size_t i = inv->nyears++;
    while (i > 0 && inv->years[i - 1] > year) {
        inv->years[i] = inv->years[i - 1];
        i--;
    }
    inv->years[i] = year;
    return 0;
}

static size_t year_index(const sif_investment *inv, int year)
{
    for (size_t i = 0; i < inv->nyears; i++)
        if (inv->years[i] == year)
            return i;
    return inv->nyears;
}

static size_t role_index(const sif_investment *inv, int64_t role_id)
{
    for (size_t i = 0; i < inv->nroles; i++)
        if (inv->roles[i].id == role_id)
            return i;
    return inv->nroles;
}

static sif_status add_to(sif_ore *acc, sif_ore v, sif_error *err)
{
    return sif_ore_add(*acc, v, acc, err);
}

static sif_status add_funding(sif_investment *inv, const char *src, sif_ore v, sif_error *err)
{
    size_t i;
    for (i = 0; i < inv->nfunding; i++)
        if (strcmp(inv->funding[i], src) == 0)
            break;
    if (i == inv->nfunding) {
        char(*f)[72] = realloc(inv->funding, (i + 1) * sizeof *f);
        if (f == NULL)
            return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
        inv->funding = f;
        sif_ore *t = realloc(inv->funding_totals, (i + 1) * sizeof *t);
        if (t == NULL)
            return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
        inv->funding_totals = t;
        snprintf(inv->funding[i], sizeof inv->funding[i], "%s", src);
        inv->funding_totals[i] = 0;
        inv->nfunding++;
    }
    return add_to(&inv->funding_totals[i], v, err);
}

static sif_status load_controls(sif_store *st, sif_investment *inv, int64_t project_id,
                                sif_error *err)
{
    sqlite3_stmt *s;
    sif_status rc = sif_store_prepare(st,
        "SELECT c.scope, coalesce(c.year, 0), coalesce(c.role_id, 0), c.printed_ore"
        " FROM control_total c WHERE c.project_id = ? AND c.kind = 'costs'"
        " AND c.id = (SELECT max(id) FROM control_total d WHERE d.project_id = c.project_id"
        "   AND d.kind = c.kind AND d.scope = c.scope AND d.year IS c.year"
        "   AND d.role_id IS c.role_id)"
        " ORDER BY CASE c.scope WHEN 'year' THEN 0 WHEN 'role' THEN 1 ELSE 2 END,"
        " c.year DESC, c.role_id", &s, err);
    if (rc != SIF_OK)
        return rc;
    sqlite3_bind_int64(s, 1, project_id);
    int step;
    while ((step = sqlite3_step(s)) == SQLITE_ROW) {
        sif_control *n = realloc(inv->controls, (inv->ncontrols + 1) * sizeof *n);
        if (n == NULL) {
            rc = sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
            break;
        }
        inv->controls = n;
        sif_control *c = &inv->controls[inv->ncontrols++];
        memset(c, 0, sizeof *c);
        sif_column_copy(s, 0, c->scope, sizeof c->scope);
        c->year = sqlite3_column_int(s, 1);
        int64_t role_id = sqlite3_column_int64(s, 2);
        c->printed_ore = sqlite3_column_int64(s, 3);
        if (strcmp(c->scope, "year") == 0) {
            size_t y = year_index(inv, c->year);
            c->computed_ore = y < inv->nyears ? inv->year_totals[y] : 0;
        } else if (strcmp(c->scope, "role") == 0) {
            size_t r = role_index(inv, role_id);
            if (r < inv->nroles) {
                c->computed_ore = inv->role_totals[r];
                snprintf(c->role_code, sizeof c->role_code, "%s", inv->roles[r].code);
            }
        } else {
            c->computed_ore = inv->total;
        }
        if ((rc = sif_ore_sub(c->computed_ore, c->printed_ore, &c->diff_ore, err)) != SIF_OK)
            break;
    }
    if (rc == SIF_OK && step != SQLITE_DONE)
        rc = sif_store_error(st, step, err);
    sqlite3_finalize(s);
    return rc;
}

sif_status sif_investment_build(sif_store *st, const char *project_code, const char *funding,
                                sif_investment **out, sif_error *err)
{
    *out = NULL;
    sif_project p;
    char fs[72];
    sif_status rc = sif_project_find(st, project_code, &p, err);
    if (rc == SIF_OK && funding && (rc = sif_funding_parse(funding, fs, sizeof fs, err)) == SIF_OK)
        funding = fs;
    if (rc != SIF_OK)
        return rc;
    sif_investment *inv = calloc(1, sizeof *inv);
    if (inv == NULL)
        return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    struct role_acc acc = {inv, 0, SIF_OK};
    if ((rc = sif_role_list(st, p.id, collect_role, &acc, err)) != SIF_OK)
        goto fail;
    if (acc.rc != SIF_OK) {
        rc = sif_error_set(err, acc.rc, "out of memory");
        goto fail;
    }
    size_t ycap = 0;
    for (int y = p.start_year; p.start_year && p.end_year && y <= p.end_year; y++)
        if (add_year(inv, &ycap, y) != 0)
            goto nomem;
    sqlite3_stmt *s;
    rc = sif_store_prepare(st,
        "SELECT role_id, year, funding, SUM(amount_ore) FROM cost WHERE project_id = ?1"
        " AND (?2 IS NULL OR funding = ?2) GROUP BY role_id, year, funding", &s, err);
    if (rc != SIF_OK)
        goto fail;
    sqlite3_bind_int64(s, 1, p.id);
    sif_bind_text(s, 2, funding);
    int step;
    while ((step = sqlite3_step(s)) == SQLITE_ROW)
        if (add_year(inv, &ycap, sqlite3_column_int(s, 1)) != 0)
            break;
    if (step != SQLITE_DONE) {
        rc = step == SQLITE_ROW ? sif_error_set(err, SIF_ERR_NOMEM, "out of memory")
                                : sif_store_error(st, step, err);
        sqlite3_finalize(s);
        goto fail;
    }
    size_t nr = inv->nroles ? inv->nroles : 1, ny = inv->nyears ? inv->nyears : 1;
    inv->cells = calloc(nr * ny, sizeof *inv->cells);
    inv->role_totals = calloc(nr, sizeof *inv->role_totals);
    inv->year_totals = calloc(ny, sizeof *inv->year_totals);
    inv->fund_by_year = calloc(ny, sizeof *inv->fund_by_year);
    if (!inv->cells || !inv->role_totals || !inv->year_totals || !inv->fund_by_year) {
        sqlite3_finalize(s);
        goto nomem;
    }
    sqlite3_reset(s);
    while (rc == SIF_OK && (step = sqlite3_step(s)) == SQLITE_ROW) {
        size_t r = role_index(inv, sqlite3_column_int64(s, 0));
        size_t y = year_index(inv, sqlite3_column_int(s, 1));
        const char *src = sif_column_text(s, 2);
        sif_ore v = sqlite3_column_int64(s, 3);
        if (r >= inv->nroles || y >= inv->nyears)
            continue;
        if ((rc = add_to(&inv->cells[r * inv->nyears + y], v, err)) != SIF_OK ||
            (rc = add_to(&inv->role_totals[r], v, err)) != SIF_OK ||
            (rc = add_to(&inv->year_totals[y], v, err)) != SIF_OK ||
            (rc = add_to(&inv->total, v, err)) != SIF_OK ||
            (rc = add_funding(inv, src, v, err)) != SIF_OK)
            break;
        if (strcmp(src, "fund") == 0) {
            if ((rc = add_to(&inv->fund_total, v, err)) != SIF_OK ||
                (rc = add_to(&inv->fund_by_year[y], v, err)) != SIF_OK)
                break;
        } else if (strcmp(src, "grant") == 0) {
            rc = add_to(&inv->grant_total, v, err);
        } else if (strcmp(src, "esf") == 0) {
            rc = add_to(&inv->esf_total, v, err);
        } else {
            rc = add_to(&inv->other_total, v, err);
        }
    }
    if (rc == SIF_OK && step != SQLITE_DONE)
        rc = sif_store_error(st, step, err);
    sqlite3_finalize(s);
    if (rc != SIF_OK)
        goto fail;
    if (funding == NULL && (rc = load_controls(st, inv, p.id, err)) != SIF_OK)
        goto fail;
    *out = inv;
    return SIF_OK;
nomem:
    rc = sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
fail:
    sif_investment_free(inv);
    return rc;
}

int64_t sif_control_cells(const sif_investment *inv, const sif_control *c)
{
    if (strcmp(c->scope, "year") == 0)
        return (int64_t)inv->nroles;
    if (strcmp(c->scope, "role") == 0)
        return (int64_t)inv->nyears;
    return (int64_t)(inv->nroles * inv->nyears);
}

bool sif_control_may_be_rounding(const sif_investment *inv, const sif_control *c)
{
    return sif_rounding_may_explain(c->diff_ore, sif_control_cells(inv, c));
}
