/* ledger/cli/cmd_role.c — sif role add|list: the posts of a project. */
#include <getopt.h>
#include <string.h>
#include "commands.h"

struct add_ctx {
    const char *project;
    sif_role role;
};

static sif_status do_add(sif_store *st, int64_t batch, void *ctx, int64_t *rows, sif_ore *sum,
                         sif_error *err)
{
    struct add_ctx *a = ctx;
    *rows = 1;
    (void)sum;
    return sif_role_add(st, batch, a->project, &a->role, NULL, err);
}

static int role_add(const sif_cli *cli, int argc, char **argv)
{
    static const struct option opts[] = {
        {"unit", required_argument, 0, 'u'},
        {"title", required_argument, 0, 't'},
        {"fte", required_argument, 0, 'f'},
        {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    struct add_ctx a;
    memset(&a, 0, sizeof a);
    a.role.fte_milli = SIF_ROLE_FTE_DEFAULT;
    bool unit = false, title = false;
    int c;
    optind = 0;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
        switch (c) {
        case 'u': unit = true; snprintf(a.role.unit_code, sizeof a.role.unit_code, "%s", optarg); break;
        case 't': title = true; snprintf(a.role.title, sizeof a.role.title, "%s", optarg); break;
        case 'f':
            if (!cli_fte(optarg, &a.role.fte_milli))
                return cli_usage(&sif_cmd_role, "--fte: \"%s\" is not a number of posts", optarg);
            break;
        case 'h': return cli_help(&sif_cmd_role, "  --unit UNIT   where the post is carried\n"
                                                 "  --title TEXT  e.g. \"2 social workers, outpatient care\"\n"
                                                 "  --fte N       full-time equivalents (default 1)\n");
        default: return cli_bad_option(&sif_cmd_role, c, argv);
        }
    }
    if (argc - optind != 2 || !unit || !title)
        return cli_usage(&sif_cmd_role, "role add takes PROJECT CODE --unit UNIT --title TEXT");
    a.project = argv[optind];
    snprintf(a.role.code, sizeof a.role.code, "%s", argv[optind + 1]);
    return cli_write_run(cli, "entry", do_add, &a);
}

static int list_one(void *ctx, const sif_role *r)
{
    cli_list *l = ctx;
    if (l->j) {
        json_obj(l->j);
        json_key(l->j, "code"); json_str(l->j, r->code);
        json_key(l->j, "title"); json_str(l->j, r->title);
        json_key(l->j, "unit"); json_str(l->j, r->unit_code);
        json_key(l->j, "fte_milli"); json_int(l->j, r->fte_milli);
        json_end_obj(l->j);
    } else {
        cli_table_row(l->t);
        cli_table_cell(l->t, r->code);
        cli_table_cell(l->t, r->title);
        cli_table_cell(l->t, r->unit_code);
        cli_table_cellf(l->t, "%d,%03d", r->fte_milli / 1000, r->fte_milli % 1000);
    }
    return 0;
}

static sif_status list_fill(sif_store *st, const sif_project *p, const void *arg, cli_list *l,
                             sif_error *err)
{
    (void)arg;
    return sif_role_list(st, p->id, list_one, l, err);
}

static int role_list(const sif_cli *cli, int argc, char **argv)
{
    if (cli_wants_help(argc, argv))
        return cli_help(&sif_cmd_role, "sif role list PROJECT [--json]\n");
    bool json;
    const char *code = NULL;
    if (cli_read_args(&sif_cmd_role, argc, argv, &code, 1, &json) != 1)
        return cli_usage(&sif_cmd_role, "role list takes PROJECT");
    static const char *const heads[] = {N_("Code"), N_("Role"), N_("Unit"), N_("FTE")};
    return cli_list_run(cli, code, json, 4, heads, "lllr", list_fill, NULL);
}

static const struct sif_subcmd subs[] = {
    {"add", N_("sif role add PROJECT CODE --unit UNIT --title TEXT [--fte N]"), role_add},
    {"list", N_("sif role list PROJECT [--json]"), role_list},
    {NULL, NULL, NULL},
};

const struct sif_cmd sif_cmd_role = {
    .subs = subs,
    .name = "role",
    .usage = N_("sif role add|list ..."),
    .summary = N_("roles (posts) of a project"),
};
