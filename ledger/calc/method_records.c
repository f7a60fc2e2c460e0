/* ledger/calc/method_records.c — benefit avoided from the payment register (SPEC §4 b):
 * each household's own payments before its exit give its counterfactual monthly cost. The
 * rules are documented in include/sif/method.h. */
#include "../store_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "method_internal.h"
#include "../intl.h"

/* Months as a running index, so that windows cross year ends: YYYYMM ↔ y*12 + m-1. */
static int midx(int yyyymm) { return (yyyymm / 100) * 12 + (yyyymm % 100) - 1; }

/* The window is defined at the day level (method.h): a month is before the exit when the
 * exit falls on or after its last day (exit 31 December: December's payment is the
 * household's last before exit), and avoided when the exit falls on or before its first day
 * (exit 1 January: January is avoided, twelve months of that year). The month of an exit in
 * between is neither: it was paid in part. */
static int days_in(int y, int m)
{
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return d[m - 1] + (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0));
}

/* date is YYYY-MM-DD, checked when the exit was written. */
static int last_month_before(const char *date)
{
    int y = atoi(date), m = atoi(date + 5), d = atoi(date + 8);
    return y * 12 + m - 1 - (d == days_in(y, m) ? 0 : 1);
}

static int first_month_avoided(const char *date)
{
    int y = atoi(date), m = atoi(date + 5), d = atoi(date + 8);
    return y * 12 + m - 1 + (d == 1 ? 0 : 1);
}

struct exits {
    sif_exit *v;
    size_t n, cap;
    int oom;
};

static int collect_exit(void *ctx, const sif_exit *e)
{
    struct exits *x = ctx;
    if (x->n == x->cap) {
        size_t cap = x->cap ? x->cap * 2 : 16;
        sif_exit *n = realloc(x->v, cap * sizeof *n);
        if (n == NULL) {
            x->oom = 1;
            return 1;
        }
        x->v = n;
        x->cap = cap;
    }
    x->v[x->n++] = *e;
    return 0;
}

/* The district of each exit for --district: the payment register's stadsomrade of the
 * household's latest payment up to its exit month, else the exit's own stadsomrade. */
struct districts {
    const struct exits *ex;
    char (*d)[SIF_NAME_MAX];    /* one per exit */
};

static int exit_month(const sif_exit *e)
{
    return atoi(e->exit_date) * 100 + atoi(e->exit_date + 5);
}

static int note_district(void *ctx, const char *household, int month, const char *district)
{
    struct districts *x = ctx;
    for (size_t i = 0; i < x->ex->n; i++)
        if (strcmp(x->ex->v[i].household, household) == 0 && month <= exit_month(&x->ex->v[i]))
            snprintf(x->d[i], sizeof x->d[i], "%s", district);
    return 0;
}

/* Keep only the exits of district o->district. */
static sif_status filter_district(sif_store *st, const sif_project *p, const char *district,
                                  struct exits *ex, sif_error *err)
{
    struct districts x = {ex, calloc(ex->n ? ex->n : 1, sizeof *x.d)};
    if (x.d == NULL)
        return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    for (size_t i = 0; i < ex->n; i++)
        snprintf(x.d[i], sizeof x.d[i], "%s", ex->v[i].district);
    sif_status rc = sif_payment_list_districts(st, p->code, note_district, &x, err);
    size_t k = 0;
    for (size_t i = 0; rc == SIF_OK && i < ex->n; i++)
        if (strcmp(x.d[i], district) == 0)
            ex->v[k++] = ex->v[i];
    if (rc == SIF_OK)
        ex->n = k;
    free(x.d);
    return rc;
}

struct pays {
    sif_payment *v;
    size_t n, cap;
    int oom;
};

/* Every counted household's payments, fetched in one pass and ordered by household. */
struct register_rows {
    char (*hh)[64];
    sif_payment *v;
    size_t n, cap;
    int oom;
};

static int collect_register(void *ctx, const char *household, const sif_payment *p)
{
    struct register_rows *r = ctx;
    if (r->n == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 256;
        char(*hh)[64] = realloc(r->hh, cap * sizeof *hh);
        if (hh)
            r->hh = hh;
        sif_payment *v = hh ? realloc(r->v, cap * sizeof *v) : NULL;
        if (v == NULL) {
            r->oom = 1;
            return 1;
        }
        r->v = v;
        r->cap = cap;
    }
    snprintf(r->hh[r->n], sizeof r->hh[r->n], "%s", household);
    r->v[r->n++] = *p;
    return 0;
}

/* The slice of one household's payments (borrowed from r; not to be freed). */
static struct pays household_pays(const struct register_rows *r, const char *household)
{
    size_t lo = 0, hi = r->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(r->hh[mid], household) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t end = lo;
    while (end < r->n && strcmp(r->hh[end], household) == 0)
        end++;
    return (struct pays){r->v + lo, end - lo, end - lo, 0};
}

/* One year's sums over the counted households. */
typedef struct year_acc {
    int year;
    int households;
    sif_ore counterfactual, reentry, shifted;
} year_acc;

/* Sum of payments with month index in [from, to]. */
static sif_status pay_sum(const struct pays *p, int from, int to, sif_ore *out, sif_error *err)
{
    sif_ore s = 0;
    for (size_t i = 0; i < p->n; i++) {
        int k = midx(p->v[i].month);
        if (k >= from && k <= to) {
            sif_status rc = sif_ore_add(s, p->v[i].amount_ore, &s, err);
            if (rc != SIF_OK)
                return rc;
        }
    }
    *out = s;
    return SIF_OK;
}

/* Another project's exit of the same household whose counted months overlap ours. */
static sif_status double_check(sif_store *st, const sif_project *p, const sif_exit *e,
                               int from, int to, sif_method_out *m, sif_saving_calc *c,
                               sif_error *err)
{
    sqlite3_stmt *q;
    sif_status rc = sif_store_prepare(st,
        "SELECT pr.code, e.exit_date, coalesce(pr.end_year, 0) FROM hh_exit e"
        " JOIN project pr ON pr.id = e.project_id WHERE e.household = ? AND e.project_id <> ?"
        " ORDER BY e.id", &q, err);
    if (rc != SIF_OK)
        return rc;
    sif_bind_text(q, 1, e->household);
    sqlite3_bind_int64(q, 2, p->id);
    int step;
    while (rc == SIF_OK && (step = sqlite3_step(q)) == SQLITE_ROW) {
        const char *date = sif_column_text(q, 1);
        int end_year = sqlite3_column_int(q, 2);
        int ofrom = first_month_avoided(date), oto = end_year ? end_year * 12 + 11 : to;
        if ((ofrom > from ? ofrom : from) <= (oto < to ? oto : to)) {
            rc = sif_mout_warn(m, err, _("household %s: the exit is counted in project %s "
                                                 "too (exit %s) for the same months — counted "
                                                 "twice"), e->household,
                               sif_column_text(q, 0), date);
            if (rc == SIF_OK)
                rc = CALC_LINE(c, err, "  WARNING counted twice: %s is counted in project %s "
                               "too (exit %s)", e->household, sif_column_text(q, 0), date);
        }
    }
    if (rc == SIF_OK && step != SQLITE_DONE)
        rc = sif_store_error(st, step, err);
    sqlite3_finalize(q);
    return rc;
}

/* One household-year: returns its counterfactual (s·M·n) and saving min(s·M·n, M·n − P),
 * each rounded once. M = wsum / W. */
static sif_status household_year(sif_ore wsum, int window, sif_ratio share, int n, sif_ore paid,
                                 sif_ore *cf, sif_ore *saving, sif_error *err)
{
    int64_t mn, x1, x2, pw, den;
    sif_status rc;
    if ((rc = sif_ore_mul(wsum, n, &mn, err)) != SIF_OK ||
        (rc = sif_ore_mul(mn, share.num, &x1, err)) != SIF_OK ||
        (rc = sif_ore_mul(paid, window, &pw, err)) != SIF_OK ||
        (rc = sif_ore_sub(mn, pw, &x2, err)) != SIF_OK ||
        (rc = sif_ore_mul(x2, share.den, &x2, err)) != SIF_OK ||
        (rc = sif_ore_mul(window, share.den, &den, err)) != SIF_OK ||
        (rc = sif_muldiv(x1, 1, den, cf, err)) != SIF_OK)
        return rc;
    return sif_muldiv(x1 < x2 ? x1 : x2, 1, den, saving, err);
}

static sif_status one_household(sif_store *st, const sif_project *p, const sif_exit *e,
                                const struct register_rows *reg, int window, int hend,
                                year_acc *years, int y0, int ny, sif_method_out *m,
                                sif_saving_calc *c, sif_error *err)
{
    struct pays pays = household_pays(reg, e->household);
    char a[40], b[40], d[40], f[40];
    int before = last_month_before(e->exit_date), after = first_month_avoided(e->exit_date);
    sif_ore wsum = 0;
    sif_status rc = pay_sum(&pays, before - window + 1, before, &wsum, err);
    char share[24] = "";
    if (e->share.num != e->share.den)
        snprintf(share, sizeof share, "%lld/%lld", (long long)e->share.num,
                 (long long)e->share.den);
    if (rc == SIF_OK && wsum <= 0) {
        rc = sif_mout_warn(m, err, _("household %s: no payments in the %d months before "
                                             "the exit %s — not counted"), e->household, window, e->exit_date);
        if (rc == SIF_OK)
            rc = CALC_LINE(c, err, "%s (%s, exit %s%s%s): WARNING no payments in the %d "
                           "months before the exit — not counted", e->household,
                           sif_exit_reason_name(e->reason), e->exit_date,
                           share[0] ? T_(", share ") : "", share, window);
        return rc;
    }
    if (rc == SIF_OK)
        rc = CALC_LINE(c, err, "%s (%s, exit %s%s%s): paid %s kr in the %d months before the "
                       "exit, M = %s kr/%d per month", e->household,
                       sif_exit_reason_name(e->reason), e->exit_date,
                       share[0] ? T_(", share ") : "", share, sif_kr(wsum, a), window,
                       sif_kr(wsum, b), window);
    if (rc == SIF_OK)
        rc = double_check(st, p, e, after, hend, m, c, err);
    for (int yi = 0; rc == SIF_OK && yi < ny; yi++) {
        int from = (y0 + yi) * 12, to = from + 11;
        if (from < after)
            from = after;
        if (to > hend)
            to = hend;
        if (from > to)
            continue;
        int n = to - from + 1;
        sif_ore paid, cf, sav;
        if ((rc = pay_sum(&pays, from, to, &paid, err)) != SIF_OK ||
            (rc = household_year(wsum, window, e->share, n, paid, &cf, &sav, err)) != SIF_OK)
            break;
        year_acc *ya = &years[yi];
        sif_ore re = cf - sav; /* cannot overflow: both fit and sav <= cf */
        ya->households++;
        if ((rc = sif_ore_add(ya->counterfactual, cf, &ya->counterfactual, err)) != SIF_OK ||
            (rc = sif_ore_add(ya->reentry, re, &ya->reentry, err)) != SIF_OK)
            break;
        if (sif_exit_reason_shifts(e->reason) && sav > 0 &&
            (rc = sif_ore_add(ya->shifted, sav, &ya->shifted, err)) != SIF_OK)
            break;
        /* four amounts, four buffers: one buffer passed twice printed the saving where the
         * window's total belongs */
        rc = CALC_LINE(c, err, "  %d: %d months × %s kr/%d%s = %s kr; paid after the exit "
                       "%s kr → %s kr", y0 + yi, n, sif_kr(wsum, a), window,
                       share[0] ? T_(" × share") : "", sif_kr(cf, b), sif_kr(paid, d),
                       sif_kr(sav, f));
    }
    return rc;
}

static sif_status year_saving(const sif_project *p, const sif_method_opts *o, const year_acc *ya,
                              sif_saving_calc *c, sif_method_out *m, sif_error *err)
{
    sif_ore amount;
    sif_status rc = sif_ore_sub(ya->counterfactual, ya->reentry, &amount, err);
    sif_ore shifted = ya->shifted;
    if (shifted > amount)
        shifted = amount > 0 ? amount : 0;
    char a[40], b[40], d[40];
    if (rc == SIF_OK)
        rc = sif_saving_calc_input(c, "hushall", CL_("Households counted"), ya->households, "st", err);
    if (rc == SIF_OK)
        rc = sif_saving_calc_input(c, "kontrafaktisk", CL_("Benefit that would have been paid otherwise"),
                                   ya->counterfactual, "kr", err);
    if (rc == SIF_OK)
        rc = sif_saving_calc_input(c, "aterinskrivning",
                                   CL_("Paid after the exit beyond the remaining share "
                                       "(re-entry)"),
                                   ya->reentry, "kr", err);
    if (rc == SIF_OK && shifted)
        rc = sif_saving_calc_input(c, "flyttat", CL_("Of which moved to another payer"),
                                   shifted, "kr", err);
    snprintf(c->formula, sizeof c->formula, "kontrafaktisk - aterinskrivning");
    if (shifted)
        snprintf(c->shifted_formula, sizeof c->shifted_formula, "flyttat");
    if (rc == SIF_OK)
        rc = CALC_LINE(c, err, ya->households == 1
                                   ? N_("%d: %d household, %s kr − re-entry %s kr = %s kr")
                                   : N_("%d: %d households, %s kr − re-entry %s kr = %s kr"),
                       ya->year,
                       ya->households, sif_kr(ya->counterfactual, a), sif_kr(ya->reentry, b),
                       sif_kr(amount, d));
    if (rc == SIF_OK && shifted)
        rc = CALC_LINE(c, err, "Of which moved to another payer: %s kr",
                       sif_kr(shifted, a));
    if (rc != SIF_OK) {
        sif_saving_calc_free(c);
        return rc;
    }
    sif_saving s;
    sif_mout_base(p, o, SIF_CAT_BENEFIT, "benefit_records",
                  CL_("Benefit by the payment register"), ya->year, &s);
    s.amount_ore = amount;
    s.shifted_ore = shifted;
    return sif_mout_add(m, &s, c, err);
}

sif_status sif_method_records(sif_store *st, const sif_project *p, const sif_method_opts *o,
                              sif_method_out *m, sif_error *err)
{
    int horizon = o->horizon_end ? o->horizon_end : (p->end_year ? p->end_year * 100 + 12 : 0);
    if (horizon == 0 || horizon % 100 < 1 || horizon % 100 > 12)
        return sif_error_set(err, SIF_ERR_USAGE, "give the horizon's last month (--horizon YYYY-MM)");
    int window = o->window ? o->window : 12;
    if (window < 1 || window > 120)
        return sif_error_set(err, SIF_ERR_DATA, "window of %d months out of range", window);
    int64_t other = 0;
    sif_status rc = sif_method_other_benefit(st, p, "benefit_records", o->replace_id, &other, err);
    if (rc != SIF_OK)
        return rc;
    if (other) /* the household-month rule (SPEC §11.1) */
        return sif_error_set(err, SIF_ERR_DATA, "the households of project %s are counted by "
                             "saving %lld (benefit_schablon) already: count them once, by one "
                             "method", p->code, (long long)other);
    struct exits ex = {0};
    rc = sif_exit_list(st, p->code, collect_exit, &ex, err);
    if (rc == SIF_OK && ex.oom)
        rc = sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    if (rc == SIF_OK && ex.n && o->district[0]) {
        rc = filter_district(st, p, o->district, &ex, err);
        if (rc == SIF_OK && ex.n == 0)
            rc = sif_error_set(err, SIF_ERR_DATA, "project %s has no household exits in %s (the "
                               "payment register's stadsomrade, else the exit's)", p->code,
                               o->district);
    }
    if (rc == SIF_OK && ex.n == 0)
        rc = sif_error_set(err, SIF_ERR_DATA, "project %s has no household exits", p->code);
    if (rc != SIF_OK) {
        free(ex.v);
        return rc;
    }
    int hend = midx(horizon), y0 = atoi(ex.v[0].exit_date), y1 = horizon / 100;
    if (y1 < y0)
        y1 = y0;
    int ny = y1 - y0 + 1;
    year_acc *years = calloc((size_t)ny, sizeof *years);
    sif_saving_calc *c = sif_saving_calc_new();
    if (years == NULL || c == NULL)
        rc = sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    if (rc == SIF_OK && o->district[0])
        rc = CALC_LINE(c, err, SIF_DISTRICT_LINE_RECORDS, o->district);
    if (rc == SIF_OK)
        rc = CALC_LINE(c, err, "Counterfactual monthly cost: the household's payments in the %d "
                       "whole calendar months before the exit / %d (the exit's month counts when "
                       "the exit is its last day). Counted from the first whole month after the "
                       "exit (the exit's month when the exit is on the 1st) up to %04d-%02d. "
                       "Saving per household and year = min(share × M × n, M × n − paid after "
                       "the exit).", window, window, horizon / 100, horizon % 100);
    struct register_rows reg = {0};
    if (rc == SIF_OK)
        rc = sif_payment_list_exits(st, p->code, collect_register, &reg, err);
    if (rc == SIF_OK && reg.oom)
        rc = sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    for (size_t i = 0; rc == SIF_OK && i < ex.n; i++)
        rc = one_household(st, p, &ex.v[i], &reg, window, hend, years, y0, ny, m, c, err);
    free(reg.hh);
    free(reg.v);
    /* one saving per year with households counted; each gets the full derivation */
    for (int yi = 0; rc == SIF_OK && yi < ny; yi++) {
        years[yi].year = y0 + yi;
        if (years[yi].households == 0 || (o->year && o->year != y0 + yi))
            continue;
        sif_saving_calc *yc = sif_saving_calc_new();
        if (yc == NULL)
            rc = sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
        if (rc == SIF_OK && c->stored && sif_calc_append_stored(yc, c->stored) != SIF_OK)
            rc = sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
        if (rc == SIF_OK)
            rc = year_saving(p, o, &years[yi], yc, m, err);
        else
            sif_saving_calc_free(yc);
    }
    if (rc == SIF_OK && m->n == 0)
        rc = sif_error_set(err, SIF_ERR_DATA, "no household of project %s could be counted", p->code);
    sif_saving_calc_free(c);
    free(years);
    free(ex.v);
    return rc;
}
