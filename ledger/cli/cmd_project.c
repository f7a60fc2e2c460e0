/* ledger/cli/cmd_project.c — sif project add|list|show. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include "commands.h"

static sif_status do_add(sif_store *st, int64_t batch, void *ctx, int64_t *rows, sif_ore *sum,
                         sif_error *err)
{
    const sif_project *p = ctx;
    *rows = 1;
    *sum = p->has_granted ? p->granted_ore : 0;
    return sif_project_add(st, batch, p, NULL, err);
}

static int project_add(const sif_cli *cli, int argc, char **argv)
{
    static const struct option opts[] = {
        {"name", required_argument, 0, 'n'},   {"committee", required_argument, 0, 'c'},
        {"dnr", required_argument, 0, 'd'},    {"start", required_argument, 0, 's'},
        {"end", required_argument, 0, 'e'},    {"granted", required_argument, 0, 'g'},
        {"fund", required_argument, 0, 'f'},   {"help", no_argument, 0, 'h'},
        {"area", required_argument, 0, 'a'},   {"district", required_argument, 0, 'D'},
        {0, 0, 0, 0},
    };
    sif_project p;
    memset(&p, 0, sizeof p);
    sif_error err;
    sif_error_init(&err);
    const char *name = NULL;
    long y;
    int c;
    optind = 0;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
        switch (c) {
        case 'n': name = optarg; snprintf(p.name, sizeof p.name, "%s", optarg); break;
        case 'c': snprintf(p.committee, sizeof p.committee, "%s", optarg); break;
        case 'd': snprintf(p.dnr, sizeof p.dnr, "%s", optarg); break;
        case 'f': snprintf(p.fund_code, sizeof p.fund_code, "%s", optarg); break;
        case 'a': snprintf(p.area, sizeof p.area, "%s", optarg); break;
        case 'D':
            if (cli_district(&sif_cmd_project, optarg, p.district, sizeof p.district))
                return 64;
            break;
        case 's':
        case 'e':
            if (!cli_int(optarg, 1900, 2999, &y))
                return cli_usage(&sif_cmd_project, "--%s: \"%s\" is not a year",
                                 c == 's' ? "start" : "end", optarg);
            *(c == 's' ? &p.start_year : &p.end_year) = (int)y;
            break;
        case 'g':
            if (sif_ore_parse(optarg, &p.granted_ore, &err) != SIF_OK)
                return cli_fail(&err);
            p.has_granted = true;
            break;
        case 'h':
            return cli_help(&sif_cmd_project,
                            "  --name TEXT       the project's name (required)\n"
                            "  --committee TEXT  the committee that owns it\n"
                            "  --dnr REF         decision reference, e.g. STK-2016-52\n"
                            "  --start YEAR, --end YEAR\n"
                            "  --granted AMOUNT  amount granted by the fund, in kronor\n"
                            "  --fund CODE       the fund (default: SIF)\n"
                            "  --area TEXT       the area it belongs to\n"
                            "  --district TEXT   the district it works in\n");
        default: return cli_bad_option(&sif_cmd_project, c, argv);
        }
    }
    if (argc - optind != 1)
        return cli_usage(&sif_cmd_project, "project add takes one CODE");
    if (name == NULL)
        return cli_usage(&sif_cmd_project, "project add needs --name");
    snprintf(p.code, sizeof p.code, "%s", argv[optind]);
    if (strlen(argv[optind]) >= sizeof p.code || strlen(name) >= sizeof p.name)
        return cli_usage(&sif_cmd_project, "code or name too long");
    return cli_write_run(cli, "entry", do_add, &p);
}

static void json_project(cli_json *j, const sif_project *p)
{
    json_obj(j);
    json_key(j, "code"); json_str(j, p->code);
    json_key(j, "name"); json_str(j, p->name);
    json_key(j, "committee"); json_str(j, p->committee);
    json_key(j, "dnr"); json_str(j, p->dnr);
    json_key(j, "start_year");
    if (p->start_year) json_int(j, p->start_year); else json_null(j);
    json_key(j, "end_year");
    if (p->end_year) json_int(j, p->end_year); else json_null(j);
    json_key(j, "granted_ore");
    if (p->has_granted) json_int(j, p->granted_ore); else json_null(j);
    json_key(j, "fund"); json_str(j, p->fund_code);
    json_key(j, "area"); json_str(j, p->area[0] ? p->area : NULL);
    json_key(j, "district"); json_str(j, p->district[0] ? p->district : NULL);
}

static int list_one(void *ctx, const sif_project *p)
{
    cli_list *l = ctx;
    if (l->j) {
        json_project(l->j, p);
        json_end_obj(l->j);
        return 0;
    }
    cli_table_row(l->t);
    cli_table_cell(l->t, p->code);
    cli_table_cell(l->t, p->name);
    cli_table_cell(l->t, p->committee);
    cli_table_cell(l->t, p->dnr);
    if (p->start_year)
        cli_table_cellf(l->t, "%d–%d", p->start_year, p->end_year ? p->end_year : p->start_year);
    else
        cli_table_cell(l->t, "");
    if (p->has_granted)
        cli_table_money(l->t, p->granted_ore);
    else
        cli_table_cell(l->t, "");
    cli_table_cell(l->t, p->area);
    cli_table_cell(l->t, p->district);
    return 0;
}

static int project_list(const sif_cli *cli, int argc, char **argv)
{
    if (cli_wants_help(argc, argv))
        return cli_help(&sif_cmd_project, "sif project list [--json]: every project, then the\n"
                                          "totals per area, district and committee\n");
    bool json;
    if (cli_read_args(&sif_cmd_project, argc, argv, NULL, 0, &json) < 0)
        return 64;
    sif_error err;
    sif_error_init(&err);
    sif_store *st = NULL;
    if (cli_open(cli, SIF_STORE_READONLY, &st, &err) != SIF_OK)
        return cli_fail(&err);
    static const char *const heads[] = {N_("Code"), N_("Name"), N_("Committee"), N_("Ref."), N_("Year"), N_("Granted"),
                                        N_("Area"), N_("District")};
    cli_list l;
    cli_list_begin(&l, json, 8, heads, "lllllrll");
    sif_status rc = sif_project_list(st, list_one, &l, &err);
    cli_list_end(&l);
    sif_portfolio *pf = NULL;
    if (rc == SIF_OK && !json && (rc = sif_portfolio_build(st, NULL, &pf, &err)) == SIF_OK &&
        pf->total.projects > 0) {
        putchar('\n');
        cli_print_portfolio(pf, stdout);
    }
    sif_portfolio_free(pf);
    sif_store_close(st);
    return rc == SIF_OK ? 0 : cli_fail(&err);
}

static int role_json(void *ctx, const sif_role *r)
{
    cli_json *j = ctx;
    json_obj(j);
    json_key(j, "code"); json_str(j, r->code);
    json_key(j, "title"); json_str(j, r->title);
    json_key(j, "unit"); json_str(j, r->unit_code);
    json_key(j, "fte_milli"); json_int(j, r->fte_milli);
    json_end_obj(j);
    return 0;
}

static int role_print(void *ctx, const sif_role *r)
{
    (void)ctx;
    printf(_("  %-6s %s (%s, %d,%03d FTE)\n"), r->code, r->title, r->unit_code,
           r->fte_milli / 1000, r->fte_milli % 1000);
    return 0;
}

static int project_show(const sif_cli *cli, int argc, char **argv)
{
    if (cli_wants_help(argc, argv))
        return cli_help(&sif_cmd_project, "sif project show CODE [--json]\n");
    bool json;
    const char *code = NULL;
    int n = cli_read_args(&sif_cmd_project, argc, argv, &code, 1, &json);
    if (n < 0)
        return 64;
    if (n != 1)
        return cli_usage(&sif_cmd_project, "project show needs a CODE");
    sif_error err;
    sif_error_init(&err);
    sif_store *st = NULL;
    sif_project p;
    sif_investment *inv = NULL;
    if (cli_open_project(cli, code, &st, &p, &err) != SIF_OK ||
        sif_investment_build(st, code, NULL, &inv, &err) != SIF_OK) {
        sif_store_close(st);
        return cli_fail(&err);
    }
    sif_status rc;
    if (json) {
        cli_json j;
        json_init(&j, stdout);
        json_project(&j, &p);
        json_key(&j, "investment_ore"); json_int(&j, inv->total);
        json_key(&j, "loan_ore"); json_int(&j, inv->fund_total);
        json_key(&j, "roles");
        json_arr(&j);
        rc = sif_role_list(st, p.id, role_json, &j, &err);
        json_end_arr(&j);
        json_end_obj(&j);
        json_done(&j);
    } else {
        char a[48], b[48];
        printf("%s — %s\n", p.code, p.name);
        if (p.committee[0]) printf(_("Committee: %s\n"), p.committee);
        if (p.dnr[0]) printf(_("Ref.: %s\n"), p.dnr);
        if (p.start_year) printf(_("Period: %d–%d\n"), p.start_year, p.end_year);
        if (p.has_granted)
            printf(_("Granted: %s\n"), sif_ore_format(p.granted_ore, a, sizeof a, SIF_FMT_KR));
        if (p.area[0]) printf(_("Area: %s\n"), p.area);
        if (p.district[0]) printf(_("District: %s\n"), p.district);
        printf(_("Fund: %s\n"), p.fund_code);
        printf(_("Investment: %s (of which the fund's loan %s)\n"),
               sif_ore_format(inv->total, a, sizeof a, SIF_FMT_KR),
               sif_ore_format(inv->fund_total, b, sizeof b, SIF_FMT_KR));
        printf("%s\n", _("Roles:"));
        rc = sif_role_list(st, p.id, role_print, NULL, &err);
    }
    sif_investment_free(inv);
    sif_store_close(st);
    return rc == SIF_OK ? 0 : cli_fail(&err);
}

static const struct sif_subcmd subs[] = {
    {"add", N_("sif project add CODE --name TEXT [--committee TEXT] [--dnr REF] [--start YEAR]"
            " [--end YEAR] [--granted AMOUNT] [--fund CODE] [--area TEXT] [--district TEXT]"),
     project_add},
    {"list", N_("sif project list [--json]"), project_list},
    {"show", N_("sif project show CODE [--json]"), project_show},
    {NULL, NULL, NULL},
};

const struct sif_cmd sif_cmd_project = {
    .subs = subs,
    .name = "project",
    .usage = N_("sif project add|list|show ..."),
    .summary = N_("projects (investments) of the fund"),
};
