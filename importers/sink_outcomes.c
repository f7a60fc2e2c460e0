/* importers/sink_outcomes.c — import kind "outcomes": where participants went, and when.
 *
 *     projekt;deltagare;datum;utfall
 *
 * utfall arbete, studier, praktik, arbetstraning, stegforflyttning, pagaende, avbrutit,
 * flytt, forsakringskassan or annat (å ä ö accepted); the participant must be imported
 * first. A participant's outcome at a date is its latest status.
 */
#include "sink.h"

#include <string.h>

enum { C_PROJECT, C_ID, C_DATE, C_OUTCOME };

static const sif_sink_col cols[] = {
    [C_PROJECT] = {"projekt", true},
    [C_ID] = {"deltagare", true},
    [C_DATE] = {"datum", true},
    [C_OUTCOME] = {"utfall", true},
    {NULL, false},
};

static sif_status outcomes_row(sif_sink *s, const sif_cell *const *c, sif_sink_out *out,
                               sif_error *err)
{
    char project[SIF_CODE_MAX], id[64], date[16], what[64];
    sif_status rc;
    if ((rc = sif_cell_text(s, c[C_PROJECT], true, "projekt", project, sizeof project, err)) ||
        (rc = sif_cell_text(s, c[C_ID], true, "deltagare", id, sizeof id, err)) ||
        (rc = sif_cell_text(s, c[C_DATE], true, "datum", date, sizeof date, err)) ||
        (rc = sif_cell_text(s, c[C_OUTCOME], true, "utfall", what, sizeof what, err)))
        return rc;
    if (sif_id_check(id, "deltagare", err) != SIF_OK)
        return sif_sink_fail(s, c[C_ID], err);
    sif_outcome_kind k;
    if (sif_outcome_parse(what, &k, err) != SIF_OK)
        return sif_sink_fail(s, c[C_OUTCOME], err);
    if (!sif_date_valid(date))
        return sif_sink_error(s, c[C_DATE], err, "datum \"%s\" is not a date (YYYY-MM-DD)", date);
    rc = sif_outcome_add(s->st, s->batch, project, id, date, k, NULL, err);
    if (rc != SIF_OK) {
        /* a closed year is the date's; so is an outcome the participant has on that date
         * already (the row repeated) */
        const sif_cell *at = c[C_PROJECT];
        if (err->field == SIF_FIELD_PARTICIPANT)
            at = c[C_ID];
        else if (err->field == SIF_FIELD_YEAR || err->field == SIF_FIELD_DATE ||
                 err->field == SIF_FIELD_UNIQUE)
            at = c[C_DATE];
        return sif_sink_fail(s, at, err);
    }
    out->year = (date[0] - '0') * 1000 + (date[1] - '0') * 100 + (date[2] - '0') * 10 +
                (date[3] - '0');
    return SIF_OK;
}

const sif_sink_kind sif_sink_outcomes = {
    .name = "outcomes", .cols = cols, .has_amounts = false, .row = outcomes_row,
};
