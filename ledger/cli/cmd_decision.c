/* ledger/cli/cmd_decision.c — sif decision add|list: decisions on repayment. */
#include <getopt.h>
#include <string.h>
#include "commands.h"

struct add_ctx {
    const char *project;
    sif_decision d;
    int64_t id;
};

static sif_status do_add(sif_store *st, int64_t batch, void *ctx, int64_t *rows, sif_ore *sum,
                         sif_error *err)
{
    struct add_ctx *a = ctx;
    *rows = 1;
    (void)sum;
    return sif_decision_add(st, batch, a->project, &a->d, &a->id, err);
}

static bool copy(char *dst, size_t size, const char *src)
{
    return (size_t)snprintf(dst, size, "%s", src) < size;
}

static int decision_add(const sif_cli *cli, int argc, char **argv)
{
    static const struct option opts[] = {
        {"kind", required_argument, 0, 'k'},     {"date", required_argument, 0, 'd'},
        {"body", required_argument, 0, 'b'},     {"reference", required_argument, 0, 'r'},
        {"text", required_argument, 0, 't'},     {"percent", required_argument, 0, 'p'},
        {"years", required_argument, 0, 'y'},    {"first-year", required_argument, 0, 'f'},
        {"draft", no_argument, 0, 'D'},          {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    struct add_ctx a;
    memset(&a, 0, sizeof a);
    sif_decision_init(&a.d);
    sif_error err;
    sif_error_init(&err);
    bool fits = true, has_percent = false;
    long v;
    int c;
    optind = 0;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
        switch (c) {
        case 'k': fits &= copy(a.d.kind, sizeof a.d.kind, optarg); break;
        case 'd': fits &= copy(a.d.date, sizeof a.d.date, optarg); break;
        case 'b': fits &= copy(a.d.body, sizeof a.d.body, optarg); break;
        case 'r': fits &= copy(a.d.reference, sizeof a.d.reference, optarg); break;
        case 't': fits &= copy(a.d.text, sizeof a.d.text, optarg); break;
        case 'D': a.d.draft = true; break;
        case 'p':
            if (sif_percent_parse(optarg, &a.d.percent_bp, &err) != SIF_OK)
                return cli_usage(&sif_cmd_decision, "--percent: %s", err.msg);
            has_percent = true;
            break;
        case 'y':
            if (!cli_int(optarg, 1, 100, &v))
                return cli_usage(&sif_cmd_decision, "--years: \"%s\" is not 1..100", optarg);
            a.d.years = (int)v;
            break;
        case 'f':
            if (!cli_int(optarg, 1900, 2999, &v))
                return cli_usage(&sif_cmd_decision, "--first-year: \"%s\" is not a year", optarg);
            a.d.first_year = (int)v;
            break;
        case 'h':
            return cli_help(&sif_cmd_decision,
                            "  --kind waive|partial|reschedule   what was decided (required)\n"
                            "  --date YYYY-MM-DD                 when (required)\n"
                            "  --body TEXT                       who, e.g. Kommunstyrelsen (required)\n"
                            "  --reference REF                   dnr, e.g. STK-2016-52 (required\n"
                            "                                    unless --draft; a decision is\n"
                            "                                    recorded once per kind and dnr)\n"
                            "  --text TEXT                       the decision's wording\n"
                            "  --percent P                       partial: share of the loan repaid\n"
                            "  --years N, --first-year Y         reschedule: the new schedule\n"
                            "  --draft                           a proposal: shown, changes nothing\n"
                            "A recorded waive or partial writes the remainder off in the fund's books.\n");
        default: return cli_bad_option(&sif_cmd_decision, c, argv);
        }
    }
    if (argc - optind != 1)
        return cli_usage(&sif_cmd_decision, "decision add takes one PROJECT");
    if (!fits)
        return cli_usage(&sif_cmd_decision, "an option's text is too long");
    if (a.d.kind[0] == '\0' || a.d.date[0] == '\0' || a.d.body[0] == '\0')
        return cli_usage(&sif_cmd_decision, "decision add needs --kind, --date and --body");
    if (strcmp(a.d.kind, "partial") == 0 && !has_percent)
        return cli_usage(&sif_cmd_decision, "a partial decision needs --percent");
    if (a.d.reference[0] == '\0' && !a.d.draft)
        return cli_usage(&sif_cmd_decision, "a recorded decision needs --reference REF (its dnr); "
                         "a proposal is a --draft");
    a.project = argv[optind];
    return cli_write_print_id(cli, "entry", do_add, &a, &a.id);
}

static int list_one(void *ctx, const sif_decision *d)
{
    cli_list *l = ctx;
    if (l->j) {
        cli_json *j = l->j;
        json_obj(j);
        json_key(j, "id"); json_int(j, d->id);
        json_key(j, "project"); json_str(j, d->project_code);
        json_key(j, "date"); json_str(j, d->date);
        json_key(j, "body"); json_str(j, d->body);
        json_key(j, "reference"); json_str(j, d->reference);
        json_key(j, "kind"); json_str(j, d->kind);
        json_key(j, "percent_bp");
        if (strcmp(d->kind, "partial") == 0) json_int(j, d->percent_bp); else json_null(j);
        json_key(j, "years");
        if (d->years) json_int(j, d->years); else json_null(j);
        json_key(j, "first_year");
        if (d->first_year) json_int(j, d->first_year); else json_null(j);
        json_key(j, "draft"); json_bool(j, d->draft);
        json_key(j, "text"); json_str(j, d->text);
        json_key(j, "written_off_ore"); json_int(j, d->written_off_ore);
        json_key(j, "batch"); json_int(j, d->batch_id);
        json_key(j, "user"); json_str(j, d->user);
        json_key(j, "at"); json_str(j, d->at);
        json_end_obj(j);
        return 0;
    }
    static const char *const kinds[][2] = {
        {"waive", N_("requirement waived")}, {"partial", N_("partial repayment")},
        {"reschedule", N_("new plan")}};
    const char *kind = d->kind;
    for (size_t i = 0; i < 3; i++)
        if (strcmp(kinds[i][0], d->kind) == 0)
            kind = _(kinds[i][1]);
    cli_table_row(l->t);
    cli_table_cellf(l->t, "%lld", (long long)d->id);
    cli_table_cell(l->t, d->project_code);
    cli_table_cell(l->t, d->date);
    cli_table_cell(l->t, d->body);
    cli_table_cell(l->t, d->reference);
    if (strcmp(d->kind, "partial") == 0) {
        char pct[32];
        sif_ratio r = {d->percent_bp, SIF_BP_WHOLE};
        cli_table_cellf(l->t, "%s %s", kind, sif_ratio_format(r, pct, sizeof pct));
    } else {
        cli_table_cell(l->t, kind);
    }
    cli_table_cell(l->t, d->draft ? _("proposal") : _("decided"));
    cli_table_money(l->t, d->written_off_ore);
    return 0;
}

static int decision_list(const sif_cli *cli, int argc, char **argv)
{
    if (cli_wants_help(argc, argv))
        return cli_help(&sif_cmd_decision, "sif decision list [PROJECT] [--json]\n");
    bool json;
    const char *code = NULL;
    if (cli_read_args(&sif_cmd_decision, argc, argv, &code, 1, &json) < 0)
        return 64;
    sif_error err;
    sif_error_init(&err);
    sif_store *st = NULL;
    if (cli_open(cli, SIF_STORE_READONLY, &st, &err) != SIF_OK)
        return cli_fail(&err);
    sif_project p;
    if (code && sif_project_find(st, code, &p, &err) != SIF_OK) {
        sif_store_close(st);
        return cli_fail(&err);
    }
    static const char *const heads[] = {N_("Id"), N_("Project"), N_("Date"), N_("Body"), N_("Ref."), N_("Decision"),
                                        N_("Status"), N_("Written off")};
    cli_list l;
    cli_list_begin(&l, json, 8, heads, "rllllllr");
    sif_status rc = sif_decision_list(st, code, list_one, &l, &err);
    cli_list_end(&l);
    sif_store_close(st);
    return rc == SIF_OK ? 0 : cli_fail(&err);
}

static const struct sif_subcmd subs[] = {
    {"add", N_("sif decision add PROJECT --kind waive|partial|reschedule --date YYYY-MM-DD"
            " --body TEXT [--reference REF] [--text TEXT] [--percent P] [--years N]"
            " [--first-year Y] [--draft]"), decision_add},
    {"list", N_("sif decision list [PROJECT] [--json]"), decision_list},
    {NULL, NULL, NULL},
};

const struct sif_cmd sif_cmd_decision = {
    .subs = subs,
    .name = "decision",
    .usage = N_("sif decision add|list ..."),
    .summary = N_("decisions on repayment: waive, partial, reschedule"),
};
