/* include/sif/store.h — the ledger file: open, migrate, write transactions, batches, verify.
 *
 * @code
 *     sif_store *st;
 *     if (sif_store_open("sif.db", SIF_STORE_CREATE, &st, &err) != SIF_OK) return err.code;
 *     sif_store_set_user(st, "anna");
 *     int64_t batch;
 *     if (sif_write_begin(st, "entry", NULL, NULL, &batch, &err) == SIF_OK) {
 *         ... sif_cost_add(st, batch, &c, &id, &err) ...
 *         sif_write_commit(st, batch, 1, c.amount_ore, &err);   // or sif_write_abort(st)
 *     }
 *     sif_store_close(st);
 * @endcode
 *
 * A store is one SQLite database (STRICT tables, foreign keys, WAL, busy timeout) whose
 * application_id is 'SIF1' and whose user_version is the schema version; sif_store_open
 * migrates an older file forward and refuses a newer one. Entry tables are append-only: the
 * database itself refuses UPDATE and DELETE. Every row written through sif is appended to a
 * hash chain (the journal) that sif_store_verify() walks.
 *
 * A store is used by one thread at a time. Several processes may write to one file at once:
 * writes take the write lock up front (BEGIN IMMEDIATE) and wait up to the busy timeout.
 */
#ifndef SIF_STORE_H
#define SIF_STORE_H

#include <stdint.h>
#include "sif/error.h"
#include "sif/money.h"

typedef struct sif_store sif_store;

#define SIF_SCHEMA_VERSION 12
#define SIF_APPLICATION_ID 0x53494631 /* 'SIF1' */

enum {
    SIF_STORE_CREATE = 1 << 0,   /* create the file if it does not exist */
    SIF_STORE_READONLY = 1 << 1, /* open read-only (no migration) */
    SIF_STORE_MUST_CREATE = 1 << 2 /* fail with SIF_ERR_DATA if it is already a ledger */
};

/* Called once per wait when a store has waited a second for another process's write lock
 * (it goes on waiting up to timeout_s seconds, then fails with SIF_ERR_BUSY), so that the
 * user is told why nothing happens. Process-wide; fn NULL (the default) tells nobody. */
typedef void (*sif_busy_notice_fn)(void *ctx, const char *path, int timeout_s);
void sif_store_set_busy_notice(sif_busy_notice_fn fn, void *ctx);

/* Constructor. Opens (and with SIF_STORE_CREATE creates) the ledger at path and migrates
 * it to SIF_SCHEMA_VERSION. A missing file without SIF_STORE_CREATE is SIF_ERR_NOTFOUND; a
 * file that is not a sif ledger, or one from a newer sif, is SIF_ERR_DATA.
 * *out is NULL on failure. */
sif_status sif_store_open(const char *path, unsigned flags, sif_store **out, sif_error *err);

/* Destructor; accepts NULL. Rolls back an open transaction. */
void sif_store_close(sif_store *st);

/* Who is writing (stored on every row). The string is copied. Default: "unknown". */
void sif_store_set_user(sif_store *st, const char *user);
/* Borrowed until the next sif_store_set_user or sif_store_close. */
const char *sif_store_user(const sif_store *st);

/* Fix the clock for reproducible output (seconds since the epoch); 0 = the real clock. */
void sif_store_set_clock(sif_store *st, int64_t epoch_seconds);

/* The current time as "YYYY-MM-DDTHH:MM:SSZ" into buf (at least 21 bytes); returns buf. */
char *sif_store_now(const sif_store *st, char *buf, size_t size);

/* The key of a keyed chain (SPEC §11.9): read the file's bytes (SIF_KEY_MIN to SIF_KEY_MAX
 * of them) as the HMAC key for sif_key_enable, for every write to a keyed ledger and for
 * sif_store_verify to check the MACs. The bytes are kept until sif_store_close, which
 * wipes them. A missing file is SIF_ERR_NOTFOUND, a wrong size SIF_ERR_USAGE. */
#define SIF_KEY_MIN 16
#define SIF_KEY_MAX 1024
sif_status sif_store_set_key_file(sif_store *st, const char *path, sif_error *err);

/* Schema version of the open file. */
int sif_store_schema_version(const sif_store *st);

/* Start a write: BEGIN IMMEDIATE, then reserve a batch id for what follows. kind says what
 * the batch is ("entry", "import:costs", "demo", ...); source and sha256 name the file it
 * came from (both may be NULL). Every row written before commit carries *batch_id. */
sif_status sif_write_begin(sif_store *st, const char *kind, const char *source,
                           const char *sha256, int64_t *batch_id, sif_error *err);

/* Name the SHA-256 of the batch's source file once it is known (an import hashes the bytes
 * it parses, so the digest is complete only after reading); before sif_write_commit. */
sif_status sif_write_set_sha256(sif_store *st, int64_t batch_id, const char *sha256,
                                sif_error *err);

/* Record the batch (rows, sum of its amounts, optional note) and COMMIT. On failure the
 * transaction is rolled back and nothing of it remains. */
sif_status sif_write_commit(sif_store *st, int64_t batch_id, int64_t rows, sif_ore sum,
                            const char *note, sif_error *err);

/* ROLLBACK the open write, if any. Safe to call when none is open. */
void sif_write_abort(sif_store *st);

/* Plain read transactions, so that a report sees one consistent state. They nest: only the
 * outermost sif_read_end ends the transaction. Inside a write they do nothing. */
sif_status sif_read_begin(sif_store *st, sif_error *err);
void sif_read_end(sif_store *st);

/* One problem found by sif_store_verify. */
typedef struct sif_problem {
    char table[32];
    int64_t row_id;   /* 0 when the problem is not about one row */
    char msg[256];
} sif_problem;

typedef void (*sif_problem_fn)(void *ctx, const sif_problem *p);

/* Check the whole ledger: SQLite's integrity_check, the append-only triggers, the hash
 * chain, every journaled row against its hash (changed, removed, or added outside sif) and
 * the row counts and sums of bulk batches. Calls fn for every problem found (fn may be
 * NULL) and sets *problems to their number. Returns SIF_OK when the check could run,
 * whatever it found; the caller turns problems into SIF_ERR_TAMPERED. */
sif_status sif_store_verify(sif_store *st, sif_problem_fn fn, void *ctx, int64_t *problems,
                            sif_error *err);

#endif
