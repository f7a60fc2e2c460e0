/* ledger/cli/cli.h — what the subcommands share: the command record, the ledger to open,
 * argument helpers, tables and JSON on stdout. Only ledger/cli/ prints. */
#ifndef SIF_CLI_H
#define SIF_CLI_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include "sif/sif.h"
#include "intl.h"   /* _() and N_() for everything the CLI says */

/* Global options, parsed by main before the subcommand. */
typedef struct sif_cli {
    const char *db_path;   /* --db, else $SIF_DB, else ./sif.db */
    const char *key_file;  /* --key-file, else $SIF_KEY_FILE, else none (keyed chain) */
} sif_cli;

/* A subcommand of a group ("project add"): run as for sif_cmd, argv[0] = "add". */
struct sif_subcmd {
    const char *name;
    const char *usage;
    int (*run)(const sif_cli *cli, int argc, char **argv);
};

/* One subcommand: run gets argv with argv[0] = the subcommand's name and returns the exit
 * status. A group ("sif cost add|list") names its subcommands in subs (NULL-terminated;
 * NULL for a single command), which shell completion reads; a group without run of its own
 * is run by cli_dispatch. */
struct sif_cmd {
    const char *name;
    const char *usage;
    const char *summary;
    int (*run)(const sif_cli *cli, int argc, char **argv);
    const struct sif_subcmd *subs;
};

/* Run the subcommand argv[1] of cmd from its NULL-terminated cmd->subs (the same table the
 * completion script is generated from); usage errors are 64. */
int cli_dispatch(const struct sif_cmd *cmd, const sif_cli *cli, int argc, char **argv);

/* Print "sif: FILE:LINE:COL: message" for err and return its exit code (SPEC §8). */
int cli_fail(const sif_error *err);
/* Print "sif: message" and the usage line to stderr; return 64. */
int cli_usage(const struct sif_cmd *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Print the usage and summary (and help text, may be NULL) to stdout; return 0. */
int cli_help(const struct sif_cmd *cmd, const char *text);
/* After getopt_long returned c ('?' or ':'), print what was wrong with which option
 * ("unknown option -5", "--name needs a value") and the usage; return 64. */
int cli_bad_option(const struct sif_cmd *cmd, int c, char **argv);
/* True when argv has -h or --help. */
bool cli_wants_help(int argc, char **argv);

/* Open the ledger named by cli (flags as sif_store_open) and set who is writing: $SIF_USER,
 * else the OS user. The key of a keyed chain is read from cli->key_file or $SIF_KEY_FILE. Only a binary built with SIF_TEST_CLOCK reads $SIF_NOW (clock.c). */
sif_status cli_open(const sif_cli *cli, unsigned flags, sif_store **st, sif_error *err);

/* In a test binary (SIF_TEST_CLOCK) fix st's clock from $SIF_NOW; in sif itself nothing. */
void cli_set_clock(sif_store *st);

/* Copy in to out (size bytes, always terminated) with control characters written as
 * \n, \r, \t, \xNN (and C1 controls as \u00NN), so that nothing printed can start a line
 * or move the cursor. Returns out. */
char *cli_escape(const char *in, char *out, size_t size);
/* As cli_escape into a new string the caller frees with free(); NULL without memory. */
char *cli_escape_dup(const char *in);

/* Arguments of a read command: positionals into pos[0..max), --json into *json (may be NULL
 * when the command has no JSON). Anything else is a usage error: prints it and returns -1.
 * Else returns the number of positionals. */
int cli_read_args(const struct sif_cmd *cmd, int argc, char **argv, const char **pos, int max,
                  bool *json);

/* Open the ledger read-only and find the project with that code in it. On failure the
 * ledger is closed again and *st is NULL; err says what was missing. */
sif_status cli_open_project(const sif_cli *cli, const char *code, sif_store **st, sif_project *p,
                            sif_error *err);

/* A word like "-1000" or "-4 770,5 tkr" is a negative number, not an option (SPEC §11.2:
 * `sif fund capital 2027 -1000`): rewrite each such argv[1..) word to start with the minus
 * sign U+2212, which every amount and share parser reads and no option parser does. Words
 * that are not an amount or a share ("-2+3"), and the word after an option without '='
 * (its value, which the option parsers take as written), stay as they are. The new words
 * live as long as the process. */
void cli_negative_numbers(int argc, char **argv);

/* Parse a whole decimal integer within [min, max]. */
bool cli_int(const char *text, long min, long max, long *out);
/* The value of a --district option into buf (size bytes): 0, or 64 after a usage error of
 * cmd when it is empty or blank (no district is the option left out) or looks like a
 * personnummer or samordningsnummer (a district names a place). */
int cli_district(const struct sif_cmd *cmd, const char *value, char *buf, size_t size);
/* Parse an FTE like "1", "0,5", "2.25" into thousandths. */
bool cli_fte(const char *text, int *milli);

/* Begin a write of one batch, run fn(st, batch, ctx, &rows, &sum, err), commit; abort on
 * failure. The common shape of every entering command. */
typedef sif_status (*cli_write_fn)(sif_store *st, int64_t batch, void *ctx, int64_t *rows,
                                   sif_ore *sum, sif_error *err);
sif_status cli_write(sif_store *st, const char *kind, cli_write_fn fn, void *ctx, sif_error *err);
/* The rest of an entering subcommand once its arguments are parsed: open the ledger for
 * writing, cli_write(st, kind, fn, ctx), close it. Returns 0, or the exit status of the
 * failure (cli_fail). */
int cli_write_run(const sif_cli *cli, const char *kind, cli_write_fn fn, void *ctx);
/* cli_write_run, then print *id (set by fn, typically a
 * field of ctx: the new row's id) on a line of its own and return 0, or return the exit
 * status of the failure (cli_fail). */
int cli_write_print_id(const sif_cli *cli, const char *kind, cli_write_fn fn, void *ctx,
                       const int64_t *id);

/* Print a project's investment table (years descending, as printed in the reference report),
 * its funding sources and control totals with their differences. */
void cli_print_investment(const sif_project *p, const sif_investment *inv);

/* Print a project's result as `sif result` does: the investment table, results per year,
 * the summary with control differences, adjustments in force and the long-term effects. */
void cli_print_result(sif_store *st, const sif_result *r);
/* `sif target add` (control false) and `sif indicator control` (true): PROJECT OUTCOME COUNT
 * and the selection options, written in one batch (cmd_target.c). Returns the exit status. */
int cli_target_entry(const sif_cli *cli, const struct sif_cmd *cmd, int argc, char **argv,
                     bool control);
/* Print targets (controls false) or printed counts against the rows, with their ids when ids
 * (cmd_indicator.c). */
void cli_indicator_checks(const sif_indicator_check *c, size_t n, bool controls, bool ids);
/* How `sif indicator` and `sif target list` print a project's indicators (json: --json). */
typedef void (*cli_indicators_show_fn)(const sif_project *p, const sif_indicators *ind, bool json);
/* Run such a read command (indicators_read.c): with -h or --help print help (a msgid);
 * else read PROJECT [--json] (missing, a msgid, is the usage error without PROJECT), build
 * the project's indicators from the ledger opened read-only and closed again, and show them.
 * Returns the exit status. */
int cli_indicators_read(const sif_cli *cli, const struct sif_cmd *cmd, int argc, char **argv,
                        const char *help, const char *missing, cli_indicators_show_fn show);

/* Print a fund's portfolio per area, district and committee (show_portfolio.c). */
void cli_print_portfolio(const sif_portfolio *pf, FILE *f);

/* Print the scenarios side by side as the head of `sif scenario` does. */
void cli_print_scenarios_summary(const sif_scenarios *sc);

/* ---- terminal tables ---- */
typedef struct cli_table cli_table;
cli_table *cli_table_new(size_t ncols);
/* Column header and alignment ('l' or 'r'). */
void cli_table_head(cli_table *t, size_t col, const char *title, char align);
/* Start a row; then cli_table_cell for each column in order. */
void cli_table_row(cli_table *t);
void cli_table_cell(cli_table *t, const char *text);
void cli_table_cellf(cli_table *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void cli_table_money(cli_table *t, sif_ore v);   /* whole kronor, "1 050 679" */
/* A separator line before the next row. */
void cli_table_rule(cli_table *t);
void cli_table_print(cli_table *t, FILE *f);
void cli_table_free(cli_table *t);

/* ---- listings: a JSON array or a table ---- */

/* What a list command's callback writes to: j when --json was given, else rows of t. Lives
 * on the caller's stack between cli_list_begin and cli_list_end (j points into it). */
typedef struct cli_list cli_list;

/* ---- JSON on stdout ---- */
typedef struct cli_json {
    FILE *f;
    int depth;
    bool first[64];
    bool after_key;
} cli_json;
void json_init(cli_json *j, FILE *f);
void json_obj(cli_json *j);
void json_arr(cli_json *j);
void json_end_obj(cli_json *j);
void json_end_arr(cli_json *j);
void json_key(cli_json *j, const char *key);
void json_str(cli_json *j, const char *s);      /* NULL writes null */
void json_int(cli_json *j, int64_t v);
void json_null(cli_json *j);
void json_bool(cli_json *j, bool v);
/* A number given as its exact decimal text (e.g. "1.25"). */
void json_raw(cli_json *j, const char *number);
/* Finish: a newline after the top-level value. */
void json_done(cli_json *j);

struct cli_list {
    cli_json json;
    cli_json *j;        /* &json with --json, else NULL */
    cli_table *t;       /* the table without --json, else NULL */
};

/* Start a listing on stdout: a JSON array when json, else a table of ncols columns with
 * these titles, aligned by align ("llr": left, left, right). */
void cli_list_begin(cli_list *l, bool json, size_t ncols, const char *const *heads,
                    const char *align);
/* Close the array, or print the table; frees what begin made. */
void cli_list_end(cli_list *l);

/* What a listing command lists: the library's list function of st with a callback that
 * writes each row to l; p is the project listed (NULL: the whole ledger), arg the command's
 * (a name to list, or NULL). */
typedef sif_status (*cli_list_fill_fn)(sif_store *st, const sif_project *p, const void *arg,
                                       cli_list *l, sif_error *err);
/* The tail of a listing command once its arguments are read (list_run.c): open the ledger
 * read-only (and find the project with the code project, unless NULL), list what fill writes
 * as cli_list_begin(json, ncols, heads, align) says, close it. Returns 0, or the exit status
 * of the failure (cli_fail). */
int cli_list_run(const sif_cli *cli, const char *project, bool json, size_t ncols,
                 const char *const *heads, const char *align, cli_list_fill_fn fill,
                 const void *arg);

#endif
