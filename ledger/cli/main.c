/* ledger/cli/main.c — sif: global options and dispatch to one subcommand. Nothing else. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "commands.h"

/* In the order a user meets them: set up, enter, compute, decide, report, keep. */
static const struct sif_cmd *const commands[] = {
    &sif_cmd_init,
    &sif_cmd_project,
    &sif_cmd_unit,
    &sif_cmd_role,
    &sif_cmd_cost,
    &sif_cmd_param,
    &sif_cmd_saving,
    &sif_cmd_effect,
    &sif_cmd_import,
    &sif_cmd_result,
    &sif_cmd_rule,
    &sif_cmd_scenario,
    &sif_cmd_decision,
    &sif_cmd_fund,
    &sif_cmd_report,
    &sif_cmd_template,
    &sif_cmd_period,
    &sif_cmd_log,
    &sif_cmd_verify,
    &sif_cmd_demo,
    &sif_cmd_user,
    NULL,
};

static void usage(FILE *f)
{
    fputs("usage: sif [--db PATH] COMMAND [ARGS]\n\n"
          "sif keeps the ledger of a social investment fund: investment costs, savings,\n"
          "results, repayment and the decision basis. The ledger is ./sif.db unless --db\n"
          "or $SIF_DB says otherwise.\n\ncommands:\n", f);
    for (size_t i = 0; commands[i]; i++)
        fprintf(f, "  %-10s %s\n", commands[i]->name, commands[i]->summary);
    fputs("\n'sif COMMAND --help' tells more. Exit codes: 0 ok, 64 usage, 65 bad data,\n"
          "66 missing input, 73 cannot create output, 74 I/O error, 75 database busy.\n", f);
}

int main(int argc, char **argv)
{
    sif_cli cli = {.db_path = NULL};
    int i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        if (strcmp(argv[i], "--db") == 0 && i + 1 < argc) {
            cli.db_path = argv[++i];
        } else if (strncmp(argv[i], "--db=", 5) == 0) {
            cli.db_path = argv[i] + 5;
        } else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            usage(stdout);
            return 0;
        } else if (strcmp(argv[i], "--version") == 0) {
            printf("sif %s\n", SIF_VERSION);
            return 0;
        } else {
            fprintf(stderr, "sif: unknown option %s\n", argv[i]);
            usage(stderr);
            return 64;
        }
    }
    if (cli.db_path == NULL) {
        const char *env = getenv("SIF_DB");
        cli.db_path = (env && *env) ? env : "sif.db";
    }
    if (i >= argc) {
        usage(stderr);
        return 64;
    }
    if (strcmp(argv[i], "help") == 0) {
        if (i + 1 < argc)
            for (size_t c = 0; commands[c]; c++)
                if (strcmp(commands[c]->name, argv[i + 1]) == 0)
                    return cli_help(commands[c], NULL);
        usage(stdout);
        return 0;
    }
    for (size_t c = 0; commands[c]; c++)
        if (strcmp(commands[c]->name, argv[i]) == 0)
            return commands[c]->run(&cli, argc - i, argv + i);
    fprintf(stderr, "sif: '%s' is not a sif command (see 'sif --help')\n", argv[i]);
    return 64;
}
