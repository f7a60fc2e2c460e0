/* importers/csv.h — the CSV reader: a file in the Swedish dialect (or any other) into rows.
 *
 * @code
 *     sif_csv_opts o = {0};               // detect delimiter and encoding
 *     sif_csv_info info;
 *     sif_csv_read("betalningar.csv", &o, on_row, ctx, &info, &err);
 *     // info.delimiter == ';', info.encoding == SIF_CSV_UTF8_BOM, info.records == 1000001
 * @endcode
 *
 * What it reads: RFC 4180 fields separated by the delimiter found in the header line (`;`,
 * `,` or tab: the most frequent outside quotes; `;` wins a tie), quoted fields with doubled
 * quotes and line breaks inside, LF or CRLF line ends, UTF-8 with or without a byte order
 * mark, else Windows-1252 (decided at the first line with a byte above 0x7F: valid UTF-8
 * there makes the file UTF-8). Blank lines and lines of empty fields are skipped. Cells are
 * handed over as they were written (not trimmed); header names are trimmed and lower-cased.
 *
 * What it refuses, with SIF_ERR_DATA at the line and field: a NUL byte, a line (record)
 * longer than SIF_IMPORT_MAX_LINE, more than SIF_IMPORT_MAX_CELLS fields, an unclosed
 * quote, text after a closing quote, invalid UTF-8 in a UTF-8 file, a byte undefined in
 * Windows-1252, a file over SIF_IMPORT_MAX_FILE.
 *
 * Memory is bounded whatever the input: one buffer of SIF_IMPORT_MAX_LINE plus a read
 * chunk, reused for every record; cells point into it (borrowed for the callback only). The
 * reader never allocates per row. Internal to importers/.
 */
#ifndef SIF_IMPORT_CSV_H
#define SIF_IMPORT_CSV_H

#include <stdint.h>
#include "rows.h"
#include "sif/sha256.h"

typedef enum sif_csv_encoding {
    SIF_CSV_ASCII = 0,      /* no byte above 0x7F seen */
    SIF_CSV_UTF8,
    SIF_CSV_UTF8_BOM,
    SIF_CSV_CP1252,
} sif_csv_encoding;

/* A static name: "ascii", "utf-8", "utf-8 (bom)", "windows-1252". */
const char *sif_csv_encoding_name(sif_csv_encoding e);

/* Progress: done of total bytes read (total 0 when unknown). */
typedef void (*sif_csv_progress_fn)(void *ctx, uint64_t done, uint64_t total);

typedef struct sif_csv_opts {
    char delimiter;                 /* 0 = detect from the header line */
    sif_csv_progress_fn progress;   /* may be NULL; called once per chunk read */
    void *progress_ctx;
    sif_sha256 *hash;               /* may be NULL: fed every byte read, in order */
} sif_csv_opts;

/* What the reader found (filled also on failure, as far as it got). */
typedef struct sif_csv_info {
    char delimiter;
    sif_csv_encoding encoding;
    int64_t records;                /* data records handed over (not the header) */
} sif_csv_info;

/* Read path and call fn for the header and then every record. opts and info may be NULL.
 * A missing file is SIF_ERR_NOTFOUND, a read failure SIF_ERR_IO, bad text SIF_ERR_DATA with
 * err's file, line and column set; a status other than SIF_OK from fn stops the reading and
 * is returned as is. */
sif_status sif_csv_read(const char *path, const sif_csv_opts *opts, sif_row_fn fn, void *ctx,
                        sif_csv_info *info, sif_error *err);

/* As sif_csv_read, from len bytes in memory (name is used in messages). For tests and
 * fuzzing; the data is not modified. */
sif_status sif_csv_read_mem(const char *data, size_t len, const char *name,
                            const sif_csv_opts *opts, sif_row_fn fn, void *ctx,
                            sif_csv_info *info, sif_error *err);

#endif
