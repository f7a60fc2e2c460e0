/* importers/import.c — one import job: map the header onto the kind's columns, hand every
 * row the reader (import_read.c) gives to the kind's sink inside one write, collect every
 * problem, compare the control totals, then commit — or roll back and leave the ledger as it
 * was. */
#include "sif/import.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include "heading.h"
#include "import_read.h"
#include "sif/fold.h"
#include "intl.h"
#include "sif/cost.h"
#include "sif/sha256.h"

#define YEAR_MIN 1900
#define YEAR_MAX 2999
#define MAX_COLS 16

typedef struct tally {
    int64_t rows;
    sif_ore sum;
} tally;

typedef struct job {
    const sif_sink_kind *kind;
    sif_sink sink;
    const sif_import_opts *opts;
    size_t ncols;                       /* the kind's columns */
    int col_of[MAX_COLS];               /* kind column → file column, -1 absent */
    size_t nheader;
    bool have_header, stopped;
    bool skip_blank_amount;             /* a template row whose belopp was left empty */
    char project[SIF_CODE_MAX];         /* the file's project, when all rows name one */
    bool many_projects;
    int64_t rows;
    sif_ore sum;
    tally years[YEAR_MAX - YEAR_MIN + 2]; /* [0]: no year; [y - YEAR_MIN + 1] */
    size_t nproblems;
    sif_headings head;                  /* the file's own headings, for messages */
    sif_cell blank[MAX_COLS];           /* stand-ins for the cells of a short row */
} job;

/* Report one problem; false once the limit is reached (the job then stops). */
static bool problem(job *j, const sif_error *e)
{
    j->nproblems++;
    if (j->opts && j->opts->on_problem) {
        sif_error named = *e;
        sif_headings_name(&j->head, &named);
        j->opts->on_problem(j->opts->problem_ctx, &named);
    }
    return j->nproblems < SIF_IMPORT_MAX_ERRORS;
}

static bool problem_at(job *j, long line, long col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static bool problem_at(job *j, long line, long col, const char *fmt, ...)
{
    sif_error e;
    sif_error_init(&e);
    e.code = SIF_ERR_DATA;
    snprintf(e.file, sizeof e.file, "%s", j->sink.file);
    e.line = line;
    e.column = col;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e.msg, sizeof e.msg, sif_tr(fmt), ap);   /* in the chosen language */
    va_end(ap);
    return problem(j, &e);
}

static sif_status stop(job *j, sif_error *err)
{
    j->stopped = true;
    return sif_error_set(err, SIF_ERR_DATA, "stopped");
}

static sif_status on_header(job *j, const sif_row *row, sif_error *err)
{
    char expected[200];
    size_t n = 0;
    for (size_t k = 0; k < j->ncols; k++)
        n += (size_t)snprintf(expected + n, sizeof expected - n, "%s%s", k ? ", " : "",
                              j->kind->cols[k].name);
    for (size_t k = 0; k < j->ncols; k++)
        j->col_of[k] = -1;
    j->nheader = row->ncells;
    long line = row->ncells ? row->cells[0].line : 1;
    bool ok = true;
    for (size_t i = 0; i < row->ncells; i++) {
        const sif_cell *c = &row->cells[i];
        char name[64];
        sif_fold(c->text, c->len, name, sizeof name); /* as the kinds spell theirs */
        size_t k = 0;
        while (k < j->ncols && strcmp(name, j->kind->cols[k].name) != 0)
            k++;
        if (k == j->ncols) {
            ok = false;
            if (!problem_at(j, c->line, c->column ? c->column : (long)i + 1,
                            "unknown column \"%s\" (the columns are %s)", c->text, expected))
                return stop(j, err);
        } else if (j->col_of[k] >= 0) {
            ok = false;
            if (!problem_at(j, c->line, c->column ? c->column : (long)i + 1,
                            "column \"%s\" comes twice", c->text))
                return stop(j, err);
        } else {
            j->col_of[k] = (int)i;
            sif_headings_add(&j->head, c->column ? c->column : (long)i + 1,
                             j->kind->cols[k].name, c->text, c->len);
        }
    }
    for (size_t k = 0; k < j->ncols; k++)
        if (j->kind->cols[k].required && j->col_of[k] < 0) {
            ok = false;
            if (!problem_at(j, line, 0, "column \"%s\" is missing (the columns are %s)",
                            j->kind->cols[k].name, expected))
                return stop(j, err);
        }
    j->have_header = true;
    return ok ? SIF_OK : stop(j, err);   /* a bad header makes every row meaningless */
}

/* The text of the row's cell in the column named name: NULL when the kind has no such column
 * or the file does not have it, "" when the row is short of it. */
static const char *col_text(const job *j, const sif_row *row, const char *name)
{
    for (size_t k = 0; k < j->ncols; k++) {
        if (strcmp(j->kind->cols[k].name, name) != 0)
            continue;
        int i = j->col_of[k];
        if (i < 0)
            return NULL;
        return (size_t)i < row->ncells ? row->cells[i].text : "";
    }
    return NULL;
}

static bool blank(const char *p)
{
    for (; p && *p; p++)
        if (*p != ' ' && *p != '\t')
            return false;
    return true;
}

/* True when the row is one of the cost template's rows left as it was: its belopp absent or
 * blank. In the cost template every role and year has a row, and the controller fills in only
 * the amounts there are. A row with a kommentar, a finansiering that is not a funding source
 * or an ar that is not a year was written by someone, though (an amount typed into the wrong
 * cell, a note on a cost whose amount was forgotten): it is not skipped, so that its bad cell
 * or empty belopp is refused rather than the row silently left out. */
static bool blank_amount(const job *j, const sif_row *row)
{
    bool has_amount = false;
    for (size_t k = 0; k < j->ncols; k++)
        has_amount |= strcmp(j->kind->cols[k].name, "belopp") == 0;
    if (!has_amount || !blank(col_text(j, row, "belopp")))
        return false;
    const char *note = col_text(j, row, "kommentar");
    const char *funding = col_text(j, row, "finansiering");
    const char *year_text = col_text(j, row, "ar");
    sif_error ignored;
    sif_error_init(&ignored);
    int year;
    return blank(note) && (blank(funding) || sif_funding_check(funding, &ignored) == SIF_OK) &&
           (blank(year_text) || sif_year_parse(year_text, &year, &ignored) == SIF_OK);
}

/* Remember the project the rows name, so that printed totals given with an import of one
 * project's costs can be kept in the ledger beside its own sums. */
static void note_project(job *j, const sif_cell *const *cells)
{
    for (size_t k = 0; k < j->ncols && !j->many_projects; k++) {
        if (strcmp(j->kind->cols[k].name, "projekt") != 0 || cells[k] == NULL)
            continue;
        const char *t = cells[k]->text;
        size_t n = cells[k]->len;
        while (n && (*t == ' ' || *t == '\t'))
            t++, n--;
        while (n && (t[n - 1] == ' ' || t[n - 1] == '\t'))
            n--;
        if (j->project[0] == '\0' && n < sizeof j->project)
            snprintf(j->project, sizeof j->project, "%.*s", (int)n, t);
        else if (strlen(j->project) != n || strncmp(j->project, t, n) != 0)
            j->many_projects = true;
    }
}

/* Keep the printed totals given with a costs import of one project as control totals
 * (SPEC §6.3), in the import's own batch, so `sif cost list` shows them later too. */
static sif_status store_controls(const job *j, const sif_import_opts *o, const char *source,
                                 sif_error *err)
{
    if (j->kind != &sif_sink_costs || j->many_projects || j->project[0] == '\0')
        return SIF_OK;
    char note[SIF_TEXT_MAX];
    snprintf(note, sizeof note, "tryckt summa, angiven vid import av %s", source);
    for (size_t i = 0; i < o->ncontrols && i < SIF_IMPORT_MAX_CONTROLS; i++) {
        const sif_import_control *c = &o->controls[i];
        sif_status rc = sif_control_add(j->sink.st, j->sink.batch, j->project,
                                        c->year ? "year" : "total", c->year, NULL,
                                        c->printed_ore, note, err);
        if (rc != SIF_OK)
            return rc;
    }
    return SIF_OK;
}

/* The cell of a row that names a project other than the one the import is for
 * (opts->project), or NULL. A kind without a projekt column names none. */
static const sif_cell *other_project(const job *j, const sif_cell *const *cells)
{
    const char *want = j->opts ? j->opts->project : NULL;
    if (want == NULL)
        return NULL;
    for (size_t k = 0; k < j->ncols; k++) {
        if (strcmp(j->kind->cols[k].name, "projekt") != 0 || cells[k] == NULL)
            continue;
        const char *t = cells[k]->text;
        size_t n = cells[k]->len;
        while (n && (*t == ' ' || *t == '\t'))
            t++, n--;
        while (n && (t[n - 1] == ' ' || t[n - 1] == '\t'))
            n--;
        if (strlen(want) != n || strncmp(want, t, n) != 0)
            return cells[k];
    }
    return NULL;
}

static sif_status on_row(void *ctx, const sif_row *row, sif_error *err)
{
    job *j = ctx;
    if (row->is_header || !j->have_header)
        return on_header(j, row, err);
    long line = row->ncells ? row->cells[0].line : 0;
    for (size_t i = j->nheader; i < row->ncells; i++)
        if (row->cells[i].len) {
            return problem_at(j, row->cells[i].line, row->cells[i].column ? row->cells[i].column
                                                                         : (long)i + 1,
                              "this line has %zu fields, the header has %zu", row->ncells,
                              j->nheader)
                       ? SIF_OK : stop(j, err);
        }
    if (j->skip_blank_amount && blank_amount(j, row))
        return SIF_OK;
    const sif_cell *cells[MAX_COLS];
    for (size_t k = 0; k < j->ncols; k++) {
        int i = j->col_of[k];
        if (i < 0) {
            cells[k] = NULL;
        } else if ((size_t)i < row->ncells) {
            cells[k] = &row->cells[i];
        } else {
            j->blank[k] = (sif_cell){"", 0, line, (long)i + 1};
            cells[k] = &j->blank[k];
        }
    }
    const sif_cell *other = other_project(j, cells);
    if (other)
        return problem_at(j, other->line, other->column, "project \"%.*s\" is not %s: this import "
                          "is for %s only", (int)other->len, other->text, j->opts->project,
                          j->opts->project) ? SIF_OK : stop(j, err);
    sif_sink_out out = {0, 0, false};
    sif_error e;
    e.code = SIF_OK;
    e.line = 0;
    e.file[0] = '\0';
    sif_status rc = j->kind->row(&j->sink, cells, &out, &e);
    if (rc == SIF_OK && out.has_amount && sif_ore_add(j->sum, out.amount, &j->sum, &e) != SIF_OK)
        rc = sif_sink_fail(&j->sink, cells[0], &e);
    tally *t = &j->years[out.year >= YEAR_MIN && out.year <= YEAR_MAX ? out.year - YEAR_MIN + 1 : 0];
    if (rc == SIF_OK && out.has_amount && sif_ore_add(t->sum, out.amount, &t->sum, &e) != SIF_OK)
        rc = sif_sink_fail(&j->sink, cells[0], &e);
    if (rc == SIF_OK) {
        note_project(j, cells);
        j->rows++;
        t->rows++;
        return SIF_OK;
    }
    if (rc == SIF_ERR_DATA || rc == SIF_ERR_OVERFLOW || rc == SIF_ERR_CLOSED ||
        rc == SIF_ERR_NOTFOUND) {
        if (e.line == 0 && e.file[0] == '\0')
            sif_sink_fail(&j->sink, cells[0], &e);
        return problem(j, &e) ? SIF_OK : stop(j, err);
    }
    if (err)
        *err = e;
    return rc;
}


static void fill_stats(const job *j, sif_import_stats *stats)
{
    stats->rows = j->rows;
    stats->sum_ore = j->sum;
    stats->nyears = 0;
    for (size_t y = 0; y < sizeof j->years / sizeof j->years[0]; y++) {
        const tally *t = &j->years[y];
        if (t->rows == 0)
            continue;
        sif_import_year *out;
        if (stats->nyears < SIF_IMPORT_MAX_YEARS) {
            out = &stats->years[stats->nyears++];
            *out = (sif_import_year){y ? (int)y + YEAR_MIN - 1 : 0, 0, 0};
        } else {
            out = &stats->years[SIF_IMPORT_MAX_YEARS - 1];
        }
        out->rows += t->rows;
        out->sum_ore += t->sum;
    }
}

/* Compare the printed totals with the rows; the number that differ. */
static size_t check_controls(const job *j, const sif_import_opts *o, sif_import_stats *stats)
{
    size_t diffs = 0;
    stats->ncontrols = 0;
    for (size_t i = 0; i < o->ncontrols && i < SIF_IMPORT_MAX_CONTROLS; i++) {
        sif_import_control c = o->controls[i];
        if (c.year == 0) {
            c.computed_ore = j->sum, c.rows = j->rows;
        } else {
            const tally *t = &j->years[c.year >= YEAR_MIN && c.year <= YEAR_MAX ? c.year - YEAR_MIN + 1 : 0];
            c.computed_ore = c.year >= YEAR_MIN && c.year <= YEAR_MAX ? t->sum : 0;
            c.rows = c.year >= YEAR_MIN && c.year <= YEAR_MAX ? t->rows : 0;
        }
        if (sif_ore_sub(c.computed_ore, c.printed_ore, &c.diff_ore, NULL) != SIF_OK)
            c.diff_ore = c.computed_ore > 0 ? INT64_MAX : INT64_MIN;
        diffs += c.diff_ore != 0;
        stats->controls[stats->ncontrols++] = c;
    }
    return diffs;
}

static const char *base_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash && slash[1] ? slash + 1 : path;
}

sif_status sif_import_file(sif_store *st, sif_import_kind kind, const char *path,
                           const sif_import_opts *opts, sif_import_stats *stats,
                           sif_error *err)
{
    static const sif_import_opts defaults;
    sif_import_stats local;
    const sif_import_opts *o = opts ? opts : &defaults;
    if (stats == NULL)
        stats = &local;
    memset(stats, 0, sizeof *stats);
    stats->kind = kind;
    if ((unsigned)kind >= SIF_IMPORT_KIND_COUNT_)
        return sif_error_set(err, SIF_ERR_USAGE, "unknown import kind");
    if (sif_import_sinks[kind] == NULL)
        return sif_error_set(err, SIF_ERR_USAGE, "importing %s is not supported yet",
                             sif_import_kind_names[kind]);
    const sif_sink_kind *sk = sif_import_sinks[kind];
    stats->has_amounts = sk->has_amounts;
    if (o->ncontrols && !sk->has_amounts)
        return sif_error_set(err, SIF_ERR_USAGE, "%s have no amounts to compare with a control "
                             "total", sif_import_kind_names[kind]);
    if (o->ncontrols > SIF_IMPORT_MAX_CONTROLS)
        return sif_error_set(err, SIF_ERR_USAGE, "at most %d control totals",
                             SIF_IMPORT_MAX_CONTROLS);
    sif_import_format fmt = o->format != SIF_FORMAT_AUTO ? o->format : sif_import_format_of(path);
    if (fmt == SIF_FORMAT_AUTO)
        return sif_error_at(err, SIF_ERR_USAGE, path, 0, 0, "cannot tell the format from the "
                            "file's name: use .csv, .xml, .xlsx or .se, or name the format");
    stats->format = fmt;
    struct stat sb;
    if (stat(path, &sb) != 0)
        return sif_error_at(err, errno == ENOENT ? SIF_ERR_NOTFOUND : SIF_ERR_IO, path, 0, 0,
                            "cannot open: %s", strerror(errno));
    if (!S_ISREG(sb.st_mode))
        return sif_error_at(err, SIF_ERR_USAGE, path, 0, 0, "not a regular file");
    if (o->again && (o->reason == NULL || o->reason[0] == '\0'))
        return sif_error_set(err, SIF_ERR_USAGE, "--again needs --reason TEXT: why the same "
                             "file is imported a second time");
    snprintf(stats->source, sizeof stats->source, "%s", base_name(path));
    sif_status rc;

    job *j = calloc(1, sizeof *j);
    if (j == NULL)
        return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    j->kind = sk;
    j->opts = o;
    j->sink.st = st;
    j->sink.file = path;
    while (sk->cols[j->ncols].name)
        j->ncols++;
    char batch_kind[32];
    snprintf(batch_kind, sizeof batch_kind, "import:%s", sif_import_kind_names[kind]);
    /* the file's SHA-256 is known once it was read (sif_import_read hashes what it parses) */
    rc = sif_write_begin(st, batch_kind, stats->source, NULL, &j->sink.batch, err);
    if (rc != SIF_OK) {
        free(j);
        return rc;
    }
    if (sk->open)
        rc = sk->open(&j->sink, err);
    if (rc == SIF_OK) {
        sif_import_read_info info = {"", 0, ""};
        j->skip_blank_amount = fmt == SIF_FORMAT_XLSX; /* the cost template's empty rows */
        j->head.cells = fmt == SIF_FORMAT_XLSX;
        rc = sif_import_read(fmt, path, sk, o, on_row, j, &info, err);
        snprintf(stats->encoding, sizeof stats->encoding, "%s", info.encoding);
        stats->delimiter = info.delimiter;
        snprintf(stats->sha256, sizeof stats->sha256, "%s", info.sha256);
        if (rc != SIF_OK && !j->stopped && (rc == SIF_ERR_DATA || rc == SIF_ERR_OVERFLOW)) {
            problem(j, err);    /* what the reader itself refused */
        } else if (rc != SIF_OK && !j->stopped) {
            goto out;           /* I/O, database, memory, usage: as it is */
        }
        if (j->nproblems == 0 && !j->have_header) {
            sif_error e;
            sif_error_at(&e, SIF_ERR_DATA, path, 0, 0, "no header found");
            problem(j, &e);
        }
        int64_t rows = j->rows;
        sif_ore sum = j->sum;
        if (sk->close) {
            sk->close(&j->sink, &rows, &sum);
            sk = NULL;
        }
        fill_stats(j, stats);
        stats->nproblems = j->nproblems;
        stats->ncontrol_diffs = check_controls(j, o, stats);
        sif_batch_info prior;
        bool seen = false;
        if (j->nproblems == 0 && !o->again &&
            (rc = sif_batch_find_file(st, batch_kind, stats->sha256, &prior, &seen, err)) !=
                SIF_OK)
            goto out;
        if (j->nproblems) {
            if (j->stopped && j->nproblems >= SIF_IMPORT_MAX_ERRORS)
                rc = sif_error_at(err, SIF_ERR_DATA, path, 0, 0,
                                  "%zu problems (stopped there); nothing was imported",
                                  j->nproblems);
            else
                rc = sif_error_at(err, SIF_ERR_DATA, path, 0, 0,
                                  ngettext_("%zu problem; nothing was imported",
                                            "%zu problems; nothing was imported", j->nproblems),
                                  j->nproblems);
        } else if (seen) {
            /* the same bytes again: every row would count twice */
            rc = sif_error_at(err, SIF_ERR_DATA, path, 0, 0, "this file was imported already as "
                              "batch %lld (%s) on %s by %s; nothing was imported. To import it "
                              "again on purpose: --again --reason TEXT", (long long)prior.id,
                              prior.source, prior.at, prior.user);
        } else if (stats->ncontrol_diffs && o->control_errors) {
            rc = sif_error_at(err, SIF_ERR_DATA, path, 0, 0,
                              ngettext_("%zu control total differs; nothing was imported",
                                        "%zu control totals differ; nothing was imported",
                                        stats->ncontrol_diffs),
                              stats->ncontrol_diffs);
        } else if (o->dry_run) {
            rc = SIF_OK;
        } else {
            char note[96 + SIF_TEXT_MAX];
            snprintf(note, sizeof note, "%s%s%s%s%s", sif_import_format_name(fmt),
                     stats->encoding[0] ? ", " : "", stats->encoding,
                     o->again ? "; imported again: " : "", o->again ? o->reason : "");
            rc = sif_write_set_sha256(st, j->sink.batch, stats->sha256, err);
            if (rc == SIF_OK)
                rc = store_controls(j, o, stats->source, err);
            if (rc == SIF_OK)
                rc = sif_write_commit(st, j->sink.batch, rows, sum, note, err);
            else
                sif_write_abort(st);
            if (rc == SIF_OK)
                stats->batch_id = j->sink.batch;
            free(j);
            return rc;
        }
    }
out:
    if (sk && sk->close)
        sk->close(&j->sink, NULL, NULL);
    sif_write_abort(st);
    free(j);
    return rc;
}
