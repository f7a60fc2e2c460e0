/* ledger/verify.c — sif verify: SQLite's integrity, the schema against the shipped one, the
 * hash chain link by link, every journaled row against its hash, rows added outside sif, and
 * the payment register per batch. Collects every problem; never stops at the first. */
#include "store_internal.h"

#include "sif/anchor.h"
#include "sif/sha256.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

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

static void on_schema_diff(void *ctx, const char *type, const char *name, const char *what)
{
    struct report *r = ctx;
    size_t n = strlen(name);
    bool guard = strcmp(type, "trigger") == 0 &&
                 ((n > 10 && strcmp(name + n - 10, "_no_update") == 0) ||
                  (n > 10 && strcmp(name + n - 10, "_no_delete") == 0));
    problem(r, "", 0, "%s%s %s %s", guard ? "append-only " : "", type, name, what);
}

/* Every table, index and trigger as the binary ships them (schema_check.c). */
static sif_status check_schema(sif_store *st, struct report *r, sif_error *err)
{
    int64_t n = 0;
    return sif_schema_compare(st, on_schema_diff, r, &n, err);
}

/* What the walk of the chain knows besides the problems. */
struct chain {
    const sif_anchor *anchor;       /* may be NULL */
    bool anchor_seen;
    int64_t keyed_from;             /* 0: not keyed */
    const unsigned char *key;       /* NULL: keyed links' MACs are not checked */
    size_t key_len;
    sif_anchor head;
};

static void check_anchor(struct report *r, struct chain *c, int64_t seq, const char *hash)
{
    if (c->anchor == NULL || c->anchor->count != seq)
        return;
    c->anchor_seen = true;
    if (strcmp(hash, c->anchor->head) != 0)
        problem(r, "journal", seq, "link %lld is %.12s…, the anchor says %.12s…: the history up "
                "to the anchor was rewritten, or the anchor is not of this ledger",
                (long long)seq, hash, c->anchor->head);
}

static sif_status check_chain(sif_store *st, struct report *r, struct chain *c, sif_error *err)
{
    sqlite3_stmt *s;
    sif_status rc = sif_store_prepare(st,
        "SELECT seq, tbl, row_id, action, detail, coalesce(batch_id, 0), user, at, row_hash,"
        " prev_hash, hash FROM journal ORDER BY seq", &s, err);
    if (rc != SIF_OK)
        return rc;
    char prev[65] = SIF_JOURNAL_GENESIS;
    int64_t expect_seq = 1;
    int step;
    if (c->anchor && c->anchor->count == 0)
        check_anchor(r, c, 0, SIF_JOURNAL_GENESIS);
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
        bool keyed = c->keyed_from && seq >= c->keyed_from;
        if (!keyed || c->key) {
            sif_journal_link_hash(keyed ? c->key : NULL, c->key_len, stored_prev, seq, table,
                      row_id, sif_column_text(s, 3),
                      sqlite3_column_type(s, 4) == SQLITE_NULL ? NULL : sif_column_text(s, 4),
                      sqlite3_column_int64(s, 5), sif_column_text(s, 6), sif_column_text(s, 7),
                      stored_row, hash);
            if (strcmp(hash, stored_hash) != 0)
                problem(r, "journal", seq, "journal link %lld was changed%s", (long long)seq,
                        keyed ? " (its MAC under the key does not match)" : "");
        }
        check_anchor(r, c, seq, stored_hash);
        bool found = false;
        sif_error e2;
        if (!sif_journal_table_known(table)) {
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
        c->head.count = seq;
        snprintf(c->head.head, sizeof c->head.head, "%s", stored_hash);
        expect_seq = seq + 1;
    }
    if (step != SQLITE_DONE)
        rc = sif_store_error(st, step, err);
    sqlite3_finalize(s);
    if (rc == SIF_OK && c->anchor && !c->anchor_seen)
        problem(r, "journal", 0, "the anchor names link %lld, the ledger has %lld: links after "
                "%lld were removed, or the anchor is not of this ledger",
                (long long)c->anchor->count, (long long)c->head.count,
                (long long)c->head.count);
    return rc;
}

/* The unkeyed head recorded when the chain was keyed must be the chain's link there. */
static sif_status check_key_rows(sif_store *st, struct report *r, sif_error *err)
{
    sqlite3_stmt *s;
    sif_status rc = sif_store_prepare(st,
        "SELECT k.id, k.prior_count, k.prior_head, j.hash, k.from_seq FROM chain_key k"
        " LEFT JOIN journal j ON j.seq = k.prior_count ORDER BY k.id", &s, err);
    if (rc != SIF_OK)
        return rc;
    int step;
    while ((step = sqlite3_step(s)) == SQLITE_ROW) {
        int64_t id = sqlite3_column_int64(s, 0), count = sqlite3_column_int64(s, 1);
        const char *at = count == 0 ? SIF_JOURNAL_GENESIS : sif_column_text(s, 3);
        if (strcmp(sif_column_text(s, 2), at) != 0 || sqlite3_column_int64(s, 4) != count + 1)
            problem(r, "chain_key", id, "the head recorded when the chain was keyed (link %lld)"
                    " is not the chain's", (long long)count);
    }
    if (step != SQLITE_DONE)
        rc = sif_store_error(st, step, err);
    sqlite3_finalize(s);
    return rc;
}

static bool has_table(sif_store *st, const char *name)
{
    sqlite3_stmt *s;
    if (sif_store_prepare(st, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                          &s, NULL) != SIF_OK)
        return false;
    sif_bind_text(s, 1, name);
    bool yes = sqlite3_step(s) == SQLITE_ROW;
    sqlite3_finalize(s);
    return yes;
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

/* Each payment batch's digest, recomputed over its rows in order: count and sum alone let
 * rows be moved between households or months. */
static void digest_done(sif_store *st, struct report *r, int64_t batch, sif_sha256 *h,
                        int64_t n, sqlite3_stmt *want)
{
    char hex[65];
    sif_sha256_hex(h, hex);
    sqlite3_reset(want);
    sqlite3_bind_int64(want, 1, batch);
    if (sqlite3_step(want) != SQLITE_ROW)
        return; /* a batch of a sif before the digest: count and sum are checked above */
    if (strcmp(hex, sif_column_text(want, 0)) != 0 || sqlite3_column_int64(want, 1) != n)
        problem(r, "payment", 0, "batch %lld: the payment rows are not the ones imported (their "
                "digest differs: rows changed, moved or swapped)", (long long)batch);
    (void)st;
}

static sif_status check_payment_digests(sif_store *st, struct report *r, sif_error *err)
{
    if (!has_table(st, "payment_digest"))
        return SIF_OK;
    sqlite3_stmt *s = NULL, *want = NULL;
    sif_status rc = sif_store_prepare(st, "SELECT batch_id, household, month, amount_ore, district"
                                          " FROM payment ORDER BY batch_id, rowid", &s, err);
    if (rc == SIF_OK)
        rc = sif_store_prepare(st, "SELECT digest, rows FROM payment_digest WHERE batch_id = ?",
                               &want, err);
    if (rc != SIF_OK) {
        sqlite3_finalize(s);
        return rc;
    }
    sif_sha256 h;
    int64_t batch = 0, n = 0;
    int step;
    while ((step = sqlite3_step(s)) == SQLITE_ROW) {
        int64_t b = sqlite3_column_int64(s, 0);
        if (n == 0 || b != batch) {
            if (n)
                digest_done(st, r, batch, &h, n, want);
            sif_sha256_init(&h);
            batch = b;
            n = 0;
        }
        bool district = sqlite3_column_type(s, 4) != SQLITE_NULL;
        sif_payment_row_digest(&h, (const char *)sqlite3_column_text(s, 1),
                               (size_t)sqlite3_column_bytes(s, 1), sqlite3_column_int(s, 2),
                               sqlite3_column_int64(s, 3),
                               district ? (const char *)sqlite3_column_text(s, 4) : NULL,
                               district ? (size_t)sqlite3_column_bytes(s, 4) : 0);
        n++;
    }
    if (n)
        digest_done(st, r, batch, &h, n, want);
    if (step != SQLITE_DONE)
        rc = sif_store_error(st, step, err);
    sqlite3_finalize(s);
    sqlite3_finalize(want);
    return rc;
}

sif_status sif_store_verify_anchor(sif_store *st, const sif_anchor *anchor, sif_problem_fn fn,
                                   void *ctx, int64_t *problems, sif_verify_info *info,
                                   sif_error *err)
{
    struct report r = {fn, ctx, 0};
    struct chain c;
    memset(&c, 0, sizeof c);
    c.anchor = anchor;
    *problems = 0;
    sif_status rc = sif_read_begin(st, err);
    if (rc != SIF_OK)
        return rc;
    bool keyed_schema = has_table(st, "chain_key"), have_key = false;
    if (keyed_schema)
        rc = sif_chain_key_check(st, &c.keyed_from, &have_key, err);
    else if (sif_store_key(st, &c.key_len) != NULL)
        rc = sif_error_set(err, SIF_ERR_USAGE, "a key file was given, but this ledger's chain "
                           "is not keyed");
    if (have_key)
        c.key = sif_store_key(st, &c.key_len);
    if (rc == SIF_OK)
        rc = check_integrity(st, &r, err);
    if (rc == SIF_OK)
        rc = check_schema(st, &r, err);
    if (rc == SIF_OK)
        rc = check_chain(st, &r, &c, err);
    if (rc == SIF_OK && keyed_schema)
        rc = check_key_rows(st, &r, err);
    if (rc == SIF_OK)
        rc = check_unjournaled(st, &r, err);
    if (rc == SIF_OK)
        rc = check_payments(st, &r, err);
    if (rc == SIF_OK)
        rc = check_payment_digests(st, &r, err);
    sif_read_end(st);
    *problems = r.count;
    if (info) {
        info->head = c.head;
        if (info->head.count == 0)
            snprintf(info->head.head, sizeof info->head.head, "%s", SIF_JOURNAL_GENESIS);
        info->keyed_from = c.keyed_from;
        info->macs_checked = c.keyed_from == 0 || c.key != NULL;
    }
    return rc;
}

sif_status sif_store_verify(sif_store *st, sif_problem_fn fn, void *ctx, int64_t *problems,
                            sif_error *err)
{
    return sif_store_verify_anchor(st, NULL, fn, ctx, problems, NULL, err);
}
