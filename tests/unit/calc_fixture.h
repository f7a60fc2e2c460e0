/* tests/unit/calc_fixture.h — a fresh ledger with one project for the calc tests. */
#ifndef SIF_CALC_FIXTURE_H
#define SIF_CALC_FIXTURE_H

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "sif/sif.h"

#define CHECK_OK(call)                                                  \
    do {                                                                \
        sif_status rc_ = (call);                                        \
        if (rc_ != SIF_OK)                                              \
            fail_msg("%s: %s", #call, err.msg);                         \
    } while (0)

/* A ledger in a temporary file with project `code` (start..end), one role R on unit U. */
static inline sif_store *fixture_open(char *path, size_t size, const char *code, int start,
                                      int end)
{
    snprintf(path, size, "/tmp/sif-calc-test-%ld-%s.db", (long)getpid(), code);
    unlink(path);
    sif_store *st = NULL;
    bool created;
    sif_error err;
    sif_error_init(&err);
    if (sif_store_open(path, SIF_STORE_CREATE, &st, &err) != SIF_OK ||
        sif_ledger_init(st, "Fond", "Stad", &created, &err) != SIF_OK)
        return NULL;
    int64_t batch;
    sif_write_begin(st, "entry", NULL, NULL, &batch, &err);
    sif_project p;
    memset(&p, 0, sizeof p);
    snprintf(p.code, sizeof p.code, "%s", code);
    snprintf(p.name, sizeof p.name, "Projekt %s", code);
    p.start_year = start;
    p.end_year = end;
    sif_unit_add(st, batch, "U", "Enhet", "Nämnd", NULL, &err);
    sif_project_add(st, batch, &p, NULL, &err);
    sif_role r;
    memset(&r, 0, sizeof r);
    snprintf(r.code, sizeof r.code, "R");
    snprintf(r.title, sizeof r.title, "Tjänst");
    snprintf(r.unit_code, sizeof r.unit_code, "U");
    sif_role_add(st, batch, code, &r, NULL, &err);
    if (sif_write_commit(st, batch, 1, 0, NULL, &err) != SIF_OK) {
        sif_store_close(st);
        return NULL;
    }
    return st;
}

static inline void fixture_close(sif_store *st, const char *path)
{
    sif_store_close(st);
    char aux[600];
    unlink(path);
    snprintf(aux, sizeof aux, "%s-wal", path);
    unlink(aux);
    snprintf(aux, sizeof aux, "%s-shm", path);
    unlink(aux);
}

#endif
