/* ledger/schema_check.c — the ledger's schema compared with the one this binary ships.
 *
 * The guards of the ledger are SQL (append-only and closed-period triggers, CHECKs, UNIQUE
 * indexes), so they are part of the evidence: a trigger made harmless with `WHEN 0`, one
 * dropped, or one added that silently skips an insert (RAISE(IGNORE)) changes what the
 * ledger holds without changing a row sif wrote. The shipped schema is built by migrating an
 * empty in-memory database the same way a real one is migrated, and compared entry by entry
 * (type, name, table, SQL text) with the ledger's sqlite_master.
 */
#include "store_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SCHEMA_SQL "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master" \
                   " ORDER BY type, name"

static int entry_cmp(sqlite3_stmt *a, sqlite3_stmt *b)
{
    int c = strcmp(sif_column_text(a, 0), sif_column_text(b, 0));
    return c ? c : strcmp(sif_column_text(a, 1), sif_column_text(b, 1));
}

static void report(sif_schema_diff_fn fn, void *ctx, int64_t *n, sqlite3_stmt *s,
                   const char *what)
{
    (*n)++;
    if (fn)
        fn(ctx, sif_column_text(s, 0), sif_column_text(s, 1), what);
}

sif_status sif_schema_compare(sif_store *st, sif_schema_diff_fn fn, void *ctx, int64_t *ndiff,
                              sif_error *err)
{
    *ndiff = 0;
    if (sif_store_schema_version(st) != sif_migration_count)
        return SIF_OK; /* an older ledger is compared once a write has migrated it */
    sif_store *ref = NULL;
    sif_status rc = sif_store_open(":memory:", SIF_STORE_CREATE, &ref, err);
    if (rc != SIF_OK)
        return rc;
    sqlite3_stmt *a = NULL, *b = NULL;
    rc = sif_store_prepare(st, SCHEMA_SQL, &a, err);
    if (rc == SIF_OK)
        rc = sif_store_prepare(ref, SCHEMA_SQL, &b, err);
    if (rc != SIF_OK)
        goto done;
    int sa = sqlite3_step(a), sb = sqlite3_step(b);
    while (sa == SQLITE_ROW || sb == SQLITE_ROW) {
        int c = sa != SQLITE_ROW ? 1 : sb != SQLITE_ROW ? -1 : entry_cmp(a, b);
        if (c < 0) {
            report(fn, ctx, ndiff, a, "was added outside sif");
            sa = sqlite3_step(a);
        } else if (c > 0) {
            report(fn, ctx, ndiff, b, "is missing");
            sb = sqlite3_step(b);
        } else {
            if (strcmp(sif_column_text(a, 2), sif_column_text(b, 2)) != 0 ||
                strcmp(sif_column_text(a, 3), sif_column_text(b, 3)) != 0)
                report(fn, ctx, ndiff, a, "differs from the definition sif ships");
            sa = sqlite3_step(a);
            sb = sqlite3_step(b);
        }
    }
    if (sa != SQLITE_DONE)
        rc = sif_store_error(st, sa, err);
    else if (sb != SQLITE_DONE)
        rc = sif_store_error(ref, sb, err);
done:
    sqlite3_finalize(a);
    sqlite3_finalize(b);
    sif_store_close(ref);
    return rc;
}

struct first {
    char text[200];
};

static void note_first(void *ctx, const char *type, const char *name, const char *what)
{
    struct first *f = ctx;
    if (f->text[0] == '\0')
        snprintf(f->text, sizeof f->text, "%s %s %s", type, name, what);
}

sif_status sif_schema_require_shipped(sif_store *st, sif_error *err)
{
    struct first f = {""};
    int64_t n = 0;
    sif_status rc = sif_schema_compare(st, note_first, &f, &n, err);
    if (rc != SIF_OK || n == 0)
        return rc;
    return sif_error_set(err, SIF_ERR_TAMPERED, "the ledger's schema was changed outside sif "
                         "(%s%s); nothing is written to it: see 'sif verify'", f.text,
                         n > 1 ? ", and more" : "");
}
