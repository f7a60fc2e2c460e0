/* ledger/cli/cmd_rule.c — sif rule set|show: a project's repayment rule. */
#include <getopt.h>
#include <string.h>
#include "commands.h"

struct set_ctx {
    const char *project;
    sif_rule rule;
};

static sif_status do_set(sif_store *st, int64_t batch, void *ctx, int64_t *rows, sif_ore *sum,
                         sif_error *err)
{
    struct set_ctx *a = ctx;
    *rows = 1;
    (void)sum;
    return sif_rule_set(st, batch, a->project, &a->rule, err);
}

static int rule_set(const sif_cli *cli, int argc, char **argv)
{
    static const struct option opts[] = {
        {"years", required_argument, 0, 'y'},   {"first-year", required_argument, 0, 'f'},
        {"cash", required_argument, 0, 'c'},    {"partial", required_argument, 0, 'p'},
        {"help", no_argument, 0, 'h'},          {0, 0, 0, 0},
    };
    const char *years = NULL, *first = NULL, *cash = NULL, *partial = NULL;
    int c;
    optind = 0;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
        switch (c) {
        case 'y': years = optarg; break;
        case 'f': first = optarg; break;
        case 'c': cash = optarg; break;
        case 'p': partial = optarg; break;
        case 'h':
            return cli_help(&sif_cmd_rule,
                            "Sets the rule from the project's current one (or the defaults):\n"
                            "  --years N          equal instalments in the full scenario (default 5)\n"
                            "  --first-year Y     first repayment year (default: after the project)\n"
                            "  --cash LIST        cashable share per category, e.g.\n"
                            "                     benefit=0,treatment=0,placement=100 %,other=1\n"
                            "                     (a comma between two digits is a decimal comma)\n"
                            "  --partial SHARE    share of the loan repaid in partial (default 50 %)\n"
                            "A share is written 50 %, 0,5, 0.5 or 1/2; a bare number above 1 is\n"
                            "refused.\n");
        default: return cli_bad_option(&sif_cmd_rule, c, argv);
        }
    }
    if (argc - optind != 1)
        return cli_usage(&sif_cmd_rule, "rule set takes one PROJECT");
    struct set_ctx a;
    a.project = argv[optind];
    sif_error err;
    sif_error_init(&err);
    sif_store *st = NULL;
    long v;
    sif_status rc = cli_open(cli, 0, &st, &err);
    if (rc == SIF_OK)
        rc = sif_rule_get(st, a.project, &a.rule, &err);
    if (rc != SIF_OK)
        goto out;
    if (years && !cli_int(years, 1, 100, &v)) {
        sif_store_close(st);
        return cli_usage(&sif_cmd_rule, "--years: \"%s\" is not 1..100", years);
    }
    if (years)
        a.rule.years = (int)v;
    if (first && !cli_int(first, 1900, 2999, &v)) {
        sif_store_close(st);
        return cli_usage(&sif_cmd_rule, "--first-year: \"%s\" is not a year", first);
    }
    if (first)
        a.rule.first_year = (int)v;
    if ((cash && (rc = sif_rule_parse_cash(cash, &a.rule, &err)) != SIF_OK) ||
        (partial && (rc = sif_share_parse_bp(partial, "--partial", &a.rule.partial_bp, &err)) !=
                        SIF_OK))
        goto out;
    rc = cli_write(st, "entry", do_set, &a, &err);
out:
    sif_store_close(st);
    return rc == SIF_OK ? 0 : cli_fail(&err);
}

/* "label   value", the label padded to 32 characters (not bytes: "försörjningsstöd"). */
static void print_line(const char *label, const char *value)
{
    int n = 0;
    for (const char *c = label; *c; c++)
        n += ((unsigned char)*c & 0xC0) != 0x80;
    printf("%s%*s%s\n", label, n < 32 ? 32 - n : 1, "", value);
}

static void print_bp(const char *what, int bp)
{
    sif_ratio r = {bp, SIF_BP_WHOLE};
    char buf[32];
    print_line(_(what), sif_ratio_format(r, buf, sizeof buf));
}

static int rule_show(const sif_cli *cli, int argc, char **argv)
{
    if (cli_wants_help(argc, argv))
        return cli_help(&sif_cmd_rule, "sif rule show PROJECT [--json]\n");
    bool json;
    const char *code = NULL;
    int n = cli_read_args(&sif_cmd_rule, argc, argv, &code, 1, &json);
    if (n < 0)
        return 64;
    if (n != 1)
        return cli_usage(&sif_cmd_rule, "rule show takes one PROJECT");
    sif_error err;
    sif_error_init(&err);
    sif_store *st = NULL;
    sif_rule r;
    if (cli_open(cli, SIF_STORE_READONLY, &st, &err) != SIF_OK ||
        sif_rule_get(st, code, &r, &err) != SIF_OK) {
        sif_store_close(st);
        return cli_fail(&err);
    }
    sif_store_close(st);
    if (json) {
        cli_json j;
        json_init(&j, stdout);
        json_obj(&j);
        json_key(&j, "project"); json_str(&j, code);
        json_key(&j, "stored"); json_bool(&j, r.stored);
        json_key(&j, "years"); json_int(&j, r.years);
        json_key(&j, "first_year");
        if (r.first_year) json_int(&j, r.first_year); else json_null(&j);
        json_key(&j, "cash_bp");
        json_obj(&j);
        json_key(&j, "benefit"); json_int(&j, r.cash_benefit_bp);
        json_key(&j, "treatment"); json_int(&j, r.cash_treatment_bp);
        json_key(&j, "placement"); json_int(&j, r.cash_placement_bp);
        json_key(&j, "other"); json_int(&j, r.cash_other_bp);
        json_end_obj(&j);
        json_key(&j, "partial_bp"); json_int(&j, r.partial_bp);
        json_end_obj(&j);
        json_done(&j);
        return 0;
    }
    printf(r.stored ? _("Repayment rule of %s\n") : _("Repayment rule of %s (default)\n"), code);
    char num[16];
    snprintf(num, sizeof num, "%d", r.years);
    print_line(_("Years"), num);
    snprintf(num, sizeof num, "%d", r.first_year);
    print_line(_("First year"), r.first_year ? num : _("the year after the project"));
    print_bp(N_("Cashable share of benefit"), r.cash_benefit_bp);
    print_bp(N_("Cashable share of treatment"), r.cash_treatment_bp);
    print_bp(N_("Cashable share of placements"), r.cash_placement_bp);
    print_bp(N_("Cashable share of other"), r.cash_other_bp);
    print_bp(N_("Partial repayment"), r.partial_bp);
    return 0;
}

static const struct sif_subcmd subs[] = {
    {"set", N_("sif rule set PROJECT [--years N] [--first-year Y] [--cash CATEGORY=SHARE,...]"
            " [--partial SHARE]"), rule_set},
    {"show", N_("sif rule show PROJECT [--json]"), rule_show},
    {NULL, NULL, NULL},
};

const struct sif_cmd sif_cmd_rule = {
    .subs = subs,
    .name = "rule",
    .usage = N_("sif rule set|show ..."),
    .summary = N_("a project's repayment rule: years, first year, cashable shares"),
};
