/* importers/import_read.c — reader dispatch: the CSV reader on the pipeline's thread (so that
 * parsing overlaps with the inserts), the XML, XLSX and SIE readers in line. Each hands its
 * rows to the import job's callback. */
#include "import_read.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include "file_read.h"
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

/* The name a reader gave the private copy, in an error, back to the file's own. */
static void own_name(sif_error *err, const char *copy, const char *path)
{
    if (err && strcmp(err->file, copy) == 0)
        snprintf(err->file, sizeof err->file, "%s", path);
}

/* Read path once into memory (at most max bytes), hash it, and put the bytes into a private
 * anonymous file that the reader then opens by *copy ("/proc/self/fd/N"): nothing outside
 * this process can change what is parsed after it was hashed. *fd is the copy's descriptor,
 * closed by the caller. */
static sif_status private_copy(const char *path, size_t max, char sha[65], int *fd,
                               char copy[64], sif_error *err)
{
    char *buf;
    size_t len;
    *fd = -1;
    sif_status rc = sif_file_read(path, max, &buf, &len, err);
    if (rc != SIF_OK)
        return rc;
    sif_sha256 h;
    sif_sha256_init(&h);
    sif_sha256_update(&h, buf, len);
    sif_sha256_hex(&h, sha);
    *fd = memfd_create("sif-import", MFD_CLOEXEC);
    size_t done = 0;
    while (*fd >= 0 && done < len) {
        ssize_t n = write(*fd, buf + done, len - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        done += (size_t)n;
    }
    free(buf);
    if (*fd < 0 || done < len)
        return sif_error_at(err, SIF_ERR_IO, path, 0, 0, "cannot keep a private copy: %s",
                            strerror(errno));
    snprintf(copy, 64, "/proc/self/fd/%d", *fd);
    return SIF_OK;
}

static sif_status read_other(sif_import_format f, const char *path, const sif_sink_kind *kind,
                             const sif_import_opts *o, sif_row_fn fn, void *ctx,
                             sif_error *err)
{
    bool costs = kind == &sif_sink_costs;
    switch (f) {
    case SIF_FORMAT_XML:
        return sif_xml_read(path, kind->name, fn, ctx, err);
    case SIF_FORMAT_XLSX:
        /* the sheets of the templates sif writes (sif template costs|participants|outcomes) */
        if (kind == &sif_sink_participants)
            return sif_xlsx_read(path, SIF_TEMPLATE_SHEET_PARTICIPANTS, fn, ctx, err);
        if (kind == &sif_sink_outcomes)
            return sif_xlsx_read(path, SIF_TEMPLATE_SHEET_OUTCOMES, fn, ctx, err);
        if (!costs)
            return sif_error_at(err, SIF_ERR_USAGE, path, 0, 0,
                                "only costs, participants and outcomes are imported from xlsx "
                                "(the templates of sif template)");
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

sif_status sif_import_read(sif_import_format f, const char *path, const sif_sink_kind *kind,
                           const sif_import_opts *o, sif_row_fn fn, void *ctx,
                           sif_import_read_info *info, sif_error *err)
{
    info->sha256[0] = '\0';
    if (f == SIF_FORMAT_CSV) {
        sif_sha256 h;
        sif_sha256_init(&h);
        struct csv_args a = {path, {0, o->on_progress ? on_progress : NULL, (void *)o, &h},
                             {0, SIF_CSV_ASCII, 0}};
        sif_status rc = sif_pipe_run(read_csv, &a, fn, ctx, err);
        snprintf(info->encoding, sizeof info->encoding, "%s",
                 sif_csv_encoding_name(a.info.encoding));
        info->delimiter = a.info.delimiter;
        sif_sha256_hex(&h, info->sha256);
        return rc;
    }
    if (f != SIF_FORMAT_XML && f != SIF_FORMAT_XLSX && f != SIF_FORMAT_SIE)
        return read_other(f, path, kind, o, fn, ctx, err);
    int fd;
    char copy[64];
    sif_status rc = private_copy(path, SIF_IMPORT_MAX_XML, info->sha256, &fd, copy, err);
    if (rc == SIF_OK) {
        rc = read_other(f, copy, kind, o, fn, ctx, err);
        own_name(err, copy, path);
    } else {
        info->sha256[0] = '\0';
    }
    if (fd >= 0)
        close(fd);
    return rc;
}
