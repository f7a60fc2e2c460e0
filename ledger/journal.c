/* ledger/journal.c — the hash chain over every row written through sif, and sif verify.
 *
 * Each journal link holds the SHA-256 of its row's canonical content (every column with its
 * type, in table order) and a link hash over the previous link's hash and its own fields.
 * A row changed outside sif no longer matches its row hash; a removed row is missing; a row
 * added outside sif has no link; a changed or removed link breaks the chain. The payment
 * register is checked per batch (row count and sum) so that imports stay at SQLite speed.
 */
#include "store_internal.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "sif/sha256.h"

#define GENESIS "0000000000000000000000000000000000000000000000000000000000000000"

static bool table_known(const char *table)
{
    for (const char *const *t = sif_journaled_tables; *t; t++)
        if (strcmp(*t, table) == 0)
            return true;
    return false;
}

static void hash_row(sqlite3_stmt *s, char hex[65])
{
    sif_sha256 h;
    sif_sha256_init(&h);
    int n = sqlite3_column_count(s);
    for (int i = 0; i < n; i++) {
        const char *name = sqlite3_column_name(s, i);
        char tag[32];
        sif_sha256_update(&h, name, strlen(name));
        switch (sqlite3_column_type(s, i)) {
        case SQLITE_NULL:
            sif_sha256_update(&h, "=N", 2);
            break;
        case SQLITE_INTEGER:
            snprintf(tag, sizeof tag, "=I%lld", (long long)sqlite3_column_int64(s, i));
            sif_sha256_update(&h, tag, strlen(tag));
            break;
        case SQLITE_FLOAT: /* STRICT tables have none; hash the text form all the same */
        case SQLITE_TEXT:
        case SQLITE_BLOB:
        default: {
            int len = sqlite3_column_bytes(s, i);
            const void *p = sqlite3_column_blob(s, i);
            snprintf(tag, sizeof tag, "=T%d:", len);
            sif_sha256_update(&h, tag, strlen(tag));
            if (p && len > 0)
                sif_sha256_update(&h, p, (size_t)len);
            break;
        }
        }
        sif_sha256_update(&h, "\x1f", 1);
    }
    sif_sha256_hex(&h, hex);
}

sif_status sif_journal_row_hash(sif_store *st, const char *table, int64_t row_id, char hex[65],
                                bool *found, sif_error *err)
{
    if (!table_known(table))
        return sif_error_set(err, SIF_ERR_USAGE, "table %s is not journaled", table);
    char sql[128];
    snprintf(sql, sizeof sql, "SELECT * FROM %s WHERE rowid = ?", table);
    sqlite3_stmt *s;
    sif_status rc = sif_store_stmt(st, sql, &s, err);
    if (rc != SIF_OK)
        return rc;
    sqlite3_bind_int64(s, 1, row_id);
    int step = sqlite3_step(s);
    *found = step == SQLITE_ROW;
    if (step == SQLITE_ROW)
        hash_row(s, hex);
    else if (step != SQLITE_DONE)
        rc = sif_store_error(st, step, err);
    sif_store_stmt_done(st, s);
    return rc;
}

static void link_hash(const char *prev, int64_t seq, const char *table, int64_t row_id,
                      const char *action, const char *detail, int64_t batch_id,
                      const char *user, const char *at, const char *row_hash, char hex[65])
{
    char head[512];
    snprintf(head, sizeof head, "%s|%" PRId64 "|%s|%" PRId64 "|%s|", prev, seq, table, row_id,
             action);
    sif_sha256 h;
    sif_sha256_init(&h);
    sif_sha256_update(&h, head, strlen(head));
    if (detail)
        sif_sha256_update(&h, detail, strlen(detail));
    snprintf(head, sizeof head, "|%" PRId64 "|", batch_id);
    sif_sha256_update(&h, head, strlen(head));
    sif_sha256_update(&h, user, strlen(user));
    sif_sha256_update(&h, "|", 1);
    sif_sha256_update(&h, at, strlen(at));
    sif_sha256_update(&h, "|", 1);
    sif_sha256_update(&h, row_hash, strlen(row_hash));
    sif_sha256_hex(&h, hex);
}

sif_status sif_journal_add(sif_store *st, const char *table, int64_t row_id, const char *action,
                           const char *detail, int64_t batch_id, sif_error *err)
{
    if (!sif_store_in_write(st))
        return sif_error_set(err, SIF_ERR_USAGE, "journal outside a write");
    char row_hash[65], prev[65] = GENESIS, hash[65], now[32];
    bool found;
    sif_status rc = sif_journal_row_hash(st, table, row_id, row_hash, &found, err);
    if (rc != SIF_OK)
        return rc;
    if (!found)
        return sif_error_set(err, SIF_ERR_USAGE, "no %s row %lld to journal", table,
                             (long long)row_id);
    sqlite3_stmt *s;
    int64_t seq = 1;
    rc = sif_store_stmt(st, "SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1", &s, err);
    if (rc != SIF_OK)
        return rc;
    int step = sqlite3_step(s);
    if (step == SQLITE_ROW) {
        seq = sqlite3_column_int64(s, 0) + 1;
        sif_column_copy(s, 1, prev, sizeof prev);
    } else if (step != SQLITE_DONE) {
        rc = sif_store_error(st, step, err);
    }
    sif_store_stmt_done(st, s);
    if (rc != SIF_OK)
        return rc;
    sif_store_now(st, now, sizeof now);
    const char *user = sif_store_user(st);
    link_hash(prev, seq, table, row_id, action, detail, batch_id, user, now, row_hash, hash);
    rc = sif_store_stmt(st,
        "INSERT INTO journal(seq, tbl, row_id, action, detail, batch_id, user, at, row_hash,"
        " prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)", &s, err);
    if (rc != SIF_OK)
        return rc;
    sqlite3_bind_int64(s, 1, seq);
    sif_bind_text(s, 2, table);
    sqlite3_bind_int64(s, 3, row_id);
    sif_bind_text(s, 4, action);
    sif_bind_text(s, 5, detail);
    sqlite3_bind_int64(s, 6, batch_id);
    sif_bind_text(s, 7, user);
    sif_bind_text(s, 8, now);
    sif_bind_text(s, 9, row_hash);
    sif_bind_text(s, 10, prev);
    sif_bind_text(s, 11, hash);
    step = sqlite3_step(s);
    if (step != SQLITE_DONE)
        rc = sif_store_error(st, step, err);
    sif_store_stmt_done(st, s);
    return rc;
}

/* ---- verify ---- */

struct report {
    sif_problem_fn fn;
    void *ctx;
    int64_t count;
};

static void problem(struct report *r, const char *table, int64_t row_id, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static void problem(struct report *r, const char *table, int64_t row_id, const char *fmt, ...)
{
    sif_problem p;
    memset(&p, 0, sizeof p);
    snprintf(p.table, sizeof p.table, "%s", table);
    p.row_id = row_id;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(p.msg, sizeof p.msg, fmt, ap);
    va_end(ap);
    r->count++;
    if (r->fn)
        r->fn(r->ctx, &p);
}

static sif_status check_integrity(sif_store *st, struct report *r, sif_error *err)
{
    sqlite3_stmt *s;
    sif_status rc = sif_store_prepare(st, "PRAGMA integrity_check", &s, err);
    if (rc != SIF_OK)
        return rc;
    int step;
    while ((step = sqlite3_step(s)) == SQLITE_ROW) {
        const char *t = sif_column_text(s, 0);
        if (strcmp(t, "ok") != 0)
            problem(r, "", 0, "integrity_check: %s", t);
    }
    if (step != SQLITE_DONE)
        rc = sif_store_error(st, step, err);
    sqlite3_finalize(s);
    return rc;
}

static sif_status check_triggers(sif_store *st, struct report *r, sif_error *err)
{
    sqlite3_stmt *s;
    sif_status rc = sif_store_prepare(st,
        "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = ?", &s, err);
    if (rc != SIF_OK)
        return rc;
    for (const char *const *t = sif_append_only_tables; *t && rc == SIF_OK; t++) {
        for (int d = 0; d < 2; d++) {
            char name[96];
            snprintf(name, sizeof name, "%s_no_%s", *t, d ? "delete" : "update");
            sqlite3_reset(s);
            sif_bind_text(s, 1, name);
            int step = sqlite3_step(s);
            if (step != SQLITE_ROW) {
                rc = sif_store_error(st, step, err);
                break;
            }
            if (sqlite3_column_int(s, 0) == 0)
                problem(r, *t, 0, "append-only trigger %s is missing", name);
        }
    }
    sqlite3_finalize(s);
    return rc;
}

static sif_status check_chain(sif_store *st, struct report *r, sif_error *err)
{
    sqlite3_stmt *s;
    sif_status rc = sif_store_prepare(st,
        "SELECT seq, tbl, row_id, action, detail, coalesce(batch_id, 0), user, at, row_hash,"
        " prev_hash, hash FROM journal ORDER BY seq", &s, err);
    if (rc != SIF_OK)
        return rc;
    char prev[65] = GENESIS;
    int64_t expect_seq = 1;
    int step;
    while ((step = sqlite3_step(s)) == SQLITE_ROW) {
        int64_t seq = sqlite3_column_int64(s, 0);
        char table[64], stored_row[65], stored_prev[65], stored_hash[65], hash[65], now_hash[65];
        sif_column_copy(s, 1, table, sizeof table);
        int64_t row_id = sqlite3_column_int64(s, 2);
        sif_column_copy(s, 8, stored_row, sizeof stored_row);
        sif_column_copy(s, 9, stored_prev, sizeof stored_prev);
        sif_column_copy(s, 10, stored_hash, sizeof stored_hash);
        if (seq != expect_seq)
            problem(r, "journal", expect_seq, "journal links %lld to %lld are missing",
                    (long long)expect_seq, (long long)seq - 1);
        if (strcmp(stored_prev, prev) != 0)
            problem(r, "journal", seq, "journal link %lld does not follow its predecessor",
                    (long long)seq);
        link_hash(stored_prev, seq, table, row_id, sif_column_text(s, 3),
                  sqlite3_column_type(s, 4) == SQLITE_NULL ? NULL : sif_column_text(s, 4),
                  sqlite3_column_int64(s, 5), sif_column_text(s, 6), sif_column_text(s, 7),
                  stored_row, hash);
        if (strcmp(hash, stored_hash) != 0)
            problem(r, "journal", seq, "journal link %lld was changed", (long long)seq);
        bool found = false;
        sif_error e2;
        if (!table_known(table)) {
            problem(r, "journal", seq, "journal link %lld names unknown table %s",
                    (long long)seq, table);
        } else if (sif_journal_row_hash(st, table, row_id, now_hash, &found, &e2) != SIF_OK) {
            problem(r, table, row_id, "cannot read row: %s", e2.msg);
        } else if (!found) {
            problem(r, table, row_id, "row %lld of %s was removed outside sif",
                    (long long)row_id, table);
        } else if (strcmp(now_hash, stored_row) != 0) {
            problem(r, table, row_id, "row %lld of %s was changed outside sif",
                    (long long)row_id, table);
        }
        snprintf(prev, sizeof prev, "%s", stored_hash);
        expect_seq = seq + 1;
    }
    if (step != SQLITE_DONE)
        rc = sif_store_error(st, step, err);
    sqlite3_finalize(s);
    return rc;
}

static sif_status check_unjournaled(sif_store *st, struct report *r, sif_error *err)
{
    sif_status rc = SIF_OK;
    for (const char *const *t = sif_journaled_tables; *t && rc == SIF_OK; t++) {
        char sql[256];
        snprintf(sql, sizeof sql,
                 "SELECT rowid FROM %s WHERE rowid NOT IN "
                 "(SELECT row_id FROM journal WHERE tbl = '%s') ORDER BY rowid", *t, *t);
        sqlite3_stmt *s;
        rc = sif_store_prepare(st, sql, &s, err);
        if (rc != SIF_OK)
            break;
        int step;
        while ((step = sqlite3_step(s)) == SQLITE_ROW) {
            int64_t id = sqlite3_column_int64(s, 0);
            problem(r, *t, id, "row %lld of %s was added outside sif", (long long)id, *t);
        }
        if (step != SQLITE_DONE)
            rc = sif_store_error(st, step, err);
        sqlite3_finalize(s);
    }
    return rc;
}

static sif_status check_payments(sif_store *st, struct report *r, sif_error *err)
{
    sqlite3_stmt *s;
    sif_status rc = sif_store_prepare(st,
        "SELECT p.batch_id, count(*), sum(p.amount_ore), b.rows, b.sum_ore "
        "FROM payment p LEFT JOIN batch b ON b.id = p.batch_id GROUP BY p.batch_id "
        "UNION ALL SELECT b.id, 0, 0, b.rows, b.sum_ore FROM batch b "
        "WHERE b.kind = 'import:payments' AND NOT EXISTS "
        "(SELECT 1 FROM payment p WHERE p.batch_id = b.id)", &s, err);
    if (rc != SIF_OK)
        return rc;
    int step;
    while ((step = sqlite3_step(s)) == SQLITE_ROW) {
        int64_t batch = sqlite3_column_int64(s, 0), n = sqlite3_column_int64(s, 1);
        int64_t sum = sqlite3_column_int64(s, 2);
        if (sqlite3_column_type(s, 3) == SQLITE_NULL) {
            problem(r, "payment", 0, "%lld payment rows of batch %lld were added outside sif",
                    (long long)n, (long long)batch);
            continue;
        }
        int64_t rows = sqlite3_column_int64(s, 3), bsum = sqlite3_column_int64(s, 4);
        if (rows != n)
            problem(r, "payment", 0, "batch %lld: expected %lld payment rows, found %lld",
                    (long long)batch, (long long)rows, (long long)n);
        else if (bsum != sum)
            problem(r, "payment", 0, "batch %lld: payments sum to %lld öre, recorded %lld",
                    (long long)batch, (long long)sum, (long long)bsum);
    }
    if (step != SQLITE_DONE)
        rc = sif_store_error(st, step, err);
    sqlite3_finalize(s);
    return rc;
}

sif_status sif_store_verify(sif_store *st, sif_problem_fn fn, void *ctx, int64_t *problems,
                            sif_error *err)
{
    struct report r = {fn, ctx, 0};
    sif_status rc = sif_read_begin(st, err);
    if (rc == SIF_OK)
        rc = check_integrity(st, &r, err);
    if (rc == SIF_OK)
        rc = check_triggers(st, &r, err);
    if (rc == SIF_OK)
        rc = check_chain(st, &r, err);
    if (rc == SIF_OK)
        rc = check_unjournaled(st, &r, err);
    if (rc == SIF_OK)
        rc = check_payments(st, &r, err);
    sif_read_end(st);
    *problems = r.count;
    return rc;
}
