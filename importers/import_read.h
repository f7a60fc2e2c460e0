/* importers/import_read.h — what import.c shares with the kinds table (import_kinds.c) and
 * the reader dispatch (import_read.c). Internal to importers/. */
#ifndef SIF_IMPORT_READ_H
#define SIF_IMPORT_READ_H

#include "rows.h"
#include "sif/import.h"
#include "sink.h"

/* By kind: its name ("costs", ...) and its sink (NULL = not importable). */
extern const char *const sif_import_kind_names[SIF_IMPORT_KIND_COUNT_];
extern const sif_sink_kind *const sif_import_sinks[SIF_IMPORT_KIND_COUNT_];

/* The format a file's name says (.csv .txt .tsv .xml .xlsx .se .si .sie), else
 * SIF_FORMAT_AUTO. */
sif_import_format sif_import_format_of(const char *path);

/* What a reader found out about the file: the CSV's encoding and delimiter ("" and 0 for
 * the other formats). */
typedef struct sif_import_read_info {
    char encoding[16];
    char delimiter;
    char sha256[65];    /* of the bytes that were parsed ("" when reading failed early) */
} sif_import_read_info;

/* Read path in format f and call fn(ctx, row) for its header and every row, stopping at the
 * first status fn returns other than SIF_OK. The file is read once: its SHA-256 is taken of
 * the very bytes parsed (a CSV while it streams; the other formats, which are small, are
 * read into memory, hashed, and parsed from a private copy), so that no one can swap the
 * file between hashing and parsing. Only costs are read from xlsx and SIE (SIE
 * needs o->map_path); a CSV is parsed on a thread of its own (pipe.h) and reports progress
 * through o->on_progress. */
sif_status sif_import_read(sif_import_format f, const char *path, const sif_sink_kind *kind,
                           const sif_import_opts *o, sif_row_fn fn, void *ctx,
                           sif_import_read_info *info, sif_error *err);

#endif
