/* include/sif/import.h — importing a file into the ledger: costs, savings evidence, unit
 * costs. All or nothing, one transaction per file.
 *
 * @code
 *     sif_import_opts o = {0};
 *     o.controls = (sif_import_control[]){{2016, 232514100}};   // "2016=2 325 141"
 *     o.ncontrols = 1;
 *     o.on_problem = print_problem;      // every bad row, as "FILE:LINE:COLUMN: message"
 *     sif_import_stats stats;
 *     if (sif_import_file(st, SIF_IMPORT_COSTS, "kostnader.csv", &o, &stats, &err) != SIF_OK)
 *         ... err: "kostnader.csv: 3 problems; nothing was imported" ...
 *     ... stats.rows, stats.sum_ore, stats.controls[0].diff_ore ...
 * @endcode
 *
 * The format comes from the extension (.csv .txt .tsv: CSV; .xml; .xlsx; .se .si .sie:
 * SIE 4) unless opts->format names it. Every format hands the same rows to the same check
 * per import kind, so the column names of README "## Importformat" hold for all of them.
 *
 * An import is one write (sif_write_begin … sif_write_commit) whose batch records the kind
 * ("import:payments"), the file's name and its SHA-256. Every bad row is reported through
 * opts->on_problem (up to SIF_IMPORT_MAX_ERRORS) with its file, line and column; if there
 * was any, or a control total differs and opts->control_errors is set, the write is rolled
 * back and the ledger is exactly as before. A process killed during an import leaves the
 * ledger as before too (SQLite's journal), never with part of the file.
 *
 * The importer reads the file as a stream: memory stays the same whatever its size.
 */
#ifndef SIF_IMPORT_H
#define SIF_IMPORT_H

#include <stdbool.h>
#include <stdint.h>
#include "sif/error.h"
#include "sif/money.h"
#include "sif/store.h"

typedef enum sif_import_kind {
    SIF_IMPORT_COSTS = 0,
    SIF_IMPORT_SAVINGS,
    SIF_IMPORT_EXITS,
    SIF_IMPORT_PAYMENTS,
    SIF_IMPORT_TREATMENT,
    SIF_IMPORT_PLACEMENTS,
    SIF_IMPORT_PARAMS,
    SIF_IMPORT_PARTICIPANTS,    /* SPEC §12 */
    SIF_IMPORT_OUTCOMES,
    SIF_IMPORT_INDEX,        /* price index values (price_index.h) */
    SIF_IMPORT_KIND_COUNT_
} sif_import_kind;

/* "costs", "savings", ... Static, never NULL. */
const char *sif_import_kind_name(sif_import_kind kind);
/* Parse a kind's name; SIF_ERR_USAGE when it is none of them. */
sif_status sif_import_kind_parse(const char *name, sif_import_kind *out, sif_error *err);
/* The file's column names as a header line ("projekt;tjanst;ar;belopp"); with optional
 * true the optional columns follow. Static, never NULL. */
const char *sif_import_kind_header(sif_import_kind kind, bool optional);

typedef enum sif_import_format {
    SIF_FORMAT_AUTO = 0,    /* from the extension */
    SIF_FORMAT_CSV,
    SIF_FORMAT_XML,
    SIF_FORMAT_XLSX,
    SIF_FORMAT_SIE,
} sif_import_format;

/* "csv", "xml", "xlsx", "sie". Static. */
const char *sif_import_format_name(sif_import_format f);
/* Parse "csv", "xml", "xlsx", "sie"; SIF_ERR_USAGE otherwise. */
sif_status sif_import_format_parse(const char *name, sif_import_format *out, sif_error *err);

/* A total printed in the source (SPEC §6.3): for a year, or for the whole file (year 0).
 * The import fills in what the rows sum to. */
typedef struct sif_import_control {
    int year;               /* 0 = the whole file */
    sif_ore printed_ore;
    sif_ore computed_ore;   /* out: the rows' sum */
    int64_t rows;           /* out: rows of that year (or all) */
    sif_ore diff_ore;       /* out: computed − printed */
} sif_import_control;

#define SIF_IMPORT_MAX_CONTROLS 32

/* Parse "2016=2 325 141" or "total=8 694 786" (also "summa=", "YEAR:AMOUNT"). */
sif_status sif_import_control_parse(const char *text, sif_import_control *out, sif_error *err);
/* "2016: printed 2 325 141, rows sum to 2 325 142, difference 1 kr — rounding?" into buf;
 * "— rounding?" when the difference is within half a krona per row, what rounding each
 * printed figure may explain. Returns buf. */
char *sif_import_control_format(const sif_import_control *c, char *buf, size_t size);

/* A problem found in the file: err holds file, line, column and message. */
typedef void (*sif_import_problem_fn)(void *ctx, const sif_error *problem);
/* Progress: bytes done of total (total 0 when unknown). Called often; keep it cheap. */
typedef void (*sif_import_progress_fn)(void *ctx, uint64_t done, uint64_t total);

typedef struct sif_import_opts {
    bool dry_run;                   /* check everything, write nothing */
    sif_import_format format;       /* SIF_FORMAT_AUTO: from the extension */
    const char *map_path;           /* SIE: the account/object → project/role map */
    const sif_import_control *controls;   /* ncontrols printed totals (may be NULL) */
    size_t ncontrols;
    bool control_errors;            /* a differing control total fails the import */
    const char *project;            /* non-NULL: every row's projekt must be this project
                                       code, a row of another is a problem (an import for
                                       one project, as sif serve's) */
    sif_import_problem_fn on_problem;     /* may be NULL */
    void *problem_ctx;
    sif_import_progress_fn on_progress;   /* may be NULL */
    void *progress_ctx;
    /* A file whose SHA-256 equals an earlier import of the same kind is refused (SPEC
     * §11.1) unless again, with a reason that the batch records. */
    bool again;
    const char *reason;
} sif_import_opts;

/* Rows and amounts per year (year 0: rows without a year). */
typedef struct sif_import_year {
    int year;
    int64_t rows;
    sif_ore sum_ore;
} sif_import_year;

#define SIF_IMPORT_MAX_YEARS 64

/* What an import did (or, dry run, would do). Caller-owned; filled by sif_import_file also
 * when it fails, as far as it got. */
typedef struct sif_import_stats {
    sif_import_kind kind;
    sif_import_format format;
    char source[256];               /* the file's name, as recorded in the batch */
    char sha256[65];
    char encoding[16];              /* CSV: "ascii", "utf-8", "utf-8 (bom)", "windows-1252" */
    char delimiter;                 /* CSV: ';', ',' or '\t' */
    int64_t batch_id;               /* 0 when nothing was written */
    int64_t rows;
    bool has_amounts;
    sif_ore sum_ore;
    size_t nyears;                  /* years ascending; more than SIF_IMPORT_MAX_YEARS are */
    sif_import_year years[SIF_IMPORT_MAX_YEARS]; /* summed into the last entry */
    size_t ncontrols;               /* opts->controls, with the computed sums */
    sif_import_control controls[SIF_IMPORT_MAX_CONTROLS];
    size_t ncontrol_diffs;          /* controls that differ */
    size_t nproblems;               /* problems reported through on_problem */
} sif_import_stats;

/* Import path into st as kind. st must not be in a write. opts may be NULL (defaults);
 * stats may be NULL. Returns SIF_OK when the whole file was imported (or, dry run, would
 * be); SIF_ERR_DATA when any row is bad (err: "FILE: N problems; nothing was imported") or
 * a control total differs with control_errors; SIF_ERR_NOTFOUND when the file is missing;
 * SIF_ERR_USAGE for a kind or format that cannot be read this way; I/O, database and busy
 * errors as they come. On any failure nothing was written. */
sif_status sif_import_file(sif_store *st, sif_import_kind kind, const char *path,
                           const sif_import_opts *opts, sif_import_stats *stats,
                           sif_error *err);

#endif
