/* importers/sink_treatment.c — import kind "treatment": treatment records per family and
 * phase.
 *
 *     projekt;familj;typ;manader;timmar_per_manad[;behandlare][;timkostnad]
 *
 * typ is intensiv or ordinarie (intensive, ordinary); behandlare (therapists) defaults
 * to 1; timkostnad (kronor per hour) left out means the unit cost parameter applies.
 */
#include "sink.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

enum { C_PROJECT, C_FAMILY, C_KIND, C_MONTHS, C_HOURS, C_THERAPISTS, C_HOURLY };

static const sif_sink_col cols[] = {
    [C_PROJECT] = {"projekt", true},
    [C_FAMILY] = {"familj", true},
    [C_KIND] = {"typ", true},
    [C_MONTHS] = {"manader", true},
    [C_HOURS] = {"timmar_per_manad", true},
    [C_THERAPISTS] = {"behandlare", false},
    [C_HOURLY] = {"timkostnad", false},
    {NULL, false},
};

static sif_status treatment_row(sif_sink *s, const sif_cell *const *c, sif_sink_out *out,
                                sif_error *err)
{
    char project[SIF_CODE_MAX], kind[32];
    long months, hours, therapists;
    sif_treatment t;
    memset(&t, 0, sizeof t);
    sif_status rc;
    if ((rc = sif_cell_text(s, c[C_PROJECT], true, "projekt", project, sizeof project, err)) ||
        (rc = sif_cell_text(s, c[C_FAMILY], true, "familj", t.family, sizeof t.family, err)) ||
        (rc = sif_cell_text(s, c[C_KIND], true, "typ", kind, sizeof kind, err)) ||
        (rc = sif_cell_int(s, c[C_MONTHS], true, "manader", 0, 1200, 0, &months, err)) ||
        (rc = sif_cell_int(s, c[C_HOURS], true, "timmar_per_manad", 0, 744, 0, &hours, err)) ||
        (rc = sif_cell_int(s, c[C_THERAPISTS], false, "behandlare", 1, 100, 1, &therapists, err)))
        return rc;
    if (sif_id_check(t.family, "familj", err) != SIF_OK)
        return sif_sink_fail(s, c[C_FAMILY], err);
    if (strcasecmp(kind, "intensiv") == 0 || strcasecmp(kind, "intensive") == 0)
        snprintf(t.kind, sizeof t.kind, "intensive");
    else if (strcasecmp(kind, "ordinarie") == 0 || strcasecmp(kind, "ordinary") == 0)
        snprintf(t.kind, sizeof t.kind, "ordinary");
    else
        return sif_sink_error(s, c[C_KIND], err, "typ \"%s\" is not intensiv or ordinarie", kind);
    const char *h;
    size_t hn;
    sif_cell_trim(c[C_HOURLY], &h, &hn);
    if (hn > 0) {
        if ((rc = sif_cell_amount(s, c[C_HOURLY], "timkostnad", &t.hourly_ore, err)) != SIF_OK)
            return rc;
        if (t.hourly_ore <= 0)
            return sif_sink_error(s, c[C_HOURLY], err, "timkostnad must be more than 0");
    }
    t.months = (int)months;
    t.hours_per_month = (int)hours;
    t.therapists = (int)therapists;
    int64_t id;
    if (sif_treatment_add(s->st, s->batch, project, &t, &id, err) != SIF_OK)
        return sif_sink_fail(s, err->field == SIF_FIELD_FAMILY ? c[C_FAMILY] : c[C_PROJECT], err);
    (void)out;
    return SIF_OK;
}

const sif_sink_kind sif_sink_treatment = {
    .name = "treatment", .cols = cols, .has_amounts = false, .row = treatment_row,
};
