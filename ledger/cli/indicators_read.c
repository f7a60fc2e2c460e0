/* ledger/cli/indicators_read.c — the read side shared by `sif indicator PROJECT` and
 * `sif target list PROJECT`: the arguments, a project's indicators from the ledger, printed. */
#include "commands.h"

/* A project's indicators, read from the ledger opened read-only and closed here: returns 0
 * with *p the project and *ind the caller's, or the exit status of the failure (said on
 * stderr) with *ind NULL. */
static int indicators_load(const sif_cli *cli, const char *code, sif_project *p,
                           sif_indicators **ind)
{
    sif_error err;
    sif_error_init(&err);
    sif_store *st = NULL;
    *ind = NULL;
    if (cli_open_project(cli, code, &st, p, &err) != SIF_OK ||
        sif_indicators_build(st, code, ind, &err) != SIF_OK) {
        sif_store_close(st);
        return cli_fail(&err);
    }
    sif_store_close(st);
    return 0;
}

int cli_indicators_read(const sif_cli *cli, const struct sif_cmd *cmd, int argc, char **argv,
                        const char *help, const char *missing, cli_indicators_show_fn show)
{
    if (cli_wants_help(argc, argv))
        return cli_help(cmd, help);
    bool json;
    const char *code = NULL;
    int n = cli_read_args(cmd, argc, argv, &code, 1, &json);
    if (n < 0)
        return 64;
    if (n != 1)
        return cli_usage(cmd, "%s", _(missing));
    sif_project p;
    sif_indicators *ind = NULL;
    int status = indicators_load(cli, code, &p, &ind);
    if (status != 0)
        return status;
    show(&p, ind, json);
    sif_indicators_free(ind);
    return 0;
}
