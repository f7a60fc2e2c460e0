/* tests/unit/test_discount.c — discount factors and present values (discount.h, SPEC §13).
 *
 * The expected figures are computed by hand (Python's decimal module, 50 digits) from the
 * published methods: the constant rate D(t) = (1 + r)^−t, and HM Treasury's Green Book
 * declining schedule (The Green Book, 2003, Annex 6; 2022 edition §5.35–5.36 and its
 * Table 8): 3,5 % for years 0–30, 3,0 % for 31–75, 2,5 % for 76–125. At 4 decimals they
 * are the factors of the Green Book's own discount table (0,9662 in year 1, 0,7089 in year
 * 10, 0,3563 in year 30).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include "calc_fixture.h"

static void test_factors_constant(void **state)
{
    (void)state;
    sif_error err;
    sif_error_init(&err);
    sif_adjust a;
    sif_adjust_none(&a);
    assert_false(sif_discount_active(&a));
    a.discount = (sif_ratio){35, 1000};
    assert_true(sif_discount_active(&a));
    int64_t f;
    CHECK_OK(sif_discount_factor(&a, 0, &f, &err));
    assert_int_equal(f, 1000000);
    CHECK_OK(sif_discount_factor(&a, 1, &f, &err));
    assert_int_equal(f, 966184);
    CHECK_OK(sif_discount_factor(&a, 3, &f, &err));
    assert_int_equal(f, 901943);
    CHECK_OK(sif_discount_factor(&a, -2, &f, &err)); /* 1,035² = 1,071225 */
    assert_int_equal(f, 1071225);
    sif_ore pv;
    /* 100 000 kr / 1,035³ = 90 194,2706 → 90 194,27 kr */
    CHECK_OK(sif_discount_pv(&a, 10000000, 3, &pv, &err));
    assert_int_equal(pv, 9019427);
    /* before the base year: 100 000 kr × 1,035² = 107 122,50 kr */
    CHECK_OK(sif_discount_pv(&a, 10000000, -2, &pv, &err));
    assert_int_equal(pv, 10712250);
    /* the constant rate runs past year 30 unchanged: 1,035^−31 = 0,344230 */
    CHECK_OK(sif_discount_factor(&a, 31, &f, &err));
    assert_int_equal(f, 344230);
}

static void test_factors_greenbook(void **state)
{
    (void)state;
    sif_error err;
    sif_error_init(&err);
    sif_adjust a;
    sif_adjust_none(&a);
    a.schedule = SIF_DISCOUNT_GREENBOOK;
    assert_true(sif_discount_active(&a));
    static const struct {
        int t;
        int64_t factor;  /* millionths */
        sif_ore pv;      /* of 100 000 kr, öre */
    } gb[] = {
        {0, 1000000, 10000000}, {1, 966184, 9661836},  {2, 933511, 9335107},
        {10, 708919, 7089188},  {30, 356278, 3562784}, {31, 345901, 3459014},
        {50, 197263, 1972627},  {75, 94214, 942138},   {76, 91916, 919159},
        {100, 50818, 508180},   {125, 27411, 274108},
    };
    for (size_t i = 0; i < sizeof gb / sizeof gb[0]; i++) {
        int64_t f;
        sif_ore pv;
        CHECK_OK(sif_discount_factor(&a, gb[i].t, &f, &err));
        assert_int_equal(f, gb[i].factor);
        CHECK_OK(sif_discount_pv(&a, 10000000, gb[i].t, &pv, &err));
        assert_int_equal(pv, gb[i].pv);
    }
    sif_discount_schedule s;
    CHECK_OK(sif_discount_schedule_parse("greenbook", &s, &err));
    assert_int_equal(s, SIF_DISCOUNT_GREENBOOK);
    assert_int_equal(sif_discount_schedule_parse("hyperbolic", &s, &err), SIF_ERR_USAGE);
}

static void test_result_present_values(void **state)
{
    (void)state;
    char path[256];
    sif_store *st = fixture_open_flat(path, sizeof path, "DSC");
    assert_non_null(st);
    sif_error err;
    sif_error_init(&err);
    sif_adjust a;
    sif_adjust_none(&a);
    sif_result *r;
    /* no discount: no present values, nothing else moves */
    CHECK_OK(sif_result_build(st, "DSC", &a, &r, &err));
    assert_false(r->discounted);
    assert_int_equal(r->npv_ore, 0);
    sif_result_free(r);

    a.discount = (sif_ratio){35, 1000};
    CHECK_OK(sif_result_build(st, "DSC", &a, &r, &err));
    assert_true(r->discounted);
    assert_int_equal(r->adjust.base_year, 2014);
    /* undiscounted figures stay */
    assert_int_equal(r->savings_ore, 30000000);
    assert_int_equal(r->investment_ore, 10000000);
    assert_int_equal(r->net_ore, 20000000);
    /* 96 618,36 + 93 351,07 + 90 194,27 = 280 163,70 kr; costs in the base year: 100 000 */
    assert_int_equal(r->years[0].factor, 1000000);
    assert_int_equal(r->years[3].factor, 901943);
    assert_int_equal(r->pv_savings_ore, 28016370);
    assert_int_equal(r->pv_costs_ore, 10000000);
    assert_int_equal(r->npv_ore, 18016370);
    assert_int_equal(r->bcr.num, 28016370);
    assert_int_equal(r->bcr.den, 10000000);
    sif_result_free(r);

    /* base year 2016: 2014's cost compounded (× 1,035² = 107 122,50), 2015's saving
     * compounded (103 500), 2016 as it is, 2017 discounted (96 618,36) */
    a.base_year = 2016;
    CHECK_OK(sif_result_build(st, "DSC", &a, &r, &err));
    assert_int_equal(r->years[0].factor, 1071225);
    assert_int_equal(r->pv_costs_ore, 10712250);
    assert_int_equal(r->pv_savings_ore, 10350000 + 10000000 + 9661836);
    sif_result_free(r);

    /* a base year after every flow compounds everything; nothing is silently left out */
    a.base_year = 2020;
    CHECK_OK(sif_result_build(st, "DSC", &a, &r, &err));
    assert_true(r->pv_costs_ore > 10000000);
    assert_true(r->pv_savings_ore > 30000000);
    sif_result_free(r);

    /* the adjustments first, then one rounding per year: 52 500 kr in 2015 / 1,035 =
     * 50 724,637 → 50 724,64; 2016: 47 250 / 1,035² = 44 108,38; 2017: 42 525 / 1,035³ =
     * 38 355,1135 → 38 355,11 (rounding at every step would give 38 355,12) */
    sif_adjust_none(&a);
    a.deadweight = (sif_ratio){25, 100};
    a.attribution = (sif_ratio){30, 100};
    a.dropoff = (sif_ratio){10, 100};
    a.discount = (sif_ratio){35, 1000};
    CHECK_OK(sif_result_build(st, "DSC", &a, &r, &err));
    assert_int_equal(r->years[1].pv_savings_ore, 5072464);
    assert_int_equal(r->years[2].pv_savings_ore, 4410838);
    assert_int_equal(r->years[3].pv_savings_ore, 3835511);
    assert_int_equal(r->savings_ore, 5250000 + 4725000 + 4252500);
    sif_result_free(r);

    /* Green Book: within 30 years the same as 3,5 % */
    sif_adjust_none(&a);
    a.schedule = SIF_DISCOUNT_GREENBOOK;
    CHECK_OK(sif_result_build(st, "DSC", &a, &r, &err));
    assert_int_equal(r->pv_savings_ore, 28016370);
    sif_result_free(r);
    fixture_close(st, path);
}

static void test_no_costs_no_bcr(void **state)
{
    (void)state;
    char path[256];
    sif_store *st = fixture_open(path, sizeof path, "NOC", 2014, 2017);
    assert_non_null(st);
    sif_error err;
    sif_error_init(&err);
    sif_adjust a;
    sif_adjust_none(&a);
    a.discount = (sif_ratio){3, 100};
    sif_result *r;
    CHECK_OK(sif_result_build(st, "NOC", &a, &r, &err));
    assert_int_equal(r->bcr.den, 0);
    sif_result_free(r);
    fixture_close(st, path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_factors_constant),
        cmocka_unit_test(test_factors_greenbook),
        cmocka_unit_test(test_result_present_values),
        cmocka_unit_test(test_no_costs_no_bcr),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
