/* ledger/store.c — opening, migrating and writing the SQLite ledger. */
#include "store_internal.h"

#include "memo.h"

#include <ctype.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

struct sif_store {
    sqlite3 *db;
    char *user;
    int64_t clock;      /* fixed epoch seconds, 0 = real time */
    bool in_write;
    int in_read;        /* depth of nested sif_read_begin */
    int version;
    unsigned char *key; /* sif_store_set_key_file; wiped and freed on close */
    size_t key_len;
    int64_t keyed_from; /* first keyed link, 0 = unkeyed chain (loaded per write) */
    int64_t digest_rows; /* payment rows of the open write and their digest */
    char digest[65];
    struct cached_stmt *cache; /* sif_store_stmt: prepared once per connection */
    int ncache, cache_cap;
    sif_memo *memo;     /* lookups of the open write */
    bool link_known;    /* the journal's last link, as the open write left it */
    int64_t link_seq;
    char link_hash[65];
    bool wide_cache;    /* sif_store_widen_cache ran on this connection */
    bool money_known;   /* money_total holds for the open write (money_guard.c) */
    sif_ore money_total;
    int busy_waited_ms; /* busy_wait: how long this wait for the lock has lasted */
    bool busy_told;
    char *path;
};

/* One statement of the cache: its SQL (the key) and whether a caller holds it now. */
struct cached_stmt {
    char *sql;
    sqlite3_stmt *stmt;
    bool busy;
};

/* Statements beyond this many are prepared per call and finalized after (the SQL texts sif
 * uses are a fixed set of a few dozen; the cap only bounds a mistake). */
#define STMT_CACHE_MAX 256

#define BUSY_TIMEOUT_MS 30000
#define BUSY_NOTICE_MS 1000

static sif_busy_notice_fn busy_notice;
static void *busy_notice_ctx;

void sif_store_set_busy_notice(sif_busy_notice_fn fn, void *ctx)
{
    busy_notice = fn;
    busy_notice_ctx = ctx;
}

/* SQLite's busy handler: wait up to BUSY_TIMEOUT_MS for another writer, and tell the user
 * after BUSY_NOTICE_MS, so that a long wait is never silent. count is 0 on a new wait. */
static int busy_wait(void *arg, int count)
{
    sif_store *st = arg;
    if (count == 0) {
        st->busy_waited_ms = 0;
        st->busy_told = false;
    }
    if (st->busy_waited_ms >= BUSY_TIMEOUT_MS)
        return 0;
    if (!st->busy_told && st->busy_waited_ms >= BUSY_NOTICE_MS && busy_notice) {
        busy_notice(busy_notice_ctx, st->path ? st->path : "", BUSY_TIMEOUT_MS / 1000);
        st->busy_told = true;
    }
    int step = count < 20 ? 5 : 50;
    struct timespec ts = {0, (long)step * 1000000L};
    nanosleep(&ts, NULL);
    st->busy_waited_ms += step;
    return 1;
}

sqlite3 *sif_store_db(sif_store *st) { return st->db; }
bool sif_store_in_write(const sif_store *st) { return st->in_write; }

void sif_store_widen_cache(sif_store *st)
{
    if (st->wide_cache)
        return;
    st->wide_cache = true;
    /* negative: KiB. A bound on memory whatever the size of the write; pages are taken only
     * as they are used, so a small write stays small. */
    sqlite3_exec(st->db, "PRAGMA cache_size = -32768", NULL, NULL, NULL);
}

void sif_store_set_in_write(sif_store *st, bool on)
{
    st->in_write = on;
    /* what the last write found or linked may have been rolled back */
    sif_memo_clear(st->memo);
    st->link_known = false;
    st->money_known = false; /* another process may write between two writes */
}

sif_memo *sif_store_memo(sif_store *st)
{
    if (!st->in_write)
        return NULL;
    if (st->memo == NULL)
        st->memo = sif_memo_new();
    return st->memo;
}

bool sif_store_last_link(const sif_store *st, int64_t *seq, char hash[65])
{
    if (!st->in_write || !st->link_known)
        return false;
    *seq = st->link_seq;
    memcpy(hash, st->link_hash, 65);
    return true;
}

void sif_store_set_last_link(sif_store *st, int64_t seq, const char *hash)
{
    if (!st->in_write)
        return;
    st->link_known = true;
    st->link_seq = seq;
    snprintf(st->link_hash, sizeof st->link_hash, "%s", hash);
}

bool sif_store_money_total(const sif_store *st, sif_ore *total)
{
    if (st->money_known)
        *total = st->money_total;
    return st->money_known;
}

void sif_store_set_money_total(sif_store *st, sif_ore total)
{
    st->money_total = total;
    st->money_known = true;
}

int sif_store_schema_version(const sif_store *st) { return st->version; }
const char *sif_store_user(const sif_store *st) { return st->user ? st->user : "unknown"; }

void sif_store_set_user(sif_store *st, const char *user)
{
    char *copy = user ? strdup(user) : NULL;
    if (user && copy == NULL)
        return; /* keep the old name rather than lose it */
    free(st->user);
    st->user = copy;
}

void sif_store_set_clock(sif_store *st, int64_t epoch_seconds) { st->clock = epoch_seconds; }

const unsigned char *sif_store_key(const sif_store *st, size_t *len)
{
    *len = st->key_len;
    return st->key;
}

int64_t sif_store_keyed_from(const sif_store *st) { return st->keyed_from; }

void sif_store_set_payment_digest(sif_store *st, int64_t rows, const char hex[65])
{
    st->digest_rows = rows;
    snprintf(st->digest, sizeof st->digest, "%s", hex ? hex : "");
}

int64_t sif_store_payment_digest(const sif_store *st, char hex[65])
{
    snprintf(hex, 65, "%s", st->digest);
    return st->digest_rows;
}
void sif_store_set_keyed_from(sif_store *st, int64_t seq) { st->keyed_from = seq; }

static void forget_key(sif_store *st)
{
    if (st->key) {
        volatile unsigned char *p = st->key;
        for (size_t i = 0; i < st->key_len; i++)
            p[i] = 0;
        free(st->key);
    }
    st->key = NULL;
    st->key_len = 0;
}

sif_status sif_store_set_key_file(sif_store *st, const char *path, sif_error *err)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return sif_error_at(err, SIF_ERR_NOTFOUND, path, 0, 0, "cannot open the key file");
    unsigned char buf[SIF_KEY_MAX + 1];
    size_t n = fread(buf, 1, sizeof buf, f);
    bool bad = ferror(f) != 0;
    fclose(f);
    sif_status rc = SIF_OK;
    if (bad)
        rc = sif_error_at(err, SIF_ERR_IO, path, 0, 0, "cannot read the key file");
    else if (n < SIF_KEY_MIN || n > SIF_KEY_MAX)
        rc = sif_error_at(err, SIF_ERR_USAGE, path, 0, 0, "a key file holds %d to %d bytes "
                          "(make one with: head -c 32 /dev/urandom > FILE)", SIF_KEY_MIN,
                          SIF_KEY_MAX);
    forget_key(st);
    if (rc == SIF_OK && (st->key = malloc(n)) == NULL)
        rc = sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    if (rc == SIF_OK) {
        memcpy(st->key, buf, n);
        st->key_len = n;
    }
    volatile unsigned char *p = buf;
    for (size_t i = 0; i < sizeof buf; i++)
        p[i] = 0;
    return rc;
}

char *sif_store_now(const sif_store *st, char *buf, size_t size)
{
    /* formatted once a second: an import stamps every row with it */
    static _Thread_local time_t last = (time_t)-1;
    static _Thread_local char text[32];
    time_t t = st->clock ? (time_t)st->clock : time(NULL);
    if (t != last) {
        struct tm tm;
        gmtime_r(&t, &tm);
        strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &tm);
        last = t;
    }
    if (size) {
        size_t n = strlen(text);
        n = n < size ? n : size - 1;
        memcpy(buf, text, n);
        buf[n] = '\0';
    }
    return buf;
}

sif_status sif_store_error(sif_store *st, int rc, sif_error *err)
{
    const char *msg = st && st->db ? sqlite3_errmsg(st->db) : sqlite3_errstr(rc);
    int prim = rc & 0xff;
    if (prim == SQLITE_BUSY || prim == SQLITE_LOCKED)
        return sif_error_set(err, SIF_ERR_BUSY, "database is busy: %s", msg);
    if (prim == SQLITE_CONSTRAINT) {
        if (strstr(msg, "period closed"))
            return sif_error_about(err, SIF_FIELD_YEAR, sif_error_set(err, SIF_ERR_CLOSED,
                                   "the period is closed: the year takes no new entries until "
                                   "'sif period reopen YEAR --reason TEXT'"));
        return sif_error_set(err, SIF_ERR_DATA, "refused by the ledger: %s", msg);
    }
    if (prim == SQLITE_NOMEM)
        return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    if (prim == SQLITE_NOTADB || prim == SQLITE_CORRUPT)
        return sif_error_set(err, SIF_ERR_DATA, "not a usable ledger: %s", msg);
    if (prim == SQLITE_CANTOPEN)
        return sif_error_set(err, SIF_ERR_CANTCREATE, "cannot open the ledger: %s", msg);
    if (prim == SQLITE_READONLY)
        return sif_error_set(err, SIF_ERR_IO, "the ledger is read-only: %s", msg);
    return sif_error_set(err, SIF_ERR_DB, "database error: %s", msg);
}

sif_status sif_store_prepare(sif_store *st, const char *sql, sqlite3_stmt **stmt,
                             sif_error *err)
{
    int rc = sqlite3_prepare_v2(st->db, sql, -1, stmt, NULL);
    if (rc != SQLITE_OK) {
        *stmt = NULL;
        return sif_store_error(st, rc, err);
    }
    return SIF_OK;
}

sif_status sif_store_stmt(sif_store *st, const char *sql, sqlite3_stmt **stmt, sif_error *err)
{
    *stmt = NULL;
    for (int i = 0; i < st->ncache; i++) {
        struct cached_stmt *c = &st->cache[i];
        if (strcmp(c->sql, sql) != 0)
            continue;
        if (c->busy) /* held by a caller further up: this use gets its own */
            return sif_store_prepare(st, sql, stmt, err);
        c->busy = true;
        *stmt = c->stmt;
        return SIF_OK;
    }
    if (st->ncache == STMT_CACHE_MAX)
        return sif_store_prepare(st, sql, stmt, err);
    if (st->ncache == st->cache_cap) {
        int cap = st->cache_cap ? st->cache_cap * 2 : 32;
        struct cached_stmt *grown = realloc(st->cache, (size_t)cap * sizeof *grown);
        if (grown == NULL)
            return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
        st->cache = grown;
        st->cache_cap = cap;
    }
    char *key = strdup(sql);
    if (key == NULL)
        return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    int rc = sqlite3_prepare_v3(st->db, sql, -1, SQLITE_PREPARE_PERSISTENT, stmt, NULL);
    if (rc != SQLITE_OK) {
        free(key);
        *stmt = NULL;
        return sif_store_error(st, rc, err);
    }
    st->cache[st->ncache++] = (struct cached_stmt){key, *stmt, true};
    return SIF_OK;
}

void sif_store_stmt_done(sif_store *st, sqlite3_stmt *stmt)
{
    if (stmt == NULL)
        return;
    for (int i = st->ncache - 1; i >= 0; i--) {
        if (st->cache[i].stmt == stmt) {
            sqlite3_reset(stmt);
            sqlite3_clear_bindings(stmt);
            st->cache[i].busy = false;
            return;
        }
    }
    sqlite3_finalize(stmt);
}

sif_status sif_store_exec(sif_store *st, const char *sql, sif_error *err)
{
    int rc = sqlite3_exec(st->db, sql, NULL, NULL, NULL);
    return rc == SQLITE_OK ? SIF_OK : sif_store_error(st, rc, err);
}

int sif_bind_text(sqlite3_stmt *stmt, int idx, const char *text)
{
    if (text == NULL)
        return sqlite3_bind_null(stmt, idx);
    return sqlite3_bind_text(stmt, idx, text, -1, SQLITE_TRANSIENT);
}

int sif_bind_text_static(sqlite3_stmt *stmt, int idx, const char *text)
{
    if (text == NULL)
        return sqlite3_bind_null(stmt, idx);
    return sqlite3_bind_text(stmt, idx, text, -1, SQLITE_STATIC);
}

const char *sif_column_text(sqlite3_stmt *stmt, int col)
{
    const unsigned char *t = sqlite3_column_text(stmt, col);
    return t ? (const char *)t : "";
}

void sif_column_copy(sqlite3_stmt *stmt, int col, char *dst, size_t size)
{
    snprintf(dst, size, "%s", sif_column_text(stmt, col));
}

static sif_status pragma_int(sif_store *st, const char *sql, int *out, sif_error *err)
{
    sqlite3_stmt *s;
    sif_status rc = sif_store_prepare(st, sql, &s, err);
    if (rc != SIF_OK)
        return rc;
    int step = sqlite3_step(s);
    if (step == SQLITE_ROW)
        *out = sqlite3_column_int(s, 0);
    else
        rc = sif_store_error(st, step, err);
    sqlite3_finalize(s);
    return rc;
}

static sif_status create_triggers(sif_store *st, sif_error *err)
{
    char sql[512];
    for (const char *const *t = sif_append_only_tables; *t; t++) {
        for (int d = 0; d < 2; d++) {
            const char *what = d ? "DELETE" : "UPDATE";
            snprintf(sql, sizeof sql,
                     "CREATE TRIGGER IF NOT EXISTS %s_no_%s BEFORE %s ON %s BEGIN "
                     "SELECT RAISE(ABORT, 'sif: %s is append-only; record a reversal instead'); END;",
                     *t, d ? "delete" : "update", what, *t, *t);
            sif_status rc = sif_store_exec(st, sql, err);
            if (rc != SIF_OK)
                return rc;
        }
    }
    return SIF_OK;
}

static sif_status migrate(sif_store *st, sif_error *err)
{
    int app = 0, ver = 0;
    sif_status rc = pragma_int(st, "PRAGMA application_id", &app, err);
    if (rc == SIF_OK)
        rc = pragma_int(st, "PRAGMA user_version", &ver, err);
    if (rc != SIF_OK)
        return rc;
    if (app != 0 && app != SIF_APPLICATION_ID)
        return sif_error_set(err, SIF_ERR_DATA, "not a sif ledger (application_id %d)", app);
    if (app == 0 && ver == 0) {
        int tables = 0;
        rc = pragma_int(st, "SELECT count(*) FROM sqlite_master", &tables, err);
        if (rc != SIF_OK)
            return rc;
        if (tables > 0)
            return sif_error_set(err, SIF_ERR_DATA, "not a sif ledger (it has other tables)");
    }
    if (ver > sif_migration_count)
        return sif_error_set(err, SIF_ERR_DATA,
                             "ledger schema %d is newer than this sif (%d): upgrade sif", ver,
                             sif_migration_count);
    if (ver == sif_migration_count) {
        st->version = ver;
        return SIF_OK;
    }
    /* a migration that rebuilds a table drops it while other tables refer to it: foreign keys
     * are off while it runs (the pragma is a no-op inside a transaction) and checked at its end */
    rc = sif_store_exec(st, "PRAGMA foreign_keys = OFF", err);
    if (rc == SIF_OK)
        rc = sif_store_exec(st, "BEGIN IMMEDIATE", err);
    if (rc != SIF_OK) {
        sqlite3_exec(st->db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
        return rc;
    }
    /* read again under the write lock: another process may have migrated meanwhile */
    rc = pragma_int(st, "PRAGMA user_version", &ver, err);
    for (int v = ver + 1; rc == SIF_OK && v <= sif_migration_count; v++) {
        rc = sif_store_exec(st, sif_migrations[v], err);
        if (rc == SIF_OK) {
            char sql[64];
            snprintf(sql, sizeof sql, "PRAGMA user_version = %d", v);
            rc = sif_store_exec(st, sql, err);
        }
    }
    if (rc == SIF_OK)
        rc = create_triggers(st, err);
    if (rc == SIF_OK) {
        char sql[64];
        snprintf(sql, sizeof sql, "PRAGMA application_id = %d", SIF_APPLICATION_ID);
        rc = sif_store_exec(st, sql, err);
    }
    if (rc == SIF_OK) {
        int broken = 0;
        rc = pragma_int(st, "SELECT count(*) FROM pragma_foreign_key_check", &broken, err);
        if (rc == SIF_OK && broken > 0)
            rc = sif_error_set(err, SIF_ERR_DATA, "not a usable ledger: %d rows refer to rows "
                               "that do not exist", broken);
    }
    if (rc == SIF_OK)
        rc = sif_store_exec(st, "COMMIT", err);
    if (rc != SIF_OK)
        sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
    sif_status on = sif_store_exec(st, "PRAGMA foreign_keys = ON", rc == SIF_OK ? err : NULL);
    if (rc != SIF_OK)
        return rc;
    if (on != SIF_OK)
        return on;
    st->version = sif_migration_count;
    return SIF_OK;
}

/* The schema version of a ledger opened for reading, refusing what this sif cannot read. */
static sif_status read_version(sif_store *st, sif_error *err)
{
    int app = 0, ver = 0;
    sif_status rc = pragma_int(st, "PRAGMA application_id", &app, err);
    if (rc == SIF_OK)
        rc = pragma_int(st, "PRAGMA user_version", &ver, err);
    if (rc != SIF_OK)
        return rc;
    if (app != SIF_APPLICATION_ID && !(app == 0 && ver == 0))
        return sif_error_set(err, SIF_ERR_DATA, "not a sif ledger (application_id %d)", app);
    if (ver > sif_migration_count)
        return sif_error_set(err, SIF_ERR_DATA,
                             "ledger schema %d is newer than this sif (%d): upgrade sif", ver,
                             sif_migration_count);
    st->version = ver;
    return SIF_OK;
}

/* A reader needs no write access: in a directory it cannot write, SQLite cannot create the
 * WAL's shared-memory file, so a ledger without a WAL is opened as immutable instead (no
 * locks, nothing created). A ledger with a WAL left behind needs that WAL read, and so the
 * ordinary way. */
static sif_status open_read(sif_store *st, const char *path, sif_error *err)
{
    sif_status rc = read_version(st, err);
    int why = sqlite3_errcode(st->db) & 0xff;
    if (rc == SIF_OK || (why != SQLITE_READONLY && why != SQLITE_CANTOPEN))
        return rc;
    char wal[4096];
    snprintf(wal, sizeof wal, "%s-wal", path);
    if (access(wal, F_OK) == 0)
        return rc;
    /* file: URI of the path, everything but unreserved characters and '/' percent-encoded */
    size_t len = strlen(path);
    char *uri = malloc(len * 3 + 32);
    if (uri == NULL)
        return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    char *u = uri + sprintf(uri, "file:");
    for (const unsigned char *c = (const unsigned char *)path; *c; c++) {
        if (isalnum(*c) || strchr("/-._~", *c))
            *u++ = (char)*c;
        else
            u += sprintf(u, "%%%02X", *c);
    }
    strcpy(u, "?immutable=1");
    sqlite3_close_v2(st->db);
    st->db = NULL;
    int o = sqlite3_open_v2(uri, &st->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI |
                            SQLITE_OPEN_NOFOLLOW, NULL);
    free(uri);
    if (o != SQLITE_OK)
        return sif_store_error(st, o, err);
    sqlite3_extended_result_codes(st->db, 1);
    return read_version(st, err);
}

/* SQLite's counters of its own memory take a global mutex for every allocation, a few per
 * row written; sif reads none of them. Set once, before SQLite initialises itself (later it
 * is refused, harmlessly). */
static void sqlite_setup(void) { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); }
static pthread_once_t sqlite_once = PTHREAD_ONCE_INIT;

sif_status sif_store_open(const char *path, unsigned flags, sif_store **out, sif_error *err)
{
    pthread_once(&sqlite_once, sqlite_setup);
    *out = NULL;
    if (!(flags & SIF_STORE_CREATE) && access(path, F_OK) != 0)
        return sif_error_at(err, SIF_ERR_NOTFOUND, path, 0, 0,
                            "no ledger here (run 'sif init' first, or give --db)");
    sif_store *st = calloc(1, sizeof *st);
    if (st == NULL)
        return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    int oflags = (flags & SIF_STORE_READONLY) ? SQLITE_OPEN_READONLY
                                              : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    int rc = sqlite3_open_v2(path, &st->db, oflags | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_NOMUTEX, NULL);
    sif_status s = SIF_OK;
    if (rc != SQLITE_OK) {
        s = sif_store_error(st, rc, err);
        if (err)
            snprintf(err->file, sizeof err->file, "%s", path);
        goto fail;
    }
    sqlite3_extended_result_codes(st->db, 1);
    st->path = strdup(path);
    sqlite3_busy_handler(st->db, busy_wait, st);
    if ((s = sif_store_exec(st, "PRAGMA foreign_keys = ON", err)) != SIF_OK)
        goto fail;
    if (!(flags & SIF_STORE_READONLY)) {
        /* FULL: a commit reported as done is on disk, power cut or not (WAL with NORMAL may
         * lose the last commits) */
        if ((s = sif_store_exec(st, "PRAGMA journal_mode = WAL", err)) != SIF_OK ||
            (s = sif_store_exec(st, "PRAGMA synchronous = FULL", err)) != SIF_OK)
            goto fail;
        if (flags & SIF_STORE_MUST_CREATE) {
            int ver = 0;
            if ((s = pragma_int(st, "PRAGMA user_version", &ver, err)) != SIF_OK)
                goto fail;
            if (ver > 0) {
                s = sif_error_at(err, SIF_ERR_DATA, path, 0, 0, "a ledger exists here already");
                goto fail;
            }
        }
        if ((s = migrate(st, err)) != SIF_OK)
            goto fail;
    } else if ((s = open_read(st, path, err)) != SIF_OK) {
        goto fail;
    }
    *out = st;
    return SIF_OK;
fail:
    sif_store_close(st);
    return s;
}

void sif_store_close(sif_store *st)
{
    if (st == NULL)
        return;
    for (int i = 0; i < st->ncache; i++) {
        sqlite3_finalize(st->cache[i].stmt);
        free(st->cache[i].sql);
    }
    free(st->cache);
    sif_memo_free(st->memo);
    free(st->path);
    if (st->db) {
        if (!sqlite3_get_autocommit(st->db))
            sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
        sqlite3_close_v2(st->db);
    }
    forget_key(st);
    free(st->user);
    free(st);
}

sif_status sif_read_begin(sif_store *st, sif_error *err)
{
    if (st->in_write)
        return SIF_OK;
    if (st->in_read == 0) {
        sif_status rc = sif_store_exec(st, "BEGIN", err);
        if (rc != SIF_OK)
            return rc;
    }
    st->in_read++;
    return SIF_OK;
}

void sif_read_end(sif_store *st)
{
    if (st->in_write || st->in_read == 0)
        return;
    if (--st->in_read == 0)
        sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL);
}
