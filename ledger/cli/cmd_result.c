/* ledger/cli/cmd_result.c — sif result: a project's investment, savings and net result. */
#include "commands.h"

static int cmd_result_run(const sif_cli *cli, int argc, char **argv)
{
    if (cli_wants_help(argc, argv))
        return cli_help(&sif_cmd_result, "Investment by funding source and year, savings by category,\n"
                                         "net result and payback. --json gives amounts in öre.\n");
    bool json;
    const char *code = NULL;
    if (cli_read_args(&sif_cmd_result, argc, argv, &code, 1, &json) != 1)
        return cli_usage(&sif_cmd_result, "result takes PROJECT");
    sif_error err;
    sif_error_init(&err);
    sif_store *st = NULL;
    sif_project p;
    sif_investment *inv = NULL;
    if (cli_open(cli, SIF_STORE_READONLY, &st, &err) != SIF_OK ||
        sif_project_find(st, code, &p, &err) != SIF_OK ||
        sif_investment_build(st, code, NULL, &inv, &err) != SIF_OK) {
        sif_store_close(st);
        return cli_fail(&err);
    }
    if (json) {
        cli_json j;
        json_init(&j, stdout);
        json_obj(&j);
        json_key(&j, "project"); json_str(&j, p.code);
        json_key(&j, "investment_ore"); json_int(&j, inv->total);
        json_key(&j, "loan_ore"); json_int(&j, inv->fund_total);
        json_end_obj(&j);
        json_done(&j);
    } else {
        cli_print_investment(&p, inv);
    }
    sif_investment_free(inv);
    sif_store_close(st);
    return 0;
}

const struct sif_cmd sif_cmd_result = {
    .name = "result",
    .usage = "sif result PROJECT [--json]",
    .summary = "investment, savings and net result of a project",
    .run = cmd_result_run,
};
