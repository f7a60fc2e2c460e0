/* tests/unit/test_records.c — the benefit records method on a hand-written payment register
 * (tests/data/records_payments.csv) whose answer is worked out below.
 *
 * Window 12 whole months before the exit, horizon 2016-12, counted from the first whole
 * month after the exit; at the day level (method.h): an exit on a month's last day has that
 * month's payment in its window, an exit on the 1st counts that month as avoided.
 *   H1 work, exit 2015-01-15: 12 × 9 000 before → M = 9 000. 2015: 11 mån = 99 000;
 *      2016: 12 mån = 108 000. Also an exit in project OTH 2015-06: double counting.
 *   H2 studies, exit 2015-06-30 (June's last day): window 2014-07..2015-06 holds
 *      12 × 6 000 = 72 000 → M = 6 000 (June's payment was left out, M = 5 500, before).
 *      2015: Jul–Dec 6 mån = 36 000. 2016: 12 mån = 72 000, re-entry 2016-03/04 12 000 → 60 000.
 *   H3 work, half exit (1/2) 2016-01-10: M = 10 000; Feb–Dec 11 mån; paid after 10 × 5 000
 *      + 8 000 = 58 000. min(½ × 110 000, 110 000 − 58 000) = 52 000 (counterfactual 55 000).
 *   H4 work, exit 2015-05-01, no payments at all: warning, not counted.
 *   H5 moved, exit 2016-01-01: M = 3 000; January is avoided: 12 mån = 36 000 (11 before),
 *      all shifted.
 * 2015: 135 000 (counterfactual 135 000, re-entry 0).
 * 2016: 108 000 + 60 000 + 52 000 + 36 000 = 256 000 (counterfactual 271 000, re-entry 15 000),
 *       shifted 36 000. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include "calc_fixture.h"

static void load_payments(sif_store *st, sif_error *err)
{
    const char *dir = getenv("SIF_TEST_DATA");
    char path[512], line[128];
    snprintf(path, sizeof path, "%s/records_payments.csv", dir ? dir : SIF_TEST_DATA_DIR);
    FILE *f = fopen(path, "r");
    assert_non_null(f);
    int64_t batch, rows;
    sif_ore sum;
    sif_payment_writer *w;
    assert_int_equal(sif_write_begin(st, "import:payments", path, NULL, &batch, err), SIF_OK);
    assert_int_equal(sif_payment_writer_open(st, batch, &w, err), SIF_OK);
    while (fgets(line, sizeof line, f)) {
        char hh[16];
        int y, m;
        long kr;
        if (sscanf(line, "%15[^;];%d-%d;%ld", hh, &y, &m, &kr) != 4)
            continue; /* comment and header */
        assert_int_equal(sif_payment_writer_add(w, hh, y * 100 + m, kr * 100, NULL, err), SIF_OK);
    }
    fclose(f);
    sif_payment_writer_close(w, &rows, &sum);
    assert_int_equal(sif_write_commit(st, batch, rows, sum, NULL, err), SIF_OK);
}

static void add_exit(sif_store *st, int64_t batch, const char *project, const char *hh,
                     const char *date, sif_exit_reason r, int64_t num, int64_t den)
{
    sif_exit e;
    memset(&e, 0, sizeof e);
    snprintf(e.household, sizeof e.household, "%s", hh);
    snprintf(e.exit_date, sizeof e.exit_date, "%s", date);
    e.reason = r;
    e.share = (sif_ratio){num, den};
    sif_error err;
    if (sif_exit_add(st, batch, project, &e, NULL, &err) != SIF_OK)
        fail_msg("exit %s: %s", hh, err.msg);
}

static const sif_saving_input *input(const sif_saving_calc *c, const char *key)
{
    const sif_saving_input *i = sif_saving_calc_find(c, key);
    if (i == NULL)
        fail_msg("no input %s", key);
    return i;
}

static void test_records(void **state)
{
    (void)state;
    sif_error err;
    sif_error_init(&err);
    char path[256];
    sif_store *st = fixture_open(path, sizeof path, "REC", 2015, 2016);
    assert_non_null(st);
    load_payments(st, &err);
    int64_t batch;
    CHECK_OK(sif_write_begin(st, "entry", NULL, NULL, &batch, &err));
    sif_project other;
    memset(&other, 0, sizeof other);
    snprintf(other.code, sizeof other.code, "OTH");
    snprintf(other.name, sizeof other.name, "Annat projekt");
    other.end_year = 2016;
    CHECK_OK(sif_project_add(st, batch, &other, NULL, &err));
    add_exit(st, batch, "REC", "H1", "2015-01-15", SIF_EXIT_WORK, 1, 1);
    add_exit(st, batch, "REC", "H2", "2015-06-30", SIF_EXIT_STUDIES, 1, 1);
    add_exit(st, batch, "REC", "H3", "2016-01-10", SIF_EXIT_WORK, 1, 2);
    add_exit(st, batch, "REC", "H4", "2015-05-01", SIF_EXIT_WORK, 1, 1);
    add_exit(st, batch, "REC", "H5", "2016-01-01", SIF_EXIT_MOVED, 1, 1);
    add_exit(st, batch, "OTH", "H1", "2015-06-01", SIF_EXIT_WORK, 1, 1);
    CHECK_OK(sif_write_commit(st, batch, 6, 0, NULL, &err));

    sif_method_opts o;
    sif_method_opts_init(&o);
    o.status = SIF_SAVING_REALISED;
    snprintf(o.unit_code, sizeof o.unit_code, "U");
    sif_method_out *m;
    CHECK_OK(sif_method_compute(st, "REC", "benefit_records", &o, &m, &err));
    assert_int_equal(m->n, 2);
    assert_int_equal(m->savings[0].year, 2015);
    assert_int_equal(m->savings[0].amount_ore, 13500000);
    assert_int_equal(m->savings[0].shifted_ore, 0);
    assert_int_equal(input(m->calcs[0], "hushall")->value, 2);
    assert_int_equal(m->savings[1].year, 2016);
    assert_int_equal(m->savings[1].amount_ore, 25600000);
    assert_int_equal(m->savings[1].shifted_ore, 3600000);
    assert_int_equal(input(m->calcs[1], "kontrafaktisk")->value, 27100000);
    assert_int_equal(input(m->calcs[1], "aterinskrivning")->value, 1500000);
    assert_int_equal(input(m->calcs[1], "hushall")->value, 4);
    /* warnings: H4 without payments, H1 claimed by OTH too */
    assert_int_equal(m->nwarnings, 2);
    int no_pay = 0, dbl = 0;
    for (size_t i = 0; i < m->nwarnings; i++) {
        no_pay += strstr(m->warnings[i], "H4") && strstr(m->warnings[i], "no payments");
        dbl += strstr(m->warnings[i], "H1") && strstr(m->warnings[i], "counted twice");
    }
    assert_int_equal(no_pay, 1);
    assert_int_equal(dbl, 1);
    assert_non_null(strstr(m->calcs[1]->derivation, "H4"));
    /* the derivation names the window's total where it belongs (one buffer was passed twice
     * and printed the year's saving there) */
    assert_non_null(strstr(m->calcs[1]->derivation, "2016: 12 months × 72 000 kr/12 = 72 000 kr; "
                                                     "paid after the exit 12 000 kr → 60 000 kr"));
    /* written, they are what the result counts */
    CHECK_OK(sif_write_begin(st, "compute", NULL, NULL, &batch, &err));
    CHECK_OK(sif_method_write(st, batch, m, NULL, &err));
    CHECK_OK(sif_write_commit(st, batch, 2, 0, NULL, &err));
    sif_method_out_free(m);
    sif_result *r;
    CHECK_OK(sif_result_build(st, "REC", NULL, &r, &err));
    assert_int_equal(r->by_category[SIF_CAT_BENEFIT], 39100000);
    assert_int_equal(r->shifted_ore, 3600000);
    sif_result_free(r);

    /* a shorter horizon and window change the answer as worked out by hand:
     * horizon 2015-12, only 2015: H1 99 000 + H2 36 000 */
    o.horizon_end = 201512;
    CHECK_OK(sif_method_compute(st, "REC", "records", &o, &m, &err));
    assert_int_equal(m->n, 1);
    assert_int_equal(m->savings[0].amount_ore, 13500000);
    sif_method_out_free(m);
    /* window 6: H2's window 2015-01..2015-06 is 6 × 6 000 → M = 6 000; 2015: 36 000 */
    o.window = 6;
    CHECK_OK(sif_method_compute(st, "REC", "records", &o, &m, &err));
    assert_int_equal(m->savings[0].amount_ore, 9900000 + 3600000);
    sif_method_out_free(m);
    /* the schablon method refuses a half exit */
    sif_method_opts_init(&o);
    o.has_monthly = true;
    o.monthly_ore = 900000;
    assert_int_equal(sif_method_compute(st, "REC", "benefit_schablon", &o, &m, &err), SIF_ERR_DATA);
    assert_non_null(strstr(err.msg, "H3"));
    fixture_close(st, path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_records),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
