/* ledger/memo.c — records found by code, remembered for the length of one write.
 *
 * An import looks up the same few projects and roles for every row. Their rows are never
 * updated or deleted (append-only), so what one lookup found stays true until the
 * transaction ends; batch.c forgets everything at begin, commit and abort, so that a rolled
 * back row is never remembered. An open-addressed table; when it is three quarters full it
 * starts over empty, so memory is bounded whatever the import's size, and a portfolio of a
 * few thousand projects and roles stays in it.
 */
#include "memo.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define SLOTS 8192 /* a power of two */
#define FULL (SLOTS / 4 * 3)

struct slot {
    int kind;      /* 0 = empty */
    int64_t parent;
    char code[SIF_MEMO_CODE_MAX];
    size_t size;
    void *rec;
};

struct sif_memo {
    int used;
    struct slot slot[SLOTS];
};

sif_memo *sif_memo_new(void) { return calloc(1, sizeof(sif_memo)); }

void sif_memo_clear(sif_memo *m)
{
    if (m == NULL || m->used == 0)
        return;
    for (int i = 0; i < SLOTS; i++) {
        free(m->slot[i].rec);
        m->slot[i] = (struct slot){0};
    }
    m->used = 0;
}

void sif_memo_free(sif_memo *m)
{
    sif_memo_clear(m);
    free(m);
}

/* The slot of (kind, parent, code), or the empty slot where it would go. */
static struct slot *slot_of(sif_memo *m, int kind, int64_t parent, const char *code)
{
    uint64_t h = 1469598103934665603u ^ (uint64_t)kind ^ ((uint64_t)parent << 8);
    for (const unsigned char *c = (const unsigned char *)code; *c; c++)
        h = (h ^ *c) * 1099511628211u;
    h ^= h >> 29;
    for (size_t i = h & (SLOTS - 1);; i = (i + 1) & (SLOTS - 1)) {
        struct slot *s = &m->slot[i];
        if (s->kind == 0 || (s->kind == kind && s->parent == parent && strcmp(s->code, code) == 0))
            return s;
    }
}

bool sif_memo_get(sif_memo *m, int kind, int64_t parent, const char *code, void *rec,
                  size_t size)
{
    if (m == NULL || kind == 0 || strlen(code) >= SIF_MEMO_CODE_MAX)
        return false;
    struct slot *s = slot_of(m, kind, parent, code);
    if (s->kind == 0 || s->size != size)
        return false;
    memcpy(rec, s->rec, size);
    return true;
}

void sif_memo_put(sif_memo *m, int kind, int64_t parent, const char *code, const void *rec,
                  size_t size)
{
    if (m == NULL || kind == 0 || strlen(code) >= SIF_MEMO_CODE_MAX)
        return;
    if (m->used >= FULL)
        sif_memo_clear(m);
    struct slot *s = slot_of(m, kind, parent, code);
    void *copy = malloc(size);
    if (copy == NULL)
        return; /* a memo that cannot grow only forgets */
    memcpy(copy, rec, size);
    if (s->kind == 0)
        m->used++;
    free(s->rec);
    *s = (struct slot){.kind = kind, .parent = parent, .size = size, .rec = copy};
    strcpy(s->code, code);
}
