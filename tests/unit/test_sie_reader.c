/* tests/unit/test_sie_reader.c — SIE 4 cost import: a CP437 file from a finance system with
 * its mapping, every structural error with its position, the mapping file's errors, and
 * the code page table. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include "cp437.h"
#include "rowbuf.h"
#include "sie_reader.h"
#include "text_enc.h"
#include "reader_helpers.h"

static void test_reference_file(void **state)
{
    (void)state;
    collected c = {0};
    sif_error err;
    sif_error_init(&err);
    char sie_path[1024];
    snprintf(sie_path, sizeof sie_path, "%s", data_path("import/kostnader.se"));
    sif_status rc = sif_sie_read(sie_path, data_path("import/sie-map.txt"), collect_row, &c, &err);
    if (rc != SIF_OK)
        fail_msg("%s:%ld:%ld: %s", err.file, err.line, err.column, err.msg);
    assert_int_equal(c.nrows, 6);
    assert_string_equal(c.rows[0], "projekt|tjanst|ar|belopp|finansiering|kommentar");
    assert_string_equal(c.rows[1], "HFO|FB|2016|48500.00|fund|"
                                   "ver A 12 2016-01-25 konto 5010: Lön familjebehandlare");
    /* empty transdat and transtext: the verification's date and text */
    assert_string_equal(c.rows[2], "HFO|FB|2016|31250.50|fund|ver A 12 2016-01-31 konto 5010: Lön januari");
    /* 4712 is another cost centre, 1930 the bank: not mapped. #RTRANS is skipped, the
     * #TRANS that repeats it is read; a credit is a negative cost. */
    assert_string_equal(c.rows[3], "HFO|OV|2016|1200.00||"
                                   "ver A 13 2016-03-05 konto 5410: Inköp \"kontorsmaterial\" åäö");
    assert_string_equal(c.rows[4], "HFO|OV|2016|-200.00||ver A 13 2016-03-06 konto 5410: Kreditering");
    assert_string_equal(c.rows[5], "HFO|OV|2016|999.00|esf|ver B 1 2016-12-31 konto 6110: Periodisering");
    assert_int_equal(c.line[1][3], 17);
    assert_int_equal(c.column[1][3], 4);    /* belopp is field 4 of #TRANS */
    assert_int_equal(c.column[1][2], 5);    /* the year from transdat, field 5 */
    assert_int_equal(c.column[2][2], 0);    /* ... or from the #VER */
    assert_int_equal(c.line[3][0], 24);
    assert_int_equal(c.line[4][0], 26);
    assert_int_equal(c.line[5][0], 31);
}

static sif_status read_sie(const char *sie_text, size_t len, const char *map, collected *c,
                           sif_error *err)
{
    char sie_path[256], map_path[256];
    snprintf(sie_path, sizeof sie_path, "%s", tmp_write(sie_text, len, ".se"));
    snprintf(map_path, sizeof map_path, "%s", tmp_write_str(map, ".txt"));
    sif_error_init(err);
    sif_status rc = sif_sie_read(sie_path, map_path, collect_row, c, err);
    unlink(sie_path);
    unlink(map_path);
    return rc;
}

#define MAP "konto=5000-5999;projekt=P;tjanst=T\n"
#define PRE "#FLAGGA 0\n#FORMAT PC8\n#SIETYP 4\n"
#define VER "#VER A 1 20160101 \"x\"\n{\n"

static void bad(const char *text, long line, long field, const char *msg)
{
    collected c = {0};
    sif_error err;
    sif_status rc = read_sie(text, strlen(text), MAP, &c, &err);
    if (rc != SIF_ERR_DATA)
        fail_msg("status %d (%s), expected \"%s\"", rc, err.msg, msg);
    if (strstr(err.msg, msg) == NULL)
        fail_msg("message \"%s\" lacks \"%s\"", err.msg, msg);
    if (err.line != line || err.column != field)
        fail_msg("\"%s\" at %ld:%ld, expected %ld:%ld", err.msg, err.line, err.column, line, field);
}

static void test_structural_errors(void **state)
{
    (void)state;
    bad(PRE "#TRANS 5010 {} 1.00\n", 4, 1, "#TRANS outside a #VER block");
    bad(PRE VER "#TRANS 5010 {} 1.00 20160101 \"open\n}\n", 6, 6, "quote not closed");
    bad(PRE VER "#TRANS 5010 {1 \"4711\" 1.00\n}\n", 6, 3, "object list not closed");
    bad(PRE VER "#TRANS 5010 {1} 1.00\n}\n", 6, 3, "pairs of dimension and object");
    bad(PRE VER "#TRANS 5010 {} 12,3,4\n}\n", 6, 4, "amount \"12,3,4\" is not a number");
    bad(PRE VER "#TRANS 5010 {} 1.00 2016011\n}\n", 6, 5, "is not YYYYMMDD");
    bad(PRE VER "#TRANS konto {} 1.00\n}\n", 6, 2, "#TRANS needs an account");
    bad(PRE "#VER A 1 2016-01-01 \"x\"\n{\n}\n", 4, 4, "date YYYYMMDD");
    bad(PRE "#VER A 1 20160101\n#TRANS 5010 {} 1\n", 5, 1, "expected { on the line after");
    bad(PRE VER "#TRANS 5010 {} 1.00\n", 4, 0, "is not closed with }");
    bad(PRE "}\n", 4, 1, "} without a block");
    bad(PRE "TRANS 5010\n", 4, 1, "expected a #LABEL");
    bad("#FORMAT UTF8\n", 1, 2, "#FORMAT UTF8 is not supported");
    bad("#SIETYP 3\n", 1, 2, "SIE type 3 has no verifications");
    bad(PRE VER "#TRANS 1930 {} 1.00\n}\n", 0, 0, "no #TRANS line matched the mapping");
    bad(PRE VER "#TRANS 5010 {} 1.00\x01\n}\n", 6, 0, "control byte 0x01");
    /* a NUL byte inside a line */
    collected c = {0};
    sif_error err;
    static const char nul[] = PRE VER "#TRANS 5010 {} 1.00 \"a\0b\"\n}\n";
    assert_int_equal(read_sie(nul, sizeof nul - 1, MAP, &c, &err), SIF_ERR_DATA);
    assert_non_null(strstr(err.msg, "control byte 0x00"));
    assert_int_equal(err.line, 6);
}

static void test_long_line_refused(void **state)
{
    (void)state;
    size_t n = (size_t)3 << 20;
    char *text = malloc(n + 64);
    assert_non_null(text);
    strcpy(text, PRE "#PROGRAM \"");
    size_t at = strlen(text);
    memset(text + at, 'x', n);
    strcpy(text + at + n, "\"\n");
    collected c = {0};
    sif_error err;
    assert_int_equal(read_sie(text, strlen(text), MAP, &c, &err), SIF_ERR_DATA);
    assert_non_null(strstr(err.msg, "line longer than"));
    assert_int_equal(err.line, 4);
    free(text);
}

static void map_bad(const char *map, long line, const char *msg)
{
    static const char sie[] = PRE VER "#TRANS 5010 {} 1.00\n}\n";
    collected c = {0};
    sif_error err;
    sif_status rc = read_sie(sie, sizeof sie - 1, map, &c, &err);
    if (rc != SIF_ERR_DATA)
        fail_msg("map \"%s\": status %d (%s)", map, rc, err.msg);
    if (strstr(err.msg, msg) == NULL)
        fail_msg("message \"%s\" lacks \"%s\"", err.msg, msg);
    assert_int_equal(err.line, line);
    assert_int_equal(c.nrows, 0);       /* a bad mapping stops before the header */
}

static void test_mapping_errors(void **state)
{
    (void)state;
    map_bad("# only a comment\n\n", 0, "the mapping has no rules");
    map_bad("konto=5000;projekt=P\n", 1, "rule without tjanst");
    map_bad("\n\nkonto=5000;tjanst=T\n", 3, "rule without projekt");
    map_bad("projekt=P;tjanst=T\n", 1, "rule without konto");
    map_bad("konto=5999-5000;projekt=P;tjanst=T\n", 1, "konto: expected an account or FROM-TO");
    map_bad("konto=50x0;projekt=P;tjanst=T\n", 1, "konto: expected");
    map_bad("konto=5000;objekt=4711;projekt=P;tjanst=T\n", 1, "objekt: expected DIMENSION:OBJECT");
    map_bad("konto=5000;projekt=P;tjanst=T;moms=25\n", 1, "unknown key \"moms\"");
    map_bad("konto=5000;projekt=P;projekt=Q;tjanst=T\n", 1, "projekt given twice");
    map_bad("konto=5000;projekt=P;tjanst=T;finansiering\n", 1, "expected key=value");
    map_bad("konto=5000;projekt=\xff;tjanst=T\n", 1, "not valid UTF-8");
}

static void test_first_rule_wins_and_objects(void **state)
{
    (void)state;
    static const char sie[] = PRE VER
        "#TRANS 5010 {1 \"4711\" 6 \"P 12\"} 10.00\n"   /* dimension 6 object "P 12" */
        "#TRANS 5010 {1 4711} 20.00\n"                  /* an unquoted object */
        "#TRANS 5010 {} 30.00\n"
        "}\n";
    const char *map = "\xEF\xBB\xBF# BOM and CRLF are fine\r\n"
                      "konto=5010;objekt=6:P 12;projekt=A;tjanst=T\r\n"
                      " konto = 5000-5999 ; objekt = 1:4711 ; projekt = B ; tjanst = T \r\n"
                      "konto=5010;projekt=C;tjanst=T;finansiering=other:kommunen\r\n";
    collected c = {0};
    sif_error err;
    if (read_sie(sie, sizeof sie - 1, map, &c, &err) != SIF_OK)
        fail_msg("%s:%ld: %s", err.file, err.line, err.msg);
    assert_int_equal(c.nrows, 4);
    assert_string_equal(c.rows[1], "A|T|2016|10.00||ver A 1 2016-01-01 konto 5010: x");
    assert_string_equal(c.rows[2], "B|T|2016|20.00||ver A 1 2016-01-01 konto 5010: x");
    assert_string_equal(c.rows[3], "C|T|2016|30.00|other:kommunen|ver A 1 2016-01-01 konto 5010: x");
    /* the sink's error stops the reader */
    memset(&c, 0, sizeof c);
    c.stop_at = 2;
    assert_int_equal(read_sie(sie, sizeof sie - 1, map, &c, &err), SIF_ERR_DATA);
    assert_string_equal(err.msg, "stop here");
    assert_int_equal(c.nrows, 2);
}

static void test_cp437_table(void **state)
{
    (void)state;
    char out[3 * 256 + 1];
    assert_int_equal(sif_cp437_to_utf8("\x86\x84\x94\x8F\x8E\x99", 6, out), 12);
    assert_string_equal(out, "åäöÅÄÖ");
    sif_cp437_to_utf8("\xFF\xB0\x9E\xE1\x82", 5, out);
    assert_string_equal(out, "\xC2\xA0\xE2\x96\x91\xE2\x82\xA7ßé");
    char all[256];
    for (int i = 0; i < 256; i++)
        all[i] = (char)i;
    size_t n = sif_cp437_to_utf8(all, 256, out);
    assert_true(sif_utf8_valid(out, n, NULL));
    assert_int_equal(n, 128 + 2 * 66 + 3 * 62);   /* 66 two-byte and 62 three-byte characters */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_reference_file),
        cmocka_unit_test(test_structural_errors),
        cmocka_unit_test(test_long_line_refused),
        cmocka_unit_test(test_mapping_errors),
        cmocka_unit_test(test_first_rule_wins_and_objects),
        cmocka_unit_test(test_cp437_table),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
