/* include/sif/period.h — closing and reopening a year, and the audit log.
 *
 * A closed year accepts no new cost or saving entries (the database refuses them too) until
 * it is reopened; both are logged with who, when and why.
 */
#ifndef SIF_PERIOD_H
#define SIF_PERIOD_H

#include <stdbool.h>
#include <stdint.h>
#include "sif/store.h"

/* Close a year. Closing a closed year is SIF_ERR_DATA. reason may be NULL. */
sif_status sif_period_close(sif_store *st, int64_t batch, int year, const char *reason,
                            sif_error *err);
/* Reopen a closed year; the reason is required. */
sif_status sif_period_reopen(sif_store *st, int64_t batch, int year, const char *reason,
                             sif_error *err);
sif_status sif_period_is_closed(sif_store *st, int year, bool *closed, sif_error *err);

/* One line of the audit log (the journal joined with its batch). */
typedef struct sif_log_entry {
    int64_t seq;
    char at[32];
    char user[64];
    char action[32];
    char table[32];
    int64_t row_id;
    int64_t batch_id;
    char detail[256];
    char batch_kind[32];
    char source[256];     /* file the batch came from, or "" */
    char sha256[65];
    char note[256];       /* the batch's note ("csv, utf-8; imported again: REASON"), or "" */
} sif_log_entry;

typedef int (*sif_log_fn)(void *ctx, const sif_log_entry *e);
/* The audit log, oldest first; limit 0 = all, else the last `limit` entries.
 * table may be NULL (all) or the name of a journaled table (SIF_ERR_USAGE otherwise). */
/* SIF_OK when table is journaled, else SIF_ERR_USAGE naming the tables that are: a table
 * that is not journaled has no log, so naming one is a slip, not an empty answer. */
sif_status sif_log_table_check(const char *table, sif_error *err);

sif_status sif_log_list(sif_store *st, const char *table, int64_t limit, sif_log_fn fn,
                        void *ctx, sif_error *err);

#endif
