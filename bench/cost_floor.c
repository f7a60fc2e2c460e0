/* bench/cost_floor.c — the second yardstick of issue 16: what SQLite alone takes to write
 * cost rows into a sif ledger as it is, with its schema untouched (foreign keys, the
 * closed-year trigger, the report's covering index, the journal and its index). Per CSV
 * row it writes what sif writes: one cost row and one journal link, each with one prepared
 * statement, in one transaction, with sif's settings (WAL, synchronous FULL, a 32 MB page cache).
 *
 * It leaves out everything that is sif's own work: no checks, no digests (the link's three
 * hashes are a constant), no lookups through SQL (project and role ids come from a table read
 * once). The ledger it writes does not verify; it is thrown away.
 *
 *     cost_floor kostnader.csv LEDGER.db [fk|trigger|index|journal ...]
 *
 * LEDGER.db is a copy of a gen_ledger setup ledger. Each word after it leaves one of the
 * ledger's guards out, to show what it costs: the foreign keys, the closed-year trigger, the
 * report's covering index cost_project, the journal link.
 */
#define _GNU_SOURCE
#include <sqlite3.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "csv_fields.h"

/* one role of the ledger: "PROJECT\x1fROLE" and its ids, sorted by key for bsearch */
typedef struct role_id {
    char key[48];
    int64_t project, role;
} role_id;

static int by_key(const void *a, const void *b)
{
    return strcmp(((const role_id *)a)->key, ((const role_id *)b)->key);
}

static role_id *load_roles(sqlite3 *db, size_t *n)
{
    sqlite3_stmt *s;
    if (sqlite3_prepare_v2(db, "SELECT p.code, r.code, p.id, r.id FROM role r"
                               " JOIN project p ON p.id = r.project_id", -1, &s, NULL) != SQLITE_OK)
        return NULL;
    role_id *v = NULL;
    size_t cap = 0;
    *n = 0;
    while (sqlite3_step(s) == SQLITE_ROW) {
        if (*n == cap) {
            cap = cap ? 2 * cap : 1024;
            role_id *w = realloc(v, cap * sizeof *v);
            if (w == NULL)
                break;
            v = w;
        }
        snprintf(v[*n].key, sizeof v[*n].key, "%s\x1f%s", sqlite3_column_text(s, 0),
                 sqlite3_column_text(s, 1));
        v[*n].project = sqlite3_column_int64(s, 2);
        v[*n].role = sqlite3_column_int64(s, 3);
        (*n)++;
    }
    sqlite3_finalize(s);
    if (v)
        qsort(v, *n, sizeof *v, by_key);
    return v;
}

int main(int argc, char **argv)
{
    bool no_fk = false, no_link = false;
    const char *drop[3] = {NULL, NULL, NULL};
    for (int i = 3; i < argc; i++) {
        if (strcmp(argv[i], "fk") == 0)
            no_fk = true;
        else if (strcmp(argv[i], "trigger") == 0)
            drop[0] = "DROP TRIGGER cost_period_closed";
        else if (strcmp(argv[i], "index") == 0)
            drop[1] = "DROP INDEX cost_project";
        else if (strcmp(argv[i], "journal") == 0)
            no_link = true;
        else
            argc = 0;
    }
    if (argc < 3) {
        fputs("usage: cost_floor FILE.csv LEDGER.db [fk|trigger|index|journal ...]\n", stderr);
        return 64;
    }
    FILE *in = fopen(argv[1], "rb");
    sqlite3 *db;
    if (in == NULL || sqlite3_open(argv[2], &db) != SQLITE_OK) {
        fputs("cost_floor: cannot open\n", stderr);
        return 66;
    }
    sqlite3_exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"
                     " PRAGMA cache_size = -32768", NULL, NULL, NULL);
    sqlite3_exec(db, no_fk ? "PRAGMA foreign_keys = OFF" : "PRAGMA foreign_keys = ON", NULL,
                 NULL, NULL);
    for (int i = 0; i < 3; i++)
        if (drop[i] && sqlite3_exec(db, drop[i], NULL, NULL, NULL) != SQLITE_OK) {
            fprintf(stderr, "cost_floor: %s\n", sqlite3_errmsg(db));
            return 74;
        }
    size_t nroles = 0;
    role_id *roles = load_roles(db, &nroles);
    static const char at[] = "2026-01-01T00:00:00Z", hash[] =
        "0000000000000000000000000000000000000000000000000000000000000000";
    sqlite3_stmt *cost = NULL, *link = NULL;
    int64_t seq = 0, batch = 0;
    if (roles == NULL ||
        sqlite3_exec(db, "BEGIN IMMEDIATE; INSERT INTO batch(kind, source, rows, sum_ore, user,"
                         " at) VALUES ('costs', 'cost_floor', 0, 0, 'bench', 'now')",
                     NULL, NULL, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(db, "INSERT INTO cost(project_id, role_id, year, month, amount_ore,"
                               " funding, note, batch_id, user, at)"
                               " VALUES (?,?,?,NULL,?,'fund',NULL,?,'bench',?)", -1, &cost,
                           NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(db, "INSERT INTO journal(seq, tbl, row_id, action, detail, batch_id,"
                               " user, at, row_hash, prev_hash, hash)"
                               " VALUES (?,'cost',?,'add',?,?,'bench',?,?,?,?)", -1, &link,
                           NULL) != SQLITE_OK) {
        fprintf(stderr, "cost_floor: %s\n", sqlite3_errmsg(db));
        return 74;
    }
    batch = sqlite3_last_insert_rowid(db);
    sqlite3_stmt *last;
    if (sqlite3_prepare_v2(db, "SELECT coalesce(max(seq), 0) FROM journal", -1, &last,
                           NULL) == SQLITE_OK && sqlite3_step(last) == SQLITE_ROW)
        seq = sqlite3_column_int64(last, 0);
    sqlite3_finalize(last);
    char *line = NULL;
    size_t cap = 0;
    ssize_t got;
    long long rows = 0;
    int header = 1, bad = 0;
    while (!bad && (got = getline(&line, &cap, in)) > 0) {
        if (header) {
            header = 0;
            continue;
        }
        char *f[8];
        size_t len[8];
        if (split(line, f, len) < 4)
            continue;
        role_id want;
        snprintf(want.key, sizeof want.key, "%.*s\x1f%.*s", (int)len[0], f[0], (int)len[1],
                 f[1]);
        const role_id *r = bsearch(&want, roles, nroles, sizeof *roles, by_key);
        if (r == NULL) {
            fprintf(stderr, "cost_floor: no role %s\n", want.key);
            bad = 1;
            break;
        }
        sqlite3_bind_int64(cost, 1, r->project);
        sqlite3_bind_int64(cost, 2, r->role);
        sqlite3_bind_int(cost, 3, atoi(f[2]));
        sqlite3_bind_int64(cost, 4, amount(f[3], len[3]));
        sqlite3_bind_int64(cost, 5, batch);
        sqlite3_bind_text(cost, 6, at, -1, SQLITE_STATIC);
        bad = sqlite3_step(cost) != SQLITE_DONE;
        sqlite3_reset(cost);
        rows++;
        if (no_link)
            continue;
        sqlite3_bind_int64(link, 1, ++seq);
        sqlite3_bind_int64(link, 2, sqlite3_last_insert_rowid(db));
        sqlite3_bind_text(link, 3, want.key, -1, SQLITE_STATIC);
        sqlite3_bind_int64(link, 4, batch);
        sqlite3_bind_text(link, 5, at, -1, SQLITE_STATIC);
        for (int i = 6; i <= 8; i++)
            sqlite3_bind_text(link, i, hash, -1, SQLITE_STATIC);
        bad = bad || sqlite3_step(link) != SQLITE_DONE;
        sqlite3_reset(link);
    }
    if (bad)
        fprintf(stderr, "cost_floor: row %lld: %s\n", rows, sqlite3_errmsg(db));
    sqlite3_finalize(cost);
    sqlite3_finalize(link);
    if (!bad && sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
        fprintf(stderr, "cost_floor: %s\n", sqlite3_errmsg(db));
        bad = 1;
    }
    sqlite3_close(db);
    fclose(in);
    free(line);
    free(roles);
    if (bad)
        return 74;
    printf("%lld rows\n", rows);
    return 0;
}
