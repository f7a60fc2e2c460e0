/* tests/unit/test_stmt_cache.c — the store's statement cache (ledger/store.c): a write path
 * prepares its SQL once per connection, however many rows it writes. */
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

/* How many of the connection's prepared statements have SQL beginning with prefix, and
 * (*runs) how often the last of them ran. */
static int prepared(sif_store *st, const char *prefix, int *runs)
{
    int n = 0;
    *runs = 0;
    for (sqlite3_stmt *s = sqlite3_next_stmt(sif_store_db(st), NULL); s;
         s = sqlite3_next_stmt(sif_store_db(st), s)) {
        if (strncmp(sqlite3_sql(s), prefix, strlen(prefix)) == 0) {
            n++;
            *runs = sqlite3_stmt_status(s, SQLITE_STMTSTATUS_RUN, 0);
        }
    }
    return n;
}

/* 500 cost rows: each statement of the write path (insert, row hash, journal link) is
 * prepared once and run 500 times, where each row used to prepare its own; the lookups of
 * project, role and the last link are remembered for the write. */
static void test_write_path_prepares_once(void **state)
{
    (void)state;
    sif_store *st = open_with_project();
    sif_error err;
    int64_t batch;
    assert_int_equal(sif_write_begin(st, "import:costs", NULL, NULL, &batch, &err), SIF_OK);
    for (int i = 0; i < 500; i++)
        assert_int_equal(sif_cost_add(st, batch, "HFO", "OV", 2016, 0, 100 + i, NULL, NULL,
                                      NULL, &err), SIF_OK);
    assert_int_equal(sif_write_commit(st, batch, 500, 0, NULL, &err), SIF_OK);
    static const char *const hot[] = {"INSERT INTO cost(", "INSERT INTO journal(",
                                      "SELECT * FROM cost"};
    for (size_t i = 0; i < sizeof hot / sizeof hot[0]; i++) {
        int runs;
        if (prepared(st, hot[i], &runs) != 1 || runs < 500)
            fail_msg("%s: not one statement run for every row (%d runs)", hot[i], runs);
    }
    /* the project, the role and the journal's last link are looked up once per write */
    static const char *const once[] = {"SELECT p.id, p.code", "SELECT r.id, r.project_id",
                                       "SELECT seq, hash FROM journal"};
    for (size_t i = 0; i < sizeof once / sizeof once[0]; i++) {
        int runs;
        if (prepared(st, once[i], &runs) != 1 || runs > 10)
            fail_msg("%s: looked up for every row (%d runs)", once[i], runs);
    }
    sif_store_close(st);
}

/* A statement held by a caller is not handed out again: a nested use of the same SQL gets
 * one of its own, and the cached one comes back reset. */
static void test_nested_use(void **state)
{
    (void)state;
    sif_store *st = open_with_project();
    sif_error err;
    const char *sql = "SELECT code FROM project ORDER BY code";
    sqlite3_stmt *outer, *inner, *again;
    assert_int_equal(sif_store_stmt(st, sql, &outer, &err), SIF_OK);
    assert_int_equal(sqlite3_step(outer), SQLITE_ROW);
    assert_int_equal(sif_store_stmt(st, sql, &inner, &err), SIF_OK);
    assert_ptr_not_equal(inner, outer);
    assert_int_equal(sqlite3_step(inner), SQLITE_ROW);
    assert_string_equal((const char *)sqlite3_column_text(outer, 0), "HFO");
    sif_store_stmt_done(st, inner);
    sif_store_stmt_done(st, outer);
    assert_int_equal(sif_store_stmt(st, sql, &again, &err), SIF_OK);
    assert_ptr_equal(again, outer);
    assert_int_equal(sqlite3_step(again), SQLITE_ROW); /* reset: from the first row again */
    assert_string_equal((const char *)sqlite3_column_text(again, 0), "HFO");
    sif_store_stmt_done(st, again);
    sif_store_stmt_done(st, NULL);
    sif_store_close(st);
}

static void on_problem(void *ctx, const sif_problem *p)
{
    (void)ctx;
    print_message("problem: %s %lld: %s\n", p->table, (long long)p->row_id, p->msg);
}

/* What a rolled back write found or linked is forgotten: its project is not found by the
 * next write, and the next write's links follow the chain as committed. */
static void test_rollback_forgets(void **state)
{
    (void)state;
    sif_store *st = open_with_project();
    sif_error err;
    int64_t batch;
    sif_project p = {0}, found;
    strcpy(p.code, "GONE");
    strcpy(p.name, "Rolled back");
    assert_int_equal(sif_write_begin(st, "entry", NULL, NULL, &batch, &err), SIF_OK);
    assert_int_equal(sif_project_add(st, batch, &p, NULL, &err), SIF_OK);
    assert_int_equal(sif_project_find(st, "GONE", &found, &err), SIF_OK);
    assert_int_equal(sif_cost_add(st, batch, "HFO", "OV", 2016, 0, 100, NULL, NULL, NULL, &err),
                     SIF_OK);
    sif_write_abort(st);
    assert_int_equal(sif_write_begin(st, "entry", NULL, NULL, &batch, &err), SIF_OK);
    assert_int_equal(sif_project_find(st, "GONE", &found, &err), SIF_ERR_NOTFOUND);
    assert_int_equal(sif_cost_add(st, batch, "HFO", "OV", 2016, 0, 200, NULL, NULL, NULL, &err),
                     SIF_OK);
    assert_int_equal(sif_write_commit(st, batch, 1, 200, NULL, &err), SIF_OK);
    int64_t problems = -1;
    assert_int_equal(sif_store_verify(st, on_problem, NULL, &problems, &err), SIF_OK);
    assert_int_equal(problems, 0);
    sif_store_close(st);
}

/* The natural keys an import checks for every row are found through an index, not by
 * reading the whole table: an import of 200 000 exits took minutes without. */
static void test_key_checks_use_an_index(void **state)
{
    (void)state;
    sif_store *st = open_with_project();
    static const char *const keys[] = {
        "SELECT batch_id FROM hh_exit WHERE project_id = 1 AND household = 'H1' ORDER BY id",
        "SELECT batch_id FROM treatment_record WHERE project_id = 1 AND family = 'F1'"
        " AND kind = 'intensiv' AND months = 6 AND hours_per_month = 10 ORDER BY id",
        "SELECT batch_id FROM placement_record WHERE project_id = 1 AND child = 'B1'"
        " AND coalesce(year, 0) = 0 ORDER BY id",
    };
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        char sql[512];
        snprintf(sql, sizeof sql, "EXPLAIN QUERY PLAN %s", keys[i]);
        sqlite3_stmt *s;
        assert_int_equal(sqlite3_prepare_v2(sif_store_db(st), sql, -1, &s, NULL), SQLITE_OK);
        bool indexed = false;
        while (sqlite3_step(s) == SQLITE_ROW)
            indexed = indexed || strstr((const char *)sqlite3_column_text(s, 3), "INDEX") != NULL;
        sqlite3_finalize(s);
        if (!indexed)
            fail_msg("reads the whole table: %s", keys[i]);
    }
    sif_store_close(st);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_write_path_prepares_once, setup, teardown),
        cmocka_unit_test_setup_teardown(test_nested_use, setup, teardown),
        cmocka_unit_test_setup_teardown(test_rollback_forgets, setup, teardown),
        cmocka_unit_test_setup_teardown(test_key_checks_use_an_index, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
