/* tests/unit/test_report_scale.c — one project's report reads its own rows and its fund's
 * sums, never the rest of the portfolio (issue 16): the SQLite steps of a report stay the
 * same when a hundred projects of another fund, with their costs, savings and exits, join
 * the ledger. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include "sif/report.h"
#include "sif/sif.h"
#include "store_internal.h"
#include "store_fixture.h"
#include "step_count.h"

/* The steps of one report of HFO (XML only), with its check, results and scenarios. */
static long long report_steps(sif_store *st)
{
    char xml[300];
    snprintf(xml, sizeof xml, "%s.xml", dbpath);
    unlink(xml);
    long long steps = 0;
    steps_begin(sif_store_db(st), &steps);
    sif_report_opts o = {.lang = SIF_LANG_SV, .xml_path = xml, .force = true};
    sif_error err;   /* unset, as a caller may leave it: a report must not read it */
    assert_int_equal(sif_report_write(st, "HFO", &o, &err), SIF_OK);
    steps_end(sif_store_db(st));
    unlink(xml);
    return steps;
}

static void add_costs(sif_store *st, int64_t batch, const char *project, const char *role,
                      int n)
{
    sif_error err;
    for (int i = 0; i < n; i++)
        assert_int_equal(sif_cost_add(st, batch, project, role, 2016 + i % 4, 0,
                                      100000 + i, NULL, NULL, NULL, &err), SIF_OK);
}

static void test_report_reads_its_project(void **state)
{
    (void)state;
    sif_store *st = open_with_project();
    sif_error err;
    int64_t batch;
    assert_int_equal(sif_write_begin(st, "entry", NULL, NULL, &batch, &err), SIF_OK);
    add_costs(st, batch, "HFO", "OV", 80);
    assert_int_equal(sif_write_commit(st, batch, 80, 0, NULL, &err), SIF_OK);
    long long alone = report_steps(st);

    /* a second fund of 100 projects with 80 cost entries, 10 savings and 10 exits each */
    assert_int_equal(sif_write_begin(st, "entry", NULL, NULL, &batch, &err), SIF_OK);
    sif_fund f = {0};
    strcpy(f.code, "F2");
    strcpy(f.name, "Andra fonden");
    assert_int_equal(sif_fund_add(st, batch, &f, NULL, &err), SIF_OK);
    for (int i = 0; i < 100; i++) {
        sif_project p = {0};
        snprintf(p.code, sizeof p.code, "Q%03d", i);
        snprintf(p.name, sizeof p.name, "Projekt %d", i);
        strcpy(p.fund_code, "F2");
        assert_int_equal(sif_project_add(st, batch, &p, NULL, &err), SIF_OK);
        sif_role r = {0};
        strcpy(r.code, "OV");
        strcpy(r.title, "soc sekr");
        strcpy(r.unit_code, "OVE");
        assert_int_equal(sif_role_add(st, batch, p.code, &r, NULL, &err), SIF_OK);
        add_costs(st, batch, p.code, "OV", 80);
        for (int k = 0; k < 10; k++) {
            sif_saving sv;
            memset(&sv, 0, sizeof sv);
            snprintf(sv.project_code, sizeof sv.project_code, "%s", p.code);
            sv.category = SIF_CAT_OTHER;
            sv.year = 2017 + k % 3;
            sv.cash_bp = -1;
            sv.amount_ore = 50000 + k;
            assert_int_equal(sif_saving_add(st, batch, &sv, NULL, NULL, &err), SIF_OK);
            sif_exit e;
            memset(&e, 0, sizeof e);
            snprintf(e.household, sizeof e.household, "H%03d%02d", i, k);
            snprintf(e.exit_date, sizeof e.exit_date, "2017-0%d-15", 1 + k % 9);
            e.reason = SIF_EXIT_WORK;
            e.share = (sif_ratio){1, 1};
            assert_int_equal(sif_exit_add(st, batch, p.code, &e, NULL, &err), SIF_OK);
        }
    }
    assert_int_equal(sif_write_commit(st, batch, 8000, 0, NULL, &err), SIF_OK);
    long long among = report_steps(st);
    /* 8 000 more cost rows would be tens of thousands of steps more if any were read */
    if (among > alone + alone / 10 + 2000)
        fail_msg("the report of HFO took %lld SQLite steps alone and %lld among 100 other "
                 "projects", alone, among);
    sif_store_close(st);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_report_reads_its_project, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
