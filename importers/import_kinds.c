/* importers/import_kinds.c — the import kinds and file formats by name: which sink takes a
 * kind, the header line of each kind, and the format a file's name says. */
#include "import_read.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

const char *const sif_import_kind_names[SIF_IMPORT_KIND_COUNT_] = {
    "costs", "savings", "exits", "payments", "treatment", "placements", "params",
    "participants", "outcomes",
    "index",
};

const sif_sink_kind *const sif_import_sinks[SIF_IMPORT_KIND_COUNT_] = {
    [SIF_IMPORT_COSTS] = &sif_sink_costs,
    [SIF_IMPORT_EXITS] = &sif_sink_exits,
    [SIF_IMPORT_PAYMENTS] = &sif_sink_payments,
    [SIF_IMPORT_TREATMENT] = &sif_sink_treatment,
    [SIF_IMPORT_PLACEMENTS] = &sif_sink_placements,
    [SIF_IMPORT_SAVINGS] = &sif_sink_savings,
    [SIF_IMPORT_PARAMS] = &sif_sink_params,
    [SIF_IMPORT_PARTICIPANTS] = &sif_sink_participants,
    [SIF_IMPORT_OUTCOMES] = &sif_sink_outcomes,
    [SIF_IMPORT_INDEX] = &sif_sink_index,
};

const char *sif_import_kind_name(sif_import_kind kind)
{
    return (unsigned)kind < SIF_IMPORT_KIND_COUNT_ ? sif_import_kind_names[kind] : "?";
}

sif_status sif_import_kind_parse(const char *name, sif_import_kind *out, sif_error *err)
{
    for (int k = 0; k < SIF_IMPORT_KIND_COUNT_; k++)
        if (name && strcmp(name, sif_import_kind_names[k]) == 0) {
            *out = (sif_import_kind)k;
            return SIF_OK;
        }
    return sif_error_set(err, SIF_ERR_USAGE, "\"%s\" is not an import kind (costs, savings, exits,"
                         " payments, treatment, placements, params, participants, outcomes, index)", name ? name : "");
}

const char *sif_import_kind_header(sif_import_kind kind, bool optional)
{
    static char lines[SIF_IMPORT_KIND_COUNT_][2][160];
    if ((unsigned)kind >= SIF_IMPORT_KIND_COUNT_ || sif_import_sinks[kind] == NULL)
        return "";
    char *b = lines[kind][optional];
    if (b[0] == '\0') {
        size_t n = 0;
        for (const sif_sink_col *c = sif_import_sinks[kind]->cols; c->name; c++)
            if (c->required || optional)
                n += (size_t)snprintf(b + n, sizeof lines[0][0] - n, "%s%s", n ? ";" : "", c->name);
    }
    return b;
}

static const char *const format_names[] = {"auto", "csv", "xml", "xlsx", "sie"};

const char *sif_import_format_name(sif_import_format f)
{
    return (unsigned)f <= SIF_FORMAT_SIE ? format_names[f] : "?";
}

sif_status sif_import_format_parse(const char *name, sif_import_format *out, sif_error *err)
{
    for (int f = SIF_FORMAT_CSV; f <= SIF_FORMAT_SIE; f++)
        if (name && strcasecmp(name, format_names[f]) == 0) {
            *out = (sif_import_format)f;
            return SIF_OK;
        }
    return sif_error_set(err, SIF_ERR_USAGE, "\"%s\" is not a format (csv, xml, xlsx, sie)",
                         name ? name : "");
}

sif_import_format sif_import_format_of(const char *path)
{
    const char *dot = strrchr(path, '.'), *slash = strrchr(path, '/');
    if (dot == NULL || (slash && dot < slash))
        return SIF_FORMAT_AUTO;
    static const struct {
        const char *ext;
        sif_import_format f;
    } exts[] = {{".csv", SIF_FORMAT_CSV}, {".txt", SIF_FORMAT_CSV}, {".tsv", SIF_FORMAT_CSV},
                {".xml", SIF_FORMAT_XML}, {".xlsx", SIF_FORMAT_XLSX}, {".se", SIF_FORMAT_SIE},
                {".si", SIF_FORMAT_SIE}, {".sie", SIF_FORMAT_SIE}};
    for (size_t i = 0; i < sizeof exts / sizeof exts[0]; i++)
        if (strcasecmp(dot, exts[i].ext) == 0)
            return exts[i].f;
    return SIF_FORMAT_AUTO;
}
