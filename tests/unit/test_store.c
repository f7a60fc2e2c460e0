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
#include "store_internal.h"

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

/* True if the database has an object of that type and name. */
static bool has_object(sqlite3 *db, const char *type, const char *name)
{
    sqlite3_stmt *s;
    assert_int_equal(sqlite3_prepare_v2(db, "SELECT 1 FROM sqlite_master WHERE type = ?1"
                                            " AND name = ?2", -1, &s, NULL), SQLITE_OK);
    sqlite3_bind_text(s, 1, type, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 2, name, -1, SQLITE_STATIC);
    bool found = sqlite3_step(s) == SQLITE_ROW;
    sqlite3_finalize(s);
    return found;
}

/* True if table has a column of that name in the database. */
static bool has_column(sqlite3 *db, const char *table, const char *column)
{
    sqlite3_stmt *s;
    assert_int_equal(sqlite3_prepare_v2(db, "SELECT 1 FROM pragma_table_info(?1) WHERE name = ?2",
                                        -1, &s, NULL), SQLITE_OK);
    sqlite3_bind_text(s, 1, table, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 2, column, -1, SQLITE_STATIC);
    bool found = sqlite3_step(s) == SQLITE_ROW;
    sqlite3_finalize(s);
    return found;
}

/* True for the append-only triggers sif adds on open to every table it knows
 * (create_triggers in ledger/store.c), which a ledger of schema 1 has on its tables too. */
static bool is_append_only_trigger(const char *name, const char *table)
{
    size_t n = strlen(table);
    return strncmp(name, table, n) == 0 &&
           (strcmp(name + n, "_no_update") == 0 || strcmp(name + n, "_no_delete") == 0);
}

/* The SQL that takes the ledger db back to schema 1, derived from the migrations rather
 * than listed, so that a new migration needs no edit here: migration 1 is run on an empty
 * database, and every table, index and trigger of db that it does not create is dropped
 * (apart from the append-only triggers on its tables), then every column that later
 * migrations added to its tables. Free the result with sqlite3_free. */
static char *downgrade_sql(sqlite3 *db)
{
    sqlite3 *v1;
    assert_int_equal(sqlite3_open(":memory:", &v1), SQLITE_OK);
    assert_int_equal(sqlite3_exec(v1, sif_migrations[1], NULL, NULL, NULL), SQLITE_OK);
    sqlite3_str *out = sqlite3_str_new(db);
    sqlite3_stmt *s;
    /* triggers and indexes before tables: dropping a table takes its own along */
    assert_int_equal(sqlite3_prepare_v2(db, "SELECT type, name, tbl_name FROM sqlite_master"
                                            " WHERE name NOT LIKE 'sqlite_%' ORDER BY type = 'table'",
                                        -1, &s, NULL), SQLITE_OK);
    while (sqlite3_step(s) == SQLITE_ROW) {
        const char *type = (const char *)sqlite3_column_text(s, 0);
        const char *name = (const char *)sqlite3_column_text(s, 1);
        const char *table = (const char *)sqlite3_column_text(s, 2);
        bool table_in_1 = has_object(v1, "table", table);
        if (has_object(v1, type, name) ||
            (table_in_1 && strcmp(type, "trigger") == 0 && is_append_only_trigger(name, table)))
            continue;
        sqlite3_str_appendf(out, "DROP %s IF EXISTS \"%w\";\n", type, name);
    }
    sqlite3_finalize(s);
    assert_int_equal(sqlite3_prepare_v2(db, "SELECT m.name, c.name FROM sqlite_master AS m,"
                                            " pragma_table_info(m.name) AS c WHERE m.type = 'table'",
                                        -1, &s, NULL), SQLITE_OK);
    while (sqlite3_step(s) == SQLITE_ROW) {
        const char *table = (const char *)sqlite3_column_text(s, 0);
        const char *column = (const char *)sqlite3_column_text(s, 1);
        if (has_object(v1, "table", table) && !has_column(v1, table, column))
            sqlite3_str_appendf(out, "ALTER TABLE \"%w\" DROP COLUMN \"%w\";\n", table, column);
    }
    sqlite3_finalize(s);
    sqlite3_close(v1);
    sqlite3_str_appendall(out, "PRAGMA user_version = 1;\n");
    return sqlite3_str_finish(out);
}

/* The ledger at dbpath taken back to schema 1 (downgrade_sql). */
static void downgrade_to_schema_1(void)
{
    sqlite3 *db;
    assert_int_equal(sqlite3_open(dbpath, &db), SQLITE_OK);
    char *sql = downgrade_sql(db);
    assert_non_null(sql);
    sqlite3_close(db);
    raw_exec(sql, 1);
    sqlite3_free(sql);
}

/* The names of the tables, indexes and triggers of the ledger at path, one string. */
static char *schema_names(const char *path)
{
    sqlite3 *db;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    sqlite3_stmt *s;
    assert_int_equal(sqlite3_prepare_v2(db, "SELECT type || ' ' || name FROM sqlite_master"
                                            " ORDER BY type, name", -1, &s, NULL), SQLITE_OK);
    sqlite3_str *out = sqlite3_str_new(db);
    while (sqlite3_step(s) == SQLITE_ROW)
        sqlite3_str_appendf(out, "%s\n", (const char *)sqlite3_column_text(s, 0));
    sqlite3_finalize(s);
    char *names = sqlite3_str_finish(out);
    sqlite3_close(db);
    return names;
}

/* A ledger written by the sif of schema 1 is taken forward to the current schema on open,
 * keeping its rows and its hash chain. */
static void test_forward_migration(void **state)
{
    (void)state;
    sif_store *st = open_with_project();
    add_cost(st, 2016, 100000, SIF_OK);
    sif_store_close(st);
    char *current = schema_names(dbpath);
    downgrade_to_schema_1();
    char *old = schema_names(dbpath);
    assert_string_not_equal(old, current); /* something was taken back */
    sif_error err;
    assert_int_equal(sif_store_open(dbpath, 0, &st, &err), SIF_OK);
    assert_int_equal(sif_store_schema_version(st), SIF_SCHEMA_VERSION);
    sif_store_close(st);
    /* the migrations rebuilt every table, index and trigger a new ledger has */
    char *migrated = schema_names(dbpath);
    assert_string_equal(migrated, current);
    sqlite3_free(current);
    sqlite3_free(old);
    sqlite3_free(migrated);
    assert_int_equal(sif_store_open(dbpath, 0, &st, &err), SIF_OK);
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

/* An insert into a table an import fills row by row builds no temporary table per row:
 * a CHECK with a list of three or more constants did (issue 16), a third of a cost row. */
static void test_insert_without_temporary_table(void **state)
{
    (void)state;
    sif_store *st = open_new();
    sif_store_close(st);
    static const char *const inserts[] = {
        "INSERT INTO cost(project_id, role_id, year, month, amount_ore, funding, note,"
        " batch_id, user, at) VALUES (?,?,?,?,?,?,?,?,?,?)",
        "INSERT INTO saving(project_id, category, label, year, amount_ore, unit_id, status,"
        " cash_bp, method, inputs, derivation, batch_id, user, at)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        "INSERT INTO hh_exit(project_id, household, exit_date, reason, share_num, share_den,"
        " batch_id, user, at) VALUES (?,?,?,?,?,?,?,?,?)",
        "INSERT INTO journal(seq, tbl, row_id, action, detail, batch_id, user, at, row_hash,"
        " prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        NULL,
    };
    sqlite3 *db;
    assert_int_equal(sqlite3_open(dbpath, &db), SQLITE_OK);
    sqlite3_exec(db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
    for (const char *const *sql = inserts; *sql; sql++) {
        char explain[600];
        snprintf(explain, sizeof explain, "EXPLAIN %s", *sql);
        sqlite3_stmt *s;
        assert_int_equal(sqlite3_prepare_v2(db, explain, -1, &s, NULL), SQLITE_OK);
        while (sqlite3_step(s) == SQLITE_ROW) {
            const char *op = (const char *)sqlite3_column_text(s, 1);
            if (op && strcmp(op, "OpenEphemeral") == 0)
                fail_msg("%s opens a temporary table for every row", *sql);
        }
        sqlite3_finalize(s);
    }
    sqlite3_close(db);
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
        cmocka_unit_test_setup_teardown(test_insert_without_temporary_table, setup, teardown),
        cmocka_unit_test_setup_teardown(test_payments_checked_per_batch, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
