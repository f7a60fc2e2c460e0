/* ledger/memo.h — records found by code, remembered for the length of one write (memo.c).
 * Internal to the core. */
#ifndef SIF_MEMO_H
#define SIF_MEMO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define SIF_MEMO_CODE_MAX 32 /* longer codes are not remembered */

/* What is remembered; a record of one kind always has the same size. */
enum {
    SIF_MEMO_PROJECT = 1,
    SIF_MEMO_ROLE,
    SIF_MEMO_PERIOD,   /* parent: year; bool closed */
    SIF_MEMO_DISTRICT, /* parent: project id, code: the folded district; char[SIF_NAME_MAX] */
};

typedef struct sif_memo sif_memo;

/* Constructor: an empty memo, or NULL when out of memory (every function accepts NULL and
 * then remembers nothing). */
sif_memo *sif_memo_new(void);

/* Destructor; accepts NULL. */
void sif_memo_free(sif_memo *m);

/* Forget everything. */
void sif_memo_clear(sif_memo *m);

/* Copy the record remembered for (kind, parent, code) into rec (size bytes); false if none. */
bool sif_memo_get(sif_memo *m, int kind, int64_t parent, const char *code, void *rec,
                  size_t size);

/* Remember a copy of rec for (kind, parent, code). */
void sif_memo_put(sif_memo *m, int kind, int64_t parent, const char *code, const void *rec,
                  size_t size);

#endif
