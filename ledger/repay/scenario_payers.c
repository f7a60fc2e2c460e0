/* ledger/repay/scenario_payers.c — who pays a year's repayment: split over the units it comes
 * from (largest remainder), each through its committee of that year, with the cash its
 * savings freed that year beside it. */
#include "scenario_payers.h"

#include <stdlib.h>
#include <string.h>

static sif_status committee_of(sif_store *st, const scen_input *in, int64_t unit_id, int year,
                               char *buf, size_t size, sif_error *err)
{
    buf[0] = '\0';
    if (unit_id) {
        sif_status rc = sif_unit_committee(st, unit_id, year, buf, size, err);
        if (rc != SIF_OK)
            return rc;
    }
    if (buf[0] == '\0')
        snprintf(buf, size, "%s", in->project.committee);
    return SIF_OK;
}

static sif_scenario_payer *payer_slot(sif_scenario_row *row, const char *committee)
{
    for (size_t i = 0; i < row->npayers; i++)
        if (strcmp(row->payers[i].committee, committee) == 0)
            return &row->payers[i];
    sif_scenario_payer *n = realloc(row->payers, (row->npayers + 1) * sizeof *n);
    if (n == NULL)
        return NULL;
    row->payers = n;
    sif_scenario_payer *p = &n[row->npayers++];
    memset(p, 0, sizeof *p);
    snprintf(p->committee, sizeof p->committee, "%s", committee);
    return p;
}

/* Largest repayment first; equal ones keep their order (insertion sort is stable). */
static void sort_payers(sif_scenario_row *row)
{
    for (size_t i = 1; i < row->npayers; i++) {
        sif_scenario_payer p = row->payers[i];
        size_t j = i;
        while (j > 0 && row->payers[j - 1].repayment_ore < p.repayment_ore) {
            row->payers[j] = row->payers[j - 1];
            j--;
        }
        row->payers[j] = p;
    }
}

sif_status scen_payers(sif_store *st, const scen_input *in, const scen_unit_amount *units,
                       size_t nunits, sif_scenario_row *row, sif_error *err)
{
    char committee[SIF_NAME_MAX];
    sif_status rc = SIF_OK;
    size_t n = nunits ? nunits : 1;
    int64_t *w = calloc(n, sizeof *w);
    sif_ore *part = calloc(n, sizeof *part);
    if (w == NULL || part == NULL) {
        rc = sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
        goto done;
    }
    int64_t wsum = 0;
    size_t heaviest = 0;
    for (size_t i = 0; i < nunits; i++) {
        w[i] = units[i].amount > 0 ? units[i].amount : 0;
        if (w[i] > w[heaviest])
            heaviest = i;
        if (__builtin_add_overflow(wsum, w[i], &wsum)) {
            rc = sif_error_set(err, SIF_ERR_OVERFLOW, "amounts too large to split");
            goto done;
        }
    }
    /* the row's committee when nobody pays: the heaviest unit's, else the project's */
    rc = committee_of(st, in, wsum > 0 ? units[heaviest].unit_id : 0, row->year, row->committee,
                      sizeof row->committee, err);
    if (rc != SIF_OK || row->repayment_ore == 0)
        goto done;
    if (wsum > 0) {
        if ((rc = sif_allocate(row->repayment_ore, w, nunits, part, err)) != SIF_OK)
            goto done;
    } else {
        part[0] = row->repayment_ore;   /* no unit to follow: the project's committee */
    }
    for (size_t i = 0; i < (wsum > 0 ? nunits : 1); i++) {
        if (part[i] == 0)
            continue;
        if ((rc = committee_of(st, in, wsum > 0 ? units[i].unit_id : 0, row->year, committee,
                               sizeof committee, err)) != SIF_OK)
            goto done;
        sif_scenario_payer *p = payer_slot(row, committee);
        if (p == NULL) {
            rc = sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
            goto done;
        }
        if ((rc = sif_ore_add(p->repayment_ore, part[i], &p->repayment_ore, err)) != SIF_OK)
            goto done;
    }
    /* cash freed this year by savings at each paying committee's units */
    for (size_t i = 0; i < in->nsavings; i++) {
        const scen_saving *s = &in->savings[i];
        if (s->year != row->year)
            continue;
        if ((rc = committee_of(st, in, s->unit_id, row->year, committee, sizeof committee,
                               err)) != SIF_OK)
            goto done;
        for (size_t k = 0; k < row->npayers; k++)
            if (strcmp(row->payers[k].committee, committee) == 0 &&
                (rc = sif_ore_add(row->payers[k].cash_ore, s->cash, &row->payers[k].cash_ore,
                                  err)) != SIF_OK)
                goto done;
    }
    row->budget_effect_ore = 0;
    for (size_t k = 0; k < row->npayers; k++) {
        sif_scenario_payer *p = &row->payers[k];
        if ((rc = sif_ore_sub(p->cash_ore, p->repayment_ore, &p->budget_effect_ore, err)) != SIF_OK ||
            (rc = sif_ore_add(row->budget_effect_ore, p->budget_effect_ore,
                              &row->budget_effect_ore, err)) != SIF_OK)
            goto done;
    }
    sort_payers(row);
    if (row->npayers)
        snprintf(row->committee, sizeof row->committee, "%s", row->payers[0].committee);
done:
    free(w);
    free(part);
    return rc;
}
