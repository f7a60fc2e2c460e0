/* ledger/repay/scenario.c — build the repayment scenarios of one project (SPEC §5). The
 * rules of each scenario are in include/sif/scenario.h; this file keeps them. */
#include "scenario_schedule.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../intl.h"

void sif_scenarios_free(sif_scenarios *sc)
{
    if (sc == NULL)
        return;
    for (size_t i = 0; i < sc->nscenarios; i++) {
        for (size_t r = 0; r < sc->scenarios[i].nrows; r++)
            free(sc->scenarios[i].rows[r].payers);
        free(sc->scenarios[i].rows);
    }
    free(sc->scenarios);
    free(sc);
}

const sif_scenario *sif_scenarios_find(const sif_scenarios *sc, const char *name)
{
    for (size_t i = 0; sc && i < sc->nscenarios; i++)
        if (strcmp(sc->scenarios[i].name, name) == 0)
            return &sc->scenarios[i];
    return NULL;
}

static sif_scenario *new_scenario(sif_scenarios *sc, sif_scenario_kind kind, const char *name,
                                  const char *label)
{
    sif_scenario *n = realloc(sc->scenarios, (sc->nscenarios + 1) * sizeof *n);
    if (n == NULL)
        return NULL;
    sc->scenarios = n;
    sif_scenario *s = &n[sc->nscenarios++];
    memset(s, 0, sizeof *s);
    s->kind = kind;
    snprintf(s->name, sizeof s->name, "%s", name);
    snprintf(s->label, sizeof s->label, "%s", label);
    return s;
}

/* Is a scenario of this kind (and partial share) the one the project is in: that of the
 * latest recorded waive or partial decision, else full? */
static bool is_current(const scen_input *in, sif_scenario_kind kind, int bp)
{
    if (!in->has_current)
        return kind == SIF_SCENARIO_FULL;
    if (strcmp(in->current.kind, "waive") == 0)
        return kind == SIF_SCENARIO_WAIVED;
    return kind == SIF_SCENARIO_PARTIAL && bp == in->current.percent_bp;
}

/* The recorded years, then equal instalments of what is left of amount (the loan, or the
 * partial share of it) after what is already repaid. */
static sif_status build_fixed(sif_store *st, const scen_input *in, sif_scenario *s,
                              sif_ore amount, int stop_year, sif_error *err)
{
    scen_pos pos;
    /* every scenario starts from the books as they are (SPEC §11.7): their repayments and
     * every recorded write-off, whichever scenario the decision belongs to */
    sif_status rc = scen_history(st, in, s, in->rule.first_year, true, &pos, err);
    if (rc != SIF_OK || (rc = sif_ore_sub(amount, pos.repaid, &amount, err)) != SIF_OK)
        return rc;
    if (stop_year && stop_year < pos.next_year)
        stop_year = pos.next_year;
    return scen_plan_fixed(st, in, s, &pos, amount, stop_year, err);
}

static sif_status build_savings(sif_store *st, const scen_input *in, sif_scenario *s,
                                bool cash_only, sif_error *err)
{
    scen_pos pos;
    /* the same recorded years as every other scenario; savings before them are carried */
    sif_status rc = scen_history(st, in, s, in->rule.first_year, true, &pos, err);
    return rc == SIF_OK ? scen_plan_savings(st, in, s, &pos, cash_only, err) : rc;
}

static void set_decision(sif_scenario *s, const sif_decision *d)
{
    s->decision_id = d->id;
    s->decision_draft = d->draft;
    snprintf(s->decision_date, sizeof s->decision_date, "%s", d->date);
    snprintf(s->decision_body, sizeof s->decision_body, "%s", d->body);
    snprintf(s->decision_reference, sizeof s->decision_reference, "%s", d->reference);
}

static void partial_names(int bp, char *name, size_t nsize, char *label, size_t lsize)
{
    char pct[16];
    if (bp % 100 == 0)
        snprintf(pct, sizeof pct, "%d", bp / 100);
    else if (bp % 10 == 0)
        snprintf(pct, sizeof pct, "%d.%d", bp / 100, bp % 100 / 10);
    else
        snprintf(pct, sizeof pct, "%d.%02d", bp / 100, bp % 100);
    snprintf(name, nsize, "partial:%s", pct);
    char *dot = strchr(pct, '.');
    if (dot)
        *dot = ',';
    snprintf(label, lsize, _("Partial repayment, %s %%"), pct);
}

static sif_status build_partial(sif_store *st, const scen_input *in, sif_scenarios *sc, int bp,
                                sif_error *err)
{
    char name[24], label[96];
    partial_names(bp, name, sizeof name, label, sizeof label);
    if (sif_scenarios_find(sc, name))
        return SIF_OK;
    sif_scenario *s = new_scenario(sc, SIF_SCENARIO_PARTIAL, name, label);
    if (s == NULL)
        return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    s->partial_bp = bp;
    const sif_decision *match = NULL;
    for (size_t i = 0; i < in->npartial; i++)
        if (in->partial[i].percent_bp == bp && (match == NULL || (match->draft &&
                                                                  !in->partial[i].draft)))
            match = &in->partial[i];
    if (match)
        set_decision(s, match);
    sif_ore amount;
    sif_status rc = sif_muldiv(in->loan, bp, SIF_BP_WHOLE, &amount, err);
    return rc == SIF_OK ? build_fixed(st, in, s, amount, 0, err) : rc;
}

/* The fund's balance without this project at the end of a year is the same in every
 * scenario, and asking the ledger for one year sums every cost of the fund: read the fund's
 * flows per year once, and add them up for each year asked for. */
#define BASE_YEARS 256
typedef struct base_cache {
    bool loaded, per_year;          /* per_year: too many years, ask the ledger each time */
    size_t n;
    int year[BASE_YEARS];
    sif_ore flow[BASE_YEARS];
} base_cache;

static sif_status fund_base(sif_store *st, const scen_input *in, base_cache *c, int year,
                            sif_ore *out, sif_error *err)
{
    if (!c->loaded) {
        sif_status rc = repay_fund_flows(st, in->project.fund_id, in->project.id, c->year,
                                         c->flow, BASE_YEARS, &c->n, err);
        if (rc == SIF_ERR_OVERFLOW)
            c->per_year = true;
        else if (rc != SIF_OK)
            return rc;
        c->loaded = true;
    }
    if (c->per_year)
        return repay_fund_base(st, in->project.fund_id, in->project.id, year, out, err);
    sif_ore sum = 0;
    for (size_t i = 0; i < c->n && c->year[i] <= year; i++) {
        sif_status rc = sif_ore_add(sum, c->flow[i], &sum, err);
        if (rc != SIF_OK)
            return rc;
    }
    *out = sum;
    return SIF_OK;
}

static sif_status finish(sif_store *st, const scen_input *in, base_cache *cache,
                         sif_scenario *s, sif_error *err)
{
    sif_status rc = SIF_OK;
    s->repaid_ore = s->written_off_ore = 0;
    for (size_t r = 0; r < s->nrows && rc == SIF_OK; r++) {
        sif_scenario_row *row = &s->rows[r];
        sif_ore base;
        if ((rc = sif_ore_add(s->repaid_ore, row->repayment_ore, &s->repaid_ore, err)) != SIF_OK ||
            (rc = sif_ore_add(s->written_off_ore, row->written_off_ore, &s->written_off_ore,
                              err)) != SIF_OK ||
            (rc = fund_base(st, in, cache, row->year, &base, err)) != SIF_OK)
            break;
        rc = sif_ore_add(base, s->repaid_ore, &row->fund_balance_ore, err);
    }
    sif_ore done;
    if (rc == SIF_OK && (rc = sif_ore_add(s->repaid_ore, s->written_off_ore, &done, err)) == SIF_OK)
        rc = sif_ore_sub(in->loan, done, &s->outstanding_ore, err);
    return rc;
}

static sif_status build_all(sif_store *st, const scen_input *in, const int *partial_bp,
                            size_t npartial, sif_scenarios *sc, sif_error *err)
{
    sif_status rc;
    sif_scenario *s;
#define NEW(kind, name, label) \
    if ((s = new_scenario(sc, kind, name, label)) == NULL) \
        return sif_error_set(err, SIF_ERR_NOMEM, "out of memory")
    NEW(SIF_SCENARIO_FULL, "full", _("Full repayment"));
    if ((rc = build_fixed(st, in, s, in->loan, 0, err)) != SIF_OK)
        return rc;
    NEW(SIF_SCENARIO_SAVINGS, "savings", _("Repayment from realised cost reductions"));
    if ((rc = build_savings(st, in, s, false, err)) != SIF_OK)
        return rc;
    NEW(SIF_SCENARIO_CASHABLE, "cashable", _("Repayment from cashable savings"));
    if ((rc = build_savings(st, in, s, true, err)) != SIF_OK)
        return rc;
    if ((rc = build_partial(st, in, sc, in->rule.partial_bp, err)) != SIF_OK)
        return rc;
    for (size_t i = 0; i < npartial; i++)
        if ((rc = build_partial(st, in, sc, partial_bp[i], err)) != SIF_OK)
            return rc;
    for (size_t i = 0; i < in->npartial; i++)
        if ((rc = build_partial(st, in, sc, in->partial[i].percent_bp, err)) != SIF_OK)
            return rc;
    NEW(SIF_SCENARIO_WAIVED, "waived",
        in->has_waive && in->waive.draft ? _("Repayment requirement waived (proposal)")
                                         : _("Repayment requirement waived"));
#undef NEW
    int stop = in->rule.first_year;
    if (in->has_waive) {
        set_decision(s, &in->waive);
        stop = sif_decision_year(in->waive.date);
    }
    /* a recorded waiver wrote off in its year, among the recorded ones; a proposal or the
     * lack of one can only write off after them */
    return build_fixed(st, in, s, in->loan, stop, err);
}

static void mark_current(const scen_input *in, sif_scenarios *sc)
{
    for (size_t i = 0; i < sc->nscenarios; i++)
        sc->scenarios[i].current = is_current(in, sc->scenarios[i].kind,
                                              sc->scenarios[i].partial_bp);
}

sif_status sif_scenarios_build(sif_store *st, const char *project_code, const int *partial_bp,
                               size_t npartial, sif_scenarios **out, sif_error *err)
{
    *out = NULL;
    for (size_t i = 0; i < npartial; i++)
        if (partial_bp[i] < 0 || partial_bp[i] > SIF_BP_WHOLE)
            return sif_error_set(err, SIF_ERR_USAGE, "partial share %d bp is not within "
                                 "0..10000", partial_bp[i]);
    scen_input in;
    sif_status rc = scen_input_load(st, project_code, &in, err);
    if (rc != SIF_OK)
        return rc;
    sif_scenarios *sc = calloc(1, sizeof *sc);
    if (sc == NULL) {
        scen_input_release(&in);
        return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    }
    snprintf(sc->project_code, sizeof sc->project_code, "%s", in.project.code);
    snprintf(sc->project_name, sizeof sc->project_name, "%s", in.project.name);
    sc->loan_ore = in.loan;
    sc->rule = in.rule;
    sc->realised_ore = in.realised_total;
    sc->cashable_ore = in.cash_total;
    if (in.loan < 0) {
        rc = sif_error_set(err, SIF_ERR_DATA, "%s: the fund-financed cost is negative",
                           in.project.code);
        goto fail;
    }
    if ((rc = build_all(st, &in, partial_bp, npartial, sc, err)) != SIF_OK)
        goto fail;
    base_cache cache;
    cache.loaded = cache.per_year = false;
    cache.n = 0;
    for (size_t i = 0; i < sc->nscenarios; i++)
        if ((rc = finish(st, &in, &cache, &sc->scenarios[i], err)) != SIF_OK)
            goto fail;
    mark_current(&in, sc);
    scen_input_release(&in);
    *out = sc;
    return SIF_OK;
fail:
    scen_input_release(&in);
    sif_scenarios_free(sc);
    return rc;
}
