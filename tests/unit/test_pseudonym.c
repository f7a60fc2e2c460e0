/* tests/unit/test_pseudonym.c — personnummer and samordningsnummer are refused as ids. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
#include "sif/sif.h"

static bool pnr(const char *s)
{
    return sif_id_is_personal_number(s, strlen(s));
}

static void test_personnummer(void **state)
{
    (void)state;
    assert_true(pnr("1212121212"));        /* 10 digits, Luhn ok */
    assert_true(pnr("121212-1212"));
    assert_true(pnr("121212+1212"));       /* over 100 years old */
    assert_true(pnr("191212121212"));      /* 12 digits */
    assert_true(pnr("19121212-1212"));
    assert_true(pnr("811218-9876"));
    assert_true(pnr("000229-0005"));       /* 29 February 2000 */
    assert_false(pnr("010229-0004"));      /* 29 February 1901 or 2001: no such day */
    /* written with a space for the hyphen, as on many forms and in Excel sheets */
    assert_true(pnr("121212 1212"));
    assert_true(pnr("19121212 1212"));
    assert_false(pnr("1212 121212"));      /* the space is not before the last four */
    assert_false(pnr("121212 -1212"));     /* one separator only */
    /* the separators Word and Excel put there: an en dash or minus sign for the hyphen
     * (autocorrect), a no-break space for the space */
    assert_true(pnr("121212\u20131212"));
    assert_true(pnr("19121212\u20131212"));
    assert_true(pnr("121212\u22121212"));
    assert_true(pnr("121212\u00a01212"));
    assert_true(pnr("19121212\u202f1212"));
    assert_true(pnr("121212\u20111212"));     /* a non-breaking hyphen */
    assert_false(pnr("1212\u2013121212"));    /* not before the last four */
    assert_false(pnr("121212\u2013\u20131212"));
    assert_false(pnr("121212\u20141212x"));
}

static void test_samordningsnummer(void **state)
{
    (void)state;
    assert_true(pnr("701063-2391"));       /* day 03 + 60 */
    assert_true(pnr("197010632391"));
    assert_false(pnr("701093-2391"));      /* day 33 + 60: no such day */
}

static void test_pseudonyms_pass(void **state)
{
    (void)state;
    assert_false(pnr("1212121213"));       /* Luhn fails */
    assert_false(pnr("121312-1212"));      /* month 13 */
    assert_false(pnr("121232-1212"));      /* day 32 */
    assert_false(pnr("12121-21212"));      /* separator in the wrong place */
    assert_false(pnr("H0001"));
    assert_false(pnr("D01"));
    assert_false(pnr("12345"));
    assert_false(pnr("171212121212"));     /* century 17 */
    assert_false(pnr("1212121212x"));
    assert_false(pnr("121212--1212"));
}

static void test_core_refuses(void **state)
{
    (void)state;
    sif_error err;
    sif_error_init(&err);
    assert_int_equal(sif_id_check("121212-1212", "hushall", &err), SIF_ERR_DATA);
    assert_non_null(strstr(err.msg, "hushall looks like a personnummer"));
    assert_null(strstr(err.msg, "1212"));  /* the message never repeats the number */
    assert_int_equal(sif_id_check("H01", "hushall", &err), SIF_OK);
    assert_int_equal(sif_id_check(NULL, "hushall", &err), SIF_OK);
}

/* Excel keeps 0512241233 typed into a number cell as 512241233 (born 2000–2009) */
static void test_leading_zero_lost(void **state)
{
    (void)state;
    sif_error err;
    sif_error_init(&err);
    assert_int_equal(sif_id_check("512241233", "deltagare", &err), SIF_ERR_DATA);
    assert_non_null(strstr(err.msg, "deltagare looks like a personnummer"));
    assert_non_null(strstr(err.msg, "leading zero"));
    assert_null(strstr(err.msg, "1233"));
    assert_int_equal(sif_id_check("501761233", "hushall", &err), SIF_ERR_DATA); /* samordn. */
    assert_int_equal(sif_id_check_n("2290005xx", 7, "hushall", &err), SIF_OK);
    assert_int_equal(sif_id_check_n("002290005x", 9, "hushall", &err), SIF_ERR_DATA);
    assert_true(sif_id_is_personal_number_without_zero("703154567", 9));
    /* pseudonyms that only look numeric pass */
    assert_int_equal(sif_id_check("512241238", "hushall", &err), SIF_OK);   /* Luhn fails */
    assert_int_equal(sif_id_check("123456789", "hushall", &err), SIF_OK);   /* month 23 */
    assert_int_equal(sif_id_check("000000001", "hushall", &err), SIF_OK);
    assert_int_equal(sif_id_check("H00000001", "hushall", &err), SIF_OK);
    assert_int_equal(sif_id_check("H000000001", "hushall", &err), SIF_OK);
    assert_int_equal(sif_id_check("12345", "hushall", &err), SIF_OK);
    assert_false(sif_id_is_personal_number_without_zero("51224123", 8));
    assert_false(sif_id_is_personal_number_without_zero("5122412330", 10));
    /* the 12-digit form starts with 18, 19 or 20: nothing to lose */
    assert_int_equal(sif_id_check("20051224123", "hushall", &err), SIF_OK);
}

/* a district names a place: the same numbers are refused there, with their own message */
static void test_district(void **state)
{
    (void)state;
    sif_error err;
    sif_error_init(&err);
    assert_int_equal(sif_district_check("121212-1212", 11, "stadsomrade", &err), SIF_ERR_DATA);
    assert_non_null(strstr(err.msg, "stadsomrade looks like a personnummer"));
    assert_non_null(strstr(err.msg, "a district names a place"));
    assert_int_equal(sif_district_check("512241233", 9, "--district", &err), SIF_ERR_DATA);
    assert_non_null(strstr(err.msg, "leading zero"));
    assert_int_equal(sif_district_check("Öster", strlen("Öster"), "stadsomrade", &err), SIF_OK);
    assert_int_equal(sif_district_check("12345", 5, "stadsomrade", &err), SIF_OK);
    assert_int_equal(sif_district_check(NULL, 0, "stadsomrade", &err), SIF_OK);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_personnummer),
        cmocka_unit_test(test_samordningsnummer),
        cmocka_unit_test(test_pseudonyms_pass),
        cmocka_unit_test(test_core_refuses),
        cmocka_unit_test(test_leading_zero_lost),
        cmocka_unit_test(test_district),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
