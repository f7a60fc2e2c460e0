/* ledger/calc/result_price.c — a result in one year's prices (result.h, price_index.h). */
#include <stdlib.h>
#include <string.h>
#include "result_internal.h"
#include "sif/price_index.h"
#include "sif/saving_econ.h"

static sif_status record(sif_result *r, int64_t id, int year, int price_year, sif_ratio a,
                         sif_ratio b, sif_ore from, sif_ore to, sif_error *err)
{
    sif_restatement *n = realloc(r->restated, (r->nrestated + 1) * sizeof *n);
    if (n == NULL)
        return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    r->restated = n;
    n[r->nrestated++] = (sif_restatement){id, year, price_year, a, b, from, to};
    return SIF_OK;
}

static sif_status restate(sif_store *st, sif_result *r, int64_t id, int year, int price_year,
                          sif_ore v, bool rec, sif_ore *out, sif_error *err)
{
    const sif_adjust *a = &r->adjust;
    sif_ratio from, to;
    sif_status rc = sif_index_restate(st, a->price_index, price_year, a->price_year, v, out,
                                      &from, &to, err);
    if (rc == SIF_OK && rec)
        rc = record(r, id, year, price_year, from, to, v, *out, err);
    return rc;
}

sif_status sif_result_price_saving(sif_store *st, sif_result *r, const sif_saving *s,
                                   sif_ore *amount, sif_ore *shifted, sif_error *err)
{
    *amount = s->amount_ore;
    *shifted = s->shifted_ore;
    if (r->adjust.price_index[0] == '\0')
        return SIF_OK;
    sif_saving_econ e;
    sif_status rc = sif_saving_econ_get(st, s->id, &e, err);
    int py = e.price_year ? e.price_year : s->year;
    if (rc == SIF_OK)
        rc = restate(st, r, s->id, s->year, py, s->amount_ore, true, amount, err);
    if (rc == SIF_OK)
        rc = restate(st, r, s->id, s->year, py, s->shifted_ore, false, shifted, err);
    return rc;
}

sif_status sif_result_price_cost(sif_store *st, sif_result *r, int year, sif_ore amount,
                                 bool rec, sif_ore *out, sif_error *err)
{
    *out = amount;
    if (r->adjust.price_index[0] == '\0')
        return SIF_OK;
    return restate(st, r, 0, year, year, amount, rec, out, err);
}
