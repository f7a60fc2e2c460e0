/* ledger/cli/cmd_init.c — sif init: create a new, empty ledger. */
#include <getopt.h>
#include "commands.h"

static int cmd_init_run(const sif_cli *cli, int argc, char **argv)
{
    static const struct option opts[] = {
        {"fund-name", required_argument, 0, 'n'},
        {"municipality", required_argument, 0, 'm'},
        {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    const char *name = NULL, *municipality = NULL;
    int c;
    optind = 0;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
        switch (c) {
        case 'n': name = optarg; break;
        case 'm': municipality = optarg; break;
        case 'h': return cli_help(&sif_cmd_init, "  --fund-name TEXT     name of the default fund\n"
                                                 "  --municipality TEXT  the city it belongs to\n");
        default: return cli_bad_option(&sif_cmd_init, c, argv);
        }
    }
    if (optind != argc)
        return cli_usage(&sif_cmd_init, "unexpected argument %s", argv[optind]);
    sif_error err;
    sif_error_init(&err);
    sif_store *st = NULL;
    bool created = false;
    if (cli_open(cli, SIF_STORE_CREATE, &st, &err) != SIF_OK ||
        sif_ledger_init(st, name, municipality, &created, &err) != SIF_OK) {
        if (err.file[0] == '\0')
            snprintf(err.file, sizeof err.file, "%s", cli->db_path);
        sif_store_close(st);
        return cli_fail(&err);
    }
    sif_store_close(st);
    fprintf(stderr, created ? "sif: new ledger %s\n" : "sif: %s is a ledger already\n",
            cli->db_path);
    return 0;
}

const struct sif_cmd sif_cmd_init = {
    .name = "init",
    .usage = N_("sif init [--fund-name TEXT] [--municipality TEXT]"),
    .summary = N_("create a new ledger (./sif.db, or --db PATH)"),
    .run = cmd_init_run,
};
