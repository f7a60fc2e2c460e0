/* tests/unit/test_scenario.c — repayment scenarios against schedules computed by hand. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include "repay_fixture.h"

static const sif_scenario *find(const sif_scenarios *sc, const char *name)
{
    const sif_scenario *s = sif_scenarios_find(sc, name);
    if (s == NULL)
        fail_msg("no scenario %s", name);
    return s;
}

/* One project P, unit U (committee A), loan 1 000,03 kr, 4 years from 2018. */
static sif_store *one_project(sif_ore loan)
{
    sif_store *st = fx_open();
    int64_t b = fx_begin(st);
    sif_error err;
    fx_ok(sif_unit_add(st, b, "U", "Enheten", "Nämnd A", NULL, &err), &err);
    fx_ok(sif_unit_add(st, b, "V", "Andra enheten", "Nämnd C", NULL, &err), &err);
    fx_project(st, b, "P", "Projektnämnden", "U", loan);
    fx_rule(st, b, "P", 4, 2018);
    fx_commit(st, b);
    return st;
}

/* 100 003 öre in 4: whole kronor by largest remainder (SPEC §11.6), 250 kr each, and the
 * 3 öre that are not a whole krona go with the last instalment. */
static void test_full_four_instalments(void **state)
{
    (void)state;
    sif_store *st = one_project(100003);
    sif_scenarios *sc = fx_scenarios(st, "P");
    assert_int_equal(sc->loan_ore, 100003);
    const sif_scenario *s = find(sc, "full");
    assert_true(s->current);
    assert_int_equal(s->nrows, 4);
    const sif_ore want[] = {25000, 25000, 25000, 25003};
    const sif_ore closing[] = {75003, 50003, 25003, 0};
    for (size_t i = 0; i < 4; i++) {
        assert_int_equal(s->rows[i].year, 2018 + (int)i);
        assert_int_equal(s->rows[i].repayment_ore, want[i]);
        assert_int_equal(s->rows[i].closing_ore, closing[i]);
        assert_string_equal(s->rows[i].committee, "Nämnd A");
        assert_int_equal(s->rows[i].budget_effect_ore, -want[i]);
    }
    assert_int_equal(s->repaid_ore, 100003);
    assert_int_equal(s->outstanding_ore, 0);
    /* the fund had no capital: it is 100 003 short after lending, and gets it back */
    assert_int_equal(s->rows[0].fund_balance_ore, -100003 + 25000);
    assert_int_equal(s->rows[3].fund_balance_ore, 0);
    /* partial 50 %: 50 001,5 rounds half away from zero to 50 002; 500 kr in 4 is 125 kr
     * each, and the 2 öre go with the last */
    const sif_scenario *p = find(sc, "partial:50");
    assert_int_equal(p->repaid_ore, 50002);
    assert_int_equal(p->rows[0].repayment_ore, 12500);
    assert_int_equal(p->rows[1].repayment_ore, 12500);
    assert_int_equal(p->rows[2].repayment_ore, 12500);
    assert_int_equal(p->rows[3].repayment_ore, 12502);
    assert_int_equal(p->rows[3].written_off_ore, 50001);
    assert_int_equal(p->written_off_ore, 50001);
    fx_invariants(sc);
    sif_scenarios_free(sc);
    fx_close(st);
}

/* Loan 1 000 kr. Realised 300 (2018), 200 − 50 reversed (2019), nothing 2020, 100 (2021);
 * a projected 900 does not count. The savings run out with 450 kr outstanding. */
static void test_savings_run_out(void **state)
{
    (void)state;
    sif_store *st = one_project(KR(1000));
    int64_t b = fx_begin(st);
    fx_saving(st, b, "P", "U", "benefit", 2018, KR(300), "realised", -1, 0);
    int64_t id = fx_saving(st, b, "P", "U", "benefit", 2019, KR(50), "realised", -1, 0);
    fx_saving(st, b, "P", "U", "benefit", 2019, KR(-50), "projected", -1, id); /* reversal */
    fx_saving(st, b, "P", "U", "treatment", 2019, KR(200), "realised", -1, 0);
    fx_saving(st, b, "P", "U", "placement", 2019, KR(900), "projected", -1, 0);
    fx_saving(st, b, "P", "V", "other", 2021, KR(100), "realised", -1, 0);
    fx_commit(st, b);
    sif_scenarios *sc = fx_scenarios(st, "P");
    assert_int_equal(sc->realised_ore, KR(600));
    const sif_scenario *s = find(sc, "savings");
    assert_int_equal(s->nrows, 4);
    const int years[] = {2018, 2019, 2020, 2021};
    const sif_ore pay[] = {KR(300), KR(200), 0, KR(100)};
    const sif_ore close[] = {KR(700), KR(500), KR(500), KR(400)};
    for (size_t i = 0; i < 4; i++) {
        assert_int_equal(s->rows[i].year, years[i]);
        assert_int_equal(s->rows[i].repayment_ore, pay[i]);
        assert_int_equal(s->rows[i].closing_ore, close[i]);
    }
    /* 2018: benefit is not cash, so the committee repays 300 it never got as money */
    assert_int_equal(s->rows[0].budget_effect_ore, -KR(300));
    /* 2021: the saving landed at V, so V's committee pays, with cash 100 (other = 100 %) */
    assert_string_equal(s->rows[3].committee, "Nämnd C");
    assert_int_equal(s->rows[3].payers[0].cash_ore, KR(100));
    assert_int_equal(s->rows[3].budget_effect_ore, 0);
    assert_int_equal(s->repaid_ore, KR(600));
    assert_int_equal(s->outstanding_ore, KR(400));
    assert_int_equal(s->written_off_ore, 0);
    fx_invariants(sc);
    sif_scenarios_free(sc);
    fx_close(st);
}

/* Savings that exceed the loan stop repaying once it is repaid. */
static void test_savings_repay_in_full(void **state)
{
    (void)state;
    sif_store *st = one_project(KR(1000));
    int64_t b = fx_begin(st);
    fx_saving(st, b, "P", "U", "placement", 2018, KR(800), "realised", -1, 0);
    fx_saving(st, b, "P", "U", "placement", 2019, KR(800), "realised", -1, 0);
    fx_saving(st, b, "P", "U", "placement", 2020, KR(800), "realised", -1, 0);
    fx_commit(st, b);
    sif_scenarios *sc = fx_scenarios(st, "P");
    const sif_scenario *s = find(sc, "cashable");
    assert_int_equal(s->nrows, 2);
    assert_int_equal(s->rows[1].repayment_ore, KR(200));
    assert_int_equal(s->rows[1].closing_ore, 0);
    assert_int_equal(s->rows[1].budget_effect_ore, KR(600)); /* 800 cash, 200 repaid */
    assert_int_equal(s->outstanding_ore, 0);
    fx_invariants(sc);
    sif_scenarios_free(sc);
    fx_close(st);
}

/* Benefit and treatment are not cash by default, and a placement saving marked 0 % cash is
 * not either: cashable repays nothing while savings repays. */
static void test_cashable_nothing_cash(void **state)
{
    (void)state;
    sif_store *st = one_project(KR(1000));
    int64_t b = fx_begin(st);
    fx_saving(st, b, "P", "U", "benefit", 2018, KR(400), "realised", -1, 0);
    fx_saving(st, b, "P", "U", "treatment", 2019, KR(100), "realised", -1, 0);
    fx_saving(st, b, "P", "U", "placement", 2019, KR(300), "realised", 0, 0);
    fx_commit(st, b);
    sif_scenarios *sc = fx_scenarios(st, "P");
    assert_int_equal(sc->cashable_ore, 0);
    const sif_scenario *c = find(sc, "cashable");
    assert_int_equal(c->nrows, 2);
    for (size_t i = 0; i < c->nrows; i++) {
        assert_int_equal(c->rows[i].repayment_ore, 0);
        assert_int_equal(c->rows[i].budget_effect_ore, 0);
        assert_int_equal(c->rows[i].npayers, 0);
    }
    assert_int_equal(c->repaid_ore, 0);
    assert_int_equal(c->outstanding_ore, KR(1000));
    assert_int_equal(find(sc, "savings")->repaid_ore, KR(800));
    fx_invariants(sc);
    sif_scenarios_free(sc);
    fx_close(st);
}

/* Two instalments of 250 are repaid (and entered), then a waiver in 2020 writes off 500. */
static void test_waiver_after_two_instalments(void **state)
{
    (void)state;
    sif_store *st = one_project(KR(1000));
    sif_error err;
    int64_t b = fx_begin(st);
    fx_ok(sif_repayment_add(st, b, "P", 2018, KR(250), NULL, NULL, &err), &err);
    fx_ok(sif_repayment_add(st, b, "P", 2019, KR(250), NULL, NULL, &err), &err);
    sif_decision d;
    sif_decision_init(&d);
    snprintf(d.kind, sizeof d.kind, "waive");
    snprintf(d.date, sizeof d.date, "2020-03-17");
    snprintf(d.body, sizeof d.body, "Kommunstyrelsen");
    snprintf(d.reference, sizeof d.reference, "KS-2020-1");
    d.draft = true;
    fx_ok(sif_decision_add(st, b, "P", &d, NULL, &err), &err);
    fx_commit(st, b);

    /* the draft shows in the scenario but writes nothing off and changes nothing */
    sif_scenarios *sc = fx_scenarios(st, "P");
    const sif_scenario *w = find(sc, "waived");
    assert_true(w->decision_draft);
    assert_false(w->current);
    assert_true(find(sc, "full")->current);
    sif_scenarios_free(sc);
    sif_fund_books *fb;
    fx_ok(sif_fund_books_build(st, NULL, &fb, &err), &err);
    assert_int_equal(fb->written_off_ore, 0);
    sif_fund_books_free(fb);

    b = fx_begin(st);
    d.draft = false;
    int64_t did;
    fx_ok(sif_decision_add(st, b, "P", &d, &did, &err), &err);
    fx_commit(st, b);
    sc = fx_scenarios(st, "P");
    w = find(sc, "waived");
    assert_true(w->current);
    assert_false(w->decision_draft);
    assert_int_equal(w->decision_id, did);
    assert_string_equal(w->decision_reference, "KS-2020-1");
    assert_int_equal(w->nrows, 3);
    assert_int_equal(w->rows[0].repayment_ore, KR(250));
    assert_int_equal(w->rows[1].repayment_ore, KR(250));
    assert_int_equal(w->rows[2].year, 2020);
    assert_int_equal(w->rows[2].repayment_ore, 0);
    assert_int_equal(w->rows[2].written_off_ore, KR(500));
    assert_int_equal(w->repaid_ore, KR(500));
    assert_int_equal(w->written_off_ore, KR(500));
    assert_int_equal(w->outstanding_ore, 0);
    fx_invariants(sc);
    sif_scenarios_free(sc);

    /* the books agree with the scenario: 500 repaid, 500 written off by the decision */
    fx_ok(sif_fund_books_build(st, NULL, &fb, &err), &err);
    assert_int_equal(fb->projects[0].repaid_ore, KR(500));
    assert_int_equal(fb->projects[0].written_off_ore, KR(500));
    assert_int_equal(fb->projects[0].outstanding_ore, 0);
    sif_fund_books_free(fb);
    /* nothing more can be repaid */
    b = fx_begin(st);
    assert_int_equal(sif_repayment_add(st, b, "P", 2021, 1, NULL, NULL, &err), SIF_ERR_DATA);
    sif_write_abort(st);
    fx_close(st);
}

/* Unit U moves from Nämnd A to Nämnd B in 2020: instalments and savings of 2020 on are B's. */
static void test_committee_moves_halfway(void **state)
{
    (void)state;
    sif_store *st = one_project(KR(1000));
    sif_error err;
    int64_t b = fx_begin(st);
    fx_ok(sif_unit_move(st, b, "U", 2020, "Nämnd B", &err), &err);
    fx_saving(st, b, "P", "U", "placement", 2019, KR(100), "realised", -1, 0);
    fx_saving(st, b, "P", "U", "placement", 2020, KR(100), "realised", -1, 0);
    fx_commit(st, b);
    sif_scenarios *sc = fx_scenarios(st, "P");
    const sif_scenario *f = find(sc, "full");
    const char *want[] = {"Nämnd A", "Nämnd A", "Nämnd B", "Nämnd B"};
    for (size_t i = 0; i < 4; i++) {
        assert_string_equal(f->rows[i].committee, want[i]);
        assert_int_equal(f->rows[i].npayers, 1);
    }
    /* 2019 and 2020 each had 100 cash at U: it softens that year's instalment of 250 */
    assert_int_equal(f->rows[1].budget_effect_ore, KR(100) - KR(250));
    assert_int_equal(f->rows[2].payers[0].cash_ore, KR(100));
    const sif_scenario *s = find(sc, "savings");
    assert_int_equal(s->nrows, 2);
    assert_string_equal(s->rows[0].committee, "Nämnd A");
    assert_string_equal(s->rows[1].committee, "Nämnd B");
    fx_invariants(sc);
    sif_scenarios_free(sc);
    fx_close(st);
}

/* A reschedule moves the full plan; a recorded partial writes off beyond its share. */
static void test_reschedule_and_partial(void **state)
{
    (void)state;
    sif_store *st = one_project(KR(1000));
    sif_error err;
    int64_t b = fx_begin(st);
    sif_decision d;
    sif_decision_init(&d);
    snprintf(d.kind, sizeof d.kind, "reschedule");
    snprintf(d.date, sizeof d.date, "2018-01-10");
    snprintf(d.body, sizeof d.body, "Fondstyrelsen");
    d.years = 2;
    d.first_year = 2019;
    snprintf(d.reference, sizeof d.reference, "FS-2018-1");
    fx_ok(sif_decision_add(st, b, "P", &d, NULL, &err), &err);
    sif_decision_init(&d);
    snprintf(d.kind, sizeof d.kind, "partial");
    snprintf(d.date, sizeof d.date, "2018-02-01");
    snprintf(d.body, sizeof d.body, "Kommunstyrelsen");
    d.percent_bp = 3000;
    snprintf(d.reference, sizeof d.reference, "KS-2018-2");
    fx_ok(sif_decision_add(st, b, "P", &d, NULL, &err), &err);
    fx_commit(st, b);
    const int extra[] = {7500};
    sif_scenarios *sc;
    fx_ok(sif_scenarios_build(st, "P", extra, 1, &sc, &err), &err);
    /* the partial decision wrote off in 2018: that year is recorded in every scenario, with
     * the write-off the books hold (SPEC §11.7); the full plan repays what is left */
    const sif_scenario *f = find(sc, "full");
    assert_int_equal(f->nrows, 3);
    assert_int_equal(f->rows[0].year, 2018);
    assert_true(f->rows[0].recorded);
    assert_int_equal(f->rows[0].repayment_ore, 0);
    assert_int_equal(f->rows[0].written_off_ore, KR(700));
    assert_int_equal(f->rows[1].year, 2019);
    assert_false(f->rows[1].recorded);
    assert_int_equal(f->rows[1].repayment_ore, KR(150));
    assert_int_equal(f->rows[2].repayment_ore, KR(150));
    assert_non_null(sif_scenarios_find(sc, "partial:50"));
    assert_non_null(sif_scenarios_find(sc, "partial:75"));
    const sif_scenario *p = find(sc, "partial:30");
    assert_true(p->current);
    assert_int_equal(p->nrows, 3);
    assert_int_equal(p->rows[0].year, 2018);
    assert_int_equal(p->rows[0].written_off_ore, KR(700));
    assert_int_equal(p->rows[0].written_off_decision_id, p->decision_id);
    assert_int_equal(p->rows[1].repayment_ore, KR(150));
    assert_int_equal(p->rows[2].repayment_ore, KR(150));
    assert_int_equal(p->rows[2].written_off_ore, 0);
    assert_int_equal(p->repaid_ore, KR(300));
    assert_int_equal(p->written_off_ore, KR(700));
    fx_invariants(sc);
    sif_scenarios_free(sc);
    sif_fund_books *fb;
    fx_ok(sif_fund_books_build(st, NULL, &fb, &err), &err);
    assert_int_equal(fb->written_off_ore, KR(700));
    assert_int_equal(fb->outstanding_ore, KR(300));
    sif_fund_books_free(fb);
    fx_close(st);
}

static void test_rule_parsing(void **state)
{
    (void)state;
    sif_rule r;
    sif_rule_init(&r);
    assert_int_equal(r.cash_placement_bp, 10000);
    assert_int_equal(r.cash_benefit_bp, 0);
    /* shares as everywhere (SPEC §11.2): a comma between two digits is a decimal comma */
    assert_int_equal(sif_rule_parse_cash("benefit=12,5 %,treatment=0.25;placement=0,other=100%",
                                         &r, NULL), SIF_OK);
    assert_int_equal(r.cash_benefit_bp, 1250);
    assert_int_equal(r.cash_treatment_bp, 2500);
    assert_int_equal(r.cash_placement_bp, 0);
    assert_int_equal(r.cash_other_bp, 10000);
    /* "other=0.5" was stored as 0,5 %: it is half */
    assert_int_equal(sif_rule_parse_cash("benefit=0,5,placement=1/2,other=0.5", &r, NULL), SIF_OK);
    assert_int_equal(r.cash_benefit_bp, 5000);
    assert_int_equal(r.cash_placement_bp, 5000);
    assert_int_equal(r.cash_other_bp, 5000);
    assert_int_equal(sif_rule_parse_cash("försörjningsstöd=1,behandling=0", &r, NULL), SIF_OK);
    assert_int_equal(r.cash_benefit_bp, 10000);
    assert_int_equal(r.cash_treatment_bp, 0);
    sif_rule before = r;
    const char *bad[] = {"benefit=101 %", "cash=5", "benefit", "benefit=1,234", "benefit=-1",
                         "benefit=", "treatment=5,other=x", "placement=100", "other=50"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        assert_int_equal(sif_rule_parse_cash(bad[i], &r, NULL), SIF_ERR_USAGE);
        assert_memory_equal(&r, &before, sizeof r);
    }
    int bp = -1;
    assert_int_equal(sif_percent_parse("50", &bp, NULL), SIF_OK);
    assert_int_equal(bp, 5000);
    assert_int_equal(sif_percent_parse("33,33 %", &bp, NULL), SIF_OK);
    assert_int_equal(bp, 3333);
    assert_int_equal(sif_percent_parse("100,01", &bp, NULL), SIF_ERR_USAGE);
    assert_int_equal(sif_decision_year("2018-02-29"), 0);
    assert_int_equal(sif_decision_year("2020-02-29"), 2020);
    assert_int_equal(sif_decision_year("2020-13-01"), 0);
    assert_int_equal(sif_decision_year("2020-1-01"), 0);
}

static void test_bad_decisions(void **state)
{
    (void)state;
    sif_store *st = one_project(KR(1000));
    sif_error err;
    int64_t b = fx_begin(st);
    sif_decision d;
    sif_decision_init(&d);
    snprintf(d.kind, sizeof d.kind, "forgive");
    snprintf(d.date, sizeof d.date, "2018-01-10");
    snprintf(d.body, sizeof d.body, "KS");
    assert_int_equal(sif_decision_add(st, b, "P", &d, NULL, &err), SIF_ERR_DATA);
    snprintf(d.kind, sizeof d.kind, "waive");
    snprintf(d.date, sizeof d.date, "10/1/2018");
    assert_int_equal(sif_decision_add(st, b, "P", &d, NULL, &err), SIF_ERR_DATA);
    snprintf(d.date, sizeof d.date, "2018-01-10");
    d.body[0] = '\0';
    assert_int_equal(sif_decision_add(st, b, "P", &d, NULL, &err), SIF_ERR_DATA);
    snprintf(d.body, sizeof d.body, "KS");
    assert_int_equal(sif_decision_add(st, b, "NOPE", &d, NULL, &err), SIF_ERR_NOTFOUND);
    snprintf(d.kind, sizeof d.kind, "reschedule");
    assert_int_equal(sif_decision_add(st, b, "P", &d, NULL, &err), SIF_ERR_DATA);
    /* SPEC §11.1: a recorded decision has its reference and is recorded once; drafts aside */
    snprintf(d.kind, sizeof d.kind, "partial");
    d.percent_bp = 3000;
    assert_int_equal(sif_decision_add(st, b, "P", &d, NULL, &err), SIF_ERR_DATA);
    assert_non_null(strstr(err.msg, "reference"));
    snprintf(d.reference, sizeof d.reference, "KS-2018-5");
    assert_int_equal(sif_decision_add(st, b, "P", &d, NULL, &err), SIF_OK);
    assert_int_equal(sif_decision_add(st, b, "P", &d, NULL, &err), SIF_ERR_DATA);
    assert_non_null(strstr(err.msg, "recorded already"));
    d.draft = true;
    assert_int_equal(sif_decision_add(st, b, "P", &d, NULL, &err), SIF_OK);
    assert_int_equal(sif_decision_add(st, b, "P", &d, NULL, &err), SIF_OK);
    d.reference[0] = '\0';
    assert_int_equal(sif_decision_add(st, b, "P", &d, NULL, &err), SIF_OK);
    d.draft = false;
    assert_int_equal(sif_repayment_add(st, b, "P", 2018, 0, NULL, NULL, &err), SIF_ERR_DATA);
    assert_int_equal(sif_repayment_add(st, b, "P", 2018, KR(1000) + 1, NULL, NULL, &err),
                     SIF_ERR_DATA);
    sif_write_abort(st);
    fx_close(st);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_full_four_instalments),
        cmocka_unit_test(test_savings_run_out),
        cmocka_unit_test(test_savings_repay_in_full),
        cmocka_unit_test(test_cashable_nothing_cash),
        cmocka_unit_test(test_waiver_after_two_instalments),
        cmocka_unit_test(test_committee_moves_halfway),
        cmocka_unit_test(test_reschedule_and_partial),
        cmocka_unit_test(test_rule_parsing),
        cmocka_unit_test(test_bad_decisions),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
