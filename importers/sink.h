/* importers/sink.h — what one import kind (costs, exits, payments, ...) tells the import
 * framework: its columns, and how to write one row through the core API.
 *
 * @code
 *     static const sif_sink_col cols[] = {{"projekt", true}, {"belopp", true}, {NULL, false}};
 *     static sif_status costs_row(sif_sink *s, const sif_cell *const *c, sif_sink_out *out,
 *                                 sif_error *err) { ... c[0] is projekt or NULL ... }
 *     const sif_sink_kind sif_sink_costs = {"costs", cols, true, NULL, costs_row, NULL};
 * @endcode
 *
 * The framework (import.c) maps the file's header onto cols (names compared after
 * lower-casing, trimming and folding å ä ö to a a o), so a sink sees its cells by column
 * index, whatever order the file has them in: c[i] is NULL when optional column i is absent
 * or the row is short. A sink that finds a bad cell returns SIF_ERR_DATA (or
 * SIF_ERR_OVERFLOW) with the position set by sif_sink_fail(); the framework collects the
 * error and goes on to the next row, so that one run reports every problem. Any other status
 * (I/O, database, memory) stops the import. Internal to importers/.
 */
#ifndef SIF_IMPORT_SINK_H
#define SIF_IMPORT_SINK_H

#include <stdbool.h>
#include <stdint.h>
#include "rows.h"
#include "sif/sif.h"

typedef struct sif_sink_col {
    const char *name;       /* ASCII, lower case; NULL ends the list */
    bool required;
} sif_sink_col;

/* The open import, as a sink sees it. */
typedef struct sif_sink {
    sif_store *st;
    int64_t batch;
    const char *file;       /* for messages */
    void *state;            /* the sink's own, from open */
} sif_sink;

/* What one row contributes to the control totals: its year and amount (has_amount false for
 * kinds without amounts). */
typedef struct sif_sink_out {
    int year;
    sif_ore amount;
    bool has_amount;
} sif_sink_out;

typedef struct sif_sink_kind {
    const char *name;                   /* "costs" */
    const sif_sink_col *cols;
    bool has_amounts;                   /* control totals apply */
    /* May be NULL. Set up s->state (e.g. a prepared writer). */
    sif_status (*open)(sif_sink *s, sif_error *err);
    sif_status (*row)(sif_sink *s, const sif_cell *const *cells, sif_sink_out *out,
                      sif_error *err);
    /* May be NULL. Release s->state; when rows/sum are not NULL the sink's own totals
     * replace the framework's (the payment writer keeps its own). */
    void (*close)(sif_sink *s, int64_t *rows, sif_ore *sum);
} sif_sink_kind;

extern const sif_sink_kind sif_sink_costs;
extern const sif_sink_kind sif_sink_exits;
extern const sif_sink_kind sif_sink_payments;
extern const sif_sink_kind sif_sink_treatment;
extern const sif_sink_kind sif_sink_placements;
extern const sif_sink_kind sif_sink_savings;
extern const sif_sink_kind sif_sink_params;
extern const sif_sink_kind sif_sink_participants;
extern const sif_sink_kind sif_sink_outcomes;
extern const sif_sink_kind sif_sink_index;

/* ---- helpers for sinks (sink_util.c) ---- */

/* Stamp err with the cell's position when it has none yet (core functions set no position)
 * and return its code, turning SIF_ERR_NOTFOUND (an unknown project, role) into SIF_ERR_DATA:
 * in a file, a name that does not resolve is bad data. cell may be NULL (position of row). */
sif_status sif_sink_fail(const sif_sink *s, const sif_cell *cell, sif_error *err);
/* Set err to a data error at cell with a printf message. */
sif_status sif_sink_error(const sif_sink *s, const sif_cell *cell, sif_error *err,
                          const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/* The cell's text without surrounding blanks (space, tab, NBSP), into *text and *len; an absent
 * cell is empty. Borrowed like the cell. */
void sif_cell_trim(const sif_cell *c, const char **text, size_t *len);
/* Copy the trimmed text into buf (size bytes, NUL-terminated): SIF_ERR_DATA if it is empty
 * and required, or longer than size - 1. what names the field in the message. */
sif_status sif_cell_text(const sif_sink *s, const sif_cell *c, bool required, const char *what,
                         char *buf, size_t size, sif_error *err);
/* As sif_cell_text for free text (kommentar): a line break inside a quoted cell (Alt+Enter
 * in Excel) becomes one space, since ledger texts hold no control characters but tab. */
sif_status sif_cell_note(const sif_sink *s, const sif_cell *c, const char *what, char *buf,
                         size_t size, sif_error *err);
/* A whole number in [min, max]; an absent or empty cell gives dflt when optional. */
sif_status sif_cell_int(const sif_sink *s, const sif_cell *c, bool required, const char *what,
                        long min, long max, long dflt, long *out, sif_error *err);
/* An amount in kronor as SPEC §6.1 writes it (sif_ore_parse). */
sif_status sif_cell_amount(const sif_sink *s, const sif_cell *c, const char *what,
                           sif_ore *out, sif_error *err);

#endif
