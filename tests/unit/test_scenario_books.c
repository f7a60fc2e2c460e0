/* tests/unit/test_scenario_books.c — the scenarios and the fund's books tell the same story
 * once repayments and decisions are recorded; savings never repay money not yet lent. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include "repay_fixture.h"
#include "repay/repay_internal.h"

static const sif_scenario *find(const sif_scenarios *sc, const char *name)
{
    const sif_scenario *s = sif_scenarios_find(sc, name);
    if (s == NULL)
        fail_msg("no scenario %s", name);
    return s;
}

static const sif_scenario *current(const sif_scenarios *sc)
{
    const sif_scenario *cur = NULL;
    for (size_t i = 0; i < sc->nscenarios; i++)
        if (sc->scenarios[i].current) {
            assert_null(cur);
            cur = &sc->scenarios[i];
        }
    assert_non_null(cur);
    return cur;
}

static void decide(sif_store *st, const char *kind, const char *date, int bp, const char *ref,
                   bool draft, int64_t *id)
{
    sif_error err;
    sif_decision d;
    sif_decision_init(&d);
    snprintf(d.kind, sizeof d.kind, "%s", kind);
    snprintf(d.date, sizeof d.date, "%s", date);
    snprintf(d.body, sizeof d.body, "Kommunstyrelsen");
    snprintf(d.reference, sizeof d.reference, "%s", ref);
    d.percent_bp = bp;
    d.draft = draft;
    int64_t b = fx_begin(st);
    fx_ok(sif_decision_add(st, b, "P", &d, id, &err), &err);
    fx_commit(st, b);
}

static void repay(sif_store *st, int year, sif_ore amount)
{
    sif_error err;
    int64_t b = fx_begin(st);
    fx_ok(sif_repayment_add(st, b, "P", year, amount, NULL, NULL, &err), &err);
    fx_commit(st, b);
}

/* The current scenario's rows up to the last recorded year are the books' years: repaid and
 * written off per year, the same; and the totals agree. */
static void agree_with_books(sif_store *st, const sif_scenario *s, int last_recorded)
{
    sif_error err;
    sif_fund_books *fb;
    fx_ok(sif_fund_books_build(st, NULL, &fb, &err), &err);
    for (size_t i = 0; i < fb->nyears; i++) {
        const sif_fund_year *y = &fb->years[i];
        if (y->repaid_ore == 0 && y->written_off_ore == 0)
            continue;
        const sif_scenario_row *row = NULL;
        for (size_t r = 0; r < s->nrows; r++)
            if (s->rows[r].year == y->year)
                row = &s->rows[r];
        if (row == NULL)
            fail_msg("%s has no row for %d", s->name, y->year);
        assert_true(row->recorded);
        assert_int_equal(row->repayment_ore, y->repaid_ore);
        assert_int_equal(row->written_off_ore, y->written_off_ore);
    }
    for (size_t r = 0; r < s->nrows; r++)
        assert_int_equal(s->rows[r].recorded, s->rows[r].year <= last_recorded);
    sif_ore planned = 0;
    for (size_t r = 0; r < s->nrows; r++)
        if (!s->rows[r].recorded)
            planned += s->rows[r].repayment_ore;
    assert_int_equal(fb->projects[0].repaid_ore + planned, s->repaid_ore);
    sif_fund_books_free(fb);
}

/* The review's case: loan 2 200 000, 30 % in 3 instalments from 2022. 100 000 is repaid in
 * 2022, then a partial decision of 2023 writes off 2 200 000 − 660 000 = 1 540 000 in 2023.
 * The current scenario shows the 100 000 in 2022, the write-off in 2023 with the decision,
 * and the 560 000 left of the 30 % in the one year the rule still has, 2024. */
static void test_partial_after_repayment(void **state)
{
    (void)state;
    sif_store *st = fx_open();
    sif_error err;
    int64_t b = fx_begin(st);
    fx_ok(sif_unit_add(st, b, "U", "Enheten", "Nämnd A", NULL, &err), &err);
    fx_project(st, b, "P", "Nämnd A", "U", KR(2200000));
    sif_rule r;
    sif_rule_init(&r);
    r.years = 3;
    r.first_year = 2022;
    r.partial_bp = 3000;
    fx_ok(sif_rule_set(st, b, "P", &r, &err), &err);
    fx_commit(st, b);
    repay(st, 2022, KR(100000));
    int64_t did;
    decide(st, "partial", "2023-04-12", 3000, "KS-2023-9", false, &did);

    sif_scenarios *sc = fx_scenarios(st, "P");
    const sif_scenario *p = current(sc);
    assert_string_equal(p->name, "partial:30");
    assert_string_equal(p->decision_reference, "KS-2023-9");
    assert_int_equal(p->nrows, 3);
    const int years[] = {2022, 2023, 2024};
    const sif_ore open[] = {KR(2200000), KR(2100000), KR(560000)};
    const sif_ore pay[] = {KR(100000), 0, KR(560000)};
    const sif_ore off[] = {0, KR(1540000), 0};
    for (size_t i = 0; i < 3; i++) {
        assert_int_equal(p->rows[i].year, years[i]);
        assert_int_equal(p->rows[i].opening_ore, open[i]);
        assert_int_equal(p->rows[i].repayment_ore, pay[i]);
        assert_int_equal(p->rows[i].written_off_ore, off[i]);
    }
    assert_int_equal(p->rows[1].written_off_decision_id, did);
    assert_int_equal(p->repaid_ore, KR(660000));
    assert_int_equal(p->written_off_ore, KR(1540000));
    assert_int_equal(p->outstanding_ore, 0);
    agree_with_books(st, p, 2023);

    /* full starts from the books too (SPEC §11.7): the 100 000 paid, the 1 540 000 written
     * off in 2023, the 560 000 left due in 2024, the rule's last year */
    const sif_scenario *f = find(sc, "full");
    assert_int_equal(f->nrows, 3);
    assert_int_equal(f->rows[0].repayment_ore, KR(100000));
    assert_int_equal(f->rows[1].written_off_ore, KR(1540000));
    assert_int_equal(f->rows[2].year, 2024);
    assert_int_equal(f->rows[2].repayment_ore, KR(560000));
    assert_int_equal(f->written_off_ore, KR(1540000));
    agree_with_books(st, f, 2023);
    /* no waiver proposed: the waived scenario writes off after the recorded years */
    const sif_scenario *w = find(sc, "waived");
    assert_int_equal(w->rows[w->nrows - 1].year, 2024);
    assert_int_equal(w->written_off_ore, KR(2100000));
    fx_invariants(sc);
    sif_scenarios_free(sc);
    fx_close(st);
}

/* Loan 1 000 in 4 from 2018; 300 paid in 2018 and 100 in 2019 (not the plan's 250s), then a
 * waiver of 2020 writes off 600. */
static void test_waiver_after_two_recorded(void **state)
{
    (void)state;
    sif_store *st = fx_open();
    sif_error err;
    int64_t b = fx_begin(st);
    fx_ok(sif_unit_add(st, b, "U", "Enheten", "Nämnd A", NULL, &err), &err);
    fx_project(st, b, "P", "Nämnd A", "U", KR(1000));
    fx_rule(st, b, "P", 4, 2018);
    fx_commit(st, b);
    repay(st, 2018, KR(300));
    repay(st, 2019, KR(100));
    /* before any decision: full pays the 600 left over 2020 and 2021 */
    sif_scenarios *sc = fx_scenarios(st, "P");
    const sif_scenario *f = current(sc);
    assert_string_equal(f->name, "full");
    assert_int_equal(f->nrows, 4);
    assert_int_equal(f->rows[1].repayment_ore, KR(100));
    assert_int_equal(f->rows[2].repayment_ore, KR(300));
    assert_int_equal(f->rows[3].repayment_ore, KR(300));
    assert_false(f->rows[2].recorded);
    agree_with_books(st, f, 2019);
    /* partial:50 has 100 left of its 500 after the 400 paid */
    const sif_scenario *p = find(sc, "partial:50");
    assert_int_equal(p->rows[2].repayment_ore, KR(50));
    assert_int_equal(p->rows[3].repayment_ore, KR(50));
    assert_int_equal(p->rows[3].written_off_ore, KR(500));
    fx_invariants(sc);
    sif_scenarios_free(sc);

    /* a draft waiver dated in 2019 can only write off after the recorded years */
    decide(st, "waive", "2019-11-02", 0, "KS-2019-4", true, NULL);
    sc = fx_scenarios(st, "P");
    const sif_scenario *w = find(sc, "waived");
    assert_true(w->decision_draft);
    assert_int_equal(w->nrows, 3);
    assert_int_equal(w->rows[2].year, 2020);
    assert_int_equal(w->rows[2].written_off_ore, KR(600));
    assert_false(w->rows[2].recorded);
    fx_invariants(sc);
    sif_scenarios_free(sc);

    int64_t did;
    decide(st, "waive", "2020-03-17", 0, "KS-2020-1", false, &did);
    sc = fx_scenarios(st, "P");
    w = current(sc);
    assert_string_equal(w->name, "waived");
    assert_int_equal(w->nrows, 3);
    assert_int_equal(w->rows[0].repayment_ore, KR(300));
    assert_int_equal(w->rows[1].repayment_ore, KR(100));
    assert_int_equal(w->rows[2].year, 2020);
    assert_true(w->rows[2].recorded);
    assert_int_equal(w->rows[2].written_off_ore, KR(600));
    assert_int_equal(w->rows[2].written_off_decision_id, did);
    assert_int_equal(w->repaid_ore, KR(400));
    assert_int_equal(w->outstanding_ore, 0);
    agree_with_books(st, w, 2020);
    /* full, too, holds the books' 2020: nothing paid, the 600 written off, nothing left */
    f = find(sc, "full");
    assert_int_equal(f->nrows, 3);
    assert_true(f->rows[2].recorded);
    assert_int_equal(f->rows[2].repayment_ore, 0);
    assert_int_equal(f->rows[2].written_off_ore, KR(600));
    assert_int_equal(f->outstanding_ore, 0);
    agree_with_books(st, f, 2020);
    /* savings (none realised) keep the recorded years, the write-off with them */
    const sif_scenario *s = find(sc, "savings");
    assert_int_equal(s->repaid_ore, KR(400));
    assert_int_equal(s->written_off_ore, KR(600));
    assert_int_equal(s->outstanding_ore, 0);
    fx_invariants(sc);
    sif_scenarios_free(sc);
    fx_close(st);
}

/* The loan is drawn 400 in 2014 and 600 in 2016. With a rule from 2015, savings of 700
 * (2015) can repay only the 400 lent by then; 500 (2016) all of it, 600 lent more; 300
 * (2017) the 100 left. With the rule from 2018, all of it is carried into 2018 (SPEC §11.7). */
static void test_savings_before_fully_drawn(void **state)
{
    (void)state;
    sif_store *st = fx_open();
    sif_error err;
    int64_t b = fx_begin(st);
    fx_ok(sif_unit_add(st, b, "U", "Enheten", "Nämnd A", NULL, &err), &err);
    fx_project(st, b, "P", "Nämnd A", "U", KR(400));
    fx_ok(sif_cost_add(st, b, "P", "R", 2016, 0, KR(600), "fund", NULL, NULL, &err), &err);
    fx_saving(st, b, "P", "U", "placement", 2015, KR(700), "realised", -1, 0);
    fx_saving(st, b, "P", "U", "placement", 2016, KR(500), "realised", -1, 0);
    fx_saving(st, b, "P", "U", "placement", 2017, KR(300), "realised", -1, 0);
    fx_commit(st, b);
    sif_scenarios *sc = fx_scenarios(st, "P");
    assert_int_equal(sc->loan_ore, KR(1000));
    const char *names[] = {"savings", "cashable"};
    for (size_t n = 0; n < 2; n++) {
        const sif_scenario *s = find(sc, names[n]);
        assert_int_equal(s->nrows, 1);
        assert_int_equal(s->rows[0].year, 2018);
        assert_int_equal(s->rows[0].repayment_ore, KR(1000));
        assert_int_equal(s->outstanding_ore, 0);
    }
    fx_invariants(sc);
    sif_scenarios_free(sc);
    b = fx_begin(st);
    fx_rule(st, b, "P", 4, 2015);
    fx_commit(st, b);
    sc = fx_scenarios(st, "P");
    for (size_t n = 0; n < 2; n++) {
        const sif_scenario *s = find(sc, names[n]);
        assert_int_equal(s->nrows, 3);
        const sif_ore pay[] = {KR(400), KR(500), KR(100)};
        const sif_ore close[] = {KR(600), KR(100), 0};
        for (size_t i = 0; i < 3; i++) {
            assert_int_equal(s->rows[i].year, 2015 + (int)i);
            assert_int_equal(s->rows[i].repayment_ore, pay[i]);
            assert_int_equal(s->rows[i].closing_ore, close[i]);
        }
        /* 2015: 700 cash freed, 400 repaid */
        assert_int_equal(s->rows[0].budget_effect_ore, KR(300));
        assert_int_equal(s->outstanding_ore, 0);
    }
    fx_invariants(sc);
    sif_scenarios_free(sc);
    fx_close(st);
}

/* SPEC §12: a grant is never part of a loan, but it leaves the fund. Capital 10 000 000 in
 * 2014, a loan of 1 000 000 in 2014, a grant of 300 000 in 2015, 500 000 repaid in 2016: the
 * scenarios' fund balance is the books' (9 200 000 at the end of 2016), and the fund's flows
 * summed per year give the balance asked for one year at a time (the scenarios left the
 * grant out of the flows, 300 000 too much). */
static void test_fund_balance_with_grant(void **state)
{
    (void)state;
    sif_store *st = fx_open();
    sif_error err;
    int64_t b = fx_begin(st);
    fx_ok(sif_fund_capital_add(st, b, NULL, 2014, KR(10000000), NULL, &err), &err);
    fx_ok(sif_unit_add(st, b, "U", "Enheten", "Nämnd A", NULL, &err), &err);
    fx_project(st, b, "P", "Nämnd A", "U", KR(1000000));
    fx_ok(sif_cost_add(st, b, "P", "R", 2015, 0, KR(300000), "grant", NULL, NULL, &err), &err);
    fx_rule(st, b, "P", 2, 2016);
    fx_commit(st, b);
    repay(st, 2016, KR(500000));

    sif_project p;
    fx_ok(sif_project_find(st, "P", &p, &err), &err);
    int years[16];
    sif_ore flows[16];
    size_t n;
    fx_ok(repay_fund_flows(st, p.fund_id, p.id, years, flows, 16, &n, &err), &err);
    sif_ore sum = 0;
    size_t i = 0;
    for (int year = 2013; year <= 2018; year++) {
        for (; i < n && years[i] <= year; i++)
            sum += flows[i];
        sif_ore base;
        fx_ok(repay_fund_base(st, p.fund_id, p.id, year, &base, &err), &err);
        if (base != sum)
            fail_msg("%d: flows sum to %lld, the balance is %lld", year, (long long)sum,
                     (long long)base);
    }
    assert_int_equal(sum, KR(10000000 - 1000000 - 300000));

    sif_scenarios *sc = fx_scenarios(st, "P");
    const sif_scenario *f = find(sc, "full");
    assert_int_equal(f->rows[0].year, 2016);
    assert_true(f->rows[0].recorded);
    assert_int_equal(f->rows[0].fund_balance_ore, KR(9200000));
    assert_int_equal(f->rows[1].fund_balance_ore, KR(9700000));
    sif_fund_books *fb;
    fx_ok(sif_fund_books_build(st, NULL, &fb, &err), &err);
    for (size_t y = 0; y < fb->nyears; y++)
        if (fb->years[y].year == 2016)
            assert_int_equal(fb->years[y].balance_ore, f->rows[0].fund_balance_ore);
    sif_fund_books_free(fb);
    fx_invariants(sc);
    sif_scenarios_free(sc);
    fx_close(st);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_partial_after_repayment),
        cmocka_unit_test(test_waiver_after_two_recorded),
        cmocka_unit_test(test_savings_before_fully_drawn),
        cmocka_unit_test(test_fund_balance_with_grant),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
