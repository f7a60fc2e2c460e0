/* tests/unit/store_fixture.h — the ledger the store tests (test_store.c, test_stmt_cache.c)
 * start from: a fresh file per test, with or without project HFO.
 *
 * @code
 *     static void test_x(void **state) {
 *         sif_store *st = open_with_project();
 *         ...
 *         sif_store_close(st);
 *     }
 *     cmocka_unit_test_setup_teardown(test_x, setup, teardown)
 * @endcode
 *
 * Include it after <cmocka.h>: the helpers assert. The file is dbpath, one per process. */
#ifndef SIF_TEST_STORE_FIXTURE_H
#define SIF_TEST_STORE_FIXTURE_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "sif/sif.h"
#include "db_fixture.h"

static char dbpath[256];

/* cmocka setup: names this process's ledger file and makes sure it does not exist yet. */
static int setup(void **state)
{
    (void)state;
    snprintf(dbpath, sizeof dbpath, "/tmp/sif-test-store-%d.db", (int)getpid());
    db_fixture_remove(dbpath);
    return 0;
}

/* cmocka teardown: removes the ledger file and SQLite's files beside it. */
static int teardown(void **state)
{
    (void)state;
    db_fixture_remove(dbpath);
    return 0;
}

/* A new ledger at dbpath written by user "tester"; the caller closes it. */
static inline sif_store *open_new(void)
{
    sif_store *st = NULL;
    sif_error err;
    bool created;
    assert_int_equal(sif_store_open(dbpath, SIF_STORE_CREATE, &st, &err), SIF_OK);
    sif_store_set_user(st, "tester");
    assert_int_equal(sif_ledger_init(st, NULL, NULL, &created, &err), SIF_OK);
    assert_true(created);
    return st;
}

/* A new ledger with unit OVE and project HFO with one role OV; the caller closes it. */
static inline sif_store *open_with_project(void)
{
    sif_store *st = open_new();
    sif_error err;
    int64_t batch;
    assert_int_equal(sif_write_begin(st, "entry", NULL, NULL, &batch, &err), SIF_OK);
    assert_int_equal(sif_unit_add(st, batch, "OVE", "Öppenvård", "Nämnd A", NULL, &err), SIF_OK);
    sif_project p = {0};
    strcpy(p.code, "HFO");
    strcpy(p.name, "Hela Familjen Öster");
    assert_int_equal(sif_project_add(st, batch, &p, NULL, &err), SIF_OK);
    sif_role r = {0};
    strcpy(r.code, "OV");
    strcpy(r.title, "2 soc sekr");
    strcpy(r.unit_code, "OVE");
    assert_int_equal(sif_role_add(st, batch, "HFO", &r, NULL, &err), SIF_OK);
    assert_int_equal(sif_write_commit(st, batch, 3, 0, NULL, &err), SIF_OK);
    return st;
}

#endif
