/* ledger/init.c — a new ledger's first batch: its default fund. */
#include <stdio.h>
#include <string.h>
#include "sif/entity.h"

sif_status sif_ledger_init(sif_store *st, const char *fund_name, const char *municipality,
                           bool *created, sif_error *err)
{
    sif_fund f;
    *created = false;
    sif_error e2;
    if (sif_fund_find(st, SIF_DEFAULT_FUND, &f, &e2) == SIF_OK)
        return SIF_OK;
    memset(&f, 0, sizeof f);
    snprintf(f.code, sizeof f.code, "%s", SIF_DEFAULT_FUND);
    snprintf(f.name, sizeof f.name, "%s", fund_name && *fund_name ? fund_name
                                                                  : "Sociala investeringsfonden");
    snprintf(f.municipality, sizeof f.municipality, "%s", municipality ? municipality : "");
    int64_t batch;
    sif_status rc = sif_write_begin(st, "init", NULL, NULL, &batch, err);
    if (rc != SIF_OK)
        return rc;
    /* another process may have initialised the ledger while we waited for the lock */
    if (sif_fund_find(st, SIF_DEFAULT_FUND, &f, &e2) == SIF_OK) {
        sif_write_abort(st);
        return SIF_OK;
    }
    rc = sif_fund_add(st, batch, &f, NULL, err);
    if (rc == SIF_OK)
        rc = sif_write_commit(st, batch, 1, 0, "new ledger", err);
    else
        sif_write_abort(st);
    *created = rc == SIF_OK;
    return rc;
}
