/* tests/unit/calc_fixture.h — a fresh ledger with one project for the calc tests. */
#ifndef SIF_CALC_FIXTURE_H
#define SIF_CALC_FIXTURE_H

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "sif/sif.h"
#include "db_fixture.h"

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

/* Closes st and removes its file (path as fixture_open wrote it). */
static inline void fixture_close(sif_store *st, const char *path)
{
    sif_store_close(st);
    db_fixture_remove(path);
}

/* fixture_open's ledger with project `code` (2014..2017): costs 100 000 kr in 2014 and
 * realised savings of 100 000 kr in each of 2015, 2016 and 2017 — round figures the
 * adjustment and discounting tests compute by hand. NULL on failure. */
static inline sif_store *fixture_open_flat(char *path, size_t size, const char *code)
{
    sif_error err;
    sif_error_init(&err);
    sif_store *st = fixture_open(path, size, code, 2014, 2017);
    int64_t batch;
    if (st == NULL || sif_write_begin(st, "entry", NULL, NULL, &batch, &err) != SIF_OK)
        return NULL;
    sif_cost_add(st, batch, code, "R", 2014, 0, 10000000, "fund", NULL, NULL, &err);
    for (int y = 2015; y <= 2017; y++) {
        sif_saving s;
        memset(&s, 0, sizeof s);
        snprintf(s.project_code, sizeof s.project_code, "%s", code);
        s.category = SIF_CAT_OTHER;
        s.status = SIF_SAVING_REALISED;
        s.year = y;
        s.cash_bp = -1;
        s.amount_ore = 10000000;
        sif_saving_add(st, batch, &s, NULL, NULL, &err);
    }
    if (sif_write_commit(st, batch, 4, 0, NULL, &err) != SIF_OK)
        return NULL;
    return st;
}

#endif
