/* importers/pipe.c — a two-block pipeline from a reader thread to the sink (see pipe.h). */
#include "pipe.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

/* A row may be 3 × SIF_IMPORT_MAX_LINE of text once Windows-1252 is transcoded. */
#define TEXT_CAP (3 * SIF_IMPORT_MAX_LINE + 2 * SIF_IMPORT_MAX_CELLS + 4096)
#define ROW_CAP 16384
#define CELL_CAP (ROW_CAP * 4 + SIF_IMPORT_MAX_CELLS)

typedef struct block {
    char *text;
    size_t used, nrows, ncells;
    sif_row rows[ROW_CAP];
    sif_cell cells[CELL_CAP];
    bool full;
} block;

typedef struct pipe {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    block b[2];
    int fill;                   /* the block the reader fills */
    bool done, cancel;
    sif_status rc;              /* the reader's */
    sif_error err;
    sif_pipe_reader reader;
    void *rctx;
} pipe_t;

static void publish(pipe_t *p)
{
    pthread_mutex_lock(&p->mu);
    p->b[p->fill].full = true;
    pthread_cond_broadcast(&p->cv);
    p->fill ^= 1;
    while (p->b[p->fill].full && !p->cancel)
        pthread_cond_wait(&p->cv, &p->mu);
    pthread_mutex_unlock(&p->mu);
}

static sif_status copy_row(void *ctx, const sif_row *row, sif_error *err)
{
    pipe_t *p = ctx;
    block *b = &p->b[p->fill];
    size_t bytes = 0;
    for (size_t i = 0; i < row->ncells; i++)
        bytes += row->cells[i].len + 1;
    if (b->nrows == ROW_CAP || b->ncells + row->ncells > CELL_CAP || b->used + bytes > TEXT_CAP) {
        publish(p);
        b = &p->b[p->fill];
    }
    if (__atomic_load_n(&p->cancel, __ATOMIC_RELAXED))
        return sif_error_set(err, SIF_ERR_DATA, "stopped");
    sif_row *r = &b->rows[b->nrows++];
    *r = *row;
    r->cells = &b->cells[b->ncells];
    for (size_t i = 0; i < row->ncells; i++) {
        sif_cell *c = &b->cells[b->ncells++];
        *c = row->cells[i];
        memcpy(b->text + b->used, c->text, c->len + 1);
        c->text = b->text + b->used;
        b->used += c->len + 1;
    }
    return SIF_OK;
}

static void *reader_main(void *arg)
{
    pipe_t *p = arg;
    sif_error_init(&p->err);
    sif_status rc = p->reader(p->rctx, copy_row, p, &p->err);
    pthread_mutex_lock(&p->mu);
    p->rc = rc;
    p->b[p->fill].full = true;      /* the last, partial block */
    p->done = true;
    pthread_cond_broadcast(&p->cv);
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

sif_status sif_pipe_run(sif_pipe_reader reader, void *rctx, sif_row_fn sink, void *sctx,
                        sif_error *err)
{
    pipe_t *p = calloc(1, sizeof *p);
    if (p == NULL || (p->b[0].text = malloc(TEXT_CAP)) == NULL ||
        (p->b[1].text = malloc(TEXT_CAP)) == NULL) {
        if (p)
            free(p->b[0].text);
        free(p);
        return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    }
    p->reader = reader;
    p->rctx = rctx;
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->cv, NULL);
    pthread_t th;
    if (pthread_create(&th, NULL, reader_main, p) != 0) {
        /* no thread to be had: read on this one */
        free(p->b[0].text);
        free(p->b[1].text);
        free(p);
        return reader(rctx, sink, sctx, err);
    }
    sif_status rc = SIF_OK;
    for (int take = 0;; take ^= 1) {
        pthread_mutex_lock(&p->mu);
        while (!p->b[take].full)
            pthread_cond_wait(&p->cv, &p->mu);
        bool last = p->done && p->fill == take;
        pthread_mutex_unlock(&p->mu);
        block *b = &p->b[take];
        for (size_t i = 0; i < b->nrows && rc == SIF_OK; i++)
            rc = sink(sctx, &b->rows[i], err);
        pthread_mutex_lock(&p->mu);
        b->full = false;
        b->nrows = b->ncells = b->used = 0;
        if (rc != SIF_OK)
            p->cancel = true;
        pthread_cond_broadcast(&p->cv);
        pthread_mutex_unlock(&p->mu);
        if (last || rc != SIF_OK)
            break;
    }
    pthread_join(th, NULL);
    if (rc == SIF_OK && p->rc != SIF_OK) {
        rc = p->rc;
        if (err)
            *err = p->err;
    }
    pthread_mutex_destroy(&p->mu);
    pthread_cond_destroy(&p->cv);
    free(p->b[0].text);
    free(p->b[1].text);
    free(p);
    return rc;
}
