/* tests/unit/test_district_scale.c — a district is looked up in the ledger's spelling once per
 * district and project in a write, not once per row: adding exits costs the same SQLite steps
 * a row whether the project holds a few exits with districts or thousands (an import of
 * 20 000 exits with districts took 128 s when every row read the project's rows, 0,5 s now). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include "sif/sif.h"
#include "store_internal.h"
#include "store_fixture.h"
#include "step_count.h"

/* n exits of households PREFIX0.. in district (the spellings alternate as typed) in one
 * write; the SQLite steps it took */
static long long add_exits(sif_store *st, const char *prefix, int n)
{
    static const char *const typed[] = {"Öster", "öster", "ÖSTER", "Oster"};
    sif_error err;
    int64_t batch;
    long long steps = 0;
    steps_begin(sif_store_db(st), &steps);
    assert_int_equal(sif_write_begin(st, "entry", NULL, NULL, &batch, &err), SIF_OK);
    for (int i = 0; i < n; i++) {
        sif_exit e;
        memset(&e, 0, sizeof e);
        snprintf(e.household, sizeof e.household, "%s%05d", prefix, i);
        snprintf(e.exit_date, sizeof e.exit_date, "2017-%02d-15", 1 + i % 12);
        e.reason = SIF_EXIT_WORK;
        e.share = (sif_ratio){1, 1};
        snprintf(e.district, sizeof e.district, "%s", typed[i % 4]);
        assert_int_equal(sif_exit_add(st, batch, "HFO", &e, NULL, &err), SIF_OK);
    }
    assert_int_equal(sif_write_commit(st, batch, n, 0, NULL, &err), SIF_OK);
    steps_end(sif_store_db(st));
    return steps;
}

static void test_district_once_a_write(void **state)
{
    (void)state;
    sif_store *st = open_with_project();
    long long few = add_exits(st, "A", 100);      /* 100 rows into a project of none */
    add_exits(st, "B", 2000);                     /* the project fills up */
    long long many = add_exits(st, "C", 100);     /* 100 rows into a project of 2 100 */
    /* one read of the project's 2 100 exits is allowed; one a row (2 000 000 and more) not */
    assert_true(many < few + 100000);
    /* and every spelling is stored as the first */
    sqlite3_stmt *s;
    assert_int_equal(sqlite3_prepare_v2(sif_store_db(st), "SELECT count(DISTINCT district), "
                                        "min(district) FROM hh_exit_district", -1, &s, NULL),
                     SQLITE_OK);
    assert_int_equal(sqlite3_step(s), SQLITE_ROW);
    assert_int_equal(sqlite3_column_int(s, 0), 1);
    assert_string_equal((const char *)sqlite3_column_text(s, 1), "Öster");
    sqlite3_finalize(s);
    sif_store_close(st);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_district_once_a_write, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
