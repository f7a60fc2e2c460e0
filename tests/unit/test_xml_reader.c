/* tests/unit/test_xml_reader.c — the XML import reader: valid documents of every kind, rows
 * and positions, schema errors collected, and hostile documents refused quickly. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <time.h>
#include <cmocka.h>
#include "xml_reader.h"
#include "reader_helpers.h"

#define HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
#define NS " xmlns=\"urn:sif:import:1\""

static sif_status read_text(const char *xml, const char *kind, collected *c, sif_error *err)
{
    const char *p = tmp_write_str(xml, ".xml");
    assert_non_null(p);
    sif_error_init(err);
    sif_status rc = sif_xml_read(p, kind, collect_row, c, err);
    unlink(p);
    return rc;
}

static void test_costs_rows_and_lines(void **state)
{
    (void)state;
    const char *xml = HEAD
        "<kostnader" NS ">\n"                                                        /* 2 */
        "  <rad>\n"                                                                  /* 3 */
        "    <projekt>HFO</projekt><tjanst>OV</tjanst>\n"                            /* 4 */
        "    <ar>2016</ar><belopp> 1 050 679,50 kr </belopp>\n"                      /* 5 */
        "  </rad>\n"
        "  <rad><belopp>100</belopp><ar>2017</ar><tjanst>FS</tjanst><projekt>HFO</projekt>\n" /* 7 */
        "       <kommentar>Öster &amp; Väster</kommentar></rad>\n"                   /* 8 */
        "</kostnader>\n";
    collected c = {0};
    sif_error err;
    assert_int_equal(read_text(xml, "costs", &c, &err), SIF_OK);
    assert_int_equal(c.nrows, 3);
    assert_string_equal(c.rows[0], "projekt|tjanst|ar|belopp|kommentar");
    assert_string_equal(c.rows[1], "HFO|OV|2016|1 050 679,50 kr|");
    assert_string_equal(c.rows[2], "HFO|FS|2017|100|Öster & Väster");
    assert_int_equal(c.line[1][0], 4);
    assert_int_equal(c.line[1][3], 5);
    assert_int_equal(c.line[1][4], 3);   /* absent: the line of <rad> */
    assert_int_equal(c.line[2][4], 8);
    assert_int_equal(c.column[2][0], 0);
}

static void test_every_kind_has_a_schema(void **state)
{
    (void)state;
    static const char *docs[][2] = {
        {"costs", "<kostnader" NS "><rad><projekt>P</projekt><tjanst>T</tjanst><ar>2016</ar>"
                  "<belopp>1</belopp><finansiering>esf</finansiering></rad></kostnader>"},
        {"exits", "<avslut" NS "><rad><projekt>P</projekt><hushall>H1</hushall>"
                  "<avslutsdatum>2016-03-01</avslutsdatum><avslutsorsak>arbete</avslutsorsak>"
                  "<andel>50 %</andel></rad></avslut>"},
        {"payments", "<utbetalningar" NS "><rad><hushall>H1</hushall><manad>2016-01</manad>"
                     "<belopp>9 000</belopp><stadsomrade>Öster</stadsomrade></rad></utbetalningar>"},
        {"savings", "<besparingar" NS "><rad><projekt>P</projekt><kategori>benefit</kategori>"
                    "<ar>2017</ar><belopp>1</belopp></rad></besparingar>"},
        {"treatment", "<behandlingar" NS "><rad><projekt>P</projekt><familj>F1</familj>"
                      "<typ>intensiv</typ><manader>6</manader><timmar_per_manad>20</timmar_per_manad>"
                      "</rad></behandlingar>"},
        {"placements", "<placeringar" NS "><rad><projekt>P</projekt><barn>B1</barn>"
                       "<dygn>365</dygn></rad></placeringar>"},
        {"params", "<parametrar" NS "><rad><nyckel>timkostnad</nyckel><varde>650</varde>"
                   "</rad></parametrar>"},
    };
    for (size_t i = 0; i < sizeof docs / sizeof docs[0]; i++) {
        collected c = {0};
        sif_error err;
        char xml[1024];
        snprintf(xml, sizeof xml, HEAD "%s", docs[i][1]);
        if (read_text(xml, docs[i][0], &c, &err) != SIF_OK)
            fail_msg("%s: %s (line %ld)", docs[i][0], err.msg, err.line);
        assert_int_equal(c.nrows, 2);
    }
}

static void test_schema_errors_all_listed(void **state)
{
    (void)state;
    const char *xml = HEAD
        "<kostnader" NS ">\n"
        "  <rad><projekt>HFO</projekt><tjanst>OV</tjanst><ar>2016</ar><belopp>1</belopp></rad>\n"
        "  <rad><projekt>HFO</projekt><tjanst>OV</tjanst><ar>2016</ar><belopp>1 05O</belopp></rad>\n"
        "  <rad><projekt>HFO</projekt><ar>1492</ar><belopp>1</belopp></rad>\n"
        "  <rad><projekt>HFO</projekt><tjanst>OV</tjanst><ar>2016</ar><belopp>1</belopp><moms>1</moms></rad>\n"
        "</kostnader>\n";
    collected c = {0};
    sif_error err;
    assert_int_equal(read_text(xml, "costs", &c, &err), SIF_ERR_DATA);
    assert_int_equal(c.nrows, 0);              /* nothing delivered before validation */
    assert_int_equal(err.line, 4);
    assert_int_equal(err.column, 70);         /* where the value begins */
    assert_non_null(strstr(err.msg, "<belopp>: \"1 05O\" is not an amount in kronor"));
    assert_non_null(strstr(err.msg, "line 5 column"));   /* 1492 and the missing tjanst */
    assert_non_null(strstr(err.msg, "line 6 column"));   /* <moms> */
    assert_null(strstr(err.msg, "pattern"));            /* the XSD's, which says nothing */
    assert_null(strstr(err.msg, "urn:sif"));
}

static void test_malformed_and_wrong_documents(void **state)
{
    (void)state;
    collected c = {0};
    sif_error err;
    assert_int_equal(read_text(HEAD "<kostnader" NS ">\n<rad>\n</kostnader>\n", "costs", &c, &err),
                     SIF_ERR_DATA);
    assert_int_equal(err.line, 4);
    assert_non_null(strstr(err.msg, "does not match the element it closes (<rad>)"));
    /* the right elements in the wrong (or no) namespace, or the wrong kind */
    assert_int_equal(read_text(HEAD "<kostnader><rad/></kostnader>", "costs", &c, &err),
                     SIF_ERR_DATA);
    assert_non_null(strstr(err.msg, "expected root element <kostnader"));
    assert_int_equal(read_text(HEAD "<avslut" NS "><rad/></avslut>", "costs", &c, &err),
                     SIF_ERR_DATA);
    assert_int_equal(read_text(HEAD "<kostnader" NS "/>", "costs", &c, &err), SIF_ERR_DATA);
    /* Latin-1 bytes are not UTF-8, whatever the declaration says */
    assert_int_equal(read_text("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
                               "<kostnader" NS "><rad><projekt>\xd6</projekt></rad></kostnader>",
                               "costs", &c, &err), SIF_ERR_DATA);
    assert_int_equal(read_text("\xff\xfe<\0k\0", "costs", &c, &err), SIF_ERR_DATA);
    assert_int_equal(read_text("", "costs", &c, &err), SIF_ERR_DATA);
    assert_int_equal(c.nrows, 0);
    assert_int_equal(read_text(HEAD "<kostnader" NS "/>", "kvitton", &c, &err), SIF_ERR_USAGE);
    sif_error_init(&err);
    assert_int_equal(sif_xml_read("/nonexistent/x.xml", "costs", collect_row, &c, &err),
                     SIF_ERR_NOTFOUND);
}

static void test_callback_stops_reader(void **state)
{
    (void)state;
    const char *xml = HEAD "<kostnader" NS ">\n"
        "<rad><projekt>A</projekt><tjanst>T</tjanst><ar>2016</ar><belopp>1</belopp></rad>\n"
        "<rad><projekt>B</projekt><tjanst>T</tjanst><ar>2016</ar><belopp>2</belopp></rad>\n"
        "<rad><projekt>C</projekt><tjanst>T</tjanst><ar>2016</ar><belopp>3</belopp></rad>\n"
        "</kostnader>\n";
    collected c = {.stop_at = 3};
    sif_error err;
    assert_int_equal(read_text(xml, "costs", &c, &err), SIF_ERR_DATA);
    assert_int_equal(c.nrows, 3);
    assert_string_equal(err.msg, "stop here");
    assert_int_equal(err.line, 4);
}

/* Each hostile file fails with SIF_ERR_DATA, a message saying why, and quickly. */
static void hostile(const char *name, const char *kind, const char *expect)
{
    collected c = {0};
    sif_error err;
    sif_error_init(&err);
    clock_t t0 = clock();
    sif_status rc = sif_xml_read(data_path(name), kind, collect_row, &c, &err);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    if (rc != SIF_ERR_DATA)
        fail_msg("%s: status %d, %s", name, rc, err.msg);
    if (strstr(err.msg, expect) == NULL)
        fail_msg("%s: message \"%s\" lacks \"%s\"", name, err.msg, expect);
    assert_int_equal(c.nrows, 0);
    assert_true(secs < 1.0);
}

static void test_hostile_documents(void **state)
{
    (void)state;
    hostile("hostile/xxe-passwd.xml", "costs", "DOCTYPE");
    hostile("hostile/billion-laughs.xml", "costs", "DOCTYPE");
    hostile("hostile/gzip-bomb.xml", "costs", "compressed (gzip)");
    /* a DOCTYPE after a comment, and one the pre-scan cannot miss even when spaced oddly */
    collected c = {0};
    sif_error err;
    assert_int_equal(read_text(HEAD "<!-- x -->\n<!DOCTYPE kostnader SYSTEM \"http://example.com/x.dtd\">"
                               "<kostnader" NS "/>", "costs", &c, &err), SIF_ERR_DATA);
    assert_non_null(strstr(err.msg, "DOCTYPE"));
    assert_int_equal(err.line, 3);
    /* an xsi:schemaLocation hint is not followed: the document is judged by sif's schema */
    assert_int_equal(read_text(HEAD "<kostnader" NS " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                               " xsi:schemaLocation=\"urn:sif:import:1 http://127.0.0.1:9/evil.xsd\">"
                               "<rad><projekt>A</projekt><tjanst>T</tjanst><ar>2016</ar><belopp>1</belopp></rad>"
                               "</kostnader>", "costs", &c, &err), SIF_OK);
    /* an XInclude is not processed */
    c.nrows = 0;
    assert_int_equal(read_text(HEAD "<kostnader" NS " xmlns:xi=\"http://www.w3.org/2001/XInclude\">"
                               "<rad><projekt>A</projekt><tjanst>T</tjanst><ar>2016</ar><belopp>1</belopp>"
                               "<kommentar><xi:include href=\"/etc/passwd\" parse=\"text\"/></kommentar></rad>"
                               "</kostnader>", "costs", &c, &err), SIF_ERR_DATA);
}

static void test_size_cap(void **state)
{
    (void)state;
    /* a sparse file one byte over the cap is refused before it is read */
    char path[] = "/tmp/sif-test-big-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(ftruncate(fd, (off_t)SIF_IMPORT_MAX_XML + 1), 0);
    close(fd);
    collected c = {0};
    sif_error err;
    sif_error_init(&err);
    assert_int_equal(sif_xml_read(path, "costs", collect_row, &c, &err), SIF_ERR_DATA);
    assert_non_null(strstr(err.msg, "larger than the limit"));
    unlink(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_costs_rows_and_lines),
        cmocka_unit_test(test_every_kind_has_a_schema),
        cmocka_unit_test(test_schema_errors_all_listed),
        cmocka_unit_test(test_malformed_and_wrong_documents),
        cmocka_unit_test(test_callback_stops_reader),
        cmocka_unit_test(test_hostile_documents),
        cmocka_unit_test(test_size_cap),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
