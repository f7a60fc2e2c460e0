/* tests/unit/test_money.c — amounts: every accepted and rejected form, limits, rounding. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
#include "sif/money.h"

static sif_ore parse_ok(const char *text)
{
    sif_ore v = -7;
    sif_error err;
    sif_error_init(&err);
    if (sif_ore_parse(text, &v, &err) != SIF_OK)
        fail_msg("\"%s\" refused: %s", text, err.msg);
    return v;
}

static sif_status parse_bad(const char *text, long *column)
{
    sif_ore v = 12345;
    sif_error err;
    sif_error_init(&err);
    sif_status rc = sif_ore_parse(text, &v, &err);
    if (rc == SIF_OK)
        fail_msg("\"%s\" accepted as %lld", text, (long long)v);
    assert_int_equal(v, 12345); /* untouched */
    if (column)
        *column = err.column;
    return rc;
}

static void test_accepted_forms(void **state)
{
    (void)state;
    assert_int_equal(parse_ok("1050679"), 105067900);
    assert_int_equal(parse_ok("1 050 679"), 105067900);
    assert_int_equal(parse_ok("1050679,50"), 105067950);
    assert_int_equal(parse_ok("1 050 679,50 kr"), 105067950);
    assert_int_equal(parse_ok("1\xc2\xa0" "050\xc2\xa0" "679"), 105067900);   /* NBSP */
    assert_int_equal(parse_ok("1\xe2\x80\xaf" "050\xe2\x80\xaf" "679,5"), 105067950); /* NNBSP */
    assert_int_equal(parse_ok("1050679.50"), 105067950);
    assert_int_equal(parse_ok("-12,5"), -1250);
    assert_int_equal(parse_ok("\xe2\x88\x92" "12,50"), -1250); /* U+2212 */
    assert_int_equal(parse_ok("+7"), 700);
    assert_int_equal(parse_ok("  42 kr  "), 4200);
    assert_int_equal(parse_ok("100:-"), 10000);
    assert_int_equal(parse_ok("100,-"), 10000);
    assert_int_equal(parse_ok("0,05"), 5);
    assert_int_equal(parse_ok("0"), 0);
    assert_int_equal(parse_ok("9 000 SEK"), 900000);
    assert_int_equal(parse_ok("3 500kr"), 350000);
    /* blanks around it, narrow NBSP too, as a spreadsheet pastes them */
    assert_int_equal(parse_ok("\xe2\x80\xaf" "1\xe2\x80\xaf" "000\xe2\x80\xaf"), 100000);
    assert_int_equal(parse_ok("1 000\xc2\xa0kr\xc2\xa0"), 100000);
    /* thousands and millions of kronor, as reports print them (SPEC §11.2) */
    assert_int_equal(parse_ok("4 770,5 tkr"), 477050000);
    assert_int_equal(parse_ok("4770,12345 tkr"), 477012345);
    assert_int_equal(parse_ok("1,2 mnkr"), 120000000);
    assert_int_equal(parse_ok("15,5 mkr"), 1550000000);
    assert_int_equal(parse_ok("-3 tkr"), -300000);
    assert_int_equal(parse_ok("0,00000001 mnkr"), 1);
}

static void test_rejected_forms(void **state)
{
    (void)state;
    long col = 0;
    assert_int_equal(parse_bad("1 05O 679", &col), SIF_ERR_DATA);
    assert_true(col > 0);
    assert_int_equal(parse_bad("", NULL), SIF_ERR_DATA);
    assert_int_equal(parse_bad("   ", NULL), SIF_ERR_DATA);
    assert_int_equal(parse_bad("abc", NULL), SIF_ERR_DATA);
    assert_int_equal(parse_bad("1.050.679", NULL), SIF_ERR_DATA);
    assert_int_equal(parse_bad("1,005", NULL), SIF_ERR_DATA);     /* three decimals */
    assert_int_equal(parse_bad("10 00", NULL), SIF_ERR_DATA);     /* bad grouping */
    assert_int_equal(parse_bad("1050 679", NULL), SIF_ERR_DATA);  /* first group too long */
    assert_int_equal(parse_bad("12 kr kr", NULL), SIF_ERR_DATA);
    assert_int_equal(parse_bad("12 euro", NULL), SIF_ERR_DATA);
    assert_int_equal(parse_bad("--5", NULL), SIF_ERR_DATA);
    assert_int_equal(parse_bad("5,", NULL), SIF_ERR_DATA);
    assert_int_equal(parse_bad("1e6", NULL), SIF_ERR_DATA);
    assert_int_equal(parse_bad("0x10", NULL), SIF_ERR_DATA);
    assert_int_equal(parse_bad("NaN", NULL), SIF_ERR_DATA);
    assert_int_equal(parse_bad("1,123456 tkr", NULL), SIF_ERR_DATA);   /* below an öre */
    assert_int_equal(parse_bad("1,000000001 mnkr", NULL), SIF_ERR_DATA);
    assert_int_equal(parse_bad("5 tkr kr", NULL), SIF_ERR_DATA);
    assert_int_equal(parse_bad("92233720368547759 tkr", NULL), SIF_ERR_OVERFLOW);
    sif_ore v = 1;
    assert_int_equal(sif_ore_parse_n("12\0" "3", 4, &v, NULL), SIF_ERR_DATA);
    assert_int_equal(v, 1);
}

static void test_limits(void **state)
{
    (void)state;
    /* INT64_MAX öre = 92 233 720 368 547 758,07 kr */
    assert_int_equal(parse_ok("92233720368547758,07"), INT64_MAX);
    assert_int_equal(parse_bad("92233720368547758,08", NULL), SIF_ERR_OVERFLOW);
    assert_int_equal(parse_bad("100000000000000000000", NULL), SIF_ERR_OVERFLOW); /* 10^20 kr */
    assert_int_equal(parse_ok("-92233720368547758,07"), -INT64_MAX);
    sif_ore out = 99;
    assert_int_equal(sif_ore_add(INT64_MAX, 1, &out, NULL), SIF_ERR_OVERFLOW);
    assert_int_equal(out, 99);
    assert_int_equal(sif_ore_sub(INT64_MIN, 1, &out, NULL), SIF_ERR_OVERFLOW);
    assert_int_equal(sif_ore_mul(INT64_MAX / 2 + 1, 2, &out, NULL), SIF_ERR_OVERFLOW);
    assert_int_equal(out, 99);
    assert_int_equal(sif_ore_add(INT64_MAX - 1, 1, &out, NULL), SIF_OK);
    assert_int_equal(out, INT64_MAX);
    assert_int_equal(sif_muldiv(INT64_MAX, 3, 2, &out, NULL), SIF_ERR_OVERFLOW);
    assert_int_equal(sif_muldiv(INT64_MAX, 2, 2, &out, NULL), SIF_OK);
    assert_int_equal(out, INT64_MAX);
    assert_int_equal(sif_muldiv(INT64_MIN, 1, 1, &out, NULL), SIF_OK);
    assert_int_equal(out, INT64_MIN);
    assert_int_equal(sif_muldiv(1, 1, 0, &out, NULL), SIF_ERR_DATA);
}

static void test_rounding(void **state)
{
    (void)state;
    int64_t v;
    assert_int_equal(sif_muldiv(5, 1, 10, &v, NULL), SIF_OK);
    assert_int_equal(v, 1);       /* 0,5 → 1 */
    assert_int_equal(sif_muldiv(-5, 1, 10, &v, NULL), SIF_OK);
    assert_int_equal(v, -1);      /* −0,5 → −1: away from zero */
    assert_int_equal(sif_muldiv(4, 1, 10, &v, NULL), SIF_OK);
    assert_int_equal(v, 0);
    assert_int_equal(sif_muldiv(15, 1, -10, &v, NULL), SIF_OK);
    assert_int_equal(v, -2);
    assert_int_equal(sif_muldiv(25, 1, 10, &v, NULL), SIF_OK);
    assert_int_equal(v, 3);       /* not banker's rounding */
    sif_ratio r = {3, 4};
    assert_int_equal(sif_ore_mul_ratio(10000, r, &v, NULL), SIF_OK);
    assert_int_equal(v, 7500);
}

static void test_format(void **state)
{
    (void)state;
    char b[48];
    assert_string_equal(sif_ore_format(105067900, b, sizeof b, SIF_FMT_AUTO), "1 050 679");
    assert_string_equal(sif_ore_format(105067950, b, sizeof b, SIF_FMT_AUTO), "1 050 679,50");
    assert_string_equal(sif_ore_format(105067950, b, sizeof b, SIF_FMT_KRONOR), "1 050 680");
    assert_string_equal(sif_ore_format(-105067949, b, sizeof b, SIF_FMT_KRONOR), "-1 050 679");
    assert_string_equal(sif_ore_format(-1250, b, sizeof b, SIF_FMT_AUTO), "-12,50");
    assert_string_equal(sif_ore_format(100, b, sizeof b, SIF_FMT_ORE | SIF_FMT_KR), "1,00 kr");
    assert_string_equal(sif_ore_format(0, b, sizeof b, SIF_FMT_AUTO), "0");
    assert_string_equal(sif_ore_format(-49, b, sizeof b, SIF_FMT_KRONOR), "0");
    assert_string_equal(sif_ore_format(123456789, b, sizeof b, SIF_FMT_PLAIN), "1234567.89");
    assert_string_equal(sif_ore_format(INT64_MIN, b, sizeof b, SIF_FMT_AUTO),
                        "-92 233 720 368 547 758,08");
    assert_string_equal(sif_ore_format(INT64_MAX, b, sizeof b, SIF_FMT_AUTO),
                        "92 233 720 368 547 758,07");
    /* round trip */
    sif_ore back;
    assert_int_equal(sif_ore_parse(sif_ore_format(-987654321, b, sizeof b, SIF_FMT_AUTO), &back, NULL), SIF_OK);
    assert_int_equal(back, -987654321);
}

static void test_ratio(void **state)
{
    (void)state;
    sif_ratio r;
    char b[32];
    assert_int_equal(sif_ratio_parse("25 %", &r, NULL), SIF_OK);
    assert_int_equal(r.num * 4, r.den);
    assert_int_equal(sif_ratio_parse("3,5%", &r, NULL), SIF_OK);
    assert_int_equal(r.num, 35);
    assert_int_equal(r.den, 1000);
    assert_string_equal(sif_ratio_format(r, b, sizeof b), "3,5 %");
    assert_int_equal(sif_ratio_parse("0,5", &r, NULL), SIF_OK);
    assert_string_equal(sif_ratio_format(r, b, sizeof b), "50 %");
    assert_int_equal(sif_ratio_parse("1/3", &r, NULL), SIF_OK);
    assert_int_equal(r.num, 1);
    assert_int_equal(r.den, 3);
    assert_string_equal(sif_ratio_format(r, b, sizeof b), "33,33 %");
    assert_int_equal(sif_ratio_parse("x", &r, NULL), SIF_ERR_DATA);
    assert_int_equal(sif_ratio_parse("1/0", &r, NULL), SIF_ERR_DATA);
    assert_int_equal(sif_ratio_parse("5 %%", &r, NULL), SIF_ERR_DATA);
    /* decimals near INT64 limits overflow with an error, never into a wrong ratio */
    assert_int_equal(sif_ratio_parse("922337203685477580,8", &r, NULL), SIF_ERR_OVERFLOW);
    assert_int_equal(sif_ratio_parse("92233720368547758,08 %", &r, NULL), SIF_ERR_OVERFLOW);
    assert_int_equal(sif_ratio_parse("922337203685477580,7", &r, NULL), SIF_OK);
    assert_true(r.num == INT64_MAX);
    assert_int_equal(r.den, 10);
}

static void test_allocate(void **state)
{
    (void)state;
    sif_ore out[4];
    int64_t w[4] = {1, 1, 1, 1};
    assert_int_equal(sif_allocate(1000001, w, 4, out, NULL), SIF_OK);
    assert_int_equal(out[0] + out[1] + out[2] + out[3], 1000001);
    assert_int_equal(out[0], 250001); /* the remainder goes to the first, lowest index */
    assert_int_equal(out[1], 250000);
    int64_t w2[3] = {1, 2, 3};
    assert_int_equal(sif_allocate(-100, w2, 3, out, NULL), SIF_OK);
    assert_int_equal(out[0] + out[1] + out[2], -100);
    assert_int_equal(out[0], -17);
    assert_int_equal(out[1], -33);
    assert_int_equal(out[2], -50);
    int64_t zero[2] = {0, 0};
    assert_int_equal(sif_allocate(5, zero, 2, out, NULL), SIF_ERR_DATA);
    int64_t big[2] = {INT64_MAX, 1};
    assert_int_equal(sif_allocate(5, big, 2, out, NULL), SIF_ERR_OVERFLOW);
    int64_t w3[2] = {1, 1};
    assert_int_equal(sif_allocate(INT64_MAX, w3, 2, out, NULL), SIF_OK);
    assert_int_equal(out[0] - out[1], 1);
    /* the whole of INT64_MIN to one part: no signed overflow on the way */
    int64_t one[2] = {1, 0};
    assert_int_equal(sif_allocate(INT64_MIN, one, 2, out, NULL), SIF_OK);
    assert_true(out[0] == INT64_MIN);
    assert_int_equal(out[1], 0);
}

/* SPEC §11.6: rounding may explain at most 0,50 kr per cell summed; whole kronor in
 * instalments, the öre with the last part */
static void test_rounding_rule(void **state)
{
    (void)state;
    assert_true(sif_rounding_may_explain(200, 4));
    assert_true(sif_rounding_may_explain(-200, 4));
    assert_false(sif_rounding_may_explain(201, 4));
    assert_false(sif_rounding_may_explain(-201, 4));
    assert_true(sif_rounding_may_explain(149, 3));
    assert_false(sif_rounding_may_explain(1, 0));
    assert_false(sif_rounding_may_explain(INT64_MIN, 4));
    assert_true(sif_rounding_may_explain(0, 1));
    const int64_t w[] = {1, 1, 1, 1};
    sif_ore out[4];
    sif_error err;
    assert_int_equal(sif_allocate_kronor(869478800 / 2, w, 4, out, &err), SIF_OK);
    assert_int_equal(out[0], 108684900);
    assert_int_equal(out[1], 108684900);
    assert_int_equal(out[2], 108684800);
    assert_int_equal(out[3], 108684800);
    assert_int_equal(sif_allocate_kronor(-100003, w, 4, out, &err), SIF_OK);
    assert_int_equal(out[0], -25000);
    assert_int_equal(out[3], -25003);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_accepted_forms), cmocka_unit_test(test_rejected_forms),
        cmocka_unit_test(test_limits),         cmocka_unit_test(test_rounding),
        cmocka_unit_test(test_format),         cmocka_unit_test(test_ratio),
        cmocka_unit_test(test_allocate),       cmocka_unit_test(test_rounding_rule),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
