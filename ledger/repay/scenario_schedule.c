/* ledger/repay/scenario_schedule.c — the rows of one scenario: the recorded years first, as
 * the fund's books hold them, then the plan on the balance they leave. */
#include "scenario_schedule.h"

#include <stdlib.h>
#include <string.h>
#include "scenario_payers.h"

/* Append a row; closing = opening − repayment. *out points into s->rows until the next
 * append. */
static sif_status add_row(sif_scenario *s, int year, sif_ore opening, sif_ore repayment,
                          sif_scenario_row **out, sif_error *err)
{
    sif_scenario_row *n = realloc(s->rows, (s->nrows + 1) * sizeof *n);
    if (n == NULL)
        return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    s->rows = n;
    sif_scenario_row *r = &n[s->nrows];
    memset(r, 0, sizeof *r);
    r->year = year;
    r->opening_ore = opening;
    r->repayment_ore = repayment;
    sif_status rc = sif_ore_sub(opening, repayment, &r->closing_ore, err);
    if (rc != SIF_OK)
        return rc;
    s->nrows++;
    *out = r;
    return SIF_OK;
}

sif_status scen_history(sif_store *st, const scen_input *in, sif_scenario *s, int start,
                        bool all_writeoffs, scen_pos *pos, sif_error *err)
{
    pos->balance = in->loan;
    pos->repaid = 0;
    pos->next_year = 0;
    int last = in->last_recorded_year;
    if (in->nrecords == 0)
        return SIF_OK;
    if (in->records[0].year < start)
        start = in->records[0].year;
    int64_t own = s->decision_draft ? 0 : s->decision_id;
    sif_status rc = SIF_OK;
    size_t k = 0;
    for (int year = start; year <= last && rc == SIF_OK; year++) {
        sif_ore repaid = 0, off = 0, biggest = 0;
        int64_t decision = 0;
        for (; k < in->nrecords && in->records[k].year == year; k++) {
            const scen_record *c = &in->records[k];
            if ((rc = sif_ore_add(repaid, c->repaid, &repaid, err)) != SIF_OK)
                return rc;
            if (c->written_off == 0 || !(all_writeoffs || (own && c->decision_id == own)))
                continue;
            if ((rc = sif_ore_add(off, c->written_off, &off, err)) != SIF_OK)
                return rc;
            if (c->written_off > biggest) {
                biggest = c->written_off;
                decision = c->decision_id;
            }
        }
        sif_scenario_row *r = NULL;
        if ((rc = add_row(s, year, pos->balance, repaid, &r, err)) != SIF_OK)
            return rc;
        r->recorded = true;
        r->written_off_ore = off;
        r->written_off_decision_id = decision;
        if ((rc = scen_payers(st, in, in->loan_units, in->nloan_units, r, err)) != SIF_OK ||
            (rc = sif_ore_sub(r->closing_ore, off, &pos->balance, err)) != SIF_OK ||
            (rc = sif_ore_add(pos->repaid, repaid, &pos->repaid, err)) != SIF_OK)
            return rc;
    }
    pos->next_year = last + 1;
    return rc;
}

sif_status scen_plan_fixed(sif_store *st, const scen_input *in, sif_scenario *s,
                           const scen_pos *pos, sif_ore amount, int stop_year, sif_error *err)
{
    int years = in->rule.years, y0 = in->rule.first_year;
    if (years < 1 || years > 100)
        return sif_error_set(err, SIF_ERR_DATA, "repayment years %d is not within 1..100",
                             years);
    if (pos->next_year && pos->balance == 0)
        return SIF_OK;  /* the recorded years settled it all */
    /* the rule's years still ahead; none left: the balance falls due the next year */
    int from = y0 > pos->next_year ? y0 : pos->next_year, to = y0 + years - 1;
    int n = to >= from ? to - from + 1 : 1;
    if (amount > pos->balance)
        amount = pos->balance;
    if (amount < 0)
        amount = 0;
    int64_t *ones = calloc((size_t)n, sizeof *ones);
    sif_ore *inst = malloc((size_t)n * sizeof *inst);
    sif_status rc = SIF_OK;
    if (ones == NULL || inst == NULL) {
        rc = sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
        goto done;
    }
    for (int i = 0; i < n; i++)
        ones[i] = 1;
    /* whole kronor by largest remainder, so the rows add up to the sum (SPEC §11.6) */
    if ((rc = sif_allocate_kronor(amount, ones, (size_t)n, inst, err)) != SIF_OK)
        goto done;
    sif_ore balance = pos->balance;
    for (int i = 0; i < n; i++) {
        int year = from + i;
        bool stop = stop_year && year >= stop_year;
        if (stop)
            year = stop_year;   /* the waiver's year, perhaps before the first instalment */
        sif_scenario_row *r = NULL;
        if ((rc = add_row(s, year, balance, stop ? 0 : inst[i], &r, err)) != SIF_OK)
            goto done;
        if (stop || i == n - 1)
            r->written_off_ore = r->closing_ore;
        if ((rc = scen_payers(st, in, in->loan_units, in->nloan_units, r, err)) != SIF_OK)
            goto done;
        balance = r->closing_ore;
        if (stop)
            break;
    }
done:
    free(ones);
    free(inst);
    return rc;
}

sif_status scen_plan_savings(sif_store *st, const scen_input *in, sif_scenario *s,
                             const scen_pos *pos, bool cash_only, sif_error *err)
{
    sif_status rc = SIF_OK;
    sif_ore balance = pos->balance;
    if (pos->next_year && balance == 0)
        return SIF_OK;
    /* nothing is due before the rule starts, nor in the years the books already hold: the
     * savings of those years are carried into the first year of the plan (SPEC §11.7),
     * less what the recorded years repaid */
    int start = in->rule.first_year > pos->next_year ? in->rule.first_year : pos->next_year;
    if (in->nsavings == 0) {
        if (s->nrows)
            return SIF_OK;
        sif_scenario_row *r = NULL;
        if ((rc = add_row(s, start, balance, 0, &r, err)) != SIF_OK)
            return rc;
        return scen_payers(st, in, in->loan_units, in->nloan_units, r, err);
    }
    int last = in->savings[in->nsavings - 1].year;
    if (last < start)
        last = start;
    if (in->savings[0].year > start)
        start = in->savings[0].year;   /* the rows begin with the first savings */
    scen_unit_amount *w = calloc(in->nsavings, sizeof *w);
    if (w == NULL)
        return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    size_t k = 0;
    sif_ore used = pos->repaid;   /* savings already spent on the recorded repayments */
    for (int year = start; year <= last && rc == SIF_OK; year++) {
        size_t nw = 0;
        sif_ore counted = 0, carried = 0, done, avail;
        for (; k < in->nsavings && in->savings[k].year <= year; k++) {
            w[nw].unit_id = in->savings[k].unit_id;
            w[nw].amount = cash_only ? in->savings[k].cash : in->savings[k].realised;
            if ((rc = sif_ore_add(counted, w[nw].amount, &counted, err)) != SIF_OK ||
                (in->savings[k].year < year &&
                 (rc = sif_ore_add(carried, w[nw].amount, &carried, err)) != SIF_OK))
                break;
            nw++;
        }
        if (rc != SIF_OK)
            break;
        /* the recorded repayments came out of the carried savings, not out of this year's */
        if (year == start && carried > 0 && used > 0)
            counted -= used < carried ? used : carried;
        /* what can be paid back: drawn by the end of the year, less what is settled */
        if ((rc = sif_ore_sub(in->loan, balance, &done, err)) != SIF_OK ||
            (rc = sif_ore_sub(scen_drawn_by(in, year), done, &avail, err)) != SIF_OK)
            break;
        sif_ore pay = counted < 0 ? 0 : counted;
        if (pay > balance)
            pay = balance;
        if (pay > avail)
            pay = avail < 0 ? 0 : avail;
        sif_scenario_row *r = NULL;
        if ((rc = add_row(s, year, balance, pay, &r, err)) != SIF_OK ||
            (rc = scen_payers(st, in, w, nw, r, err)) != SIF_OK)
            break;
        balance = r->closing_ore;
        if (balance == 0)
            break;
    }
    free(w);
    return rc;
}
