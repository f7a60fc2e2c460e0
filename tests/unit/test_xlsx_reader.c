/* tests/unit/test_xlsx_reader.c — the XLSX reader: workbooks written by libxlsxwriter (as
 * `sif template costs` does) and hand-built archives for the odd cases, number cells as
 * exact text, and hostile archives refused quickly. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <time.h>
#include <cmocka.h>
#include <minizip/zip.h>
#include <xlsxwriter.h>
#include "xlsx_number.h"
#include "xlsx_reader.h"
#include "reader_helpers.h"

#define MAIN_NS "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
#define WORKBOOK "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" MAIN_NS "\" " \
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>" \
    "<sheet name=\"Kostnader\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
#define RELS "<?xml version=\"1.0\"?><Relationships " \
    "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" \
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>" \
    "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"/xl/sharedStrings.xml\"/>" \
    "</Relationships>"
#define SHEET(rows) "<?xml version=\"1.0\"?><worksheet xmlns=\"" MAIN_NS "\"><sheetData>" rows \
    "</sheetData></worksheet>"

static char tmpl_path[64];

static const char *tmp_name(void)
{
    snprintf(tmpl_path, sizeof tmpl_path, "/tmp/sif-test-XXXXXX.xlsx");
    int fd = mkstemps(tmpl_path, 5);
    assert_true(fd >= 0);
    close(fd);
    return tmpl_path;
}

/* An archive with the given parts (name, content pairs, NULL-terminated). */
static const char *build_zip(const char *const *parts)
{
    const char *path = tmp_name();
    zipFile zf = zipOpen(path, APPEND_STATUS_CREATE);
    assert_non_null(zf);
    for (size_t i = 0; parts[i] != NULL; i += 2) {
        zip_fileinfo zi = {0};
        assert_int_equal(zipOpenNewFileInZip(zf, parts[i], &zi, NULL, 0, NULL, 0, NULL,
                                             Z_DEFLATED, 6), ZIP_OK);
        zipWriteInFileInZip(zf, parts[i + 1], (unsigned)strlen(parts[i + 1]));
        zipCloseFileInZip(zf);
    }
    zipClose(zf, NULL);
    return path;
}

static sif_status read_xlsx(const char *path, const char *sheet, collected *c, sif_error *err)
{
    sif_error_init(err);
    return sif_xlsx_read(path, sheet, collect_row, c, err);
}

/* The cost template as `sif template costs` lays it out, filled in by a user. */
static void test_cost_template_roundtrip(void **state)
{
    (void)state;
    const char *path = tmp_name();
    lxw_workbook *wb = workbook_new(path);
    lxw_worksheet *info = workbook_add_worksheet(wb, "Instruktioner");
    worksheet_write_string(info, 0, 0, "Fyll i bladet Kostnader", NULL);
    lxw_worksheet *ws = workbook_add_worksheet(wb, "Kostnader");
    const char *head[] = {"projekt", "tjanst", "ar", "belopp", "finansiering", "kommentar"};
    for (int i = 0; i < 6; i++)
        worksheet_write_string(ws, 0, (lxw_col_t)i, head[i], NULL);
    worksheet_write_string(ws, 1, 0, "HFO", NULL);
    worksheet_write_string(ws, 1, 1, "OV", NULL);
    worksheet_write_number(ws, 1, 2, 2016, NULL);
    worksheet_write_number(ws, 1, 3, 1050679.5, NULL);
    worksheet_write_string(ws, 1, 5, "Östermalm, lön", NULL);
    worksheet_write_string(ws, 2, 0, "HFO", NULL);      /* pre-filled, belopp left empty */
    worksheet_write_string(ws, 2, 1, "FS", NULL);
    worksheet_write_number(ws, 2, 2, 2017, NULL);
    worksheet_write_string(ws, 4, 0, "HFO", NULL);      /* row 4 (index 3) left empty */
    worksheet_write_string(ws, 4, 1, "OV", NULL);
    worksheet_write_number(ws, 4, 2, 2017, NULL);
    worksheet_write_string(ws, 4, 3, "1 000,50", NULL); /* an amount typed as text */
    worksheet_write_string(ws, 4, 4, "esf", NULL);
    worksheet_write_number(ws, 5, 3, 0.1 + 0.2, NULL);  /* 0.30000000000000004 */
    worksheet_write_string(ws, 5, 0, "  ", NULL);
    assert_int_equal(workbook_close(wb), LXW_NO_ERROR);

    collected c = {0};
    sif_error err;
    if (read_xlsx(path, "kostnader", &c, &err) != SIF_OK)
        fail_msg("%s", err.msg);
    assert_int_equal(c.nrows, 5);
    assert_string_equal(c.rows[0], "projekt|tjanst|ar|belopp|finansiering|kommentar");
    assert_string_equal(c.rows[1], "HFO|OV|2016|1050679.5||Östermalm, lön");
    assert_string_equal(c.rows[2], "HFO|FS|2017|||");
    assert_string_equal(c.rows[3], "HFO|OV|2017|1 000,50|esf|");
    assert_string_equal(c.rows[4], "|||0.3||");
    assert_int_equal(c.ncells[2], 6);
    assert_int_equal(c.line[1][3], 2);     /* row 2 of the sheet, column D */
    assert_int_equal(c.column[1][3], 4);
    assert_int_equal(c.line[3][0], 5);
    assert_int_equal(c.column[0][5], 6);

    /* no sheet name: the first sheet */
    memset(&c, 0, sizeof c);
    assert_int_equal(read_xlsx(path, NULL, &c, &err), SIF_OK);
    assert_int_equal(c.nrows, 1);
    assert_string_equal(c.rows[0], "Fyll i bladet Kostnader");   /* trimmed, case kept */
    /* a missing sheet names the ones there are */
    assert_int_equal(read_xlsx(path, "Kvitton", &c, &err), SIF_ERR_DATA);
    assert_non_null(strstr(err.msg, "no sheet named \"Kvitton\" (sheets: \"Instruktioner\", \"Kostnader\")"));
    unlink(path);
}

/* libxlsxwriter's constant-memory mode writes inline strings instead of shared ones. */
static void test_inline_strings(void **state)
{
    (void)state;
    const char *path = tmp_name();
    lxw_workbook_options opt = {.constant_memory = LXW_TRUE};
    lxw_workbook *wb = workbook_new_opt(path, &opt);
    lxw_worksheet *ws = workbook_add_worksheet(wb, "Utbetalningar");
    worksheet_write_string(ws, 0, 0, "Hushall", NULL);
    worksheet_write_string(ws, 0, 1, " MANAD ", NULL);
    worksheet_write_string(ws, 0, 2, "BELOPP", NULL);
    worksheet_write_string(ws, 1, 0, "H0001", NULL);
    worksheet_write_string(ws, 1, 1, "2014-01", NULL);
    worksheet_write_number(ws, 1, 2, -9000, NULL);
    worksheet_write_boolean(ws, 2, 0, 1, NULL);
    assert_int_equal(workbook_close(wb), LXW_NO_ERROR);
    collected c = {0};
    sif_error err;
    if (read_xlsx(path, "Utbetalningar", &c, &err) != SIF_OK)
        fail_msg("%s", err.msg);
    assert_int_equal(c.nrows, 3);
    assert_string_equal(c.rows[0], "Hushall|MANAD|BELOPP");   /* trimmed, case kept */
    assert_string_equal(c.rows[1], "H0001|2014-01|-9000");
    assert_string_equal(c.rows[2], "true||");
    unlink(path);
}

static const char *zip_with_sheet(const char *sheet, const char *strings)
{
    const char *parts[] = {"xl/workbook.xml", WORKBOOK, "xl/_rels/workbook.xml.rels", RELS,
                           "xl/worksheets/sheet1.xml", sheet,
                           strings ? "xl/sharedStrings.xml" : NULL, strings, NULL};
    return build_zip(parts);
}

static void test_hand_built_cells(void **state)
{
    (void)state;
    const char *ss = "<?xml version=\"1.0\"?><sst xmlns=\"" MAIN_NS "\" count=\"3\">"
        "<si><t>projekt</t></si>"
        "<si><r><t>tj</t></r><r><rPr><b/></rPr><t>anst</t></r><rPh><t>ignored</t></rPh></si>"
        "<si><t xml:space=\"preserve\">  a &amp; b  </t></si></sst>";
    const char *path = zip_with_sheet(SHEET(
        "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>0</v></c><c r=\"B3\" t=\"s\"><v>1</v></c>"
        "<c r=\"C3\" t=\"inlineStr\"><is><t>ar</t></is></c></row>"
        "<row r=\"4\"><c r=\"A4\" t=\"s\"><v>2</v></c><c r=\"B4\"><f>1+1</f><v>1.0506795E6</v></c>"
        "<c r=\"C4\" t=\"str\"><f>X</f><v>txt</v></c></row>"
        "<row><c><v>4.4999999999999998E-2</v></c><c t=\"b\"><v>0</v></c></row>"
        "<row r=\"9\"/>"), ss);
    collected c = {0};
    sif_error err;
    if (read_xlsx(path, "Kostnader", &c, &err) != SIF_OK)
        fail_msg("%s", err.msg);
    assert_int_equal(c.nrows, 3);
    assert_string_equal(c.rows[0], "projekt|tjanst|ar");
    assert_string_equal(c.rows[1], "a & b|1050679.5|txt");
    assert_string_equal(c.rows[2], "0.045|false|");
    assert_int_equal(c.line[0][0], 3);
    assert_int_equal(c.line[2][0], 5);    /* a row without r follows row 4 */
    assert_int_equal(c.column[2][1], 2);
    unlink(path);
}

static void expect_bad(const char *sheet, const char *strings, long line, long col,
                       const char *msg)
{
    const char *path = zip_with_sheet(sheet, strings);
    collected c = {0};
    sif_error err;
    sif_status rc = read_xlsx(path, "Kostnader", &c, &err);
    unlink(path);
    if (rc != SIF_ERR_DATA)
        fail_msg("status %d (%s), expected data error \"%s\"", rc, err.msg, msg);
    if (strstr(err.msg, msg) == NULL)
        fail_msg("message \"%s\" lacks \"%s\"", err.msg, msg);
    assert_int_equal(err.line, line);
    assert_int_equal(err.column, col);
}

static void test_bad_cells(void **state)
{
    (void)state;
    expect_bad(SHEET("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a</t></is></c></row>"
                     "<row r=\"2\"><c r=\"A2\" t=\"e\"><v>#DIV/0!</v></c></row>"), NULL, 2, 1,
               "cell A2 holds the Excel error #DIV/0!");
    expect_bad(SHEET("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a</t></is></c></row>"
                     "<row r=\"2\"><c r=\"AB2\"><v>1</v></c></row>"), NULL, 2, 28,
               "cell AB2 has a value but its column has no header");
    expect_bad(SHEET("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a</t></is></c>"
                     "<c r=\"C1\" t=\"inlineStr\"><is><t>c</t></is></c></row>"), NULL, 1, 2,
               "header cell B1 is empty");
    expect_bad(SHEET("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row>"), NULL, 1, 1,
               "shared string 7 does not exist");
    expect_bad(SHEET("<row r=\"1\"><c r=\"B1\"><v>1,5</v></c></row>"), NULL, 1, 2,
               "\"1,5\" is not a number");
    expect_bad(SHEET(""), NULL, 0, 0, "the sheet is empty");
    expect_bad(SHEET("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a</t></is></row>"), NULL,
               0, 0, "tag mismatch");
    expect_bad("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
               "<worksheet xmlns=\"" MAIN_NS "\"><sheetData><row r=\"1\"><c r=\"A1\" "
               "t=\"inlineStr\"><is><t>&e;</t></is></c></row></sheetData></worksheet>",
               NULL, 0, 0, "DOCTYPE");
    expect_bad(SHEET("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"),
               "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\">"
               "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><sst xmlns=\"" MAIN_NS "\">"
               "<si><t>&b;</t></si></sst>", 0, 0, "DOCTYPE");
}

static void test_hostile_archives(void **state)
{
    (void)state;
    collected c = {0};
    sif_error err;
    clock_t t0 = clock();
    assert_int_equal(read_xlsx(data_path("hostile/zip-bomb.xlsx"), "Kostnader", &c, &err),
                     SIF_ERR_DATA);
    assert_non_null(strstr(err.msg, "zip bomb"));
    assert_true((double)(clock() - t0) / CLOCKS_PER_SEC < 1.0);
    assert_int_equal(c.nrows, 0);
    /* under the size limit but inflating 1000:1 */
    size_t big = (size_t)8 << 20;
    char *spaces = malloc(big + 1);
    assert_non_null(spaces);
    memset(spaces, ' ', big);
    spaces[big] = '\0';
    const char *bomb[] = {"xl/workbook.xml", WORKBOOK, "xl/_rels/workbook.xml.rels", RELS,
                          "xl/worksheets/sheet1.xml", spaces, NULL};
    const char *p = build_zip(bomb);
    free(spaces);
    t0 = clock();
    assert_int_equal(read_xlsx(p, "Kostnader", &c, &err), SIF_ERR_DATA);
    assert_non_null(strstr(err.msg, "would inflate 1"));
    assert_non_null(strstr(err.msg, ":1 (a zip bomb?)"));
    assert_true((double)(clock() - t0) / CLOCKS_PER_SEC < 0.5);
    unlink(p);
    /* not a zip at all, and a zip without a workbook */
    p = tmp_write_str("projekt;tjanst\n", ".xlsx");
    assert_int_equal(read_xlsx(p, NULL, &c, &err), SIF_ERR_DATA);
    assert_non_null(strstr(err.msg, "not an XLSX file"));
    unlink(p);
    const char *parts[] = {"hello.txt", "hi", NULL};
    p = build_zip(parts);
    assert_int_equal(read_xlsx(p, NULL, &c, &err), SIF_ERR_DATA);
    assert_non_null(strstr(err.msg, "no xl/workbook.xml"));
    unlink(p);
    /* a relationship that climbs out of the package */
    const char *rels = "<?xml version=\"1.0\"?><Relationships "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"x/worksheet\" Target=\"../../etc/passwd\"/></Relationships>";
    const char *parts2[] = {"xl/workbook.xml", WORKBOOK, "xl/_rels/workbook.xml.rels", rels, NULL};
    p = build_zip(parts2);
    assert_int_equal(read_xlsx(p, NULL, &c, &err), SIF_ERR_DATA);
    assert_non_null(strstr(err.msg, "unsupported relationship target"));
    unlink(p);
    assert_int_equal(read_xlsx("/nonexistent.xlsx", NULL, &c, &err), SIF_ERR_NOTFOUND);
}

static const char *num(const char *in)
{
    static char out[64];
    if (!sif_xlsx_number_text(in, strlen(in), out, sizeof out))
        return "(refused)";
    return out;
}

static void test_number_text(void **state)
{
    (void)state;
    assert_string_equal(num("2016"), "2016");
    assert_string_equal(num("1050679.5"), "1050679.5");
    assert_string_equal(num("1.0506795E6"), "1050679.5");
    assert_string_equal(num("1.0506795e+6"), "1050679.5");
    assert_string_equal(num("4.4999999999999998E-2"), "0.045");
    assert_string_equal(num("0.30000000000000004"), "0.3");
    assert_string_equal(num("1234.5600000000001"), "1234.56");
    assert_string_equal(num("-12.5"), "-12.5");
    assert_string_equal(num("-0"), "0");
    assert_string_equal(num("0.000"), "0");
    assert_string_equal(num("1E+20"), "100000000000000000000");
    assert_string_equal(num("999999999999999.95"), "1000000000000000");
    assert_string_equal(num("123456789012345678"), "123456789012346000");
    /* the 15-digit edge: 15 digits stay, the 16th rounds half away from zero */
    assert_string_equal(num("123456789012345"), "123456789012345");
    assert_string_equal(num("1234567890123456"), "1234567890123460");
    assert_string_equal(num("1234567890123455"), "1234567890123460");
    assert_string_equal(num("1234567890123454"), "1234567890123450");
    assert_string_equal(num("-1234567890123455"), "-1234567890123460");
    assert_string_equal(num("0.1234567890123455"), "0.123456789012346");
    assert_string_equal(num("5E-3"), "0.005");
    assert_string_equal(num(".5"), "0.5");
    assert_string_equal(num("1E+300"), "(refused)");
    assert_string_equal(num("abc"), "(refused)");
    assert_string_equal(num(""), "(refused)");
    assert_string_equal(num("1e"), "(refused)");
    assert_string_equal(num("1.2.3"), "(refused)");
    assert_string_equal(num("1 000"), "(refused)");
    char small[4];
    assert_false(sif_xlsx_number_text("12345", 5, small, sizeof small));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cost_template_roundtrip),
        cmocka_unit_test(test_inline_strings),
        cmocka_unit_test(test_hand_built_cells),
        cmocka_unit_test(test_bad_cells),
        cmocka_unit_test(test_hostile_archives),
        cmocka_unit_test(test_number_text),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
