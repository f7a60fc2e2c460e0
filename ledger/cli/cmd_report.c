/* ledger/cli/cmd_report.c — sif report: a project's decision basis, workbook and XML. */
#include <getopt.h>
#include <string.h>
#include "commands.h"
#include "sif/report.h"

static int cmd_report_run(const sif_cli *cli, int argc, char **argv)
{
    static const struct option opts[] = {
        {"xlsx", required_argument, 0, 'x'},
        {"xml", required_argument, 0, 'm'},
        {"lang", required_argument, 0, 'l'},
        {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    sif_report_opts o = {SIF_LANG_SV, NULL, NULL};
    sif_error err;
    sif_error_init(&err);
    int c;
    optind = 0;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
        switch (c) {
        case 'x': o.xlsx_path = optarg; break;
        case 'm': o.xml_path = optarg; break;
        case 'l':
            if (sif_lang_parse(optarg, &o.lang, &err) != SIF_OK)
                return cli_usage(&sif_cmd_report, "--lang: %s", err.msg);
            break;
        case 'h':
            return cli_help(&sif_cmd_report,
                            "Writes the decision basis of a project: an Excel workbook (summary,\n"
                            "investment, savings, net result, repayment, sensitivity, parameters,\n"
                            "long-term effects, provenance) and/or the same content as XML\n"
                            "(templates/sif-report-1.xsd). Swedish labels unless --lang en.\n");
        default: return cli_bad_option(&sif_cmd_report, c, argv);
        }
    }
    if (argc - optind != 1)
        return cli_usage(&sif_cmd_report, "report takes PROJECT");
    if (o.xlsx_path == NULL && o.xml_path == NULL)
        return cli_usage(&sif_cmd_report, "report needs --xlsx FILE, --xml FILE or both");
    sif_store *st = NULL;
    sif_status rc = cli_open(cli, SIF_STORE_READONLY, &st, &err);
    if (rc == SIF_OK)
        rc = sif_report_write(st, argv[optind], &o, &err);
    sif_store_close(st);
    return rc == SIF_OK ? 0 : cli_fail(&err);
}

const struct sif_cmd sif_cmd_report = {
    .name = "report",
    .usage = "sif report PROJECT --xlsx FILE --xml FILE [--lang sv|en]",
    .summary = "write a project's decision basis (Excel workbook, XML)",
    .run = cmd_report_run,
};
