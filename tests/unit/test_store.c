/* tests/unit/test_store.c — the store: migrations, append-only tables, reversal, period
 * locks and the hash chain that sif verify walks. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include <sqlite3.h>
#include "sif/sif.h"
#include "store_fixture.h"

static int64_t add_cost(sif_store *st, int year, sif_ore amount, sif_status want)
{
    sif_error err;
    int64_t batch, id = 0;
    assert_int_equal(sif_write_begin(st, "entry", NULL, NULL, &batch, &err), SIF_OK);
    sif_status rc = sif_cost_add(st, batch, "HFO", "OV", year, 0, amount, NULL, NULL, &id, &err);
    assert_int_equal(rc, want);
    if (rc == SIF_OK)
        assert_int_equal(sif_write_commit(st, batch, 1, amount, NULL, &err), SIF_OK);
    else
        sif_write_abort(st);
    return id;
}

static sif_ore total(sif_store *st)
{
    sif_investment *inv;
    sif_error err;
    assert_int_equal(sif_investment_build(st, "HFO", NULL, &inv, &err), SIF_OK);
    sif_ore t = inv->total;
    sif_investment_free(inv);
    return t;
}

static void raw_exec(const char *sql, int want_ok)
{
    sqlite3 *db;
    assert_int_equal(sqlite3_open(dbpath, &db), SQLITE_OK);
    char *msg = NULL;
    int rc = sqlite3_exec(db, sql, NULL, NULL, &msg);
    if (want_ok && rc != SQLITE_OK)
        fail_msg("%s: %s", sql, msg);
    if (!want_ok && rc == SQLITE_OK)
        fail_msg("%s was allowed", sql);
    sqlite3_free(msg);
    sqlite3_close(db);
}

static void test_migrations(void **state)
{
    (void)state;
    sif_store *st = open_new();
    assert_int_equal(sif_store_schema_version(st), SIF_SCHEMA_VERSION);
    sif_store_close(st);
    /* reopening keeps the data and does not migrate again */
    sif_error err;
    assert_int_equal(sif_store_open(dbpath, 0, &st, &err), SIF_OK);
    sif_fund f;
    assert_int_equal(sif_fund_find(st, NULL, &f, &err), SIF_OK);
    assert_string_equal(f.code, "SIF");
    sif_store_close(st);
    /* a ledger from a newer sif is refused */
    raw_exec("PRAGMA user_version = 99", 1);
    st = (sif_store *)1;
    assert_int_equal(sif_store_open(dbpath, 0, &st, &err), SIF_ERR_DATA);
    assert_null(st);
    assert_non_null(strstr(err.msg, "newer"));
    teardown(NULL);
    /* a database of something else is refused */
    raw_exec("CREATE TABLE other(x)", 1);
    assert_int_equal(sif_store_open(dbpath, 0, &st, &err), SIF_ERR_DATA);
    assert_non_null(strstr(err.msg, "not a sif ledger"));
    teardown(NULL);
    /* a missing file without CREATE */
    assert_int_equal(sif_store_open(dbpath, 0, &st, &err), SIF_ERR_NOTFOUND);
    /* not a database at all */
    FILE *f2 = fopen(dbpath, "w");
    fputs("this is not sqlite, just text that is long enough to be a header....", f2);
    fclose(f2);
    assert_int_equal(sif_store_open(dbpath, 0, &st, &err), SIF_ERR_DATA);
}

/* A ledger written by the sif of schema 1 is taken forward to the current schema on open,
 * keeping its rows and its hash chain. */
static void test_forward_migration(void **state)
{
    (void)state;
    sif_store *st = open_with_project();
    add_cost(st, 2016, 100000, SIF_OK);
    sif_store_close(st);
    raw_exec("DROP TRIGGER repayment_period_closed; DROP TRIGGER fund_capital_period_closed;"
             "DROP TRIGGER control_total_period_closed; DROP TRIGGER placement_record_period_closed;"
             "DROP TRIGGER hh_exit_period_closed; DROP TABLE web_user; DROP TABLE saving_econ;"
             "DROP TABLE param_econ; DROP TABLE price_index; DROP TABLE chain_key;"
             "DROP TABLE payment_digest;"
             "DROP TRIGGER unit_committee_period_closed; DROP TRIGGER decision_period_closed;"
             "DROP TABLE outcome; DROP TABLE participant; DROP TABLE target;"
             "DROP TABLE count_control; DROP TABLE project_place; DROP TABLE hh_exit_district;"
             "DROP TABLE fund_capital_committee; DROP INDEX hh_exit_key;"
             "DROP INDEX treatment_record_key; DROP INDEX placement_record_key;"
             "PRAGMA user_version = 1", 1);
    sif_error err;
    assert_int_equal(sif_store_open(dbpath, 0, &st, &err), SIF_OK);
    assert_int_equal(sif_store_schema_version(st), SIF_SCHEMA_VERSION);
    assert_int_equal(total(st), 100000);
    int64_t problems = -1;
    assert_int_equal(sif_store_verify(st, NULL, NULL, &problems, &err), SIF_OK);
    assert_int_equal(problems, 0);
    /* and the new rule holds: a closed year takes no capital either */
    int64_t batch;
    assert_int_equal(sif_write_begin(st, "period", NULL, NULL, &batch, &err), SIF_OK);
    assert_int_equal(sif_period_close(st, batch, 2015, NULL, &err), SIF_OK);
    assert_int_equal(sif_write_commit(st, batch, 1, 0, NULL, &err), SIF_OK);
    assert_int_equal(sif_write_begin(st, "entry", NULL, NULL, &batch, &err), SIF_OK);
    assert_int_equal(sif_fund_capital_add(st, batch, NULL, 2015, 100, NULL, &err), SIF_ERR_CLOSED);
    assert_int_equal(sif_fund_capital_add(st, batch, NULL, 2016, 100, NULL, &err), SIF_OK);
    sif_write_abort(st);
    sif_store_close(st);
}

static void test_append_only(void **state)
{
    (void)state;
    sif_store *st = open_with_project();
    add_cost(st, 2016, 100000, SIF_OK);
    sif_store_close(st);
    raw_exec("UPDATE cost SET amount_ore = 1", 0);
    raw_exec("DELETE FROM cost", 0);
    raw_exec("DELETE FROM journal", 0);
    raw_exec("UPDATE batch SET user = 'x'", 0);
    raw_exec("DELETE FROM project", 0);
}

static void test_reversal(void **state)
{
    (void)state;
    sif_store *st = open_with_project();
    int64_t id = add_cost(st, 2016, 100050, SIF_OK);
    add_cost(st, 2016, 20000, SIF_OK);
    assert_int_equal(total(st), 120050);
    sif_error err;
    int64_t batch, rev = 0;
    assert_int_equal(sif_write_begin(st, "entry", NULL, NULL, &batch, &err), SIF_OK);
    assert_int_equal(sif_cost_reverse(st, batch, id, "", &rev, &err), SIF_ERR_USAGE);
    assert_int_equal(sif_cost_reverse(st, batch, id, "fel belopp", &rev, &err), SIF_OK);
    assert_int_equal(sif_write_commit(st, batch, 1, 0, NULL, &err), SIF_OK);
    assert_int_equal(total(st), 20000);
    assert_int_equal(sif_write_begin(st, "entry", NULL, NULL, &batch, &err), SIF_OK);
    assert_int_equal(sif_cost_reverse(st, batch, id, "igen", &rev, &err), SIF_ERR_DATA);
    assert_int_equal(sif_cost_reverse(st, batch, rev, "omvänd", NULL, &err), SIF_ERR_DATA);
    assert_int_equal(sif_cost_reverse(st, batch, 999, "saknas", NULL, &err), SIF_ERR_NOTFOUND);
    sif_write_abort(st);
    assert_int_equal(total(st), 20000);
    sif_store_close(st);
}

static void test_abort_leaves_nothing(void **state)
{
    (void)state;
    sif_store *st = open_with_project();
    sif_error err;
    int64_t batch;
    assert_int_equal(sif_write_begin(st, "entry", NULL, NULL, &batch, &err), SIF_OK);
    assert_int_equal(sif_cost_add(st, batch, "HFO", "OV", 2015, 0, 500, NULL, NULL, NULL, &err), SIF_OK);
    sif_write_abort(st);
    assert_int_equal(total(st), 0);
    int64_t problems = -1;
    assert_int_equal(sif_store_verify(st, NULL, NULL, &problems, &err), SIF_OK);
    assert_int_equal(problems, 0);
    sif_store_close(st);
}

struct committee_rows {
    int n;
    int from[8];
    char name[8][32];
};

static int committee_row(void *ctx, int from_year, const char *committee)
{
    struct committee_rows *r = ctx;
    if (r->n == 8)
        return 1;
    r->from[r->n] = from_year;
    snprintf(r->name[r->n++], sizeof r->name[0], "%s", committee);
    return 0;
}

/* A unit's committee rows come by from_year, then id, whatever order they were entered in. */
static void test_unit_committee_list(void **state)
{
    (void)state;
    sif_store *st = open_with_project();
    sif_error err;
    int64_t batch;
    assert_int_equal(sif_write_begin(st, "entry", NULL, NULL, &batch, &err), SIF_OK);
    assert_int_equal(sif_unit_move(st, batch, "OVE", 2017, "Nämnd C", &err), SIF_OK);
    assert_int_equal(sif_unit_move(st, batch, "OVE", 2015, "Nämnd B", &err), SIF_OK);
    assert_int_equal(sif_unit_move(st, batch, "OVE", 2017, "Nämnd D", &err), SIF_OK);
    assert_int_equal(sif_unit_add(st, batch, "TOM", "Utan nämnd", NULL, NULL, &err), SIF_OK);
    assert_int_equal(sif_write_commit(st, batch, 4, 0, NULL, &err), SIF_OK);
    sif_unit u;
    assert_int_equal(sif_unit_find(st, "OVE", &u, &err), SIF_OK);
    struct committee_rows r = {0};
    assert_int_equal(sif_unit_committee_list(st, u.id, committee_row, &r, &err), SIF_OK);
    assert_int_equal(r.n, 4);
    static const int from[] = {0, 2015, 2017, 2017};
    static const char *const name[] = {"Nämnd A", "Nämnd B", "Nämnd C", "Nämnd D"};
    for (int i = 0; i < 4; i++) {
        assert_int_equal(r.from[i], from[i]);
        assert_string_equal(r.name[i], name[i]);
    }
    assert_int_equal(sif_unit_find(st, "TOM", &u, &err), SIF_OK);
    memset(&r, 0, sizeof r);
    assert_int_equal(sif_unit_committee_list(st, u.id, committee_row, &r, &err), SIF_OK);
    assert_int_equal(r.n, 0);
    sif_store_close(st);
}

/* Read transactions nest: an inner end keeps the outer one open (a report that calls the
 * result builder, which reads too, still sees one state). */
static void test_nested_reads(void **state)
{
    (void)state;
    sif_store *st = open_with_project();
    sif_error err;
    int64_t batch;
    assert_int_equal(sif_read_begin(st, &err), SIF_OK);
    assert_int_equal(sif_read_begin(st, &err), SIF_OK);
    sif_read_end(st);
    assert_int_not_equal(sif_write_begin(st, "entry", NULL, NULL, &batch, &err), SIF_OK);
    sif_read_end(st);
    assert_int_equal(sif_write_begin(st, "entry", NULL, NULL, &batch, &err), SIF_OK);
    sif_write_abort(st);
    sif_read_end(st); /* one too many: harmless */
    sif_store_close(st);
}

static void test_period_lock(void **state)
{
    (void)state;
    sif_store *st = open_with_project();
    sif_error err;
    int64_t batch;
    assert_int_equal(sif_write_begin(st, "period", NULL, NULL, &batch, &err), SIF_OK);
    assert_int_equal(sif_period_close(st, batch, 2016, "bokslut", &err), SIF_OK);
    assert_int_equal(sif_write_commit(st, batch, 1, 0, NULL, &err), SIF_OK);
    add_cost(st, 2016, 100, SIF_ERR_CLOSED);
    add_cost(st, 2017, 100, SIF_OK);
    bool closed;
    assert_int_equal(sif_period_is_closed(st, 2016, &closed, &err), SIF_OK);
    assert_true(closed);
    assert_int_equal(sif_write_begin(st, "period", NULL, NULL, &batch, &err), SIF_OK);
    assert_int_equal(sif_period_close(st, batch, 2016, NULL, &err), SIF_ERR_DATA);
    assert_int_equal(sif_period_reopen(st, batch, 2016, NULL, &err), SIF_ERR_USAGE);
    assert_int_equal(sif_period_reopen(st, batch, 2015, "x", &err), SIF_ERR_DATA);
    assert_int_equal(sif_period_reopen(st, batch, 2016, "rättelse", &err), SIF_OK);
    assert_int_equal(sif_write_commit(st, batch, 1, 0, NULL, &err), SIF_OK);
    add_cost(st, 2016, 100, SIF_OK);
    assert_int_equal(total(st), 200);
    sif_store_close(st);
    /* the database itself refuses, even past sif */
    raw_exec("INSERT INTO period_event(year, action, batch_id, user, at) VALUES (2018, 'close', 1, 'x', 'y');"
             "INSERT INTO cost(project_id, role_id, year, amount_ore, funding, batch_id, user, at)"
             " VALUES (1, 1, 2018, 5, 'fund', 1, 'x', 'y')", 0);
}

struct seen {
    int n;
    char text[2048];
};

static void on_problem(void *ctx, const sif_problem *p)
{
    struct seen *s = ctx;
    s->n++;
    size_t len = strlen(s->text);
    snprintf(s->text + len, sizeof s->text - len, "[%s %lld] %s\n", p->table, (long long)p->row_id,
             p->msg);
}

static struct seen verify(void)
{
    sif_store *st;
    sif_error err;
    struct seen s;
    memset(&s, 0, sizeof s);
    assert_int_equal(sif_store_open(dbpath, SIF_STORE_READONLY, &st, &err), SIF_OK);
    int64_t problems = 0;
    assert_int_equal(sif_store_verify(st, on_problem, &s, &problems, &err), SIF_OK);
    assert_int_equal(problems, s.n);
    sif_store_close(st);
    return s;
}

static void test_hash_chain(void **state)
{
    (void)state;
    sif_store *st = open_with_project();
    add_cost(st, 2016, 100000, SIF_OK);
    int64_t second = add_cost(st, 2017, 200000, SIF_OK);
    assert_int_equal(second, 2);
    sif_store_close(st);
    struct seen s = verify();
    assert_int_equal(s.n, 0);

    /* a careless admin drops the triggers and changes a figure */
    raw_exec("DROP TRIGGER cost_no_update; UPDATE cost SET amount_ore = 999 WHERE id = 2", 1);
    s = verify();
    assert_non_null(strstr(s.text, "[cost 2] row 2 of cost was changed outside sif"));
    assert_non_null(strstr(s.text, "trigger cost_no_update is missing"));

    /* removes a row */
    raw_exec("DROP TRIGGER cost_no_delete; DELETE FROM cost WHERE id = 1", 1);
    s = verify();
    assert_non_null(strstr(s.text, "[cost 1] row 1 of cost was removed outside sif"));

    /* adds a row behind sif's back */
    raw_exec("INSERT INTO cost(project_id, role_id, year, amount_ore, funding, batch_id, user, at)"
             " VALUES (1, 1, 2015, 5, 'fund', 1, 'x', 'y')", 1);
    s = verify();
    assert_non_null(strstr(s.text, "was added outside sif"));

    /* and rewrites the journal to cover it */
    raw_exec("DROP TRIGGER journal_no_update; UPDATE journal SET row_hash = 'x' WHERE seq = 3", 1);
    s = verify();
    assert_non_null(strstr(s.text, "journal link 3 was changed"));
}

static void test_payments_checked_per_batch(void **state)
{
    (void)state;
    sif_store *st = open_new();
    sif_error err;
    int64_t batch, rows;
    sif_ore sum;
    sif_payment_writer *w;
    assert_int_equal(sif_write_begin(st, "import:payments", "p.csv", "abc", &batch, &err), SIF_OK);
    assert_int_equal(sif_payment_writer_open(st, batch, &w, &err), SIF_OK);
    assert_int_equal(sif_payment_writer_add(w, "H1", 201401, 900000, "Öster", &err), SIF_OK);
    assert_int_equal(sif_payment_writer_add(w, "H1", 201402, 900000, NULL, &err), SIF_OK);
    assert_int_equal(sif_payment_writer_add(w, "H2", 201413, 1, NULL, &err), SIF_ERR_DATA);
    sif_payment_writer_close(w, &rows, &sum);
    assert_int_equal(rows, 2);
    assert_int_equal(sum, 1800000);
    assert_int_equal(sif_write_commit(st, batch, rows, sum, NULL, &err), SIF_OK);
    sif_store_close(st);
    assert_int_equal(verify().n, 0);
    raw_exec("DROP TRIGGER payment_no_update; UPDATE payment SET amount_ore = 1 WHERE month = 201402", 1);
    struct seen s = verify();
    assert_non_null(strstr(s.text, "payments sum to"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_migrations, setup, teardown),
        cmocka_unit_test_setup_teardown(test_forward_migration, setup, teardown),
        cmocka_unit_test_setup_teardown(test_append_only, setup, teardown),
        cmocka_unit_test_setup_teardown(test_reversal, setup, teardown),
        cmocka_unit_test_setup_teardown(test_abort_leaves_nothing, setup, teardown),
        cmocka_unit_test_setup_teardown(test_nested_reads, setup, teardown),
        cmocka_unit_test_setup_teardown(test_unit_committee_list, setup, teardown),
        cmocka_unit_test_setup_teardown(test_period_lock, setup, teardown),
        cmocka_unit_test_setup_teardown(test_hash_chain, setup, teardown),
        cmocka_unit_test_setup_teardown(test_payments_checked_per_batch, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
