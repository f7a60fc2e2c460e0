/* bench/baseline.c — the yardstick of SPEC §10: a plain C program that reads the payment
 * register CSV line by line, parses it and inserts it with one prepared statement in one
 * transaction into a table of the same schema, with the same journal settings as a sif
 * ledger (WAL, synchronous NORMAL). No checks beyond what parsing needs, no audit trail.
 *
 *     baseline betalningar.csv out.db
 */
#define _GNU_SOURCE
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "csv_fields.h"

int main(int argc, char **argv)
{
    if (argc != 3) {
        fputs("usage: baseline FILE.csv OUT.db\n", stderr);
        return 64;
    }
    FILE *in = fopen(argv[1], "rb");
    sqlite3 *db;
    if (in == NULL || sqlite3_open(argv[2], &db) != SQLITE_OK) {
        fputs("baseline: cannot open\n", stderr);
        return 66;
    }
    sqlite3_exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
                     "CREATE TABLE IF NOT EXISTS payment(household TEXT NOT NULL,"
                     " month INTEGER NOT NULL, amount_ore INTEGER NOT NULL, district TEXT,"
                     " batch_id INTEGER NOT NULL) STRICT;", NULL, NULL, NULL);
    sqlite3_stmt *ins;
    if (sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(db, "INSERT INTO payment VALUES (?,?,?,?,1)", -1, &ins, NULL) != SQLITE_OK) {
        fprintf(stderr, "baseline: %s\n", sqlite3_errmsg(db));
        fclose(in);
        return 74;
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t got;
    long long rows = 0;
    int64_t sum = 0;
    int header = 1;
    while ((got = getline(&line, &cap, in)) > 0) {
        if (header) {
            header = 0;
            continue;
        }
        char *f[8];
        size_t len[8];
        if (split(line, f, len) < 3)
            continue;
        int month = atoi(f[1]) * 100 + atoi(f[1] + 5);
        int64_t ore = amount(f[2], len[2]);
        sqlite3_bind_text(ins, 1, f[0], (int)len[0], SQLITE_STATIC);
        sqlite3_bind_int(ins, 2, month);
        sqlite3_bind_int64(ins, 3, ore);
        sqlite3_bind_text(ins, 4, f[3], (int)len[3], SQLITE_STATIC);
        if (sqlite3_step(ins) != SQLITE_DONE)
            break;
        sqlite3_reset(ins);
        rows++;
        sum += ore;
    }
    sqlite3_finalize(ins);
    int rc = sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
    int bad = rc != SQLITE_OK || !feof(in);
    if (bad)
        fprintf(stderr, "baseline: %s\n", sqlite3_errmsg(db));
    sqlite3_close(db);
    fclose(in);
    free(line);
    if (bad)
        return 74;
    printf("%lld rows, %lld öre\n", rows, (long long)sum);
    return 0;
}
