/* ledger/journal.c — the hash chain over every row written through sif (verify.c walks it).
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

bool sif_journal_table_known(const char *table)
{
    for (const char *const *t = sif_journaled_tables; *t; t++)
        if (strcmp(*t, table) == 0)
            return true;
    return false;
}

/* Bytes on their way into a digest: gathered in a buffer and handed over in large pieces, as
 * one call per field costs more than the hashing itself. */
typedef struct hash_buf {
    sif_sha256 sha;
    sif_hmac_sha256 mac;
    bool keyed;
    size_t n;
    char b[512];
} hash_buf;

static void hb_flush(hash_buf *k)
{
    if (k->n == 0)
        return;
    if (k->keyed)
        sif_hmac_sha256_update(&k->mac, k->b, k->n);
    else
        sif_sha256_update(&k->sha, k->b, k->n);
    k->n = 0;
}

static void hb_put(hash_buf *k, const void *p, size_t n)
{
    if (k->n + n > sizeof k->b) {
        hb_flush(k);
        if (n > sizeof k->b) {
            if (k->keyed)
                sif_hmac_sha256_update(&k->mac, p, n);
            else
                sif_sha256_update(&k->sha, p, n);
            return;
        }
    }
    memcpy(k->b + k->n, p, n);
    k->n += n;
}

static void hb_str(hash_buf *k, const char *s) { hb_put(k, s, strlen(s)); }

/* v in decimal, as printf's %lld writes it */
static void hb_int(hash_buf *k, int64_t v)
{
    char d[24];
    int i = (int)sizeof d;
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    do {
        d[--i] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        d[--i] = '-';
    hb_put(k, d + i, sizeof d - (size_t)i);
}

static void hb_hex(hash_buf *k, char hex[65])
{
    hb_flush(k);
    if (k->keyed)
        sif_hmac_sha256_hex(&k->mac, hex);
    else
        sif_sha256_hex(&k->sha, hex);
}

/* every column: its name, "=N", "=I<integer>" or "=T<length>:<bytes>", and a unit separator */
static void hash_row(sqlite3_stmt *s, char hex[65])
{
    hash_buf k = {.keyed = false, .n = 0};
    sif_sha256_init(&k.sha);
    int n = sqlite3_column_count(s);
    for (int i = 0; i < n; i++) {
        hb_str(&k, sqlite3_column_name(s, i));
        switch (sqlite3_column_type(s, i)) {
        case SQLITE_NULL:
            hb_put(&k, "=N", 2);
            break;
        case SQLITE_INTEGER:
            hb_put(&k, "=I", 2);
            hb_int(&k, sqlite3_column_int64(s, i));
            break;
        case SQLITE_FLOAT: /* STRICT tables have none; hash the text form all the same */
        case SQLITE_TEXT:
        case SQLITE_BLOB:
        default: {
            const void *p = sqlite3_column_blob(s, i);
            int len = sqlite3_column_bytes(s, i);
            hb_put(&k, "=T", 2);
            hb_int(&k, len);
            hb_put(&k, ":", 1);
            if (p && len > 0)
                hb_put(&k, p, (size_t)len);
            break;
        }
        }
        hb_put(&k, "\x1f", 1);
    }
    hb_hex(&k, hex);
}

sif_status sif_journal_row_hash(sif_store *st, const char *table, int64_t row_id, char hex[65],
                                bool *found, sif_error *err)
{
    if (!sif_journal_table_known(table))
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

void sif_journal_link_hash(const unsigned char *key, size_t key_len, const char *prev,
                           int64_t seq, const char *table, int64_t row_id, const char *action,
                           const char *detail, int64_t batch_id, const char *user,
                           const char *at, const char *row_hash, char hex[65])
{
    /* the bytes: prev|seq|table|row_id|action|detail|batch_id|user|at|row_hash */
    hash_buf k = {.keyed = key != NULL, .n = 0};
    if (k.keyed)
        sif_hmac_sha256_init(&k.mac, key, key_len);
    else
        sif_sha256_init(&k.sha);
    hb_str(&k, prev);
    hb_put(&k, "|", 1);
    hb_int(&k, seq);
    hb_put(&k, "|", 1);
    hb_str(&k, table);
    hb_put(&k, "|", 1);
    hb_int(&k, row_id);
    hb_put(&k, "|", 1);
    hb_str(&k, action);
    hb_put(&k, "|", 1);
    if (detail)
        hb_str(&k, detail);
    hb_put(&k, "|", 1);
    hb_int(&k, batch_id);
    hb_put(&k, "|", 1);
    hb_str(&k, user);
    hb_put(&k, "|", 1);
    hb_str(&k, at);
    hb_put(&k, "|", 1);
    hb_str(&k, row_hash);
    hb_hex(&k, hex);
}

sif_status sif_journal_add(sif_store *st, const char *table, int64_t row_id, const char *action,
                           const char *detail, int64_t batch_id, sif_error *err)
{
    if (!sif_store_in_write(st))
        return sif_error_set(err, SIF_ERR_USAGE, "journal outside a write");
    char row_hash[65], prev[65] = SIF_JOURNAL_GENESIS, hash[65], now[32];
    bool found;
    sif_status rc = sif_journal_row_hash(st, table, row_id, row_hash, &found, err);
    if (rc != SIF_OK)
        return rc;
    if (!found)
        return sif_error_set(err, SIF_ERR_USAGE, "no %s row %lld to journal", table,
                             (long long)row_id);
    sqlite3_stmt *s;
    int64_t seq = 1;
    int step;
    if (sif_store_last_link(st, &seq, prev)) {
        seq++;
    } else {
        rc = sif_store_stmt(st, "SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1", &s,
                            err);
        if (rc != SIF_OK)
            return rc;
        step = sqlite3_step(s);
        if (step == SQLITE_ROW) {
            seq = sqlite3_column_int64(s, 0) + 1;
            sif_column_copy(s, 1, prev, sizeof prev);
        } else if (step != SQLITE_DONE) {
            rc = sif_store_error(st, step, err);
        }
        sif_store_stmt_done(st, s);
        if (rc != SIF_OK)
            return rc;
    }
    sif_store_now(st, now, sizeof now);
    const char *user = sif_store_user(st);
    /* from the keyed link on (sif key enable), links are MACs under the ledger's key */
    size_t key_len = 0;
    const unsigned char *key = sif_store_key(st, &key_len);
    int64_t keyed_from = sif_store_keyed_from(st);
    if (keyed_from == 0 || seq < keyed_from)
        key = NULL;
    else if (key == NULL)
        return sif_error_set(err, SIF_ERR_USAGE, "the ledger's chain is keyed: give --key-file");
    sif_journal_link_hash(key, key_len, prev, seq, table, row_id, action, detail, batch_id,
                          user, now, row_hash, hash);
    rc = sif_store_stmt(st,
        "INSERT INTO journal(seq, tbl, row_id, action, detail, batch_id, user, at, row_hash,"
        " prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)", &s, err);
    if (rc != SIF_OK)
        return rc;
    sqlite3_bind_int64(s, 1, seq);
    sif_bind_text_static(s, 2, table);
    sqlite3_bind_int64(s, 3, row_id);
    sif_bind_text_static(s, 4, action);
    sif_bind_text_static(s, 5, detail);
    sqlite3_bind_int64(s, 6, batch_id);
    sif_bind_text_static(s, 7, user);
    sif_bind_text_static(s, 8, now);
    sif_bind_text_static(s, 9, row_hash);
    sif_bind_text_static(s, 10, prev);
    sif_bind_text_static(s, 11, hash);
    step = sqlite3_step(s);
    if (step != SQLITE_DONE)
        rc = sif_store_error(st, step, err);
    else if (sqlite3_changes(sif_store_db(st)) != 1)
        rc = sif_error_set(err, SIF_ERR_TAMPERED, "no journal link was written: the ledger's "
                           "schema was changed outside sif (see 'sif verify')");
    sif_store_stmt_done(st, s);
    if (rc == SIF_OK)
        sif_store_set_last_link(st, seq, hash);
    return rc;
}
