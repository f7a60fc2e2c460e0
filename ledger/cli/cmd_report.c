/* ledger/cli/cmd_report.c — sif report: a project's decision basis, workbook and XML. */
#include "commands.h"
#include "progress.h"
#include "report_args.h"

static void on_progress(void *ctx, uint64_t done, uint64_t total)
{
    cli_progress_step(ctx, done, total);
}

static int cmd_report_run(const sif_cli *cli, int argc, char **argv)
{
    sif_report_opts o;
    int first;
    bool progress;
    int done = cli_report_args(&sif_cmd_report,
                               "Writes the decision basis of a project: an Excel workbook (summary,\n"
                               "investment, savings, net result, repayment, sensitivity, parameters,\n"
                               "long-term effects, provenance) and/or the same content as XML\n"
                               "(templates/sif-report-2.xsd), both with what sif check finds for the\n"
                               "project. Swedish labels unless --lang en.\n"
                               "--prepared-by NAME names the author in the workbook and the XML.\n"
                               "--simulate N [--seed S] adds the Monte Carlo sheet of sif simulate\n"
                               "(N runs, seed S, default 1; the same seed, the same figures);\n"
                               "its progress shows on stderr when that is a terminal, or with\n"
                               "--progress.\n",
                               argc, argv, &o, &first, &progress);
    if (done >= 0)
        return done;
    if (argc - first != 1)
        return cli_usage(&sif_cmd_report, "report takes PROJECT");
    sif_error err;
    sif_error_init(&err);
    char shown[256];
    cli_progress bar;
    cli_progress_init(&bar, _("simulating"), cli_escape(argv[first], shown, sizeof shown),
                      progress);
    if (bar.on && o.simulate_runs > 0) {
        o.on_sim_progress = on_progress;
        o.progress_ctx = &bar;
    }
    sif_store *st = NULL;
    sif_status rc = cli_open(cli, SIF_STORE_READONLY, &st, &err);
    if (rc == SIF_OK)
        rc = sif_report_write(st, argv[first], &o, &err);
    sif_store_close(st);
    cli_progress_clear(&bar);
    if (rc != SIF_OK)
        return cli_fail(&err);
    char a[1024], b[1024];
    if (o.xlsx_path && o.xml_path)
        printf(_("decision basis of %s written: %s (workbook) and %s (XML)\n"), argv[first],
               cli_escape(o.xlsx_path, a, sizeof a), cli_escape(o.xml_path, b, sizeof b));
    else
        printf(_("decision basis of %s written: %s\n"), argv[first],
               cli_escape(o.xlsx_path ? o.xlsx_path : o.xml_path, a, sizeof a));
    return 0;
}

const struct sif_cmd sif_cmd_report = {
    .name = "report",
    .usage = N_("sif report PROJECT [--xlsx FILE] [--xml FILE] [--lang sv|en] [--prepared-by NAME] [--simulate N [--seed S] [--progress]] [--force]"),
    .summary = N_("write a project's decision basis (Excel workbook, XML)"),
    .run = cmd_report_run,
};
