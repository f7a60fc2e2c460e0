/* ledger/cli/cmd_cost.c — sif cost add|list|reverse|control: investment costs. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include "commands.h"

struct add_ctx {
    const char *project, *role, *funding, *note;
    int year, month;
    sif_ore amount;
    int64_t id;
};

static sif_status do_add(sif_store *st, int64_t batch, void *ctx, int64_t *rows, sif_ore *sum,
                         sif_error *err)
{
    struct add_ctx *a = ctx;
    *rows = 1;
    *sum = a->amount;
    return sif_cost_add(st, batch, a->project, a->role, a->year, a->month, a->amount, a->funding,
                        a->note, &a->id, err);
}

static int cost_add(const sif_cli *cli, int argc, char **argv)
{
    static const struct option opts[] = {
        {"funding", required_argument, 0, 'f'},
        {"note", required_argument, 0, 'n'},
        {"month", required_argument, 0, 'm'},
        {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    struct add_ctx a;
    memset(&a, 0, sizeof a);
    long v;
    int c;
    optind = 0;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "+:h", opts, NULL)) != -1) {
        switch (c) {
        case 'f': a.funding = optarg; break;
        case 'n': a.note = optarg; break;
        case 'm':
            if (!cli_int(optarg, 1, 12, &v))
                return cli_usage(&sif_cmd_cost, "--month: \"%s\" is not a month", optarg);
            a.month = (int)v;
            break;
        case 'h':
            return cli_help(&sif_cmd_cost,
                            "AMOUNT is in kronor: 1050679, \"1 050 679\", \"1 050 679,50 kr\".\n"
                            "  --funding fund|grant|esf|other:NAME  who paid (default fund: the loan;\n"
                            "                 grant: fund money that is not a loan)\n"
                            "  --note TEXT                    why, from where\n"
                            "  --month M                      a month's cost rather than the year's\n");
        default: return cli_bad_option(&sif_cmd_cost, c, argv);
        }
    }
    /* options may also follow the positionals */
    const char *pos[4];
    int npos = 0;
    bool dashdash = false;
    for (int i = optind; i < argc; i++) {
        if (!dashdash && strcmp(argv[i], "--") == 0) {
            dashdash = true;
        } else if (!dashdash && strncmp(argv[i], "--", 2) == 0) {
            const char *key = argv[i], *eq = strchr(key, '=');
            size_t klen = eq ? (size_t)(eq - key) : strlen(key);
            if (!(klen == 9 && strncmp(key, "--funding", 9) == 0) &&
                !(klen == 6 && strncmp(key, "--note", 6) == 0) &&
                !(klen == 7 && strncmp(key, "--month", 7) == 0))
                return cli_usage(&sif_cmd_cost, _("unknown option %.*s"), (int)klen, key);
            const char *val = eq ? eq + 1 : (i + 1 < argc ? argv[++i] : NULL);
            if (val == NULL)
                return cli_usage(&sif_cmd_cost, _("%s needs a value"), key);
            if (klen == 9 && strncmp(key, "--funding", 9) == 0)
                a.funding = val;
            else if (klen == 6 && strncmp(key, "--note", 6) == 0)
                a.note = val;
            else if (klen == 7 && strncmp(key, "--month", 7) == 0) {
                if (!cli_int(val, 1, 12, &v))
                    return cli_usage(&sif_cmd_cost, "--month: \"%s\" is not a month", val);
                a.month = (int)v;
            } else
                return cli_usage(&sif_cmd_cost, "unknown option %.*s", (int)klen, key);
        } else if (npos < 4) {
            pos[npos++] = argv[i];
        } else {
            return cli_usage(&sif_cmd_cost, "unexpected argument %s", argv[i]);
        }
    }
    if (npos != 4)
        return cli_usage(&sif_cmd_cost, "cost add takes PROJECT ROLE YEAR AMOUNT");
    a.project = pos[0];
    a.role = pos[1];
    sif_error err;
    sif_error_init(&err);
    /* the same checks, in the same order and words, as sif serve's cost form */
    if (sif_year_parse(pos[2], &a.year, &err) != SIF_OK)
        return cli_usage(&sif_cmd_cost, "%s", err.msg);
    if (sif_ore_parse(pos[3], &a.amount, &err) != SIF_OK) {
        snprintf(err.file, sizeof err.file, "%s", _("argument AMOUNT"));
        err.line = 0;
        return cli_fail(&err);
    }
    return cli_write_print_id(cli, "entry", do_add, &a, &a.id);
}

struct rev_ctx {
    int64_t id, new_id;
    const char *reason;
};

static sif_status do_reverse(sif_store *st, int64_t batch, void *ctx, int64_t *rows,
                             sif_ore *sum, sif_error *err)
{
    struct rev_ctx *r = ctx;
    *rows = 1;
    (void)sum;
    return sif_cost_reverse(st, batch, r->id, r->reason, &r->new_id, err);
}

static int cost_reverse(const sif_cli *cli, int argc, char **argv)
{
    static const struct option opts[] = {
        {"reason", required_argument, 0, 'r'},
        {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    struct rev_ctx r = {0, 0, NULL};
    long v;
    int c;
    optind = 0;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
        switch (c) {
        case 'r': r.reason = optarg; break;
        case 'h': return cli_help(&sif_cmd_cost, "Writes an entry of the opposite amount that refers to"
                                                 " entry ID.\n  --reason TEXT  why (required)\n");
        default: return cli_bad_option(&sif_cmd_cost, c, argv);
        }
    }
    if (argc - optind != 1 || !cli_int(argv[optind], 1, 0x7fffffffL, &v))
        return cli_usage(&sif_cmd_cost, "cost reverse takes an entry ID");
    if (r.reason == NULL || r.reason[0] == '\0')
        return cli_usage(&sif_cmd_cost, "cost reverse needs --reason TEXT");
    r.id = v;
    return cli_write_print_id(cli, "entry", do_reverse, &r, &r.new_id);
}

struct ctl_ctx {
    const char *project, *scope, *role, *note;
    int year;
    sif_ore printed;
};

static sif_status do_control(sif_store *st, int64_t batch, void *ctx, int64_t *rows,
                             sif_ore *sum, sif_error *err)
{
    struct ctl_ctx *k = ctx;
    *rows = 1;
    (void)sum;
    return sif_control_add(st, batch, k->project, k->scope, k->year, k->role, k->printed,
                           k->note, err);
}

static int cost_control(const sif_cli *cli, int argc, char **argv)
{
    static const struct option opts[] = {
        {"year", required_argument, 0, 'y'},
        {"role", required_argument, 0, 'r'},
        {"total", no_argument, 0, 't'},
        {"note", required_argument, 0, 'n'},
        {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    struct ctl_ctx k = {NULL, NULL, NULL, NULL, 0, 0};
    long v;
    int c;
    optind = 0;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
        switch (c) {
        case 'y':
            if (!cli_int(optarg, 1900, 2999, &v))
                return cli_usage(&sif_cmd_cost, "--year: \"%s\" is not a year", optarg);
            k.year = (int)v;
            k.scope = "year";
            break;
        case 'r': k.role = optarg; k.scope = "role"; break;
        case 't': k.scope = "total"; break;
        case 'n': k.note = optarg; break;
        case 'h': return cli_help(&sif_cmd_cost, "Records a total printed in a source, to compare with"
                                                 " the ledger's own sum.\n"
                                                 "  --year YEAR | --role ROLE | --total\n");
        default: return cli_bad_option(&sif_cmd_cost, c, argv);
        }
    }
    if (argc - optind != 2 || k.scope == NULL)
        return cli_usage(&sif_cmd_cost, "cost control takes PROJECT AMOUNT and --year, --role or --total");
    k.project = argv[optind];
    sif_error err;
    sif_error_init(&err);
    if (sif_ore_parse(argv[optind + 1], &k.printed, &err) != SIF_OK)
        return cli_fail(&err);
    return cli_write_run(cli, "entry", do_control, &k);
}

/* ---- list ---- */

static void json_investment(const sif_investment *inv, const char *code)
{
    cli_json j;
    json_init(&j, stdout);
    json_obj(&j);
    json_key(&j, "project"); json_str(&j, code);
    json_key(&j, "years");
    json_arr(&j);
    for (size_t y = 0; y < inv->nyears; y++)
        json_int(&j, inv->years[y]);
    json_end_arr(&j);
    json_key(&j, "roles");
    json_arr(&j);
    for (size_t r = 0; r < inv->nroles; r++) {
        json_obj(&j);
        json_key(&j, "code"); json_str(&j, inv->roles[r].code);
        json_key(&j, "title"); json_str(&j, inv->roles[r].title);
        json_key(&j, "by_year_ore");
        json_obj(&j);
        for (size_t y = 0; y < inv->nyears; y++) {
            char k[16];
            snprintf(k, sizeof k, "%d", inv->years[y]);
            json_key(&j, k);
            json_int(&j, inv->cells[r * inv->nyears + y]);
        }
        json_end_obj(&j);
        json_key(&j, "total_ore"); json_int(&j, inv->role_totals[r]);
        json_end_obj(&j);
    }
    json_end_arr(&j);
    json_key(&j, "year_totals_ore");
    json_obj(&j);
    for (size_t y = 0; y < inv->nyears; y++) {
        char k[16];
        snprintf(k, sizeof k, "%d", inv->years[y]);
        json_key(&j, k);
        json_int(&j, inv->year_totals[y]);
    }
    json_end_obj(&j);
    json_key(&j, "total_ore"); json_int(&j, inv->total);
    json_key(&j, "funding_ore");
    json_obj(&j);
    for (size_t i = 0; i < inv->nfunding; i++) {
        json_key(&j, inv->funding[i]);
        json_int(&j, inv->funding_totals[i]);
    }
    json_end_obj(&j);
    json_key(&j, "controls");
    json_arr(&j);
    for (size_t i = 0; i < inv->ncontrols; i++) {
        const sif_control *c = &inv->controls[i];
        json_obj(&j);
        json_key(&j, "scope"); json_str(&j, c->scope);
        json_key(&j, "year");
        if (c->year) json_int(&j, c->year); else json_null(&j);
        json_key(&j, "role");
        if (c->role_code[0]) json_str(&j, c->role_code); else json_null(&j);
        json_key(&j, "printed_ore"); json_int(&j, c->printed_ore);
        json_key(&j, "computed_ore"); json_int(&j, c->computed_ore);
        json_key(&j, "diff_ore"); json_int(&j, c->diff_ore);
        json_end_obj(&j);
    }
    json_end_arr(&j);
    json_end_obj(&j);
    json_done(&j);
}

static int entry_one(void *ctx, const sif_cost *c)
{
    cli_list *e = ctx;
    if (e->j) {
        json_obj(e->j);
        json_key(e->j, "id"); json_int(e->j, c->id);
        json_key(e->j, "role"); json_str(e->j, c->role_code);
        json_key(e->j, "year"); json_int(e->j, c->year);
        json_key(e->j, "month");
        if (c->month) json_int(e->j, c->month); else json_null(e->j);
        json_key(e->j, "amount_ore"); json_int(e->j, c->amount_ore);
        json_key(e->j, "funding"); json_str(e->j, c->funding);
        json_key(e->j, "note"); json_str(e->j, c->note);
        json_key(e->j, "reverses");
        if (c->reverses) json_int(e->j, c->reverses); else json_null(e->j);
        json_key(e->j, "reversed_by");
        if (c->reversed_by) json_int(e->j, c->reversed_by); else json_null(e->j);
        json_key(e->j, "reason"); json_str(e->j, c->reason);
        json_key(e->j, "batch"); json_int(e->j, c->batch_id);
        json_key(e->j, "user"); json_str(e->j, c->user);
        json_key(e->j, "at"); json_str(e->j, c->at);
        json_end_obj(e->j);
        return 0;
    }
    cli_table_row(e->t);
    cli_table_cellf(e->t, "%lld", (long long)c->id);
    cli_table_cell(e->t, c->role_code);
    if (c->month)
        cli_table_cellf(e->t, "%d-%02d", c->year, c->month);
    else
        cli_table_cellf(e->t, "%d", c->year);
    cli_table_money(e->t, c->amount_ore);
    char src[96];
    cli_table_cell(e->t, sif_funding_label(c->funding, src, sizeof src));
    if (c->reverses)
        cli_table_cellf(e->t, _("reverses %lld: %s"), (long long)c->reverses, c->reason);
    else if (c->reversed_by)
        cli_table_cellf(e->t, _("%s (reversed by %lld)"), c->note, (long long)c->reversed_by);
    else
        cli_table_cell(e->t, c->note);
    cli_table_cell(e->t, c->user);
    cli_table_cell(e->t, c->at);
    return 0;
}

static int cost_list(const sif_cli *cli, int argc, char **argv)
{
    if (cli_wants_help(argc, argv))
        return cli_help(&sif_cmd_cost, "sif cost list PROJECT [--entries] [--funding SRC] [--json]\n"
                                       "The role × year table with totals and control totals;\n"
                                       "--entries lists every entry with who entered it and when.\n");
    bool json = false, entries = false;
    const char *code = NULL, *funding = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--json") == 0)
            json = true;
        else if (strcmp(argv[i], "--entries") == 0)
            entries = true;
        else if (strcmp(argv[i], "--funding") == 0 && i + 1 < argc)
            funding = argv[++i];
        else if (argv[i][0] == '-')
            return cli_usage(&sif_cmd_cost, "unknown option %s", argv[i]);
        else if (code == NULL)
            code = argv[i];
        else
            return cli_usage(&sif_cmd_cost, "unexpected argument %s", argv[i]);
    }
    if (code == NULL)
        return cli_usage(&sif_cmd_cost, "cost list takes PROJECT");
    sif_error err;
    sif_error_init(&err);
    sif_store *st = NULL;
    sif_project p;
    if (cli_open_project(cli, code, &st, &p, &err) != SIF_OK)
        goto fail;
    if (entries) {
        static const char *const heads[] = {N_("Id"), N_("Role"), N_("Year"), N_("Amount"), N_("Funding"),
                                            N_("Note"), N_("By"), N_("When")};
        cli_list e;
        cli_list_begin(&e, json, 8, heads, "rllrllll");
        sif_status rc = sif_cost_list(st, code, entry_one, &e, &err);
        cli_list_end(&e);
        if (rc != SIF_OK)
            goto fail;
    } else {
        sif_investment *inv;
        if (sif_investment_build(st, code, funding, &inv, &err) != SIF_OK)
            goto fail;
        if (json) {
            json_investment(inv, p.code);
        } else {
            cli_print_investment(&p, inv);
            /* an empty table is an answer, but say so: the source may be misspelt */
            if (funding && inv->nfunding == 0)
                fprintf(stderr, _("sif: %s has no costs funded by %s ('sif cost list %s' shows "
                                  "every source)\n"), p.code, funding, p.code);
        }
        sif_investment_free(inv);
    }
    sif_store_close(st);
    return 0;
fail:
    sif_store_close(st);
    return cli_fail(&err);
}

static const struct sif_subcmd subs[] = {
    {"add", N_("sif cost add PROJECT ROLE YEAR AMOUNT [--funding fund|grant|esf|other:NAME] [--note TEXT]"
            " [--month M]"), cost_add},
    {"list", N_("sif cost list PROJECT [--entries] [--funding SRC] [--json]"), cost_list},
    {"reverse", N_("sif cost reverse ID --reason TEXT"), cost_reverse},
    {"control", N_("sif cost control PROJECT AMOUNT --year YEAR|--role ROLE|--total [--note TEXT]"),
     cost_control},
    {NULL, NULL, NULL},
};

const struct sif_cmd sif_cmd_cost = {
    .subs = subs,
    .name = "cost",
    .usage = N_("sif cost add|list|reverse|control ..."),
    .summary = N_("investment costs per role and year"),
};
