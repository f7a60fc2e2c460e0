/* ledger/calc/result_confidence.c — confidence haircuts on graded savings (result.h,
 * saving_econ.h): the GMCA model's grading of evidence, with haircuts the user sets. */
#include <stdio.h>
#include <stdlib.h>
#include "chain_internal.h"
#include "result_internal.h"
#include "sif/param.h"
#include "sif/saving_econ.h"

/* amount × (1 − share), rounded once */
static sif_status cut(sif_ore v, sif_ratio share, sif_ore *out, sif_error *err)
{
    sif_chain c = sif_chain_start(v);
    sif_status rc = sif_chain_mul(&c, share.den - share.num, share.den, err);
    return rc == SIF_OK ? sif_chain_round(&c, SIF_CHAIN_FINE, out, err) : rc;
}

sif_status sif_result_confidence(sif_store *st, sif_result *r, const sif_saving *s,
                                 sif_ore *amount, sif_ore *shifted, sif_error *err)
{
    sif_saving_econ e;
    sif_status rc = sif_saving_econ_get(st, s->id, &e, err);
    if (rc != SIF_OK || e.confidence == SIF_CONFIDENCE_NONE)
        return rc;
    sif_param p;
    sif_error e2;
    rc = sif_param_get(st, sif_confidence_param_key(e.confidence), r->project.code, 0, &p, &e2);
    if (rc == SIF_ERR_NOTFOUND)
        return SIF_OK;   /* no parameter, no haircut */
    if (rc != SIF_OK) {
        if (err)
            *err = e2;
        return rc;
    }
    if (p.kind != SIF_PARAM_RATIO || p.den <= 0 || p.num < 0 || p.num > p.den)
        return sif_error_set(err, SIF_ERR_DATA, "parameter %s must be a share between 0 and "
                             "100 %%", p.key);
    sif_ratio share = {p.num, p.den};
    sif_ore from = *amount;
    if ((rc = cut(*amount, share, amount, err)) != SIF_OK ||
        (rc = cut(*shifted, share, shifted, err)) != SIF_OK)
        return rc;
    sif_haircut *n = realloc(r->haircuts, (r->nhaircuts + 1) * sizeof *n);
    if (n == NULL)
        return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    r->haircuts = n;
    sif_haircut *h = &n[r->nhaircuts++];
    h->saving_id = s->id;
    h->grade = (int)e.confidence;
    h->share = share;
    snprintf(h->source, sizeof h->source, "%s", p.source);
    h->from_ore = from;
    h->to_ore = *amount;
    return SIF_OK;
}
