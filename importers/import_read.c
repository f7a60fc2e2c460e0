/* importers/import_read.c — reader dispatch: the CSV reader on the pipeline's thread (so that
 * parsing overlaps with the inserts), the XML, XLSX and SIE readers in line. Each hands its
 * rows to the import job's callback. */
#include "import_read.h"

#include <stdio.h>
#include "csv.h"
#include "pipe.h"
#include "sie_reader.h"
#include "xlsx_reader.h"
#include "xml_reader.h"

static void on_progress(void *ctx, uint64_t done, uint64_t total)
{
    const sif_import_opts *o = ctx;
    o->on_progress(o->progress_ctx, done, total);
}

struct csv_args {
    const char *path;
    sif_csv_opts opts;
    sif_csv_info info;
};

/* The CSV reader, run on the pipeline's thread (parsing overlaps with the inserts). */
static sif_status read_csv(void *rctx, sif_row_fn fn, void *fctx, sif_error *err)
{
    struct csv_args *a = rctx;
    return sif_csv_read(a->path, &a->opts, fn, fctx, &a->info, err);
}

sif_status sif_import_read(sif_import_format f, const char *path, const sif_sink_kind *kind,
                           const sif_import_opts *o, sif_row_fn fn, void *ctx,
                           sif_import_read_info *info, sif_error *err)
{
    bool costs = kind == &sif_sink_costs;
    switch (f) {
    case SIF_FORMAT_CSV: {
        struct csv_args a = {path, {0, o->on_progress ? on_progress : NULL, (void *)o},
                             {0, SIF_CSV_ASCII, 0}};
        sif_status rc = sif_pipe_run(read_csv, &a, fn, ctx, err);
        snprintf(info->encoding, sizeof info->encoding, "%s",
                 sif_csv_encoding_name(a.info.encoding));
        info->delimiter = a.info.delimiter;
        return rc;
    }
    case SIF_FORMAT_XML:
        return sif_xml_read(path, kind->name, fn, ctx, err);
    case SIF_FORMAT_XLSX:
        if (!costs)
            return sif_error_at(err, SIF_ERR_USAGE, path, 0, 0,
                                "only costs are imported from xlsx (the cost template)");
        return sif_xlsx_read(path, "Kostnader", fn, ctx, err);
    case SIF_FORMAT_SIE:
        if (!costs)
            return sif_error_at(err, SIF_ERR_USAGE, path, 0, 0, "only costs are imported from SIE");
        if (o->map_path == NULL || o->map_path[0] == '\0')
            return sif_error_at(err, SIF_ERR_USAGE, path, 0, 0,
                                "a SIE import needs --map MAPFILE (see README, SIE-import)");
        return sif_sie_read(path, o->map_path, fn, ctx, err);
    default:
        return sif_error_set(err, SIF_ERR_USAGE, "reading %s files is not supported",
                             sif_import_format_name(f));
    }
}
