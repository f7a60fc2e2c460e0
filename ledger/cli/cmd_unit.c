/* ledger/cli/cmd_unit.c — sif unit add|list|move: units and their committees over time. */
#include <getopt.h>
#include <string.h>
#include "commands.h"

static int unit_add(const sif_cli *cli, int argc, char **argv)
{
    static const struct option opts[] = {
        {"name", required_argument, 0, 'n'},
        {"committee", required_argument, 0, 'c'},
        {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    const char *name = NULL, *committee = NULL;
    int c;
    optind = 0;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
        switch (c) {
        case 'n': name = optarg; break;
        case 'c': committee = optarg; break;
        case 'h': return cli_help(&sif_cmd_unit, "  --name TEXT       e.g. \"Enhet ekonomiskt bistånd\"\n"
                                                 "  --committee TEXT  the committee (nämnd) it belongs to\n");
        default: return cli_bad_option(&sif_cmd_unit, c, argv);
        }
    }
    if (argc - optind != 1 || name == NULL)
        return cli_usage(&sif_cmd_unit, "unit add takes CODE --name TEXT");
    sif_error err;
    sif_error_init(&err);
    sif_store *st = NULL;
    int64_t batch;
    if (cli_open(cli, 0, &st, &err) != SIF_OK ||
        sif_write_begin(st, "entry", NULL, NULL, &batch, &err) != SIF_OK)
        goto fail;
    if (sif_unit_add(st, batch, argv[optind], name, committee, NULL, &err) != SIF_OK ||
        sif_write_commit(st, batch, 1, 0, NULL, &err) != SIF_OK) {
        sif_write_abort(st);
        goto fail;
    }
    sif_store_close(st);
    return 0;
fail:
    sif_store_close(st);
    return cli_fail(&err);
}

static int unit_move(const sif_cli *cli, int argc, char **argv)
{
    static const struct option opts[] = {
        {"committee", required_argument, 0, 'c'},
        {"from", required_argument, 0, 'f'},
        {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    const char *committee = NULL;
    long from = 0;
    int c;
    optind = 0;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
        switch (c) {
        case 'c': committee = optarg; break;
        case 'f':
            if (!cli_int(optarg, 1900, 2999, &from))
                return cli_usage(&sif_cmd_unit, "--from: \"%s\" is not a year", optarg);
            break;
        case 'h': return cli_help(&sif_cmd_unit, "sif unit move CODE --committee TEXT --from YEAR:\n"
                                                 "the unit belongs to that committee from YEAR on\n");
        default: return cli_bad_option(&sif_cmd_unit, c, argv);
        }
    }
    if (argc - optind != 1 || committee == NULL || from == 0)
        return cli_usage(&sif_cmd_unit, "unit move takes CODE --committee TEXT --from YEAR");
    sif_error err;
    sif_error_init(&err);
    sif_store *st = NULL;
    int64_t batch;
    if (cli_open(cli, 0, &st, &err) != SIF_OK ||
        sif_write_begin(st, "entry", NULL, NULL, &batch, &err) != SIF_OK)
        goto fail;
    if (sif_unit_move(st, batch, argv[optind], (int)from, committee, &err) != SIF_OK ||
        sif_write_commit(st, batch, 1, 0, NULL, &err) != SIF_OK) {
        sif_write_abort(st);
        goto fail;
    }
    sif_store_close(st);
    return 0;
fail:
    sif_store_close(st);
    return cli_fail(&err);
}

struct list_ctx {
    cli_json *j;
    cli_table *t;
};

static int list_one(void *ctx, const sif_unit *u)
{
    struct list_ctx *l = ctx;
    if (l->j) {
        json_obj(l->j);
        json_key(l->j, "code"); json_str(l->j, u->code);
        json_key(l->j, "name"); json_str(l->j, u->name);
        json_key(l->j, "committee"); json_str(l->j, u->committee);
        json_end_obj(l->j);
    } else {
        cli_table_row(l->t);
        cli_table_cell(l->t, u->code);
        cli_table_cell(l->t, u->name);
        cli_table_cell(l->t, u->committee);
    }
    return 0;
}

static int unit_list(const sif_cli *cli, int argc, char **argv)
{
    if (cli_wants_help(argc, argv))
        return cli_help(&sif_cmd_unit, "sif unit list [--json]: units and their current committee\n");
    bool json;
    if (cli_read_args(&sif_cmd_unit, argc, argv, NULL, 0, &json) < 0)
        return 64;
    sif_error err;
    sif_error_init(&err);
    sif_store *st = NULL;
    if (cli_open(cli, SIF_STORE_READONLY, &st, &err) != SIF_OK)
        return cli_fail(&err);
    cli_json j;
    struct list_ctx l = {NULL, NULL};
    if (json) {
        json_init(&j, stdout);
        json_arr(&j);
        l.j = &j;
    } else {
        l.t = cli_table_new(3);
        cli_table_head(l.t, 0, "Kod", 'l');
        cli_table_head(l.t, 1, "Enhet", 'l');
        cli_table_head(l.t, 2, "Nämnd", 'l');
    }
    sif_status rc = sif_unit_list(st, list_one, &l, &err);
    if (json) {
        json_end_arr(&j);
        json_done(&j);
    } else {
        cli_table_print(l.t, stdout);
        cli_table_free(l.t);
    }
    sif_store_close(st);
    return rc == SIF_OK ? 0 : cli_fail(&err);
}

static const struct sif_subcmd subs[] = {
    {"add", "sif unit add CODE --name TEXT [--committee TEXT]", unit_add},
    {"list", "sif unit list [--json]", unit_list},
    {"move", "sif unit move CODE --committee TEXT --from YEAR", unit_move},
    {NULL, NULL, NULL},
};

static int cmd_unit_run(const sif_cli *cli, int argc, char **argv)
{
    return cli_dispatch(&sif_cmd_unit, subs, cli, argc, argv);
}

const struct sif_cmd sif_cmd_unit = {
    .name = "unit",
    .usage = "sif unit add|list|move ...",
    .summary = "units (enheter) where costs are carried and savings land",
    .run = cmd_unit_run,
};
