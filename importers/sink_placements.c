/* importers/sink_placements.c — import kind "placements": children whose placement (HVB)
 * was prevented.
 *
 *     projekt;barn;dygn[;ar][;dygnskostnad]
 *
 * dygnskostnad (kronor per day) left out means the unit cost parameter applies; dygn left
 * empty means the days of parameter placering_dagar.
 */
#include "sink.h"

#include <string.h>

enum { C_PROJECT, C_CHILD, C_DAYS, C_YEAR, C_DAILY };

static const sif_sink_col cols[] = {
    [C_PROJECT] = {"projekt", true},
    [C_CHILD] = {"barn", true},
    [C_DAYS] = {"dygn", true},
    [C_YEAR] = {"ar", false},
    [C_DAILY] = {"dygnskostnad", false},
    {NULL, false},
};

static sif_status placements_row(sif_sink *s, const sif_cell *const *c, sif_sink_out *out,
                                 sif_error *err)
{
    char project[SIF_CODE_MAX];
    long days, year;
    sif_placement p;
    memset(&p, 0, sizeof p);
    sif_status rc;
    if ((rc = sif_cell_text(s, c[C_PROJECT], true, "projekt", project, sizeof project, err)) ||
        (rc = sif_cell_text(s, c[C_CHILD], true, "barn", p.child, sizeof p.child, err)) ||
        /* an empty dygn is a record without days: the parameter placering_dagar applies */
        (rc = sif_cell_int(s, c[C_DAYS], false, "dygn", 0, 36600, 0, &days, err)) ||
        (rc = sif_cell_int(s, c[C_YEAR], false, "ar", 1900, 2999, 0, &year, err)))
        return rc;
    if (sif_id_check(p.child, "barn", err) != SIF_OK)
        return sif_sink_fail(s, c[C_CHILD], err);
    const char *d;
    size_t dn;
    sif_cell_trim(c[C_DAILY], &d, &dn);
    if (dn > 0) {
        if ((rc = sif_cell_amount(s, c[C_DAILY], "dygnskostnad", &p.daily_ore, err)) != SIF_OK)
            return rc;
        if (p.daily_ore <= 0)
            return sif_sink_error(s, c[C_DAILY], err, "dygnskostnad must be more than 0");
    }
    p.days = (int)days;
    p.year = (int)year;
    int64_t id;
    rc = sif_placement_add(s->st, s->batch, project, &p, &id, err);
    if (rc != SIF_OK) {
        /* a closed year is the ar column's when the row gives one */
        const char *y;
        size_t yn;
        sif_cell_trim(c[C_YEAR], &y, &yn);
        const sif_cell *at = c[C_PROJECT];
        if (err->field == SIF_FIELD_CHILD)
            at = c[C_CHILD];
        else if (err->field == SIF_FIELD_YEAR && yn > 0)
            at = c[C_YEAR];
        return sif_sink_fail(s, at, err);
    }
    out->year = p.year;
    return SIF_OK;
}

const sif_sink_kind sif_sink_placements = {
    .name = "placements", .cols = cols, .has_amounts = false, .row = placements_row,
};
