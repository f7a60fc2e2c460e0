/* tests/unit/test_csv.c — the CSV reader: dialects, quoting, positions, encodings, and the
 * inputs it must refuse (NUL, over-long lines, bad bytes, unclosed quotes). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "csv.h"

#define MAXR 16
#define MAXC 8

typedef struct got {
    size_t nrows;
    bool header[MAXR];
    size_t ncells[MAXR];
    char text[MAXR][MAXC][64];
    long line[MAXR][MAXC], col[MAXR][MAXC];
} got;

static sif_status collect(void *ctx, const sif_row *row, sif_error *err)
{
    got *g = ctx;
    (void)err;
    if (g->nrows == MAXR)
        return SIF_OK;
    size_t r = g->nrows++;
    g->header[r] = row->is_header;
    g->ncells[r] = row->ncells;
    for (size_t i = 0; i < row->ncells && i < MAXC; i++) {
        assert_int_equal(strlen(row->cells[i].text), row->cells[i].len);
        snprintf(g->text[r][i], sizeof g->text[r][i], "%s", row->cells[i].text);
        g->line[r][i] = row->cells[i].line;
        g->col[r][i] = row->cells[i].column;
    }
    return SIF_OK;
}

static sif_status read_str(const char *s, size_t len, got *g, sif_csv_info *info, sif_error *err)
{
    memset(g, 0, sizeof *g);
    sif_error_init(err);
    return sif_csv_read_mem(s, len, "t.csv", NULL, collect, g, info, err);
}
#define READ(lit, g, info, err) read_str(lit, sizeof(lit) - 1, g, info, err)

static void test_swedish_dialect(void **state)
{
    (void)state;
    got g;
    sif_csv_info info;
    sif_error err;
    const char in[] = "\xEF\xBB\xBF Projekt ;TJÄNST;År;Belopp\r\n"
                      "HFO;OV;2016;935 470\r\n"
                      "\r\n"
                      ";;;\r\n"
                      "HFO;\"FS; extra\";2016;\"407 716,50\"\r\n";
    assert_int_equal(READ(in, &g, &info, &err), SIF_OK);
    assert_int_equal(info.delimiter, ';');
    assert_int_equal(info.encoding, SIF_CSV_UTF8_BOM);
    assert_int_equal(info.records, 2);
    assert_int_equal(g.nrows, 3);
    assert_true(g.header[0]);
    assert_string_equal(g.text[0][0], "projekt");
    assert_string_equal(g.text[0][1], "tjäns" "t");
    assert_string_equal(g.text[0][2], "år");
    assert_string_equal(g.text[1][3], "935 470");
    assert_string_equal(g.text[2][1], "FS; extra");
    assert_string_equal(g.text[2][3], "407 716,50");
    assert_int_equal(g.line[2][3], 5);      /* blank lines still count */
    assert_int_equal(g.col[2][3], 4);
}

static void test_quotes_across_lines(void **state)
{
    (void)state;
    got g;
    sif_error err;
    const char in[] = "a,b,c\n"
                      "\"say \"\"hej\"\"\",\"two\nlines\",x\n"
                      "1,2,3";                              /* no final newline */
    assert_int_equal(READ(in, &g, NULL, &err), SIF_OK);
    assert_int_equal(g.nrows, 3);
    assert_string_equal(g.text[1][0], "say \"hej\"");
    assert_string_equal(g.text[1][1], "two\nlines");
    assert_int_equal(g.line[1][2], 3);      /* the cell after the break is on line 3 */
    assert_string_equal(g.text[2][2], "3");
    assert_int_equal(g.line[2][0], 4);
}

static void test_delimiter_detection(void **state)
{
    (void)state;
    got g;
    sif_csv_info info;
    sif_error err;
    assert_int_equal(READ("hushall\tmanad\tbelopp\nH1\t2014-01\t9 000,50\n", &g, &info, &err), SIF_OK);
    assert_int_equal(info.delimiter, '\t');
    assert_string_equal(g.text[1][2], "9 000,50");
    /* a comma inside quotes in the header does not count */
    assert_int_equal(READ("\"a,b,c\";d\n1;2\n", &g, &info, &err), SIF_OK);
    assert_int_equal(info.delimiter, ';');
}

static void test_windows_1252(void **state)
{
    (void)state;
    got g;
    sif_csv_info info;
    sif_error err;
    const char in[] = "hush\xE5ll;belopp;stadsomr\xE5" "de\r\nH1;9\xA0" "000;\xD6ster\r\n";
    assert_int_equal(READ(in, &g, &info, &err), SIF_OK);
    assert_int_equal(info.encoding, SIF_CSV_CP1252);
    assert_string_equal(g.text[0][0], "hushåll");
    assert_string_equal(g.text[1][1], "9\xC2\xA0" "000");
    assert_string_equal(g.text[1][2], "Öster");
}

static void test_refused(void **state)
{
    (void)state;
    got g;
    sif_error err;
    assert_int_equal(READ("a;b\n1;x\0y\n", &g, NULL, &err), SIF_ERR_DATA);
    assert_int_equal(err.line, 2);
    assert_int_equal(err.column, 2);
    assert_non_null(strstr(err.msg, "NUL"));

    /* 0x81 is neither UTF-8 nor Windows-1252 */
    assert_int_equal(READ("a;b\n1;x\x81\x8D\n", &g, NULL, &err), SIF_ERR_DATA);
    assert_int_equal(err.line, 2);
    assert_int_equal(err.column, 2);

    /* a UTF-8 file that goes bad later */
    assert_int_equal(READ("a;b\n1;Öster\n2;\xC3\x28\n", &g, NULL, &err), SIF_ERR_DATA);
    assert_int_equal(err.line, 3);
    assert_non_null(strstr(err.msg, "UTF-8"));

    assert_int_equal(READ("a;b\n1;\"open\n2;3\n", &g, NULL, &err), SIF_ERR_DATA);
    assert_int_equal(err.line, 2);
    assert_non_null(strstr(err.msg, "never closed"));

    assert_int_equal(READ("a;b\n\"x\"y;2\n", &g, NULL, &err), SIF_ERR_DATA);
    assert_int_equal(READ("a;b\nx\"y;2\n", &g, NULL, &err), SIF_ERR_DATA);
    assert_int_equal(READ("", &g, NULL, &err), SIF_ERR_DATA);
}

static void test_long_line_bounded(void **state)
{
    (void)state;
    /* 3 MiB without a line break: refused after reading little more than the limit */
    size_t n = (size_t)3 << 20;
    char *big = malloc(n);
    assert_non_null(big);
    memcpy(big, "a;b\n", 4);
    memset(big + 4, 'x', n - 4);
    got g;
    sif_error err;
    memset(&g, 0, sizeof g);
    sif_error_init(&err);
    assert_int_equal(sif_csv_read_mem(big, n, "big.csv", NULL, collect, &g, NULL, &err),
                     SIF_ERR_DATA);
    assert_int_equal(err.line, 2);
    assert_non_null(strstr(err.msg, "longer than"));
    /* a line just under the limit is fine */
    size_t ok = SIF_IMPORT_MAX_LINE - 10;
    big[4 + ok] = '\n';
    assert_int_equal(sif_csv_read_mem(big, 5 + ok, "big.csv", NULL, collect, &g, NULL, &err),
                     SIF_OK);
    free(big);
}

static sif_status stop_at_two(void *ctx, const sif_row *row, sif_error *err)
{
    int *n = ctx;
    (void)row;
    return ++*n == 2 ? sif_error_set(err, SIF_ERR_DB, "stop") : SIF_OK;
}

static void test_callback_stops(void **state)
{
    (void)state;
    int n = 0;
    sif_error err;
    sif_error_init(&err);
    assert_int_equal(sif_csv_read_mem("a\n1\n2\n", 6, "t", NULL, stop_at_two, &n, NULL, &err),
                     SIF_ERR_DB);
    assert_int_equal(n, 2);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_swedish_dialect),
        cmocka_unit_test(test_quotes_across_lines),
        cmocka_unit_test(test_delimiter_detection),
        cmocka_unit_test(test_windows_1252),
        cmocka_unit_test(test_refused),
        cmocka_unit_test(test_long_line_bounded),
        cmocka_unit_test(test_callback_stops),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
