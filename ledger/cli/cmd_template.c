/* ledger/cli/cmd_template.c — sif template costs|participants|outcomes: a workbook for
 * controllers to fill in and sif import to read back. */
#include <getopt.h>
#include <string.h>
#include "commands.h"
#include "sif/report.h"

enum template_kind { TEMPLATE_COSTS, TEMPLATE_PARTICIPANTS, TEMPLATE_OUTCOMES };

static const char *const template_names[] = {"costs", "participants", "outcomes"};

/* sif template costs|participants|outcomes PROJECT --xlsx FILE [--lang sv|en] [--force]: the
 * same words for
 * every template; help is the subcommand's --help text, a message id (cli_help says it in
 * the chosen language). */
static int template_run(const sif_cli *cli, int argc, char **argv, enum template_kind kind,
                        const char *help)
{
    static const struct option opts[] = {
        {"xlsx", required_argument, 0, 'x'},
        {"force", no_argument, 0, 'f'},
        {"lang", required_argument, 0, 'l'},
        {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    const char *path = NULL;
    sif_error err;
    sif_error_init(&err);
    sif_lang lang;
    bool force = false;
    int c;
    optind = 0;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
        switch (c) {
        case 'x': path = optarg; break;
        case 'f': force = true; break;
        case 'l':
            if (sif_lang_parse(optarg, &lang, &err) != SIF_OK)
                return cli_usage(&sif_cmd_template, "--lang: %s", err.msg);
            sif_i18n_set(lang);   /* one language for the workbook and what sif says */
            break;
        case 'h': return cli_help(&sif_cmd_template, help);
        default: return cli_bad_option(&sif_cmd_template, c, argv);
        }
    }
    if (argc - optind != 1)
        return cli_usage(&sif_cmd_template, "template %s takes PROJECT", template_names[kind]);
    if (path == NULL)
        return cli_usage(&sif_cmd_template, "template %s needs --xlsx FILE",
                         template_names[kind]);
    sif_store *st = NULL;
    sif_status rc = cli_open(cli, SIF_STORE_READONLY, &st, &err);
    if (rc == SIF_OK && kind == TEMPLATE_COSTS)
        rc = sif_template_costs_write(st, argv[optind], path, sif_i18n_lang(), force, &err);
    else if (rc == SIF_OK)
        rc = sif_template_people_write(st, kind == TEMPLATE_OUTCOMES, argv[optind], path,
                                       sif_i18n_lang(), force, &err);
    sif_store_close(st);
    return rc == SIF_OK ? 0 : cli_fail(&err);
}

static int template_costs(const sif_cli *cli, int argc, char **argv)
{
    return template_run(cli, argc, argv, TEMPLATE_COSTS,
        N_("Writes a workbook with one row per role and project year on\n"
           "the sheet Kostnader (Projekt, Tjänst, År, Belopp, Finansiering, Kommentar),\n"
           "with dropdowns for the post and the funding, for a controller to fill in\n"
           "and `sif import costs FILE.xlsx` to read back. The sheet and its headings\n"
           "are Swedish in both languages; --lang says the instructions in English or\n"
           "Swedish. An existing FILE is replaced only with --force (never a ledger).\n"));
}

static int template_participants(const sif_cli *cli, int argc, char **argv)
{
    return template_run(cli, argc, argv, TEMPLATE_PARTICIPANTS,
        N_("Writes a workbook with the sheet Deltagare (Projekt, Deltagare, Kön,\n"
           "Stadsområde, Startdatum, Slutdatum, Födelseår, Hushåll), with dropdowns for\n"
           "the project, gender and the known districts, for `sif import participants\n"
           "FILE.xlsx` to read back. An existing FILE is replaced only with --force.\n"));
}

static int template_outcomes(const sif_cli *cli, int argc, char **argv)
{
    return template_run(cli, argc, argv, TEMPLATE_OUTCOMES,
        N_("Writes a workbook with the sheet Utfall (Projekt, Deltagare, Datum, Utfall),\n"
           "with dropdowns for the project and the outcomes, for `sif import outcomes\n"
           "FILE.xlsx` to read back. An existing FILE is replaced only with --force.\n"));
}

static const struct sif_subcmd subs[] = {
    {"costs", N_("sif template costs PROJECT --xlsx FILE [--lang sv|en] [--force]"), template_costs},
    {"participants", N_("sif template participants PROJECT --xlsx FILE [--lang sv|en] [--force]"),
     template_participants},
    {"outcomes", N_("sif template outcomes PROJECT --xlsx FILE [--lang sv|en] [--force]"), template_outcomes},
    {NULL, NULL, NULL},
};

static int cmd_template_run(const sif_cli *cli, int argc, char **argv)
{
    return cli_dispatch(&sif_cmd_template, cli, argc, argv);
}

const struct sif_cmd sif_cmd_template = {
    .subs = subs,
    .name = "template",
    .usage = N_("sif template costs|participants|outcomes PROJECT --xlsx FILE [--lang sv|en] [--force]"),
    .summary = N_("write a cost, participant or outcome template workbook to fill in and import"),
    .run = cmd_template_run,
};
