/* ledger/cli/cmd_import.c — sif import KIND FILE: a whole file into the ledger, or nothing. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include "commands.h"
#include "progress.h"
#include "sif/import.h"

/* the progress bar (progress.h) comes from the reader's thread */
static void on_progress(void *ctx, uint64_t done, uint64_t total)
{
    cli_progress_step(ctx, done, total);
}

static void on_problem(void *ctx, const sif_error *e)
{
    char buf[1200], safe[2400];
    cli_progress_clear(ctx);
    sif_error_format(e, buf, sizeof buf);
    fprintf(stderr, "sif: %s\n", cli_escape(buf, safe, sizeof safe));
}

static void print_json(const sif_import_stats *s, bool dry_run)
{
    cli_json j;
    json_init(&j, stdout);
    json_obj(&j);
    json_key(&j, "kind"); json_str(&j, sif_import_kind_name(s->kind));
    json_key(&j, "source"); json_str(&j, s->source);
    json_key(&j, "sha256"); json_str(&j, s->sha256);
    json_key(&j, "format"); json_str(&j, sif_import_format_name(s->format));
    json_key(&j, "encoding"); json_str(&j, s->encoding[0] ? s->encoding : NULL);
    char d[2] = {s->delimiter, '\0'};
    json_key(&j, "delimiter"); json_str(&j, s->delimiter ? d : NULL);
    json_key(&j, "dry_run"); json_bool(&j, dry_run);
    json_key(&j, "batch");
    if (s->batch_id) json_int(&j, s->batch_id); else json_null(&j);
    json_key(&j, "rows"); json_int(&j, s->rows);
    json_key(&j, "sum_ore");
    if (s->has_amounts) json_int(&j, s->sum_ore); else json_null(&j);
    json_key(&j, "years");
    json_arr(&j);
    for (size_t i = 0; i < s->nyears; i++) {
        json_obj(&j);
        json_key(&j, "year");
        if (s->years[i].year) json_int(&j, s->years[i].year); else json_null(&j);
        json_key(&j, "rows"); json_int(&j, s->years[i].rows);
        json_key(&j, "sum_ore");
        if (s->has_amounts) json_int(&j, s->years[i].sum_ore); else json_null(&j);
        json_end_obj(&j);
    }
    json_end_arr(&j);
    json_key(&j, "controls");
    json_arr(&j);
    for (size_t i = 0; i < s->ncontrols; i++) {
        const sif_import_control *c = &s->controls[i];
        json_obj(&j);
        json_key(&j, "year");
        if (c->year) json_int(&j, c->year); else json_null(&j);
        json_key(&j, "printed_ore"); json_int(&j, c->printed_ore);
        json_key(&j, "computed_ore"); json_int(&j, c->computed_ore);
        json_key(&j, "diff_ore"); json_int(&j, c->diff_ore);
        json_end_obj(&j);
    }
    json_end_arr(&j);
    json_end_obj(&j);
    json_done(&j);
}

/* The kind in words ("kostnader"), for the summary line; the code stays in --json. */
static const char *kind_words(sif_import_kind kind)
{
    static const char *const words[][2] = {
        {"costs", N_("costs")},           {"savings", N_("cost reductions")},
        {"exits", N_("household exits")}, {"payments", N_("payments")},
        {"treatment", N_("treatment records")}, {"placements", N_("placement records")},
        {"params", N_("parameters")},     {"participants", N_("participants")},
        {"outcomes", N_("outcomes")},     {"index", N_("index values")},
    };
    const char *name = sif_import_kind_name(kind);
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (strcmp(words[i][0], name) == 0)
            return _(words[i][1]);
    return name;
}

static void print_table(const sif_import_stats *s, bool dry_run)
{
    char delim[8] = "";
    if (s->delimiter)
        snprintf(delim, sizeof delim, ", '%s'", s->delimiter == '\t' ? "\\t" : (char[]){s->delimiter, 0});
    unsigned long n = (unsigned long)s->rows;
    if (dry_run)
        printf(ngettext_("dry run, nothing written: %lld row of %s would be imported\n",
                         "dry run, nothing written: %lld rows of %s would be imported\n", n),
               (long long)s->rows, kind_words(s->kind));
    else
        printf(ngettext_("batch %lld: %lld row of %s imported\n",
                         "batch %lld: %lld rows of %s imported\n", n),
               (long long)s->batch_id, (long long)s->rows, kind_words(s->kind));
    char source[sizeof s->source * 4];
    cli_escape(s->source, source, sizeof source);
    printf(_("file: %s (%s%s%s%s)\nsha256: %s\n"), source, sif_import_format_name(s->format),
           s->encoding[0] ? ", " : "", s->encoding, delim, s->sha256);
    cli_table *t = cli_table_new(s->has_amounts ? 3 : 2);
    cli_table_head(t, 0, _("Year"), 'l');
    cli_table_head(t, 1, _("Rows"), 'r');
    if (s->has_amounts)
        cli_table_head(t, 2, _("Amount"), 'r');
    for (size_t i = 0; i < s->nyears; i++) {
        cli_table_row(t);
        if (s->years[i].year)
            cli_table_cellf(t, "%d", s->years[i].year);
        else
            cli_table_cell(t, "–");
        cli_table_cellf(t, "%lld", (long long)s->years[i].rows);
        if (s->has_amounts)
            cli_table_money(t, s->years[i].sum_ore);
    }
    cli_table_rule(t);
    cli_table_row(t);
    cli_table_cell(t, _("Total"));
    cli_table_cellf(t, "%lld", (long long)s->rows);
    if (s->has_amounts)
        cli_table_money(t, s->sum_ore);
    cli_table_print(t, stdout);
    cli_table_free(t);
}

static const char help[] = N_(
    "Imports FILE as one batch: every row or none. The format comes from the extension\n"
    "(.csv, .xml, .xlsx, .se); the columns of each kind are in README \"Importformat\" and\n"
    "templates/. Every bad row is reported as FILE:LINE:COLUMN and nothing is written (65).\n"
    "  --dry-run                 check everything and show what would be imported\n"
    "  --control YEAR=AMOUNT     a total printed in the source, compared with the rows\n"
    "  --control total=AMOUNT    (repeatable)\n"
    "  --control-mode warn|error a differing total warns (default) or fails the import\n"
    "  --format csv|xml|xlsx|sie when the extension does not say\n"
    "  --map MAPFILE             SIE: which account/object is which project and role\n"
    "  --json                    the summary as JSON\n"
    "  --progress                draw the progress bar from the start, also when stderr is\n"
    "                            not a terminal (by default: on a terminal, after a second)\n"
    "  --again --reason TEXT     import a file a second time on purpose; without it a file\n"
    "                            whose SHA-256 equals an earlier import of the same kind is\n"
    "                            refused (65), naming that batch, its date and user\n");

static int cmd_import_run(const sif_cli *cli, int argc, char **argv)
{
    static const struct option opts[] = {
        {"dry-run", no_argument, 0, 'n'},
        {"control", required_argument, 0, 'c'},
        {"control-mode", required_argument, 0, 'm'},
        {"format", required_argument, 0, 'f'},
        {"map", required_argument, 0, 'M'},
        {"json", no_argument, 0, 'j'},
        {"progress", no_argument, 0, 'p'},
        {"again", no_argument, 0, 'a'},
        {"reason", required_argument, 0, 'r'},
        {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    sif_import_opts o;
    memset(&o, 0, sizeof o);
    sif_import_control controls[SIF_IMPORT_MAX_CONTROLS];
    bool json = false, progress = false;
    sif_error err;
    sif_error_init(&err);
    int c;
    optind = 0;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
        switch (c) {
        case 'n': o.dry_run = true; break;
        case 'c':
            if (o.ncontrols == SIF_IMPORT_MAX_CONTROLS)
                return cli_usage(&sif_cmd_import, "at most %d control totals", SIF_IMPORT_MAX_CONTROLS);
            if (sif_import_control_parse(optarg, &controls[o.ncontrols], &err) != SIF_OK)
                return cli_usage(&sif_cmd_import, "%s", err.msg);
            o.ncontrols++;
            break;
        case 'm':
            if (strcmp(optarg, "warn") != 0 && strcmp(optarg, "error") != 0)
                return cli_usage(&sif_cmd_import, "--control-mode is warn or error");
            o.control_errors = strcmp(optarg, "error") == 0;
            break;
        case 'f':
            if (sif_import_format_parse(optarg, &o.format, &err) != SIF_OK)
                return cli_usage(&sif_cmd_import, "%s", err.msg);
            break;
        case 'M': o.map_path = optarg; break;
        case 'j': json = true; break;
        case 'p': progress = true; break;
        case 'a': o.again = true; break;
        case 'r': o.reason = optarg; break;
        case 'h': return cli_help(&sif_cmd_import, help);
        case ':': return cli_usage(&sif_cmd_import, "%s needs a value", argv[optind - 1]);
        default: return cli_usage(&sif_cmd_import, "unknown option %s", argv[optind - 1]);
        }
    }
    if (argc - optind != 2)
        return cli_usage(&sif_cmd_import, "import takes KIND FILE");
    if (o.again != (o.reason != NULL))
        return cli_usage(&sif_cmd_import, "--again and --reason TEXT go together");
    sif_import_kind kind;
    if (sif_import_kind_parse(argv[optind], &kind, &err) != SIF_OK)
        return cli_usage(&sif_cmd_import, "%s", err.msg);
    const char *path = argv[optind + 1];
    o.controls = controls;
    char shown[1024];   /* the path as it may be printed */
    cli_escape(path, shown, sizeof shown);
    cli_progress b;
    cli_progress_init(&b, o.dry_run ? _("checking") : _("importing"), shown, progress);
    o.on_problem = on_problem;
    o.problem_ctx = &b;
    if (b.on) {
        o.on_progress = on_progress;
        o.progress_ctx = &b;
    }
    sif_store *st = NULL;
    sif_import_stats stats;
    memset(&stats, 0, sizeof stats);
    sif_status rc = cli_open(cli, 0, &st, &err);
    if (rc == SIF_OK)
        rc = sif_import_file(st, kind, path, &o, &stats, &err);
    sif_store_close(st);
    cli_progress_clear(&b);
    for (size_t i = 0; i < stats.ncontrols; i++) {
        char buf[200];
        if (stats.controls[i].diff_ore == 0)
            continue;
        sif_import_control_format(&stats.controls[i], buf, sizeof buf);
        fprintf(stderr, "sif: %s%s: %s\n", o.control_errors ? "" : _("warning: "), shown, buf);
    }
    if (rc != SIF_OK)
        return cli_fail(&err);
    if (json)
        print_json(&stats, o.dry_run);
    else
        print_table(&stats, o.dry_run);
    return 0;
}

const struct sif_cmd sif_cmd_import = {
    .name = "import",
    .usage = N_("sif import costs|savings|exits|payments|treatment|placements|params|participants|"
             "outcomes|index FILE"
             " [--dry-run] [--control YEAR=AMOUNT|total=AMOUNT ...] [--control-mode warn|error]"
             " [--format csv|xml|xlsx|sie] [--map MAPFILE] [--json] [--progress] [--again --reason TEXT]"),
    .summary = N_("import a file of costs, savings evidence or unit costs, all or nothing"),
    .run = cmd_import_run,
};
