/* tests/unit/repay_fixture.h — a small ledger for the repayment tests: projects with
 * fund-financed costs, units that move between committees, and savings rows written straight
 * through the core's row writer (the saving API is another module's). */
#ifndef SIF_TEST_REPAY_FIXTURE_H
#define SIF_TEST_REPAY_FIXTURE_H

#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "sif/sif.h"
#include "db_fixture.h"
#include "../../ledger/store_internal.h"

#define KR(x) ((sif_ore)(x) * 100)

static char fx_path[128];

static inline void fx_close(sif_store *st)
{
    sif_store_close(st);
    db_fixture_remove(fx_path);
}

static inline sif_store *fx_open(void)
{
    const char *path = fx_path;
    snprintf(fx_path, sizeof fx_path, "/tmp/sif-test-repay-%ld.db", (long)getpid());
    db_fixture_remove(fx_path);
    sif_store *st = NULL;
    sif_error err;
    bool created;
    if (sif_store_open(path, SIF_STORE_CREATE, &st, &err) != SIF_OK ||
        sif_ledger_init(st, "Fonden", "Staden", &created, &err) != SIF_OK)
        fail_msg("open: %s", err.msg);
    sif_store_set_clock(st, 1700000000);
    return st;
}

static inline int64_t fx_begin(sif_store *st)
{
    int64_t batch;
    sif_error err;
    if (sif_write_begin(st, "test", NULL, NULL, &batch, &err) != SIF_OK)
        fail_msg("begin: %s", err.msg);
    return batch;
}

static inline void fx_commit(sif_store *st, int64_t batch)
{
    sif_error err;
    if (sif_write_commit(st, batch, 1, 0, NULL, &err) != SIF_OK)
        fail_msg("commit: %s", err.msg);
}

static inline void fx_ok(sif_status rc, const sif_error *err)
{
    if (rc != SIF_OK)
        fail_msg("%s", err->msg);
}

/* A project CODE with one role per unit given, costs "fund" in year 2014 of amount each. */
static inline void fx_project(sif_store *st, int64_t batch, const char *code, const char *committee,
                       const char *unit, sif_ore amount)
{
    sif_error err;
    sif_project p;
    memset(&p, 0, sizeof p);
    snprintf(p.code, sizeof p.code, "%s", code);
    snprintf(p.name, sizeof p.name, "Projekt %s", code);
    snprintf(p.committee, sizeof p.committee, "%s", committee);
    p.start_year = 2014;
    p.end_year = 2017;
    fx_ok(sif_project_add(st, batch, &p, NULL, &err), &err);
    sif_role r;
    memset(&r, 0, sizeof r);
    snprintf(r.code, sizeof r.code, "R");
    snprintf(r.title, sizeof r.title, "tjänst");
    snprintf(r.unit_code, sizeof r.unit_code, "%s", unit);
    fx_ok(sif_role_add(st, batch, code, &r, NULL, &err), &err);
    fx_ok(sif_cost_add(st, batch, code, "R", 2014, 0, amount, "fund", NULL, NULL, &err), &err);
}

/* A saving row; cash_bp < 0 = the rule's default; reverses 0 = none. Returns its id. */
static inline int64_t fx_saving(sif_store *st, int64_t batch, const char *project, const char *unit,
                         const char *category, int year, sif_ore amount, const char *status,
                         int cash_bp, int64_t reverses)
{
    sif_error err;
    sif_project p;
    fx_ok(sif_project_find(st, project, &p, &err), &err);
    int64_t unit_id = 0, id = 0;
    if (unit) {
        sif_unit u;
        fx_ok(sif_unit_find(st, unit, &u, &err), &err);
        unit_id = u.id;
    }
    int64_t cash = cash_bp;
    fx_ok(sif_row_insert(st, batch, "saving",
                         "project_id, category, year, amount_ore, unit_id, status, cash_bp, "
                         "method, reverses", "ItiIPtPtP", "add", NULL, NULL, &id, &err,
                         p.id, category, year, amount, unit ? &unit_id : NULL, status,
                         cash_bp >= 0 ? &cash : NULL, "fixed", reverses ? &reverses : NULL),
          &err);
    return id;
}

static inline void fx_rule(sif_store *st, int64_t batch, const char *project, int years, int first)
{
    sif_error err;
    sif_rule r;
    sif_rule_init(&r);
    r.years = years;
    r.first_year = first;
    fx_ok(sif_rule_set(st, batch, project, &r, &err), &err);
}

static inline sif_scenarios *fx_scenarios(sif_store *st, const char *project)
{
    sif_error err;
    sif_scenarios *sc = NULL;
    fx_ok(sif_scenarios_build(st, project, NULL, 0, &sc, &err), &err);
    return sc;
}

/* SPEC §8's invariants, for every scenario. */
static inline void fx_invariants(const sif_scenarios *sc)
{
    for (size_t i = 0; i < sc->nscenarios; i++) {
        const sif_scenario *s = &sc->scenarios[i];
        assert_int_equal(s->repaid_ore + s->written_off_ore + s->outstanding_ore, sc->loan_ore);
        sif_ore repaid = 0, off = 0;
        for (size_t r = 0; r < s->nrows; r++) {
            const sif_scenario_row *row = &s->rows[r];
            assert_int_equal(row->closing_ore, row->opening_ore - row->repayment_ore);
            if (r == 0)
                assert_int_equal(row->opening_ore, sc->loan_ore);
            else
                assert_int_equal(row->opening_ore,
                                 s->rows[r - 1].closing_ore - s->rows[r - 1].written_off_ore);
            sif_ore paid = 0;
            for (size_t k = 0; k < row->npayers; k++)
                paid += row->payers[k].repayment_ore;
            assert_int_equal(paid, row->repayment_ore);
            repaid += row->repayment_ore;
            off += row->written_off_ore;
        }
        assert_int_equal(repaid, s->repaid_ore);
        assert_int_equal(off, s->written_off_ore);
    }
}

#endif
