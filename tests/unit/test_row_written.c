/* tests/unit/test_row_written.c — attack 4 of issue 11: every insert checks that exactly one
 * row was written. A trigger with RAISE(IGNORE) added inside the write (past the schema
 * check of sif_write_begin) makes the INSERT succeed without a row; sif must not then journal
 * the previous row under the new one's name. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include "../../ledger/store_internal.h"
#include "sif/sif.h"

static void test_ignored_insert_is_refused(void **state)
{
    (void)state;
    char path[64];
    snprintf(path, sizeof path, "/tmp/sif-test-rowwritten-%d.db", (int)getpid());
    unlink(path);
    sif_store *st;
    sif_error err;
    bool created;
    assert_int_equal(sif_store_open(path, SIF_STORE_CREATE, &st, &err), SIF_OK);
    assert_int_equal(sif_ledger_init(st, NULL, NULL, &created, &err), SIF_OK);
    int64_t batch;
    assert_int_equal(sif_write_begin(st, "entry", NULL, NULL, &batch, &err), SIF_OK);
    assert_int_equal(sif_unit_add(st, batch, "A", "a", NULL, NULL, &err), SIF_OK);
    assert_int_equal(sqlite3_exec(sif_store_db(st), "CREATE TRIGGER unit_skip BEFORE INSERT ON"
                                  " unit BEGIN SELECT RAISE(IGNORE); END", NULL, NULL, NULL),
                     SQLITE_OK);
    assert_int_equal(sif_unit_add(st, batch, "B", "b", NULL, NULL, &err), SIF_ERR_TAMPERED);
    assert_non_null(strstr(err.msg, "no row was written to unit"));
    sif_write_abort(st);
    sif_store_close(st);
    unlink(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ignored_insert_is_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
