/* tests/unit/test_durability.c — attack 14 of issue 11: the ledger ran WAL with
 * synchronous=NORMAL, so an import reported as done could be lost in a power cut. Every
 * connection that writes must commit with synchronous=FULL (2). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>
#include <cmocka.h>
#include "../../ledger/store_internal.h"
#include "db_fixture.h"

static int pragma(sif_store *st, const char *sql)
{
    sqlite3_stmt *s;
    assert_int_equal(sqlite3_prepare_v2(sif_store_db(st), sql, -1, &s, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(s), SQLITE_ROW);
    int v = sqlite3_column_int(s, 0);
    sqlite3_finalize(s);
    return v;
}

static void test_writes_are_durable(void **state)
{
    (void)state;
    char path[64];
    snprintf(path, sizeof path, "/tmp/sif-test-durable-%d.db", (int)getpid());
    unlink(path);
    sif_store *st;
    sif_error err;
    assert_int_equal(sif_store_open(path, SIF_STORE_CREATE, &st, &err), SIF_OK);
    assert_int_equal(pragma(st, "PRAGMA synchronous"), 2);
    sif_store_close(st);
    /* and when an existing ledger is opened again for writing */
    assert_int_equal(sif_store_open(path, 0, &st, &err), SIF_OK);
    assert_int_equal(pragma(st, "PRAGMA synchronous"), 2);
    sif_store_close(st);
    db_fixture_remove(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_writes_are_durable),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
