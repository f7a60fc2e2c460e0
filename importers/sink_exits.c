/* importers/sink_exits.c — import kind "exits": households that left benefit.
 *
 *     projekt;hushall;avslutsdatum;avslutsorsak[;andel;stadsomrade]
 *
 * avslutsdatum YYYY-MM-DD; avslutsorsak arbete, studier, slutade_soka, forsakringskassan,
 * flytt or annat (Swedish spellings accepted); andel the share of the benefit that stopped,
 * "1" (default), "0,5", "50 %" or "1/2"; stadsomrade the household's district at exit
 * (saving compute --district counts only that district's exits).
 */
#include "sink.h"

#include <string.h>

enum { C_PROJECT, C_HOUSEHOLD, C_DATE, C_REASON, C_SHARE, C_DISTRICT };

static const sif_sink_col cols[] = {
    [C_PROJECT] = {"projekt", true},
    [C_HOUSEHOLD] = {"hushall", true},
    [C_DATE] = {"avslutsdatum", true},
    [C_REASON] = {"avslutsorsak", true},
    [C_SHARE] = {"andel", false},
    [C_DISTRICT] = {"stadsomrade", false},
    {NULL, false},
};

static sif_status exits_row(sif_sink *s, const sif_cell *const *c, sif_sink_out *out,
                            sif_error *err)
{
    char project[SIF_CODE_MAX], reason[64], share[64];
    sif_exit e;
    memset(&e, 0, sizeof e);
    sif_status rc;
    if ((rc = sif_cell_text(s, c[C_PROJECT], true, "projekt", project, sizeof project, err)) ||
        (rc = sif_cell_text(s, c[C_HOUSEHOLD], true, "hushall", e.household, sizeof e.household,
                            err)) ||
        (rc = sif_cell_text(s, c[C_DATE], true, "avslutsdatum", e.exit_date, sizeof e.exit_date,
                            err)) ||
        (rc = sif_cell_text(s, c[C_REASON], true, "avslutsorsak", reason, sizeof reason, err)) ||
        (rc = sif_cell_text(s, c[C_SHARE], false, "andel", share, sizeof share, err)) ||
        (rc = sif_cell_text(s, c[C_DISTRICT], false, "stadsomrade", e.district,
                            sizeof e.district, err)))
        return rc;
    if (sif_id_check(e.household, "hushall", err) != SIF_OK)
        return sif_sink_fail(s, c[C_HOUSEHOLD], err);
    if (sif_district_check(e.district, strlen(e.district), "stadsomrade", err) != SIF_OK)
        return sif_sink_fail(s, c[C_DISTRICT], err);
    if (sif_exit_reason_parse(reason, &e.reason, err) != SIF_OK)
        return sif_sink_fail(s, c[C_REASON], err);
    e.share = (sif_ratio){1, 1};
    if (share[0]) {
        if (sif_share_parse(share, &e.share, err) != SIF_OK)
            return sif_sink_fail(s, c[C_SHARE], err);
        if (e.share.num <= 0 || e.share.num > e.share.den)
            return sif_sink_error(s, c[C_SHARE], err, "andel \"%s\" is not more than 0 and at most 1",
                                  share);
        int64_t a = e.share.num, b = e.share.den;   /* store 50 % as 1/2 */
        while (b) {
            int64_t t = a % b;
            a = b, b = t;
        }
        e.share.num /= a, e.share.den /= a;
    }
    int64_t id;
    rc = sif_exit_add(s->st, s->batch, project, &e, &id, err);
    if (rc != SIF_OK) {
        /* a closed year is the exit date's */
        const sif_cell *at = c[C_PROJECT];
        if (err->field == SIF_FIELD_DATE || err->field == SIF_FIELD_YEAR)
            at = c[C_DATE];
        else if (err->field == SIF_FIELD_HOUSEHOLD)
            at = c[C_HOUSEHOLD];
        return sif_sink_fail(s, at, err);
    }
    out->year = (e.exit_date[0] - '0') * 1000 + (e.exit_date[1] - '0') * 100 +
                (e.exit_date[2] - '0') * 10 + (e.exit_date[3] - '0');
    return SIF_OK;
}

const sif_sink_kind sif_sink_exits = {
    .name = "exits", .cols = cols, .has_amounts = false, .row = exits_row,
};
