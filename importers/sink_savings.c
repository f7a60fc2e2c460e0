/* importers/sink_savings.c — import kind "savings": savings per project, category and year
 * as a source states them (entered as they are, method "import": one input "belopp").
 *
 *     projekt;kategori;ar;belopp[;status][;enhet][;kommentar][;aktorer][;prisar][;konfidens]
 *
 * kategori and status: any word sif_category_parse and sif_saving_status_parse take, as on
 * the command line (benefit or forsorjningsstod, projected or beraknad/prognostiserad, ...);
 * enhet: the receiving unit's code; kommentar: what was saved (the saving's label);
 * aktorer: who gains, "kommun=70 %,region=30 %" (default kommun=100 %, agency.h); prisar: the
 * year of its prices; konfidens: high, medium, low (hög, medel, låg). SPEC §13.
 */
#include "sink.h"

#include <stdio.h>
#include <string.h>
#include "sif/saving.h"
#include "sif/saving_econ.h"

enum { C_PROJECT, C_CATEGORY, C_YEAR, C_AMOUNT, C_STATUS, C_UNIT, C_NOTE, C_AGENCIES,
       C_PRICE_YEAR, C_CONFIDENCE };

static const sif_sink_col cols[] = {
    [C_PROJECT] = {"projekt", true},
    [C_CATEGORY] = {"kategori", true},
    [C_YEAR] = {"ar", true},
    [C_AMOUNT] = {"belopp", true},
    [C_STATUS] = {"status", false},
    [C_UNIT] = {"enhet", false},
    [C_NOTE] = {"kommentar", false},
    [C_AGENCIES] = {"aktorer", false},
    [C_PRICE_YEAR] = {"prisar", false},
    [C_CONFIDENCE] = {"konfidens", false},
    {NULL, false},
};

static sif_status savings_row(sif_sink *s, const sif_cell *const *c, sif_sink_out *out,
                              sif_error *err)
{
    sif_saving sv;
    memset(&sv, 0, sizeof sv);
    sv.cash_bp = -1;
    char cat[40], status[40];
    long year;
    sif_status rc;
    if ((rc = sif_cell_text(s, c[C_PROJECT], true, "projekt", sv.project_code,
                            sizeof sv.project_code, err)) ||
        (rc = sif_cell_text(s, c[C_CATEGORY], true, "kategori", cat, sizeof cat, err)) ||
        (rc = sif_cell_int(s, c[C_YEAR], true, "ar", 1900, 2999, 0, &year, err)) ||
        (rc = sif_cell_amount(s, c[C_AMOUNT], "belopp", &sv.amount_ore, err)) ||
        (rc = sif_cell_text(s, c[C_STATUS], false, "status", status, sizeof status, err)) ||
        (rc = sif_cell_text(s, c[C_UNIT], false, "enhet", sv.unit_code, sizeof sv.unit_code, err)) ||
        (rc = sif_cell_note(s, c[C_NOTE], "kommentar", sv.label, sizeof sv.label, err)))
        return rc;
    if (sif_category_parse(cat, &sv.category, err) != SIF_OK)
        return sif_sink_fail(s, c[C_CATEGORY], err);
    if (status[0]) {
        if (sif_saving_status_parse(status, &sv.status, err) != SIF_OK)
            return sif_sink_fail(s, c[C_STATUS], err);
    }
    sif_saving_econ econ;
    sif_saving_econ_default(&econ);
    char agencies[SIF_AGENCY_TEXT_MAX], grade[32];
    long price_year = 0;
    if ((rc = sif_cell_text(s, c[C_AGENCIES], false, "aktorer", agencies, sizeof agencies, err)) ||
        (rc = sif_cell_int(s, c[C_PRICE_YEAR], false, "prisar", 1900, 2999, 0, &price_year, err)) ||
        (rc = sif_cell_text(s, c[C_CONFIDENCE], false, "konfidens", grade, sizeof grade, err)))
        return rc;
    if (agencies[0] && sif_agency_parse(agencies, &econ.agencies, err) != SIF_OK)
        return sif_sink_fail(s, c[C_AGENCIES], err);
    if (grade[0] && sif_confidence_parse(grade, &econ.confidence, err) != SIF_OK)
        return sif_sink_fail(s, c[C_CONFIDENCE], err);
    econ.price_year = (int)price_year;
    sv.year = (int)year;
    snprintf(sv.method, sizeof sv.method, "import");
    int64_t id;
    rc = sif_saving_add(s->st, s->batch, &sv, NULL, &id, err);
    if (rc == SIF_OK)
        rc = sif_saving_econ_set(s->st, s->batch, id, &econ, err);
    if (rc != SIF_OK) {
        /* point at the field the core names; a closed year is the year's */
        const sif_cell *at = c[C_PROJECT];
        if (rc == SIF_ERR_OVERFLOW)
            at = c[C_AMOUNT];
        else if (err->field == SIF_FIELD_UNIT)
            at = c[C_UNIT];
        else if (rc == SIF_ERR_CLOSED || err->field == SIF_FIELD_YEAR)
            at = c[C_YEAR];
        return sif_sink_fail(s, at, err);
    }
    out->year = sv.year;
    out->amount = sv.amount_ore;
    out->has_amount = true;
    return SIF_OK;
}

const sif_sink_kind sif_sink_savings = {
    .name = "savings", .cols = cols, .has_amounts = true, .row = savings_row,
};
