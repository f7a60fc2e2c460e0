/* ledger/cli/report_args.h — the options every report-writing command shares:
 * --xlsx FILE, --xml FILE, --lang sv|en, --prepared-by NAME. */
#ifndef SIF_CLI_REPORT_ARGS_H
#define SIF_CLI_REPORT_ARGS_H

#include "cli.h"
#include "sif/report.h"

/* Parse argv into *o (defaults: Swedish, no files). On a usage error or --help (help text:
 * help) returns the exit status to end with; else -1, with *first the index of the first
 * positional argument. At least one of --xlsx and --xml is required. */
/* progress: where --progress goes (sif report: the simulation's bar, progress.h); NULL for a
 * command without it (sif fund report), which refuses it. */
int cli_report_args(const struct sif_cmd *cmd, const char *help, int argc, char **argv,
                    sif_report_opts *o, int *first, bool *progress);

#endif
