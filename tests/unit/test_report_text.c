/* tests/unit/test_report_text.c — text safety at the Excel boundary (ledger/report/
 * xlsx_safe.c): checked UTF-8, the _xHHHH_ escape, sheet names and defined names. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "../../ledger/report/xlsx.h"

static void safe_text_keeps_formulas_as_text(void **state)
{
    (void)state;
    static const char *const same[] = {"=HYPERLINK(\"http://x\",\"y\")", "@SUM(1+1)",
                                       "+cmd|' /C calc'!A0", "-2+3", "Öster\tflik",
                                       "rad 1\nrad 2", "_x12_", "_xZZZZ_", ""};
    for (size_t i = 0; i < sizeof same / sizeof same[0]; i++) {
        char *t = rx_safe_text(same[i], "test", NULL);
        assert_non_null(t);
        assert_string_equal(t, same[i]);
        free(t);
    }
}

static void safe_text_escapes_ooxml_escapes(void **state)
{
    (void)state;
    char *t = rx_safe_text("a_x0041_b_X00e5_", "test", NULL);
    assert_non_null(t);
    assert_string_equal(t, "a_x005F_x0041_b_x005F_X00e5_");
    free(t);
}

static void safe_text_refuses_bad_utf8(void **state)
{
    (void)state;
    sif_error err;
    sif_error_init(&err);
    assert_null(rx_safe_text("Malm\xf6", "namn", &err));
    assert_int_equal(err.code, SIF_ERR_DATA);
    assert_null(rx_safe_text("a\x01" "b", "namn", NULL));      /* a control character */
    assert_null(rx_safe_text("\xc3\x28", "namn", NULL));       /* a broken sequence */
}

static void sheet_names_fit_excel(void **state)
{
    (void)state;
    char b[128];
    rx_sheet_name("a[b]c:d*e?f/g\\h", b, sizeof b);
    assert_string_equal(b, "a_b_c_d_e_f_g_h");
    rx_sheet_name("'quoted'", b, sizeof b);
    assert_string_equal(b, "_quoted");
    rx_sheet_name("", b, sizeof b);
    assert_string_equal(b, "Blad");
    rx_sheet_name("history", b, sizeof b);
    assert_string_equal(b, "History_");
    /* 31 characters, counted as characters: å is two bytes but one character */
    rx_sheet_name("ååååååååååååååååååååååååååååååååååå", b, sizeof b);
    assert_int_equal(strlen(b), 62);
    rx_sheet_name("Långsiktiga effekter", b, sizeof b);
    assert_string_equal(b, "Långsiktiga effekter");
}

static void defined_names_fit_excel(void **state)
{
    (void)state;
    char b[300];
    rx_defined_name("=HYPERLINK(\"x\")_netto", b, sizeof b);
    assert_string_equal(b, "__HYPERLINK__x___netto");
    rx_defined_name("HFO_investering", b, sizeof b);
    assert_string_equal(b, "HFO_investering");
    rx_defined_name("A1", b, sizeof b);          /* a cell reference */
    assert_string_equal(b, "_A1");
    rx_defined_name("R1C1", b, sizeof b);
    assert_string_equal(b, "_R1C1");
    rx_defined_name("2020_x", b, sizeof b);      /* must not start with a digit */
    assert_string_equal(b, "_2020_x");
    rx_defined_name("Öster", b, sizeof b);
    assert_string_equal(b, "__ster");   /* a leading non-ASCII letter: prefixed, then replaced */
}

static void cell_references(void **state)
{
    (void)state;
    char b[160];
    assert_string_equal(rx_cell(b, sizeof b, 0, 0, false), "A1");
    assert_string_equal(rx_cell(b, sizeof b, 9, 25, true), "$Z$10");
    assert_string_equal(rx_cell(b, sizeof b, 0, 26, false), "AA1");
    assert_string_equal(rx_cell(b, sizeof b, 0, 701, false), "ZZ1");
    assert_string_equal(rx_cell(b, sizeof b, 0, 702, false), "AAA1");
    rx_sheet s;
    memset(&s, 0, sizeof s);
    strcpy(s.name, "O'Brien");
    assert_string_equal(rx_ref(b, sizeof b, &s, 4, 1), "'O''Brien'!$B$5");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(safe_text_keeps_formulas_as_text),
        cmocka_unit_test(safe_text_escapes_ooxml_escapes),
        cmocka_unit_test(safe_text_refuses_bad_utf8),
        cmocka_unit_test(sheet_names_fit_excel),
        cmocka_unit_test(defined_names_fit_excel),
        cmocka_unit_test(cell_references),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
