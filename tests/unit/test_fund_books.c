/* tests/unit/test_fund_books.c — the fund's books over three projects add up exactly. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include "repay_fixture.h"

static void test_three_projects(void **state)
{
    (void)state;
    sif_store *st = fx_open();
    sif_error err;
    int64_t b = fx_begin(st);
    fx_ok(sif_unit_add(st, b, "U", "Enheten", "Nämnd A", NULL, &err), &err);
    fx_project(st, b, "A", "Nämnd A", "U", 100001);     /* 1 000,01 kr */
    fx_project(st, b, "B", "Nämnd A", "U", KR(2000));
    fx_project(st, b, "C", "Nämnd A", "U", KR(3000));
    /* B also had ESF money: not lent by the fund */
    fx_ok(sif_cost_add(st, b, "B", "R", 2015, 0, KR(500), "esf", NULL, NULL, &err), &err);
    fx_ok(sif_cost_add(st, b, "C", "R", 2015, 0, KR(1000), "fund", NULL, NULL, &err), &err);
    fx_ok(sif_fund_capital_add(st, b, NULL, 2013, KR(10000), "startkapital", &err), &err);
    fx_ok(sif_repayment_add(st, b, "A", 2018, 50000, NULL, NULL, &err), &err);
    fx_ok(sif_repayment_add(st, b, "B", 2018, KR(700), NULL, NULL, &err), &err);
    fx_ok(sif_repayment_add(st, b, "B", 2019, KR(300), NULL, NULL, &err), &err);
    sif_decision d;
    sif_decision_init(&d);
    snprintf(d.kind, sizeof d.kind, "waive");
    snprintf(d.date, sizeof d.date, "2019-06-01");
    snprintf(d.body, sizeof d.body, "Kommunstyrelsen");
    snprintf(d.reference, sizeof d.reference, "KS-2019-2");
    fx_ok(sif_decision_add(st, b, "C", &d, NULL, &err), &err);
    fx_commit(st, b);

    sif_fund_books *fb;
    fx_ok(sif_fund_books_build(st, NULL, &fb, &err), &err);
    assert_int_equal(fb->nprojects, 3);
    const sif_ore loan[] = {100001, KR(2000), KR(4000)};
    const sif_ore repaid[] = {50000, KR(1000), 0};
    const sif_ore off[] = {0, 0, KR(4000)};
    const sif_ore out[] = {50001, KR(1000), 0};
    sif_ore sum[4] = {0, 0, 0, 0};
    for (size_t i = 0; i < 3; i++) {
        const sif_fund_project *p = &fb->projects[i];
        assert_int_equal(p->loan_ore, loan[i]);
        assert_int_equal(p->repaid_ore, repaid[i]);
        assert_int_equal(p->written_off_ore, off[i]);
        assert_int_equal(p->outstanding_ore, out[i]);
        /* each project's own figures, as its scenarios see them */
        sif_scenarios *sc = fx_scenarios(st, p->code);
        assert_int_equal(sc->loan_ore, p->loan_ore);
        sif_scenarios_free(sc);
        sum[0] += p->loan_ore, sum[1] += p->repaid_ore, sum[2] += p->written_off_ore;
        sum[3] += p->outstanding_ore;
    }
    assert_int_equal(fb->loans_ore, sum[0]);
    assert_int_equal(fb->repaid_ore, sum[1]);
    assert_int_equal(fb->written_off_ore, sum[2]);
    assert_int_equal(fb->outstanding_ore, sum[3]);
    assert_int_equal(fb->loans_ore, 700001);
    assert_int_equal(fb->outstanding_ore, 150001);
    assert_int_equal(fb->capital_ore, KR(10000));
    assert_int_equal(fb->balance_ore, KR(10000) - 700001 + 150000);
    /* per year: 2013 capital, 2014 and 2015 lending, 2018 and 2019 back */
    assert_int_equal(fb->nyears, 5);
    const int years[] = {2013, 2014, 2015, 2018, 2019};
    sif_ore lent = 0, rep = 0, wo = 0;
    for (size_t i = 0; i < fb->nyears; i++) {
        assert_int_equal(fb->years[i].year, years[i]);
        lent += fb->years[i].lent_ore;
        rep += fb->years[i].repaid_ore;
        wo += fb->years[i].written_off_ore;
    }
    assert_int_equal(lent, fb->loans_ore);
    assert_int_equal(rep, fb->repaid_ore);
    assert_int_equal(wo, fb->written_off_ore);
    assert_int_equal(fb->years[1].lent_ore, 100001 + KR(2000) + KR(3000));
    assert_int_equal(fb->years[4].written_off_ore, KR(4000));
    assert_int_equal(fb->years[4].balance_ore, fb->balance_ore);
    assert_int_equal(fb->years[4].outstanding_ore, fb->outstanding_ore);
    sif_fund_books_free(fb);

    /* an unknown fund */
    assert_int_equal(sif_fund_books_build(st, "NOPE", &fb, &err), SIF_ERR_NOTFOUND);
    assert_null(fb);
    /* the journal still verifies: every row went through the row writer */
    int64_t problems = -1;
    fx_ok(sif_store_verify(st, NULL, NULL, &problems, &err), &err);
    assert_int_equal(problems, 0);
    fx_close(st);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_three_projects),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
