/* ledger/calc/result_agency.c — a result's savings split by who gains (result.h, agency.h). */
#include <stdlib.h>
#include <string.h>
#include "result_internal.h"
#include "sif/saving_econ.h"

typedef struct acc {
    sif_store *st;
    sif_result *r;
    sif_ore *raw;        /* [year index][agency], unadjusted */
    sif_status rc;
    sif_error *err;
} acc;

static int add_one(void *ctx, const sif_saving *s)
{
    acc *a = ctx;
    size_t y = 0;
    while (y < a->r->nyears && a->r->years[y].year != s->year)
        y++;
    if (y == a->r->nyears)
        return 0;
    sif_saving_econ e;
    sif_ore part[SIF_AGENCY_COUNT_], amount, shifted;
    /* the amount as the result counts it: in the price year's prices, after its confidence
     * haircut; the result has recorded both already, so the records made again are dropped */
    size_t nrestated = a->r->nrestated, nhaircuts = a->r->nhaircuts;
    a->rc = sif_result_price_saving(a->st, a->r, s, &amount, &shifted, a->err);
    if (a->rc == SIF_OK)
        a->rc = sif_result_confidence(a->st, a->r, s, &amount, &shifted, a->err);
    a->r->nrestated = nrestated;
    a->r->nhaircuts = nhaircuts;
    if (a->rc != SIF_OK ||
        (a->rc = sif_saving_econ_get(a->st, s->id, &e, a->err)) != SIF_OK ||
        (a->rc = sif_agency_split(amount, &e.agencies, part, a->err)) != SIF_OK)
        return 1;
    if (!sif_agency_is_default(&e.agencies))
        a->r->has_agencies = true;
    for (int g = 0; g < SIF_AGENCY_COUNT_; g++) {
        sif_ore *v = &a->raw[y * SIF_AGENCY_COUNT_ + (size_t)g];
        if ((a->rc = sif_ore_add(*v, part[g], v, a->err)) != SIF_OK)
            return 1;
    }
    return 0;
}

/* The year's adjusted savings in proportion to its unadjusted agency parts. */
static sif_status split_year(sif_result_year *y, const sif_ore *raw, sif_error *err)
{
    sif_ore sum = 0;
    bool negative = false;
    for (int g = 0; g < SIF_AGENCY_COUNT_; g++) {
        sif_status rc = sif_ore_add(sum, raw[g], &sum, err);
        if (rc != SIF_OK)
            return rc;
        negative |= raw[g] < 0;
    }
    if (sum == y->savings_ore) {
        memcpy(y->by_agency, raw, sizeof y->by_agency);
        return SIF_OK;
    }
    if (negative || sum <= 0) {  /* nothing to weigh by: the city's */
        memset(y->by_agency, 0, sizeof y->by_agency);
        y->by_agency[SIF_AGENCY_KOMMUN] = y->savings_ore;
        return SIF_OK;
    }
    return sif_allocate(y->savings_ore, raw, SIF_AGENCY_COUNT_, y->by_agency, err);
}

sif_status sif_result_agencies(sif_store *st, sif_result *r, sif_error *err)
{
    acc a = {.st = st, .r = r, .err = err};
    a.raw = calloc((r->nyears ? r->nyears : 1) * SIF_AGENCY_COUNT_, sizeof *a.raw);
    if (a.raw == NULL)
        return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    sif_status rc = sif_saving_list(st, r->project.code, add_one, &a, err);
    if (rc == SIF_OK)
        rc = a.rc;
    for (size_t y = 0; rc == SIF_OK && y < r->nyears; y++) {
        rc = split_year(&r->years[y], a.raw + y * SIF_AGENCY_COUNT_, err);
        for (int g = 0; rc == SIF_OK && g < SIF_AGENCY_COUNT_; g++)
            rc = sif_ore_add(r->by_agency[g], r->years[y].by_agency[g], &r->by_agency[g], err);
    }
    free(a.raw);
    return rc;
}
