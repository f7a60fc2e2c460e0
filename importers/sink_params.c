/* importers/sink_params.c — import kind "params": unit costs and other parameters.
 *
 *     nyckel;varde[;ar_fran][;ar_till][;projekt][;kalla][;typ]
 *
 * typ is belopp (an amount in kronor; ore), andel (a ratio: "25 %", "0,25", "1/3"; ratio)
 * or antal (a whole number; count). Without typ, a value with "%" or "/" is a share, the
 * key placering_dagar a count, and anything else an amount. projekt empty = every project;
 * kalla is where the value comes from (e.g. "KOLL 2016–2018").
 */
#include "sink.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>
#include "sif/param.h"

enum { C_KEY, C_VALUE, C_FROM, C_TO, C_PROJECT, C_SOURCE, C_KIND };

static const sif_sink_col cols[] = {
    [C_KEY] = {"nyckel", true},
    [C_VALUE] = {"varde", true},
    [C_FROM] = {"ar_fran", false},
    [C_TO] = {"ar_till", false},
    [C_PROJECT] = {"projekt", false},
    [C_SOURCE] = {"kalla", false},
    [C_KIND] = {"typ", false},
    {NULL, false},
};

static sif_status params_row(sif_sink *s, const sif_cell *const *c, sif_sink_out *out,
                             sif_error *err)
{
    char key[SIF_PARAM_KEY_MAX], value[128], kind[16];
    long from, to;
    sif_param p;
    sif_status rc;
    if ((rc = sif_cell_text(s, c[C_KEY], true, "nyckel", key, sizeof key, err)) ||
        (rc = sif_cell_text(s, c[C_VALUE], true, "varde", value, sizeof value, err)) ||
        (rc = sif_cell_int(s, c[C_FROM], false, "ar_fran", 1900, 2999, 0, &from, err)) ||
        (rc = sif_cell_int(s, c[C_TO], false, "ar_till", 1900, 2999, 0, &to, err)) ||
        (rc = sif_cell_text(s, c[C_KIND], false, "typ", kind, sizeof kind, err)))
        return rc;
    sif_param_kind k = SIF_PARAM_ORE;
    if (strcasecmp(kind, "andel") == 0 || strcasecmp(kind, "ratio") == 0 ||
        (!kind[0] && strpbrk(value, "%/")))
        k = SIF_PARAM_RATIO;
    else if (strcasecmp(kind, "antal") == 0 || strcasecmp(kind, "count") == 0 ||
             (!kind[0] && strcmp(key, SIF_PARAM_PLACEMENT_DAYS) == 0))
        k = SIF_PARAM_COUNT;
    else if (kind[0] && strcasecmp(kind, "belopp") != 0 && strcasecmp(kind, "ore") != 0)
        return sif_sink_error(s, c[C_KIND], err, "typ \"%s\" is not belopp, andel or antal", kind);
    sif_param_init(&p, key, k, 0);
    if (k == SIF_PARAM_ORE) {
        if ((rc = sif_cell_amount(s, c[C_VALUE], "varde", &p.num, err)) != SIF_OK)
            return rc;
    } else if (k == SIF_PARAM_RATIO) {
        sif_ratio r;
        if (sif_share_parse(value, &r, err) != SIF_OK)
            return sif_sink_fail(s, c[C_VALUE], err);
        p.num = r.num;
        p.den = r.den;
    } else {
        long n;
        if ((rc = sif_cell_int(s, c[C_VALUE], true, "varde", 0, 2147483647L, 0, &n, err)) != SIF_OK)
            return rc;
        p.num = n;
    }
    p.year_from = (int)from;
    p.year_to = (int)to;
    if ((rc = sif_cell_text(s, c[C_PROJECT], false, "projekt", p.project_code,
                            sizeof p.project_code, err)) ||
        (rc = sif_cell_note(s, c[C_SOURCE], "kalla", p.source, sizeof p.source, err)))
        return rc;
    int64_t id;
    rc = sif_param_set(s->st, s->batch, &p, &id, err);
    if (rc != SIF_OK) {
        const sif_cell *at = c[C_KEY];
        if (err->field == SIF_FIELD_YEAR)
            at = c[C_FROM] ? c[C_FROM] : c[C_TO];
        else if (err->field == SIF_FIELD_PROJECT)
            at = c[C_PROJECT];
        return sif_sink_fail(s, at, err);
    }
    out->year = p.year_from;
    return SIF_OK;
}

const sif_sink_kind sif_sink_params = {
    .name = "params", .cols = cols, .has_amounts = false, .row = params_row,
};
