/* tests/unit/test_calc.c — formulas, savings entries, adjustments and results against
 * hand-computed figures, and overflow near the int64 limits. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include "calc_fixture.h"

static sif_saving_input in(const char *key, int64_t v, const char *unit)
{
    sif_saving_input i;
    memset(&i, 0, sizeof i);
    snprintf(i.key, sizeof i.key, "%s", key);
    snprintf(i.unit, sizeof i.unit, "%s", unit);
    i.value = v;
    return i;
}

static void test_formula(void **state)
{
    (void)state;
    sif_error err;
    sif_error_init(&err);
    sif_saving_input v[] = {in("hushall", 41, "st"), in("dodvikt", 3, "st"),
                            in("manadskostnad", 900000, "kr"), in("manader", 12, "mån"),
                            in("andel", 2500, "%"), in("tredjedel", 1, "st")};
    sif_ore out = 0;
    CHECK_OK(sif_formula_eval("(hushall - dodvikt) * manadskostnad * manader", v, 6, &out, &err));
    assert_int_equal(out, 410400000);
    CHECK_OK(sif_formula_eval("manadskostnad * andel", v, 6, &out, &err));
    assert_int_equal(out, 225000); /* 9 000 kr × 25 % = 2 250 kr */
    /* exact until the one rounding: 9 000 / 7 × 7 is 9 000, and 100/3 kr rounds once */
    CHECK_OK(sif_formula_eval("manadskostnad / 7 * 7", v, 6, &out, &err));
    assert_int_equal(out, 900000);
    CHECK_OK(sif_formula_eval("100 / 3", v, 6, &out, &err));
    assert_int_equal(out, 3333);
    CHECK_OK(sif_formula_eval("0 - 1 / 200", v, 6, &out, &err)); /* -0,5 öre: away from zero */
    assert_int_equal(out, -1);
    assert_int_equal(sif_formula_eval("hushall / (dodvikt - 3)", v, 6, &out, &err), SIF_ERR_DATA);
    assert_int_equal(sif_formula_eval("hushall * okand", v, 6, &out, &err), SIF_ERR_DATA);
    assert_non_null(strstr(err.msg, "unknown input"));
    assert_int_equal(sif_formula_eval("(hushall", v, 6, &out, &err), SIF_ERR_DATA);
    assert_int_equal(sif_formula_eval("hushall hushall", v, 6, &out, &err), SIF_ERR_DATA);
    assert_int_equal(sif_formula_eval("-hushall", v, 6, &out, &err), SIF_ERR_DATA);
}

static const char *cells(void *ctx, const char *key)
{
    (void)ctx;
    if (strcmp(key, "a") == 0)
        return "$C$5";
    if (strcmp(key, "b_2") == 0)
        return "C6";
    return NULL;
}

static void test_formula_map(void **state)
{
    (void)state;
    sif_error err;
    sif_error_init(&err);
    char buf[64];
    CHECK_OK(sif_formula_map("(a - b_2) * 12", cells, NULL, buf, sizeof buf, &err));
    assert_string_equal(buf, "($C$5 - C6) * 12");
    assert_int_equal(sif_formula_map("a * c", cells, NULL, buf, sizeof buf, &err), SIF_ERR_DATA);
    assert_int_equal(sif_formula_map("a * a * a", cells, NULL, buf, 10, &err), SIF_ERR_USAGE);
}

static void test_overflow(void **state)
{
    (void)state;
    sif_error err;
    sif_error_init(&err);
    sif_saving_input v[] = {in("max", INT64_MAX, "st"), in("kr", INT64_MAX, "kr")};
    sif_ore out = 42;
    assert_int_equal(sif_formula_eval("max * 2", v, 2, &out, &err), SIF_ERR_OVERFLOW);
    assert_int_equal(sif_formula_eval("max + 1", v, 2, &out, &err), SIF_ERR_OVERFLOW);
    /* INT64_MAX öre in kronor times 100 back to öre fits exactly */
    CHECK_OK(sif_formula_eval("kr", v, 2, &out, &err));
    assert_int_equal(out, INT64_MAX);
    assert_int_equal(sif_formula_eval("kr + 1 / 100", v, 2, &out, &err), SIF_ERR_OVERFLOW);
    assert_int_equal(out, INT64_MAX);

    char path[256];
    sif_store *st = fixture_open(path, sizeof path, "OVF", 2014, 2017);
    assert_non_null(st);
    int64_t batch;
    CHECK_OK(sif_write_begin(st, "entry", NULL, NULL, &batch, &err));
    sif_saving s;
    memset(&s, 0, sizeof s);
    snprintf(s.project_code, sizeof s.project_code, "OVF");
    s.category = SIF_CAT_OTHER;
    s.year = 2017;
    s.cash_bp = -1;
    s.amount_ore = INT64_MAX / 2 + 1;
    CHECK_OK(sif_saving_add(st, batch, &s, NULL, NULL, &err));
    /* SPEC §11.4: the second would make the totals overflow, so it is refused when written
     * and every read keeps working (it used to be accepted, and result failed for good) */
    s.year = 2016;
    assert_int_equal(sif_saving_add(st, batch, &s, NULL, NULL, &err), SIF_ERR_OVERFLOW);
    s.amount_ore = -(INT64_MAX / 2 + 1);
    assert_int_equal(sif_saving_add(st, batch, &s, NULL, NULL, &err), SIF_ERR_OVERFLOW);
    CHECK_OK(sif_write_commit(st, batch, 1, 0, NULL, &err));
    /* and in a later write too, when the total is read from the ledger */
    CHECK_OK(sif_write_begin(st, "entry", NULL, NULL, &batch, &err));
    s.amount_ore = INT64_MAX / 2 + 10;
    assert_int_equal(sif_saving_add(st, batch, &s, NULL, NULL, &err), SIF_ERR_OVERFLOW);
    s.amount_ore = 100;
    CHECK_OK(sif_saving_add(st, batch, &s, NULL, NULL, &err));
    CHECK_OK(sif_write_commit(st, batch, 1, 0, NULL, &err));
    sif_result *r = NULL;
    CHECK_OK(sif_result_build(st, "OVF", NULL, &r, &err));
    assert_int_equal(r->savings_ore, INT64_MAX / 2 + 101);
    sif_result_free(r);
    /* the schablon method refuses a monthly cost that overflows */
    sif_method_opts o;
    sif_method_opts_init(&o);
    o.has_counts = true;
    o.counts[SIF_EXIT_WORK] = 3;
    o.has_monthly = true;
    o.monthly_ore = INT64_MAX / 20;
    sif_method_out *m = (sif_method_out *)1;
    assert_int_equal(sif_method_compute(st, "OVF", "benefit_schablon", &o, &m, &err),
                     SIF_ERR_OVERFLOW);
    assert_null(m);
    fixture_close(st, path);
}

/* A saving never disagrees with its formula; reversal mirrors it. */
static void test_saving_entries(void **state)
{
    (void)state;
    sif_error err;
    sif_error_init(&err);
    char path[256];
    sif_store *st = fixture_open(path, sizeof path, "SAV", 2014, 2017);
    assert_non_null(st);
    int64_t batch, id, rid;
    CHECK_OK(sif_write_begin(st, "entry", NULL, NULL, &batch, &err));
    sif_saving_calc *c = sif_saving_calc_new();
    CHECK_OK(sif_saving_calc_input(c, "barn", "Barn", 10, "st", &err));
    CHECK_OK(sif_saving_calc_input(c, "dagar", "Dagar", 120, "dagar", &err));
    CHECK_OK(sif_saving_calc_input(c, "dygn", "Dygnskostnad", 350000, "kr", &err));
    assert_int_equal(sif_saving_calc_input(c, "barn", "igen", 1, "st", &err), SIF_ERR_DATA);
    assert_int_equal(sif_saving_calc_input(c, "Barn", "stor", 1, "st", &err), SIF_ERR_DATA);
    snprintf(c->formula, sizeof c->formula, "dygn * barn * dagar");
    sif_saving_calc_line(c, "3 500 kr × 10 barn × 120 dagar = 4 200 000 kr");
    sif_saving s;
    memset(&s, 0, sizeof s);
    snprintf(s.project_code, sizeof s.project_code, "SAV");
    s.category = SIF_CAT_PLACEMENT;
    s.year = 2017;
    s.cash_bp = -1;
    s.amount_ore = 420000001; /* one öre off */
    assert_int_equal(sif_saving_add(st, batch, &s, c, &id, &err), SIF_ERR_DATA);
    s.amount_ore = 420000000;
    CHECK_OK(sif_saving_add(st, batch, &s, c, &id, &err));
    sif_saving_calc_free(c);
    CHECK_OK(sif_saving_reverse(st, batch, id, "fel år", &rid, &err));
    assert_int_equal(sif_saving_reverse(st, batch, id, "igen", NULL, &err), SIF_ERR_DATA);
    assert_int_equal(sif_saving_reverse(st, batch, rid, "igen", NULL, &err), SIF_ERR_DATA);
    CHECK_OK(sif_write_commit(st, batch, 2, 0, NULL, &err));
    sif_saving_calc *l = NULL;
    CHECK_OK(sif_saving_calc_load(st, rid, &l, &err));
    assert_int_equal(l->ninputs, 3);
    assert_string_equal(l->formula, "0 - (dygn * barn * dagar)");
    assert_string_equal(sif_saving_calc_find(l, "dygn")->unit, "kr");
    sif_ore v;
    CHECK_OK(sif_formula_eval(l->formula, l->inputs, l->ninputs, &v, &err));
    assert_int_equal(v, -420000000);
    sif_saving_calc_free(l);
    CHECK_OK(sif_saving_calc_load(st, id, &l, &err));
    assert_string_equal(l->derivation, "3 500 kr × 10 barn × 120 dagar = 4 200 000 kr");
    sif_saving_calc_free(l);
    sif_result *r;
    CHECK_OK(sif_result_build(st, "SAV", NULL, &r, &err));
    assert_int_equal(r->savings_ore, 0);
    assert_int_equal(r->nsavings, 2);
    sif_result_free(r);
    fixture_close(st, path);
}

static void expect(sif_store *st, const sif_adjust *a, sif_ore y15, sif_ore y16, sif_ore y17,
                   sif_ore invest)
{
    sif_error err;
    sif_error_init(&err);
    sif_result *r;
    CHECK_OK(sif_result_build(st, "ADJ", a, &r, &err));
    assert_int_equal(r->nyears, 4);
    assert_int_equal(r->years[0].year, 2014);
    assert_int_equal(r->years[1].savings_ore, y15);
    assert_int_equal(r->years[2].savings_ore, y16);
    assert_int_equal(r->years[3].savings_ore, y17);
    assert_int_equal(r->savings_ore, y15 + y16 + y17);
    assert_int_equal(r->investment_ore, invest);
    assert_int_equal(r->net_ore, y15 + y16 + y17 - invest);
    assert_int_equal(r->years[3].cumulative_ore, r->net_ore);
    assert_int_equal(r->savings_raw_ore, 30000000);
    sif_result_free(r);
}

static void test_adjustments(void **state)
{
    (void)state;
    char path[256];
    sif_store *st = fixture_open_flat(path, sizeof path, "ADJ");
    assert_non_null(st);
    sif_adjust a;
    sif_adjust_none(&a);
    assert_true(sif_adjust_is_none(&a));
    expect(st, &a, 10000000, 10000000, 10000000, 10000000);
    sif_adjust_none(&a);
    a.deadweight = (sif_ratio){25, 100};
    expect(st, &a, 7500000, 7500000, 7500000, 10000000);
    sif_adjust_none(&a);
    a.attribution = (sif_ratio){30, 100};
    expect(st, &a, 7000000, 7000000, 7000000, 10000000);
    sif_adjust_none(&a);
    a.dropoff = (sif_ratio){10, 100};     /* 100 000, 90 000, 81 000 */
    expect(st, &a, 10000000, 9000000, 8100000, 10000000);
    sif_adjust_none(&a);
    a.discount = (sif_ratio){35, 1000};   /* discounting adds present values (test_discount.c) */
    expect(st, &a, 10000000, 10000000, 10000000, 10000000);
    a.base_year = 2015;
    expect(st, &a, 10000000, 10000000, 10000000, 10000000);
    sif_adjust_none(&a);
    a.deadweight = (sif_ratio){25, 100};
    a.attribution = (sif_ratio){30, 100};
    a.dropoff = (sif_ratio){10, 100};
    /* 100 000 × 0,75 × 0,7 = 52 500; 2016: × 0,9 = 47 250; 2017: × 0,9² = 42 525 */
    expect(st, &a, 5250000, 4725000, 4252500, 10000000);
    sif_adjust_none(&a);
    a.optimism = (sif_ratio){20, 100};
    expect(st, &a, 10000000, 10000000, 10000000, 12000000);
    sif_error err;
    a.deadweight = (sif_ratio){101, 100};
    assert_int_equal(sif_adjust_check(&a, &err), SIF_ERR_DATA);
    sif_result *r = NULL;
    assert_int_equal(sif_result_build(st, "ADJ", &a, &r, &err), SIF_ERR_DATA);
    fixture_close(st, path);
}

static void test_adjust_params_and_payback(void **state)
{
    (void)state;
    char path[256];
    sif_store *st = fixture_open_flat(path, sizeof path, "ADJ");
    assert_non_null(st);
    sif_error err;
    sif_error_init(&err);
    sif_result *r;
    /* payback: −100 000 after 2014, +100 000 in 2015 → exactly the end of 2015: 2 years */
    CHECK_OK(sif_result_build(st, "ADJ", NULL, &r, &err));
    assert_true(r->has_payback);
    assert_int_equal(r->payback_year, 2015);
    char buf[32];
    assert_string_equal(sif_ratio_decimal(r->payback_years, 2, buf, sizeof buf), "2.00");
    assert_int_equal(r->payback_months, 24);
    sif_result_free(r);
    /* stored settings: deadweight 25 % for this project */
    int64_t batch;
    CHECK_OK(sif_write_begin(st, "entry", NULL, NULL, &batch, &err));
    sif_param p;
    sif_param_init(&p, SIF_ADJ_DEADWEIGHT, SIF_PARAM_RATIO, 1);
    p.den = 4;
    snprintf(p.project_code, sizeof p.project_code, "ADJ");
    CHECK_OK(sif_param_set(st, batch, &p, NULL, &err));
    CHECK_OK(sif_write_commit(st, batch, 1, 0, NULL, &err));
    sif_adjust a;
    CHECK_OK(sif_adjust_load(st, "ADJ", &a, &err));
    assert_int_equal(a.deadweight.num, 1);
    assert_int_equal(a.deadweight.den, 4);
    assert_false(sif_adjust_is_none(&a));
    CHECK_OK(sif_result_build(st, "ADJ", &a, &r, &err));
    assert_int_equal(r->savings_ore, 22500000);
    /* −100 000 + 75 000 → −25 000, then +75 000 in 2016: 2 + 25/75 years = 2,33; 28 months */
    assert_int_equal(r->payback_year, 2016);
    assert_string_equal(sif_ratio_decimal(r->payback_years, 2, buf, sizeof buf), "2.33");
    assert_int_equal(r->payback_months, 28);
    sif_result_free(r);
    /* never paid back */
    a.deadweight = (sif_ratio){9, 10};
    CHECK_OK(sif_result_build(st, "ADJ", &a, &r, &err));
    assert_false(r->has_payback);
    sif_result_free(r);
    fixture_close(st, path);
}

static void test_params_versioned(void **state)
{
    (void)state;
    char path[256];
    sif_error err;
    sif_error_init(&err);
    sif_store *st = fixture_open(path, sizeof path, "PAR", 2014, 2017);
    assert_non_null(st);
    int64_t batch;
    CHECK_OK(sif_write_begin(st, "entry", NULL, NULL, &batch, &err));
    sif_param p;
    sif_param_init(&p, "hvb_dygn", SIF_PARAM_ORE, 350000);
    p.year_from = p.year_to = 2017;
    CHECK_OK(sif_param_set(st, batch, &p, NULL, &err));
    sif_param_init(&p, "hvb_dygn", SIF_PARAM_ORE, 300000);
    /* SPEC §11.1: a second value for 2017 is refused, unless it replaces the first */
    assert_int_equal(sif_param_set(st, batch, &p, NULL, &err), SIF_ERR_DATA);
    assert_non_null(strstr(err.msg, "--replace"));
    CHECK_OK(sif_param_set_replace(st, batch, &p, true, NULL, &err)); /* every year, newer */
    sif_param_init(&p, "hvb_dygn", SIF_PARAM_ORE, 410000);
    snprintf(p.project_code, sizeof p.project_code, "PAR");
    p.year_from = 2018;
    CHECK_OK(sif_param_set(st, batch, &p, NULL, &err));
    sif_param_init(&p, "Bad Key", SIF_PARAM_ORE, 1);
    assert_int_equal(sif_param_set(st, batch, &p, NULL, &err), SIF_ERR_DATA);
    CHECK_OK(sif_write_commit(st, batch, 3, 0, NULL, &err));
    sif_param got;
    CHECK_OK(sif_param_get(st, "hvb_dygn", "PAR", 2017, &got, &err));
    assert_int_equal(got.num, 300000); /* the latest row covering 2017 */
    CHECK_OK(sif_param_get(st, "hvb_dygn", "PAR", 2019, &got, &err));
    assert_int_equal(got.num, 410000); /* the project's own wins */
    CHECK_OK(sif_param_get(st, "hvb_dygn", NULL, 2019, &got, &err));
    assert_int_equal(got.num, 300000);
    assert_int_equal(sif_param_get(st, "saknas", NULL, 2017, &got, &err), SIF_ERR_NOTFOUND);
    fixture_close(st, path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_formula),
        cmocka_unit_test(test_formula_map),
        cmocka_unit_test(test_overflow),
        cmocka_unit_test(test_saving_entries),
        cmocka_unit_test(test_adjustments),
        cmocka_unit_test(test_adjust_params_and_payback),
        cmocka_unit_test(test_params_versioned),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
