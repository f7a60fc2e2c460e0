/* ledger/cli/cmd_period.c — sif period close|reopen YEAR. */
#include <getopt.h>
#include <string.h>
#include "commands.h"

struct period_ctx {
    bool close;
    int year;
    const char *reason;
};

static sif_status do_period(sif_store *st, int64_t batch, void *ctx, int64_t *rows,
                            sif_ore *sum, sif_error *err)
{
    struct period_ctx *p = ctx;
    *rows = 1;
    (void)sum;
    return p->close ? sif_period_close(st, batch, p->year, p->reason, err)
                    : sif_period_reopen(st, batch, p->year, p->reason, err);
}

static int period_run(const sif_cli *cli, int argc, char **argv, bool close)
{
    static const struct option opts[] = {
        {"reason", required_argument, 0, 'r'},
        {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    struct period_ctx p = {close, 0, NULL};
    long y;
    int c;
    optind = 0;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
        switch (c) {
        case 'r': p.reason = optarg; break;
        case 'h': return cli_help(&sif_cmd_period, close ? "A closed year takes no new costs or savings.\n"
                                                         : N_("Reopening is logged and needs --reason.\n"));
        default: return cli_bad_option(&sif_cmd_period, c, argv);
        }
    }
    if (argc - optind != 1 || !cli_int(argv[optind], 1900, 2999, &y))
        return cli_usage(&sif_cmd_period, "period %s takes a YEAR", argv[0]);
    if (!close && (p.reason == NULL || p.reason[0] == '\0'))
        return cli_usage(&sif_cmd_period, "period reopen needs --reason TEXT");
    p.year = (int)y;
    int status = cli_write_run(cli, close ? "period:close" : "period:reopen", do_period, &p);
    if (status != 0)
        return status;
    fprintf(stderr, close ? _("sif: %d closed\n") : _("sif: %d reopened\n"), p.year);
    return 0;
}

static int period_close(const sif_cli *cli, int argc, char **argv)
{
    return period_run(cli, argc, argv, true);
}

static int period_reopen(const sif_cli *cli, int argc, char **argv)
{
    return period_run(cli, argc, argv, false);
}

static const struct sif_subcmd subs[] = {
    {"close", N_("sif period close YEAR [--reason TEXT]"), period_close},
    {"reopen", N_("sif period reopen YEAR --reason TEXT"), period_reopen},
    {NULL, NULL, NULL},
};

const struct sif_cmd sif_cmd_period = {
    .subs = subs,
    .name = "period",
    .usage = N_("sif period close|reopen YEAR"),
    .summary = N_("close a year to new entries, or reopen it (logged)"),
};
