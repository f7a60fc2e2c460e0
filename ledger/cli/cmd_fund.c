/* ledger/cli/cmd_fund.c — sif fund show|capital|repay: the fund's own books. More
 * sub-commands (fund report) join the table at the end of this file. */
#include <getopt.h>
#include <string.h>
#include "commands.h"
#include "report_args.h"

static void json_group(cli_json *j, const char *key, const sif_portfolio_group *g, bool capital)
{
    json_obj(j);
    json_key(j, key); json_str(j, g->has_name ? g->name : NULL);
    json_key(j, "projects"); json_int(j, g->projects);
    json_key(j, "granted_ore"); json_int(j, g->granted_ore);
    json_key(j, "spent_ore"); json_int(j, g->spent_ore);
    json_key(j, "loan_ore"); json_int(j, g->loan_ore);
    json_key(j, "grant_ore"); json_int(j, g->grant_ore);
    json_key(j, "savings_ore"); json_int(j, g->savings_ore);
    if (capital) {
        json_key(j, "capital_ore"); json_int(j, g->capital_ore);
    }
    json_end_obj(j);
}

static void json_groups(cli_json *j, const char *list, const char *key,
                        const sif_portfolio_group *g, size_t n, bool capital)
{
    json_key(j, list);
    json_arr(j);
    for (size_t i = 0; i < n; i++)
        json_group(j, key, &g[i], capital);
    json_end_arr(j);
}

static void json_books(const sif_fund_books *b, const sif_portfolio *pf)
{
    cli_json j;
    json_init(&j, stdout);
    json_obj(&j);
    json_key(&j, "fund"); json_str(&j, b->fund.code);
    json_key(&j, "name"); json_str(&j, b->fund.name);
    json_key(&j, "capital_ore"); json_int(&j, b->capital_ore);
    json_key(&j, "loans_ore"); json_int(&j, b->loans_ore);
    json_key(&j, "repaid_ore"); json_int(&j, b->repaid_ore);
    json_key(&j, "written_off_ore"); json_int(&j, b->written_off_ore);
    json_key(&j, "outstanding_ore"); json_int(&j, b->outstanding_ore);
    json_key(&j, "balance_ore"); json_int(&j, b->balance_ore);
    json_key(&j, "grants_ore"); json_int(&j, pf->grants_ore);
    json_groups(&j, "by_area", "area", pf->areas, pf->nareas, false);
    json_groups(&j, "by_district", "district", pf->districts, pf->ndistricts, false);
    json_groups(&j, "by_committee", "committee", pf->committees, pf->ncommittees, true);
    json_key(&j, "projects");
    json_arr(&j);
    for (size_t i = 0; i < b->nprojects; i++) {
        const sif_fund_project *p = &b->projects[i];
        json_obj(&j);
        json_key(&j, "code"); json_str(&j, p->code);
        json_key(&j, "name"); json_str(&j, p->name);
        json_key(&j, "loan_ore"); json_int(&j, p->loan_ore);
        json_key(&j, "repaid_ore"); json_int(&j, p->repaid_ore);
        json_key(&j, "written_off_ore"); json_int(&j, p->written_off_ore);
        json_key(&j, "outstanding_ore"); json_int(&j, p->outstanding_ore);
        json_key(&j, "grant_ore"); json_int(&j, p->grant_ore);
        json_end_obj(&j);
    }
    json_end_arr(&j);
    json_key(&j, "years");
    json_arr(&j);
    for (size_t i = 0; i < b->nyears; i++) {
        const sif_fund_year *y = &b->years[i];
        json_obj(&j);
        json_key(&j, "year"); json_int(&j, y->year);
        json_key(&j, "capital_ore"); json_int(&j, y->capital_ore);
        json_key(&j, "lent_ore"); json_int(&j, y->lent_ore);
        json_key(&j, "repaid_ore"); json_int(&j, y->repaid_ore);
        json_key(&j, "written_off_ore"); json_int(&j, y->written_off_ore);
        json_key(&j, "balance_ore"); json_int(&j, y->balance_ore);
        json_key(&j, "outstanding_ore"); json_int(&j, y->outstanding_ore);
        json_key(&j, "granted_ore"); json_int(&j, y->granted_ore);
        json_end_obj(&j);
    }
    json_end_arr(&j);
    json_end_obj(&j);
    json_done(&j);
}

static void print_books(const sif_fund_books *b, const sif_portfolio *pf)
{
    char a[48], c[48], g[48];
    printf("%s — %s\n", b->fund.code, b->fund.name);
    printf(_("Capital: %s   Balance: %s   Grants (not loans): %s\n\n"),
           sif_ore_format(b->capital_ore, a, sizeof a, SIF_FMT_KRONOR | SIF_FMT_KR),
           sif_ore_format(b->balance_ore, c, sizeof c, SIF_FMT_KRONOR | SIF_FMT_KR),
           sif_ore_format(pf->grants_ore, g, sizeof g, SIF_FMT_KRONOR | SIF_FMT_KR));
    cli_table *t = cli_table_new(6);
    static const char *const heads[] = {N_("Project"), N_("Name"), N_("Loan"), N_("Repaid"), N_("Written off"),
                                        N_("Outstanding")};
    for (size_t i = 0; i < 6; i++)
        cli_table_head(t, i, _(heads[i]), i < 2 ? 'l' : 'r');
    for (size_t i = 0; i < b->nprojects; i++) {
        const sif_fund_project *p = &b->projects[i];
        cli_table_row(t);
        cli_table_cell(t, p->code);
        cli_table_cell(t, p->name);
        cli_table_money(t, p->loan_ore);
        cli_table_money(t, p->repaid_ore);
        cli_table_money(t, p->written_off_ore);
        cli_table_money(t, p->outstanding_ore);
    }
    cli_table_rule(t);
    cli_table_row(t);
    cli_table_cell(t, _("Total"));
    cli_table_cell(t, "");
    cli_table_money(t, b->loans_ore);
    cli_table_money(t, b->repaid_ore);
    cli_table_money(t, b->written_off_ore);
    cli_table_money(t, b->outstanding_ore);
    cli_table_print(t, stdout);
    cli_table_free(t);
    putchar('\n');
    static const char *const yheads[] = {N_("Year"), N_("Capital"), N_("Lent"), N_("Repaid"), N_("Written off"),
                                         N_("Balance"), N_("Outstanding")};
    t = cli_table_new(7);
    for (size_t i = 0; i < 7; i++)
        cli_table_head(t, i, _(yheads[i]), i == 0 ? 'l' : 'r');
    for (size_t i = 0; i < b->nyears; i++) {
        const sif_fund_year *y = &b->years[i];
        cli_table_row(t);
        cli_table_cellf(t, "%d", y->year);
        cli_table_money(t, y->capital_ore);
        cli_table_money(t, y->lent_ore);
        cli_table_money(t, y->repaid_ore);
        cli_table_money(t, y->written_off_ore);
        cli_table_money(t, y->balance_ore);
        cli_table_money(t, y->outstanding_ore);
    }
    cli_table_print(t, stdout);
    cli_table_free(t);
    putchar('\n');
    cli_print_portfolio(pf, stdout);
}

static int fund_show(const sif_cli *cli, int argc, char **argv)
{
    if (cli_wants_help(argc, argv))
        return cli_help(&sif_cmd_fund, "sif fund show [FUND] [--json]: capital, loans, repaid,\n"
                                       "written off and outstanding per project, balance per year\n");
    bool json;
    const char *code = NULL;
    if (cli_read_args(&sif_cmd_fund, argc, argv, &code, 1, &json) < 0)
        return 64;
    sif_error err;
    sif_error_init(&err);
    sif_store *st = NULL;
    sif_fund_books *b = NULL;
    sif_portfolio *pf = NULL;
    sif_status rc = cli_open(cli, SIF_STORE_READONLY, &st, &err);
    if (rc == SIF_OK && (rc = sif_read_begin(st, &err)) == SIF_OK) {
        rc = sif_fund_books_build(st, code, &b, &err);
        if (rc == SIF_OK)
            rc = sif_portfolio_build(st, code, &pf, &err);
        sif_read_end(st);
    }
    sif_store_close(st);
    if (rc != SIF_OK) {
        sif_fund_books_free(b);
        return cli_fail(&err);
    }
    if (json)
        json_books(b, pf);
    else
        print_books(b, pf);
    sif_fund_books_free(b);
    sif_portfolio_free(pf);
    return 0;
}

struct money_ctx {
    const char *fund, *project, *note, *committee;
    int year;
    sif_ore amount;
    int64_t id;
};

static sif_status do_capital(sif_store *st, int64_t batch, void *ctx, int64_t *rows,
                             sif_ore *sum, sif_error *err)
{
    struct money_ctx *m = ctx;
    *rows = 1;
    *sum = m->amount;
    return sif_fund_capital_add_for(st, batch, m->fund, m->year, m->amount, m->note, m->committee,
                                    err);
}

static sif_status do_repay(sif_store *st, int64_t batch, void *ctx, int64_t *rows, sif_ore *sum,
                           sif_error *err)
{
    struct money_ctx *m = ctx;
    *rows = 1;
    *sum = m->amount;
    return sif_repayment_add(st, batch, m->project, m->year, m->amount, m->note, &m->id, err);
}

/* sif fund capital YEAR AMOUNT [--fund CODE] [--note TEXT] [--committee TEXT]
 * sif fund repay PROJECT YEAR AMOUNT [--note TEXT] */
static int money_entry(const sif_cli *cli, int argc, char **argv, bool repay)
{
    static const struct option opts[] = {
        {"fund", required_argument, 0, 'f'},
        {"note", required_argument, 0, 'n'},
        {"committee", required_argument, 0, 'c'},
        {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    struct money_ctx m;
    memset(&m, 0, sizeof m);
    int c;
    optind = 0;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
        switch (c) {
        case 'f': m.fund = optarg; break;
        case 'n': m.note = optarg; break;
        case 'c':
            if (repay)
                return cli_usage(&sif_cmd_fund, "--committee is for fund capital");
            m.committee = optarg;
            break;
        case 'h':
            return cli_help(&sif_cmd_fund, repay ? "Records money a project repaid to its fund.\n"
                                                 : N_("Records capital paid into the fund (negative:"
                                                      " taken out).\n"
                                                      "  --committee TEXT  the committee this"
                                                      " capital is set aside for\n"));
        default: return cli_bad_option(&sif_cmd_fund, c, argv);
        }
    }
    int want = repay ? 3 : 2;
    if (argc - optind != want)
        return cli_usage(&sif_cmd_fund, repay ? "fund repay takes PROJECT YEAR AMOUNT"
                                              : "fund capital takes YEAR AMOUNT");
    char **pos = argv + optind;
    if (repay)
        m.project = *pos++;
    long y;
    if (!cli_int(pos[0], 1900, 2999, &y))
        return cli_usage(&sif_cmd_fund, "\"%s\" is not a year", pos[0]);
    m.year = (int)y;
    sif_error err;
    sif_error_init(&err);
    if (sif_ore_parse(pos[1], &m.amount, &err) != SIF_OK) {
        snprintf(err.file, sizeof err.file, "%s", _("argument AMOUNT"));
        return cli_fail(&err);
    }
    int status = cli_write_run(cli, "entry", repay ? do_repay : do_capital, &m);
    if (status != 0)
        return status;
    if (repay)
        printf("%lld\n", (long long)m.id);
    return 0;
}

static int fund_capital(const sif_cli *cli, int argc, char **argv)
{
    return money_entry(cli, argc, argv, false);
}

static int fund_repay(const sif_cli *cli, int argc, char **argv)
{
    return money_entry(cli, argc, argv, true);
}

/* sif fund report [FUND] --xlsx FILE --xml FILE [--lang sv|en] [--force] */
static int fund_report(const sif_cli *cli, int argc, char **argv)
{
    sif_report_opts o;
    int first;
    int done = cli_report_args(&sif_cmd_fund,
                               "sif fund report [FUND] --xlsx FILE --xml FILE [--lang sv|en] [--force]\n"
                               "Every project of the fund side by side and the fund's balance\n"
                               "over the years, as a workbook and/or XML\n"
                               "(templates/sif-fund-report-2.xsd).\n",
                               argc, argv, &o, &first, NULL);
    if (done >= 0)
        return done;
    if (argc - first > 1)
        return cli_usage(&sif_cmd_fund, "fund report takes at most one FUND");
    sif_error err;
    sif_error_init(&err);
    sif_store *st = NULL;
    sif_status rc = cli_open(cli, SIF_STORE_READONLY, &st, &err);
    if (rc == SIF_OK)
        rc = sif_fund_report_write(st, argc > first ? argv[first] : NULL, &o, &err);
    sif_store_close(st);
    return rc == SIF_OK ? 0 : cli_fail(&err);
}

static const struct sif_subcmd subs[] = {
    {"show", N_("sif fund show [FUND] [--json]"), fund_show},
    {"capital", N_("sif fund capital YEAR AMOUNT [--fund CODE] [--note TEXT] [--committee TEXT]"),
     fund_capital},
    {"repay", N_("sif fund repay PROJECT YEAR AMOUNT [--note TEXT]"), fund_repay},
    {"report", N_("sif fund report [FUND] --xlsx FILE --xml FILE [--lang sv|en] [--force]"), fund_report},
    {NULL, NULL, NULL},
};

const struct sif_cmd sif_cmd_fund = {
    .subs = subs,
    .name = "fund",
    .usage = N_("sif fund show|capital|repay|report ..."),
    .summary = N_("the fund's own books: capital, loans, repayments, write-offs"),
};
