/* ledger/cli/main.c — sif: global options and dispatch to one subcommand. Nothing else. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "commands.h"

/* In the order a user meets them: set up, enter, compute, decide, report, keep. */
static const struct sif_cmd *const commands[] = {
    &sif_cmd_init,
    &sif_cmd_project,
    &sif_cmd_unit,
    &sif_cmd_role,
    &sif_cmd_cost,
    &sif_cmd_param,
    &sif_cmd_index,
    &sif_cmd_saving,
    &sif_cmd_effect,
    &sif_cmd_import,
    &sif_cmd_target,
    &sif_cmd_indicator,
    &sif_cmd_result,
    &sif_cmd_simulate,
    &sif_cmd_rule,
    &sif_cmd_scenario,
    &sif_cmd_decision,
    &sif_cmd_fund,
    &sif_cmd_report,
    &sif_cmd_template,
    &sif_cmd_period,
    &sif_cmd_log,
    &sif_cmd_verify,
    &sif_cmd_anchor,
    &sif_cmd_key,
    &sif_cmd_check,
    &sif_cmd_demo,
    &sif_cmd_user,
    &sif_cmd_serve,
    &sif_cmd_completion,
    NULL,
};

const struct sif_cmd *const *const sif_commands = commands;

static void usage(FILE *f)
{
    fprintf(f, "%s\n\n%s\n\n%s\n", _("usage: sif [--db PATH] [--lang sv|en] COMMAND [ARGS]"),
            _("sif keeps the ledger of a social investment fund: investment costs, savings,\n"
              "results, repayment and the decision basis. The ledger is ./sif.db unless --db\n"
              "or $SIF_DB says otherwise; the language is Swedish unless --lang or $SIF_LANG\n"
              "says otherwise."),
            _("commands:"));
    for (size_t i = 0; commands[i]; i++)
        fprintf(f, "  %-10s %s\n", commands[i]->name, _(commands[i]->summary));
    fprintf(f, "\n%s\n", _("'sif COMMAND --help' tells more. Exit codes: 0 ok, 64 usage, 65 bad data,\n"
                           "66 missing input, 73 cannot create output, 74 I/O error, 75 database busy."));
}

/* The compiled catalogs: build/locale beside a sif run from its build tree, else the
 * installed LOCALEDIR (NULL). */
static const char *catalog_dir(char *buf, size_t size)
{
    ssize_t n = readlink("/proc/self/exe", buf, size - 1);
    if (n <= 0)
        return NULL;
    buf[n] = '\0';
    char *slash = strrchr(buf, '/');
    if (slash == NULL || (size_t)(slash - buf) + sizeof "/locale" > size)
        return NULL;
    strcpy(slash, "/locale");
    struct stat sb;
    return stat(buf, &sb) == 0 && S_ISDIR(sb.st_mode) ? buf : NULL;
}

/* --lang before the command decides the language of everything; it is read before the other
 * options, so that what they say about themselves is in that language. */
static int set_language(int argc, char **argv)
{
    const char *lang = NULL;
    for (int i = 1; i < argc && argv[i][0] == '-'; i++) {
        if (strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            lang = argv[++i];
        else if (strncmp(argv[i], "--lang=", 7) == 0)
            lang = argv[i] + 7;
        else if (strcmp(argv[i], "--db") == 0)
            i++;
    }
    char dir[PATH_MAX];
    sif_error err;
    sif_error_init(&err);
    if (sif_i18n_init(lang, catalog_dir(dir, sizeof dir), &err) != SIF_OK) {
        /* a bad --lang is refused in the language $SIF_LANG (else Swedish) would give */
        sif_lang ignored;
        if (lang && sif_i18n_init(NULL, catalog_dir(dir, sizeof dir), NULL) == SIF_OK)
            sif_lang_parse(lang, &ignored, &err);
        fprintf(stderr, "sif: %s\n", err.msg);
        return 64;
    }
    return 0;
}

int main(int argc, char **argv)
{
    if (set_language(argc, argv) != 0)
        return 64;
    sif_cli cli = {.db_path = NULL};
    int i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        if (strcmp(argv[i], "--db") == 0 || strcmp(argv[i], "--lang") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, _("sif: %s needs a value (sif %s %s COMMAND)\n"), argv[i], argv[i],
                        strcmp(argv[i], "--db") == 0 ? _("PATH") : "sv|en");
                return 64;
            }
            if (strcmp(argv[i++], "--db") == 0)
                cli.db_path = argv[i];
        } else if (strncmp(argv[i], "--db=", 5) == 0) {
            cli.db_path = argv[i] + 5;
        } else if (strcmp(argv[i], "--key-file") == 0 && i + 1 < argc) {
            cli.key_file = argv[++i];
        } else if (strncmp(argv[i], "--key-file=", 11) == 0) {
            cli.key_file = argv[i] + 11;
        } else if (strncmp(argv[i], "--lang=", 7) == 0) {
            continue;
        } else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            usage(stdout);
            return 0;
        } else if (strcmp(argv[i], "--version") == 0 || strcmp(argv[i], "-V") == 0) {
            printf("sif %s\n", SIF_VERSION);
            return 0;
        } else {
            fprintf(stderr, _("sif: unknown option %s (see 'sif --help')\n"), argv[i]);
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
    cli_negative_numbers(argc - i, argv + i);
    for (size_t c = 0; commands[c]; c++)
        if (strcmp(commands[c]->name, argv[i]) == 0)
            return commands[c]->run ? commands[c]->run(&cli, argc - i, argv + i)
                                    : cli_dispatch(commands[c], &cli, argc - i, argv + i);
    fprintf(stderr, _("sif: '%s' is not a sif command (see 'sif --help')\n"), argv[i]);
    return 64;
}
