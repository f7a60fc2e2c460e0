/* importers/sink_index.c — import kind "index": price index values with their source
 * (SPEC §13, price_index.h).
 *
 *     namn;ar;varde[;kalla]
 *
 * namn: the index (e.g. KPI); ar: the year; varde: the value as published ("313,49");
 * kalla: where it comes from (e.g. "SCB, KPI fastställda tal, årsmedel"). A second value for
 * a name and year, in the file or in the ledger, is an error: values are never changed.
 */
#include "sink.h"

#include <stdio.h>
#include <string.h>
#include "sif/price_index.h"

enum { C_NAME, C_YEAR, C_VALUE, C_SOURCE };

static const sif_sink_col cols[] = {
    [C_NAME] = {"namn", true},
    [C_YEAR] = {"ar", true},
    [C_VALUE] = {"varde", true},
    [C_SOURCE] = {"kalla", false},
    {NULL, false},
};

static sif_status index_row(sif_sink *s, const sif_cell *const *c, sif_sink_out *out,
                            sif_error *err)
{
    char name[SIF_INDEX_NAME_MAX], value[64], source[SIF_TEXT_MAX];
    long year;
    sif_status rc;
    if ((rc = sif_cell_text(s, c[C_NAME], true, "namn", name, sizeof name, err)) ||
        (rc = sif_cell_int(s, c[C_YEAR], true, "ar", 1800, 2999, 0, &year, err)) ||
        (rc = sif_cell_text(s, c[C_VALUE], true, "varde", value, sizeof value, err)) ||
        (rc = sif_cell_note(s, c[C_SOURCE], "kalla", source, sizeof source, err)))
        return rc;
    sif_ratio v;
    if (sif_index_value_parse(value, &v, err) != SIF_OK)
        return sif_sink_fail(s, c[C_VALUE], err);
    rc = sif_index_add(s->st, s->batch, name, (int)year, v, source, NULL, err);
    if (rc != SIF_OK)
        return sif_sink_fail(s, err->field == SIF_FIELD_NAME ? c[C_NAME] : c[C_YEAR], err);
    out->year = (int)year;
    return SIF_OK;
}

const sif_sink_kind sif_sink_index = {
    .name = "index", .cols = cols, .has_amounts = false, .row = index_row,
};
