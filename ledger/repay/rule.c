/* ledger/repay/rule.c — a project's repayment rule: stored as rows, the latest wins. */
#include "store_internal.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include "sif/entity.h"
#include "sif/rule.h"
#include "sif/saving.h"
#include "sif/share.h"

void sif_rule_init(sif_rule *r)
{
    memset(r, 0, sizeof *r);
    r->years = SIF_RULE_DEFAULT_YEARS;
    r->cash_benefit_bp = 0;
    r->cash_treatment_bp = 0;
    r->cash_placement_bp = SIF_BP_WHOLE;
    r->cash_other_bp = SIF_BP_WHOLE;
    r->partial_bp = SIF_BP_WHOLE / 2;
}

static int *cash_field(sif_rule *r, const char *category, size_t len)
{
    static const char *const names[] = {"benefit", "treatment", "placement", "other"};
    for (size_t i = 0; i < 4; i++) {
        if (strlen(names[i]) != len || strncmp(names[i], category, len) != 0)
            continue;
        switch (i) {
        case 0: return &r->cash_benefit_bp;
        case 1: return &r->cash_treatment_bp;
        case 2: return &r->cash_placement_bp;
        default: return &r->cash_other_bp;
        }
    }
    return NULL;
}

int sif_rule_cash_bp(const sif_rule *r, const char *category)
{
    int *f = cash_field((sif_rule *)r, category, strlen(category));
    return f ? *f : -1;
}

/* A percentage with at most two decimals, 0..100, into basis points. */
static bool parse_percent(const char *p, size_t len, int *bp)
{
    long whole = 0, frac = 0;
    size_t i = 0, digits = 0, fdigits = 0;
    for (; i < len && isdigit((unsigned char)p[i]); i++, digits++)
        if ((whole = whole * 10 + (p[i] - '0')) > 100)
            return false;
    if (digits == 0)
        return false;
    if (i < len && (p[i] == ',' || p[i] == '.')) {
        for (i++; i < len && isdigit((unsigned char)p[i]); i++)
            if (++fdigits > 2)
                return false;
            else
                frac = frac * 10 + (p[i] - '0');
        if (fdigits == 0)
            return false;
    }
    if (i < len && p[i] == '%')
        i++;
    if (i != len)
        return false;
    if (fdigits == 1)
        frac *= 10;
    long v = whole * 100 + frac;
    if (v > SIF_BP_WHOLE)
        return false;
    *bp = (int)v;
    return true;
}

sif_status sif_percent_parse(const char *text, int *bp, sif_error *err)
{
    const char *t = text ? text : "";
    size_t len = strlen(t);
    while (len && t[len - 1] == ' ')
        len--;
    if (len && t[len - 1] == '%') {
        len--;
        while (len && t[len - 1] == ' ')
            len--;
    }
    if (!parse_percent(t, len, bp))
        return sif_error_set(err, SIF_ERR_USAGE, "\"%s\" is not a percentage from 0 to 100",
                             t);
    return SIF_OK;
}

sif_status sif_rule_parse_cash(const char *text, sif_rule *r, sif_error *err)
{
    sif_rule tmp = *r;
    const char *cur = text ? text : "";
    sif_kv kv;
    while (sif_kv_next(&cur, &kv)) {
        if (!kv.has_value)
            return sif_error_set(err, SIF_ERR_USAGE, "cash share \"%s\" is not CATEGORY=SHARE",
                                 kv.key);
        sif_category cat;
        if (sif_category_parse(kv.key, &cat, NULL) != SIF_OK)
            return sif_error_set(err, SIF_ERR_USAGE,
                                 "\"%s\" is not a category (benefit, treatment, placement, "
                                 "other)", kv.key);
        const char *name = sif_category_name(cat);
        char what[48];
        snprintf(what, sizeof what, "cash share %s", name);
        sif_status rc = sif_share_parse_bp(kv.value, what, cash_field(&tmp, name, strlen(name)),
                                           err);
        if (rc != SIF_OK)
            return rc;
    }
    *r = tmp;
    return SIF_OK;
}

sif_status sif_share_parse_bp(const char *text, const char *what, int *bp, sif_error *err)
{
    sif_ratio share;
    int v;
    sif_error e;
    sif_error_init(&e);
    if (sif_share_parse(text, &share, &e) != SIF_OK || sif_share_bp(share, what, &v, &e) != SIF_OK)
        return sif_error_set(err, SIF_ERR_USAGE, "%s: %s", what, e.msg);
    *bp = v;
    return SIF_OK;
}

sif_status sif_rule_check(const sif_rule *r, sif_error *err)
{
    if (r->years < 1 || r->years > 100)
        return sif_error_set(err, SIF_ERR_DATA, "repayment years %d is not within 1..100",
                             r->years);
    if (r->first_year && (r->first_year < 1900 || r->first_year > 2999))
        return sif_error_set(err, SIF_ERR_DATA, "first repayment year %d is not a year",
                             r->first_year);
    const int v[] = {r->cash_benefit_bp, r->cash_treatment_bp, r->cash_placement_bp,
                     r->cash_other_bp, r->partial_bp};
    static const char *const what[] = {"cash share benefit", "cash share treatment",
                                       "cash share placement", "cash share other",
                                       "partial share"};
    for (size_t i = 0; i < 5; i++)
        if (v[i] < 0 || v[i] > SIF_BP_WHOLE)
            return sif_error_set(err, SIF_ERR_DATA, "%s %d bp is not within 0..10000", what[i],
                                 v[i]);
    return SIF_OK;
}

sif_status sif_rule_set(sif_store *st, int64_t batch, const char *project_code,
                        const sif_rule *r, sif_error *err)
{
    sif_project p;
    sif_status rc = sif_project_find(st, project_code, &p, err);
    if (rc == SIF_OK)
        rc = sif_rule_check(r, err);
    if (rc != SIF_OK)
        return rc;
    return sif_row_insert(st, batch, "project_rule",
                          "project_id, repay_years, first_year, cash_benefit_bp, "
                          "cash_treatment_bp, cash_placement_bp, cash_other_bp, partial_bp",
                          "Iiyiiiii", "add", p.code, NULL, NULL, err, p.id, r->years,
                          r->first_year, r->cash_benefit_bp, r->cash_treatment_bp,
                          r->cash_placement_bp, r->cash_other_bp, r->partial_bp);
}

sif_status sif_rule_get(sif_store *st, const char *project_code, sif_rule *out,
                        sif_error *err)
{
    sif_project p;
    sif_status rc = sif_project_find(st, project_code, &p, err);
    if (rc != SIF_OK)
        return rc;
    sif_rule_init(out);
    sqlite3_stmt *s;
    rc = sif_store_prepare(st,
        "SELECT repay_years, coalesce(first_year, 0), cash_benefit_bp, cash_treatment_bp,"
        " cash_placement_bp, cash_other_bp, partial_bp FROM project_rule"
        " WHERE project_id = ? ORDER BY id DESC LIMIT 1", &s, err);
    if (rc != SIF_OK)
        return rc;
    sqlite3_bind_int64(s, 1, p.id);
    int step = sqlite3_step(s);
    if (step == SQLITE_ROW) {
        out->years = sqlite3_column_int(s, 0);
        out->first_year = sqlite3_column_int(s, 1);
        out->cash_benefit_bp = sqlite3_column_int(s, 2);
        out->cash_treatment_bp = sqlite3_column_int(s, 3);
        out->cash_placement_bp = sqlite3_column_int(s, 4);
        out->cash_other_bp = sqlite3_column_int(s, 5);
        out->partial_bp = sqlite3_column_int(s, 6);
        out->stored = true;
    } else if (step != SQLITE_DONE) {
        rc = sif_store_error(st, step, err);
    }
    sqlite3_finalize(s);
    return rc;
}
