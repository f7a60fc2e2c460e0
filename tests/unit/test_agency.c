/* tests/unit/test_agency.c — agency shares: exact parsing, stored form, largest remainder. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include "calc_fixture.h"

static void test_parse_and_format(void **state)
{
    (void)state;
    sif_error err;
    sif_error_init(&err);
    sif_agency_shares sh;
    char buf[SIF_AGENCY_TEXT_MAX];
    sif_agency_default(&sh);
    assert_true(sif_agency_is_default(&sh));
    assert_string_equal(sif_agency_format(&sh, buf, sizeof buf), "kommun=1/1");
    CHECK_OK(sif_agency_parse("kommun=70%,region=30%", &sh, &err));
    assert_false(sif_agency_is_default(&sh));
    assert_string_equal(sif_agency_format(&sh, buf, sizeof buf), "kommun=7/10,region=3/10");
    assert_string_equal(sif_agency_describe(&sh, buf, sizeof buf), "kommun 70 %, region 30 %");
    /* decimal commas between digits, ';' between pairs, a third stays a third */
    CHECK_OK(sif_agency_parse("kommun=0,5,försäkringskassan=1/6;individ = 1/3", &sh, &err));
    assert_string_equal(sif_agency_format(&sh, buf, sizeof buf),
                        "kommun=1/2,forsakringskassan=1/6,individ=1/3");
    assert_string_equal(sif_agency_describe(&sh, buf, sizeof buf),
                        "kommun 50 %, forsakringskassan 1/6, individ 1/3");
    /* the stored form reads back as itself */
    sif_agency_shares back;
    CHECK_OK(sif_agency_parse("kommun=1/2,forsakringskassan=1/6,individ=1/3", &back, &err));
    assert_memory_equal(&back, &sh, sizeof sh);
    assert_int_equal(sif_agency_parse("kommun=1/3,region=1/3", &sh, &err), SIF_ERR_DATA);
    assert_non_null(strstr(err.msg, "2/3"));
    assert_int_equal(sif_agency_parse("kommun=150%", &sh, &err), SIF_ERR_DATA);
    assert_int_equal(sif_agency_parse("kommun", &sh, &err), SIF_ERR_DATA);
    assert_int_equal(sif_agency_parse("", &sh, &err), SIF_ERR_DATA);
    assert_int_equal(sif_agency_parse("stad=1", &sh, &err), SIF_ERR_DATA);
}

static void test_split(void **state)
{
    (void)state;
    sif_error err;
    sif_error_init(&err);
    sif_agency_shares sh;
    sif_ore p[SIF_AGENCY_COUNT_];
    /* 1 öre in thirds goes to the first; 2 öre to the first two (ties to the lower index) */
    CHECK_OK(sif_agency_parse("kommun=1/3,region=1/3,stat=1/3", &sh, &err));
    CHECK_OK(sif_agency_split(1, &sh, p, &err));
    assert_int_equal(p[0], 1);
    assert_int_equal(p[1] + p[2], 0);
    CHECK_OK(sif_agency_split(10000002, &sh, p, &err));
    assert_int_equal(p[0], 3333334);
    assert_int_equal(p[1], 3333334);
    assert_int_equal(p[2], 3333334);
    /* a reversal splits to the exact opposite */
    CHECK_OK(sif_agency_split(-10000001, &sh, p, &err));
    assert_int_equal(p[0], -3333334);
    assert_int_equal(p[1], -3333334);
    assert_int_equal(p[2], -3333333);
    /* SROI-style split: 38 households × 108 000 kr with 1/7 carried by the region
     * (4 104 000 kr / 7 = 586 285,714…): kommun 3 517 714,29, region 586 285,71 */
    CHECK_OK(sif_agency_parse("kommun=6/7,region=1/7", &sh, &err));
    CHECK_OK(sif_agency_split(410400000, &sh, p, &err));
    assert_int_equal(p[SIF_AGENCY_KOMMUN], 351771429);
    assert_int_equal(p[SIF_AGENCY_REGION], 58628571);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse_and_format),
        cmocka_unit_test(test_split),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
