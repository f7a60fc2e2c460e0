/* ledger/repay/scenario_input.c — read what the scenarios need: the loan and who carried it,
 * realised savings with their cashable part, the rule and the decisions. */
#include "scenario_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "sif/cost.h"
#include "sif/saving_econ.h"

void scen_input_release(scen_input *in)
{
    free(in->loan_units);
    free(in->savings);
    free(in->partial);
    free(in->records);
    free(in->drawn);
    memset(in, 0, sizeof *in);
}

static sif_status load_loan_units(sif_store *st, scen_input *in, sif_error *err)
{
    sqlite3_stmt *s;
    sif_status rc = sif_store_prepare(st,
        "SELECT r.unit_id, SUM(c.amount_ore) FROM cost c JOIN role r ON r.id = c.role_id"
        " WHERE c.project_id = ? AND c.funding = 'fund' GROUP BY r.unit_id ORDER BY r.unit_id",
        &s, err);
    if (rc != SIF_OK)
        return rc;
    sqlite3_bind_int64(s, 1, in->project.id);
    int step;
    while ((step = sqlite3_step(s)) == SQLITE_ROW) {
        scen_unit_amount *n = realloc(in->loan_units, (in->nloan_units + 1) * sizeof *n);
        if (n == NULL) {
            sqlite3_finalize(s);
            return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
        }
        in->loan_units = n;
        n[in->nloan_units].unit_id = sqlite3_column_int64(s, 0);
        n[in->nloan_units++].amount = sqlite3_column_int64(s, 1);
    }
    if (step != SQLITE_DONE)
        rc = sif_store_error(st, step, err);
    sqlite3_finalize(s);
    return rc;
}

/* Repayments and write-offs as the books hold them: one record per year and decision. */
static sif_status load_records(sif_store *st, scen_input *in, sif_error *err)
{
    sqlite3_stmt *s;
    sif_status rc = sif_store_prepare(st,
        "SELECT year, CASE kind WHEN 'writeoff' THEN coalesce(decision_id, 0) ELSE 0 END AS d,"
        " SUM(CASE kind WHEN 'repayment' THEN amount_ore ELSE 0 END),"
        " SUM(CASE kind WHEN 'writeoff' THEN amount_ore ELSE 0 END)"
        " FROM repayment WHERE project_id = ? GROUP BY year, d ORDER BY year, d", &s, err);
    if (rc != SIF_OK)
        return rc;
    sqlite3_bind_int64(s, 1, in->project.id);
    int step;
    while ((step = sqlite3_step(s)) == SQLITE_ROW) {
        scen_record *n = realloc(in->records, (in->nrecords + 1) * sizeof *n);
        if (n == NULL) {
            sqlite3_finalize(s);
            return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
        }
        in->records = n;
        scen_record *r = &n[in->nrecords++];
        r->year = sqlite3_column_int(s, 0);
        r->decision_id = sqlite3_column_int64(s, 1);
        r->repaid = sqlite3_column_int64(s, 2);
        r->written_off = sqlite3_column_int64(s, 3);
        in->last_recorded_year = r->year;
    }
    if (step != SQLITE_DONE)
        rc = sif_store_error(st, step, err);
    sqlite3_finalize(s);
    return rc;
}

static sif_status load_drawn(const sif_investment *inv, scen_input *in, sif_error *err)
{
    if (inv->nyears == 0)
        return SIF_OK;
    in->drawn = calloc(inv->nyears, sizeof *in->drawn);
    if (in->drawn == NULL)
        return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    sif_ore sum = 0;
    for (size_t i = 0; i < inv->nyears; i++) {
        sif_status rc = sif_ore_add(sum, inv->fund_by_year[i], &sum, err);
        if (rc != SIF_OK)
            return rc;
        in->drawn[i].year = inv->years[i];
        in->drawn[i].cumulative = sum;
    }
    in->ndrawn = inv->nyears;
    return SIF_OK;
}

sif_ore scen_drawn_by(const scen_input *in, int year)
{
    sif_ore v = 0;
    for (size_t i = 0; i < in->ndrawn && in->drawn[i].year <= year; i++)
        v = in->drawn[i].cumulative;
    return v;
}

/* Add one group's realised savings (and their cashable part, rounded once per group). */
static sif_status add_group(scen_input *in, int year, int64_t unit, sif_ore amount, int bp,
                            sif_error *err)
{
    sif_ore cash;
    sif_status rc = sif_muldiv(amount, bp, SIF_BP_WHOLE, &cash, err);
    if (rc != SIF_OK)
        return rc;
    scen_saving *last = in->nsavings ? &in->savings[in->nsavings - 1] : NULL;
    if (last == NULL || last->year != year || last->unit_id != unit) {
        scen_saving *n = realloc(in->savings, (in->nsavings + 1) * sizeof *n);
        if (n == NULL)
            return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
        in->savings = n;
        last = &n[in->nsavings++];
        memset(last, 0, sizeof *last);
        last->year = year;
        last->unit_id = unit;
    }
    if ((rc = sif_ore_add(last->realised, amount, &last->realised, err)) != SIF_OK ||
        (rc = sif_ore_add(last->cash, cash, &last->cash, err)) != SIF_OK ||
        (rc = sif_ore_add(in->realised_total, amount, &in->realised_total, err)) != SIF_OK)
        return rc;
    return sif_ore_add(in->cash_total, cash, &in->cash_total, err);
}

/* A reversal takes year, category, unit, status and cash share from the entry it reverses,
 * so that it nets exactly against it whatever it was stored with. Only the kommun part of a
 * saving can repay the fund (agency.h): each saving counts with that part, summed per year,
 * unit, category and cash share. */
static sif_status load_savings(sif_store *st, scen_input *in, sif_error *err)
{
    sqlite3_stmt *s;
    sif_status rc = sif_store_prepare(st,
        "SELECT year, unit, category, cash, amount, id FROM ("
        "  SELECT coalesce(o.year, s.year) AS year,"
        "   coalesce(CASE WHEN o.id IS NULL THEN s.unit_id ELSE o.unit_id END, 0) AS unit,"
        "   coalesce(o.category, s.category) AS category,"
        "   coalesce(CASE WHEN o.id IS NULL THEN s.cash_bp ELSE o.cash_bp END, -1) AS cash,"
        "   coalesce(o.status, s.status) AS status, s.amount_ore AS amount, s.id AS id"
        "  FROM saving s LEFT JOIN saving o ON o.id = s.reverses WHERE s.project_id = ?)"
        " WHERE status = 'realised' ORDER BY year, unit, category, cash, id",
        &s, err);
    if (rc != SIF_OK)
        return rc;
    sqlite3_bind_int64(s, 1, in->project.id);
    int step, gyear = 0, gbp = 0, graw = 0;
    int64_t gunit = 0;
    char gcat[32] = "";
    sif_ore gsum = 0;
    bool open = false;
    while (rc == SIF_OK && (step = sqlite3_step(s)) == SQLITE_ROW) {
        int year = sqlite3_column_int(s, 0), raw = sqlite3_column_int(s, 3);
        int64_t unit = sqlite3_column_int64(s, 1);
        const char *cat = sif_column_text(s, 2);
        if (open && (year != gyear || unit != gunit || strcmp(cat, gcat) != 0 || raw != graw)) {
            if ((rc = add_group(in, gyear, gunit, gsum, gbp, err)) != SIF_OK)
                break;
            open = false;
        }
        if (!open) {
            gyear = year;
            gunit = unit;
            graw = raw;
            snprintf(gcat, sizeof gcat, "%s", cat);
            gbp = raw >= 0 ? raw : sif_rule_cash_bp(&in->rule, cat);
            if (gbp < 0)
                gbp = 0;
            gsum = 0;
            open = true;
        }
        sif_ore part[SIF_AGENCY_COUNT_];
        sif_saving_econ econ;
        if ((rc = sif_saving_econ_get(st, sqlite3_column_int64(s, 5), &econ, err)) != SIF_OK ||
            (rc = sif_agency_split(sqlite3_column_int64(s, 4), &econ.agencies, part, err)) != SIF_OK)
            break;
        rc = sif_ore_add(gsum, part[SIF_AGENCY_KOMMUN], &gsum, err);
    }
    if (rc == SIF_OK && step != SQLITE_DONE)
        rc = sif_store_error(st, step, err);
    if (rc == SIF_OK && open)
        rc = add_group(in, gyear, gunit, gsum, gbp, err);
    sqlite3_finalize(s);
    return rc;
}

struct dec_acc {
    scen_input *in;
    sif_decision resched;
    bool has_resched;
    bool waive_recorded;
    int nomem;
};

static int take_decision(void *ctx, const sif_decision *d)
{
    struct dec_acc *a = ctx;
    scen_input *in = a->in;
    if (strcmp(d->kind, "reschedule") == 0) {
        if (!d->draft) {
            a->resched = *d;
            a->has_resched = true;
        }
        return 0;
    }
    if (!d->draft) {
        in->current = *d;
        in->has_current = true;
    }
    if (strcmp(d->kind, "waive") == 0) {
        /* decisions come oldest first: a later one replaces an earlier one of its rank */
        if (!d->draft || !a->waive_recorded) {
            in->waive = *d;
            in->has_waive = true;
            a->waive_recorded = a->waive_recorded || !d->draft;
        }
        return 0;
    }
    sif_decision *n = realloc(in->partial, (in->npartial + 1) * sizeof *n);
    if (n == NULL) {
        a->nomem = 1;
        return 1;
    }
    in->partial = n;
    memmove(&n[1], &n[0], in->npartial * sizeof *n);
    n[0] = *d;
    in->npartial++;
    return 0;
}

/* The first repayment year when the rule does not say: the year after the project. */
static int default_first_year(sif_store *st, const sif_project *p, const sif_investment *inv)
{
    if (p->end_year)
        return p->end_year + 1;
    if (inv->nyears)
        return inv->years[inv->nyears - 1] + 1;
    if (p->start_year)
        return p->start_year + 1;
    char now[32];
    sif_store_now(st, now, sizeof now);
    return atoi(now);
}

sif_status scen_input_load(sif_store *st, const char *project_code, scen_input *in,
                           sif_error *err)
{
    memset(in, 0, sizeof *in);
    sif_investment *inv = NULL;
    sif_status rc;
    if ((rc = sif_project_find(st, project_code, &in->project, err)) != SIF_OK ||
        (rc = sif_rule_get(st, project_code, &in->rule, err)) != SIF_OK ||
        (rc = sif_investment_build(st, project_code, "fund", &inv, err)) != SIF_OK)
        goto fail;
    in->loan = inv->fund_total;
    if (in->rule.first_year == 0)
        in->rule.first_year = default_first_year(st, &in->project, inv);
    rc = load_drawn(inv, in, err);
    sif_investment_free(inv);
    if (rc != SIF_OK)
        goto fail;
    struct dec_acc acc;
    memset(&acc, 0, sizeof acc);
    acc.in = in;
    if ((rc = sif_decision_list(st, project_code, take_decision, &acc, err)) != SIF_OK)
        goto fail;
    if (acc.nomem) {
        rc = sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
        goto fail;
    }
    if (acc.has_resched) {
        if (acc.resched.years)
            in->rule.years = acc.resched.years;
        if (acc.resched.first_year)
            in->rule.first_year = acc.resched.first_year;
    }
    if ((rc = load_loan_units(st, in, err)) != SIF_OK ||
        (rc = load_savings(st, in, err)) != SIF_OK ||
        (rc = load_records(st, in, err)) != SIF_OK)
        goto fail;
    return SIF_OK;
fail:
    scen_input_release(in);
    return rc;
}
