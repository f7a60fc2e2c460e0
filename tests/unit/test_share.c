/* tests/unit/test_share.c — one share syntax everywhere (SPEC §11.2), KEY=VALUE lists. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
#include "sif/share.h"

static sif_ratio ok(const char *text)
{
    sif_ratio r = {-7, 1};
    sif_error err;
    sif_error_init(&err);
    if (sif_share_parse(text, &r, &err) != SIF_OK)
        fail_msg("\"%s\" refused: %s", text, err.msg);
    return r;
}

static void bp_is(const char *text, int want)
{
    int bp = -1;
    assert_int_equal(sif_share_bp(ok(text), "x", &bp, NULL), SIF_OK);
    assert_int_equal(bp, want);
}

static void test_forms(void **state)
{
    (void)state;
    bp_is("50 %", 5000);
    bp_is("50%", 5000);
    bp_is("0,5", 5000);
    bp_is("0.5", 5000);
    bp_is("1/2", 5000);
    bp_is("1", 10000);
    bp_is("0", 0);
    bp_is("100 %", 10000);
    bp_is("12,5 %", 1250);
    bp_is("1/3", 3333);
    bp_is("50\xc2\xa0%", 5000);   /* NBSP before the sign, as spreadsheets write it */
    sif_ratio r = ok("3,5 %");
    assert_int_equal(r.num, 35);
    assert_int_equal(r.den, 1000);
    r = ok("150 %"); /* above the whole, but unambiguous */
    assert_int_equal(r.num, 150);
    assert_int_equal(r.den, 100);
}

static void refused_with(const char *text, const char *hint)
{
    sif_ratio r = {7, 9};
    sif_error err;
    sif_error_init(&err);
    assert_int_equal(sif_share_parse(text, &r, &err), SIF_ERR_DATA);
    assert_int_equal(r.num, 7); /* untouched */
    if (hint && strstr(err.msg, hint) == NULL)
        fail_msg("\"%s\": message \"%s\" lacks \"%s\"", text, err.msg, hint);
}

static void test_bare_above_one(void **state)
{
    (void)state;
    /* "--discount 3,5" was silently 350 % a year */
    refused_with("3,5", "write 3,5 % or 0,035");
    refused_with("50", "write 50 % or 0,5");
    refused_with("100", "write 100 % or 1");
    refused_with("1,5", "write 1,5 % or 0,015");
    refused_with("250", "write 250 %");
    refused_with("", NULL);
    refused_with("x", "50 %, 0,5, 0.5 or 1/2");
    refused_with("1/0", NULL);
    refused_with("5 %%", NULL);
}

static void test_bp_range(void **state)
{
    (void)state;
    int bp = 42;
    assert_int_equal(sif_share_bp(ok("101 %"), "andel", &bp, NULL), SIF_ERR_DATA);
    assert_int_equal(sif_share_bp(ok("-0,1"), "andel", &bp, NULL), SIF_ERR_DATA);
    assert_int_equal(bp, 42);
}

static void test_kv_lists(void **state)
{
    (void)state;
    const char *cur = "benefit=0,5,placement=100 %;other = 1/2,treatment=0";
    sif_kv kv;
    assert_true(sif_kv_next(&cur, &kv));
    assert_string_equal(kv.key, "benefit");
    assert_string_equal(kv.value, "0,5"); /* a comma between digits is a decimal comma */
    assert_true(sif_kv_next(&cur, &kv));
    assert_string_equal(kv.key, "placement");
    assert_string_equal(kv.value, "100 %");
    assert_true(sif_kv_next(&cur, &kv));
    assert_string_equal(kv.key, "other");
    assert_string_equal(kv.value, "1/2");
    assert_true(sif_kv_next(&cur, &kv));
    assert_string_equal(kv.key, "treatment");
    assert_string_equal(kv.value, "0");
    assert_true(kv.has_value);
    assert_false(sif_kv_next(&cur, &kv));
    cur = "arbete=21,studier=6";
    assert_true(sif_kv_next(&cur, &kv));
    assert_string_equal(kv.value, "21");
    assert_true(sif_kv_next(&cur, &kv));
    assert_string_equal(kv.key, "studier");
    assert_false(sif_kv_next(&cur, &kv));
    cur = "arbete";
    assert_true(sif_kv_next(&cur, &kv));
    assert_false(kv.has_value);
    cur = "";
    assert_false(sif_kv_next(&cur, &kv));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_forms), cmocka_unit_test(test_bare_above_one),
        cmocka_unit_test(test_bp_range), cmocka_unit_test(test_kv_lists),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
