/* importers/sink_costs.c — import kind "costs": investment costs per project, role and year.
 *
 *     projekt;tjanst;ar;belopp[;finansiering][;kommentar]
 *
 * finansiering is fund (default), grant (fund money that is not a loan), esf or other:NAME.
 */
#include "sink.h"

#include <string.h>

enum { C_PROJECT, C_ROLE, C_YEAR, C_AMOUNT, C_FUNDING, C_NOTE };

static const sif_sink_col cols[] = {
    [C_PROJECT] = {"projekt", true},
    [C_ROLE] = {"tjanst", true},
    [C_YEAR] = {"ar", true},
    [C_AMOUNT] = {"belopp", true},
    [C_FUNDING] = {"finansiering", false},
    [C_NOTE] = {"kommentar", false},
    {NULL, false},
};

static sif_status costs_row(sif_sink *s, const sif_cell *const *c, sif_sink_out *out,
                            sif_error *err)
{
    char project[SIF_CODE_MAX], role[SIF_CODE_MAX], funding[72], note[SIF_TEXT_MAX];
    long year;
    sif_ore amount;
    sif_status rc;
    if ((rc = sif_cell_text(s, c[C_PROJECT], true, "projekt", project, sizeof project, err)) ||
        (rc = sif_cell_text(s, c[C_ROLE], true, "tjanst", role, sizeof role, err)) ||
        (rc = sif_cell_int(s, c[C_YEAR], true, "ar", 1900, 2999, 0, &year, err)) ||
        (rc = sif_cell_text(s, c[C_FUNDING], false, "finansiering", funding, sizeof funding, err)))
        return rc;
    /* the funding before the amount: an amount typed into Finansiering is named there */
    if (funding[0] && sif_funding_check(funding, err) != SIF_OK)
        return sif_sink_fail(s, c[C_FUNDING], err);
    if ((rc = sif_cell_amount(s, c[C_AMOUNT], "belopp", &amount, err)) ||
        (rc = sif_cell_note(s, c[C_NOTE], "kommentar", note, sizeof note, err)))
        return rc;
    int64_t id;
    rc = sif_cost_add(s->st, s->batch, project, role, (int)year, 0, amount,
                      funding[0] ? funding : NULL, note[0] ? note : NULL, &id, err);
    if (rc != SIF_OK) {
        /* point at the field the core names; a closed year is the year's */
        const sif_cell *at = c[C_PROJECT];
        if (rc == SIF_ERR_OVERFLOW || (rc == SIF_ERR_DATA && amount == 0))
            at = c[C_AMOUNT];
        else if (err->field == SIF_FIELD_ROLE)
            at = c[C_ROLE];
        else if (err->field == SIF_FIELD_YEAR)
            at = c[C_YEAR];
        return sif_sink_fail(s, at, err);
    }
    out->year = (int)year;
    out->amount = amount;
    out->has_amount = true;
    return SIF_OK;
}

const sif_sink_kind sif_sink_costs = {
    .name = "costs", .cols = cols, .has_amounts = true, .row = costs_row,
};
