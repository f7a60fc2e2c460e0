/* importers/sink_participants.c — import kind "participants": the people a project reaches.
 *
 *     projekt;deltagare;kon;stadsomrade;startdatum[;slutdatum;fodelsear;hushall]
 *
 * kon kvinna, man, annat or okänt (K and M accepted, empty = okänt); stadsomrade may be empty
 * (not known); dates YYYY-MM-DD; hushall links the person to the household id of the exits
 * and the payment register. deltagare and hushall are pseudonyms: a personnummer is refused,
 * and in stadsomrade too.
 */
#include "sink.h"

#include <string.h>

enum { C_PROJECT, C_ID, C_GENDER, C_DISTRICT, C_START, C_END, C_BIRTH, C_HOUSEHOLD };

static const sif_sink_col cols[] = {
    [C_PROJECT] = {"projekt", true},
    [C_ID] = {"deltagare", true},
    [C_GENDER] = {"kon", true},
    [C_DISTRICT] = {"stadsomrade", true},
    [C_START] = {"startdatum", true},
    [C_END] = {"slutdatum", false},
    [C_BIRTH] = {"fodelsear", false},
    [C_HOUSEHOLD] = {"hushall", false},
    {NULL, false},
};

static sif_status participants_row(sif_sink *s, const sif_cell *const *c, sif_sink_out *out,
                                   sif_error *err)
{
    char project[SIF_CODE_MAX], gender[32];
    sif_participant p;
    memset(&p, 0, sizeof p);
    long birth;
    sif_status rc;
    if ((rc = sif_cell_text(s, c[C_PROJECT], true, "projekt", project, sizeof project, err)) ||
        (rc = sif_cell_text(s, c[C_ID], true, "deltagare", p.pseudonym, sizeof p.pseudonym, err)) ||
        (rc = sif_cell_text(s, c[C_GENDER], false, "kon", gender, sizeof gender, err)) ||
        (rc = sif_cell_text(s, c[C_DISTRICT], false, "stadsomrade", p.district, sizeof p.district,
                            err)) ||
        (rc = sif_cell_text(s, c[C_START], true, "startdatum", p.start_date, sizeof p.start_date,
                            err)) ||
        (rc = sif_cell_text(s, c[C_END], false, "slutdatum", p.end_date, sizeof p.end_date, err)) ||
        (rc = sif_cell_int(s, c[C_BIRTH], false, "fodelsear", 1900, 2999, 0, &birth, err)) ||
        (rc = sif_cell_text(s, c[C_HOUSEHOLD], false, "hushall", p.household, sizeof p.household,
                            err)))
        return rc;
    p.birth_year = (int)birth;
    if (sif_id_check(p.pseudonym, "deltagare", err) != SIF_OK)
        return sif_sink_fail(s, c[C_ID], err);
    if (sif_id_check(p.household, "hushall", err) != SIF_OK)
        return sif_sink_fail(s, c[C_HOUSEHOLD], err);
    if (sif_district_check(p.district, strlen(p.district), "stadsomrade", err) != SIF_OK)
        return sif_sink_fail(s, c[C_DISTRICT], err);
    if (sif_gender_parse(gender, &p.gender, err) != SIF_OK)
        return sif_sink_fail(s, c[C_GENDER], err);
    if (!sif_date_valid(p.start_date))
        return sif_sink_error(s, c[C_START], err, "startdatum \"%s\" is not a date (YYYY-MM-DD)",
                              p.start_date);
    if (p.end_date[0] && !sif_date_valid(p.end_date))
        return sif_sink_error(s, c[C_END], err, "slutdatum \"%s\" is not a date (YYYY-MM-DD)",
                              p.end_date);
    rc = sif_participant_add(s->st, s->batch, project, &p, NULL, err);
    if (rc != SIF_OK) {
        /* a closed year is the start date's; a bad stadsomrade points at projekt */
        const sif_cell *at = c[C_PROJECT];
        if (err->field == SIF_FIELD_HOUSEHOLD)
            at = c[C_HOUSEHOLD];
        else if (err->field == SIF_FIELD_END_DATE)
            at = c[C_END];
        else if (err->field == SIF_FIELD_YEAR || err->field == SIF_FIELD_DATE)
            at = c[C_START];
        else if (err->field == SIF_FIELD_PARTICIPANT)
            at = c[C_ID];
        return sif_sink_fail(s, at, err);
    }
    out->year = (p.start_date[0] - '0') * 1000 + (p.start_date[1] - '0') * 100 +
                (p.start_date[2] - '0') * 10 + (p.start_date[3] - '0');
    return SIF_OK;
}

const sif_sink_kind sif_sink_participants = {
    .name = "participants", .cols = cols, .has_amounts = false, .row = participants_row,
};
