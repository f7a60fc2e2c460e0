/* ledger/store_internal.h — what the core's own modules share about the store. Not public:
 * importers and reports go through include/sif/, never through SQLite. */
#ifndef SIF_STORE_INTERNAL_H
#define SIF_STORE_INTERNAL_H

#include <sqlite3.h>
#include <stdbool.h>
#include "sif/sha256.h"
#include "sif/store.h"

extern const char *const sif_migrations[];
extern const int sif_migration_count;
extern const char *const sif_append_only_tables[];
extern const char *const sif_journaled_tables[];

/* The connection; borrowed for the life of the store. */
sqlite3 *sif_store_db(sif_store *st);

/* True while a write transaction (sif_write_begin) is open. */
bool sif_store_in_write(const sif_store *st);
/* A 32 MB page cache for this connection, from now on (SQLite's default is 2 MB). For writes
 * that journal rows one by one: a large import is one transaction, and with the default its
 * index pages spill to the write-ahead log and are read back (a 1M-row cost import took a
 * quarter longer). The payment register appends to a table without indexes and keeps the
 * default, so its memory stays the same at every size. */
void sif_store_widen_cache(sif_store *st);
/* Set by sif_write_begin/commit/abort (batch.c) once the transaction is open or over.
 * Forgets the memo, the last link (below) and the money total. */
void sif_store_set_in_write(sif_store *st, bool on);
/* The sum of the absolute values of the ledger's amounts as money_guard.c knows it in the
 * open write: true and *total set when known. */
bool sif_store_money_total(const sif_store *st, sif_ore *total);
void sif_store_set_money_total(sif_store *st, sif_ore total);

/* Lookups remembered for the length of the open write (memo.h); NULL outside a write.
 * Borrowed from the store. */
struct sif_memo *sif_store_memo(sif_store *st);

/* The journal's last link (seq, hash[65]) as this write left it, so that the next link
 * needs no query for its predecessor; false outside a write or before its first link. */
bool sif_store_last_link(const sif_store *st, int64_t *seq, char hash[65]);
void sif_store_set_last_link(sif_store *st, int64_t seq, const char *hash);

/* Prepare sql; on failure *stmt is NULL and err is set. */
sif_status sif_store_prepare(sif_store *st, const char *sql, sqlite3_stmt **stmt,
                             sif_error *err);

/* A statement for sql, prepared once per store and kept (SQL is parsed once, not once per
 * row): ready to bind, bindings cleared. Borrowed: give it back with sif_store_stmt_done on
 * every path, never finalize it. A second request for the same sql while the first is still
 * held (a nested call) gets a statement of its own, which _done finalizes. On failure *stmt
 * is NULL and err is set. */
sif_status sif_store_stmt(sif_store *st, const char *sql, sqlite3_stmt **stmt, sif_error *err);

/* Give back a statement of sif_store_stmt: reset and cleared for the next caller. Accepts
 * NULL. */
void sif_store_stmt_done(sif_store *st, sqlite3_stmt *stmt);

/* Turn the connection's last error (rc) into a status and message: BUSY → SIF_ERR_BUSY,
 * constraint failures → SIF_ERR_DATA (closed period → SIF_ERR_CLOSED), else SIF_ERR_DB. */
sif_status sif_store_error(sif_store *st, int rc, sif_error *err);

/* Called by sif_store_each for each row, the statement on that row (its columns borrowed
 * until fn returns); nonzero stops the loop. */
typedef int (*sif_row_fn)(void *ctx, sqlite3_stmt *row);

/* sql for a statement whose ?1 is bound to a value (bound) or to NULL: when bound, every
 * "?1 IS NULL OR " (false then) is left out, into buf, so that a filter written
 * "?1 IS NULL OR p.code = ?1" can use an index; SQLite cannot for the whole OR and reads
 * every row. Returns sql itself when not bound, when there is none, or when buf is short. */
const char *sif_sql_bound(const char *sql, bool bound, char *buf, size_t size);

/* Run sql with ?1 bound to text (NULL binds SQL NULL; sql without parameters binds
 * nothing; sif_sql_bound applies) and call fn for each row until it
 * returns nonzero; stopping early is no error. The statement is the call's own (prepared,
 * finalized here on every path), so fn may use the store. In store_each.c. */
sif_status sif_store_each(sif_store *st, const char *sql, const char *text, sif_row_fn fn,
                          void *ctx, sif_error *err);

/* Run sql without results. */
sif_status sif_store_exec(sif_store *st, const char *sql, sif_error *err);

/* Bind a text that may be NULL (binds SQL NULL). */
int sif_bind_text(sqlite3_stmt *stmt, int idx, const char *text);
/* The same without a copy: text must stay unchanged until the statement is reset (a buffer
 * of the caller's that outlives the step). */
int sif_bind_text_static(sqlite3_stmt *stmt, int idx, const char *text);

/* Column text as a C string, "" for NULL. Borrowed until the next step/finalize. */
const char *sif_column_text(sqlite3_stmt *stmt, int col);

/* Copy a column's text into a fixed buffer ("" for NULL). */
void sif_column_copy(sqlite3_stmt *stmt, int col, char *dst, size_t size);

/* SIF_ERR_CLOSED naming the year and how to reopen it when year is closed (the triggers
 * refuse the row anyway; this says which year). In period.c. */
sif_status sif_period_require_open(sif_store *st, int year, sif_error *err);

/* Append a link to the hash chain for the row `row_id` of `table`, just inserted in the open
 * write transaction. action is e.g. "add", "reverse"; detail is free text (may be NULL). */
sif_status sif_journal_add(sif_store *st, const char *table, int64_t row_id, const char *action,
                           const char *detail, int64_t batch_id, sif_error *err);

/* The prev_hash of the first link. */
#define SIF_JOURNAL_GENESIS "0000000000000000000000000000000000000000000000000000000000000000"

/* True when rows of table are journaled one by one (sif_journaled_tables). */
bool sif_journal_table_known(const char *table);

/* The hash of one journal link into hex[65]: SHA-256 over the previous link's hash and the
 * link's own fields (detail may be NULL); with a key (not NULL), HMAC-SHA-256 over the same. */
void sif_journal_link_hash(const unsigned char *key, size_t key_len, const char *prev,
                           int64_t seq, const char *table, int64_t row_id, const char *action,
                           const char *detail, int64_t batch_id, const char *user,
                           const char *at, const char *row_hash, char hex[65]);

/* Feed one payment row into a batch's digest (evidence.c); verify.c recomputes it the same
 * way from the rows. district NULL = none. */
void sif_payment_row_digest(sif_sha256 *h, const char *household, size_t household_len,
                            int month, sif_ore amount, const char *district, size_t district_len);

/* The digest of the payment rows of the open write, written by sif_write_commit as the
 * batch's payment_digest row; cleared by sif_write_begin. rows 0 = none. */
void sif_store_set_payment_digest(sif_store *st, int64_t rows, const char hex[65]);
int64_t sif_store_payment_digest(const sif_store *st, char hex[65]);

/* The key given with sif_store_set_key_file, NULL when none; borrowed for the store's life. */
const unsigned char *sif_store_key(const sif_store *st, size_t *len);
/* The first keyed link of the open write (0: the chain is not keyed), set by sif_write_begin
 * from the chain_key table (chain.c) and by sif_key_enable. */
int64_t sif_store_keyed_from(const sif_store *st);
void sif_store_set_keyed_from(sif_store *st, int64_t seq);

/* Under the write lock: load the chain's key state into the store, refusing (SIF_ERR_USAGE)
 * a keyed ledger without its key or with another key. In chain.c. */
sif_status sif_chain_load_key(sif_store *st, sif_error *err);

/* The chain's key state for verify: *from_seq the first keyed link (0: not keyed), *have_key
 * whether a key was given. A given key that is not the ledger's (or a key for an unkeyed
 * ledger) is SIF_ERR_USAGE. */
sif_status sif_chain_key_check(sif_store *st, int64_t *from_seq, bool *have_key,
                               sif_error *err);

/* Hex SHA-256 of a row's canonical content (all columns, with their types) into hex[65]. */
sif_status sif_journal_row_hash(sif_store *st, const char *table, int64_t row_id, char hex[65],
                                bool *found, sif_error *err);

/* Insert one entry row and journal it, in the open write.
 * cols is the column list without batch_id, user and at, which are appended; types has one
 * letter per column for the values that follow: 'i' int, 'y' int with 0 = NULL, 'I' int64_t,
 * 'P' const int64_t * (NULL pointer = NULL), 't' const char *
 * (NULL or "" binds SQL NULL), 'T' const char * bound as given (NULL binds NULL).
 * action and detail go to the journal. A UNIQUE failure is SIF_ERR_DATA with `dup_msg` (may
 * be NULL). *rowid (may be NULL) receives the new row's id. */
sif_status sif_row_insert(sif_store *st, int64_t batch, const char *table, const char *cols,
                          const char *types, const char *action, const char *detail,
                          const char *dup_msg, int64_t *rowid, sif_error *err, ...);

/* One difference between the ledger's schema and the shipped one: type ("table", "trigger",
 * "index", "view"), name and what is wrong ("is missing", "was added outside sif", "differs
 * from the definition sif ships"). */
typedef void (*sif_schema_diff_fn)(void *ctx, const char *type, const char *name,
                                   const char *what);

/* Compare every table, index, trigger and view of the ledger with the schema this binary
 * ships (schema.c, migrated into an in-memory database): fn (may be NULL) for each
 * difference, their number in *ndiff. A ledger at an older schema version is not compared
 * (*ndiff 0): its first write migrates it. In schema_check.c. */
sif_status sif_schema_compare(sif_store *st, sif_schema_diff_fn fn, void *ctx, int64_t *ndiff,
                              sif_error *err);

/* SIF_ERR_TAMPERED naming the first difference when the schema is not the shipped one. */
sif_status sif_schema_require_shipped(sif_store *st, sif_error *err);

#endif
