/* ledger/cli/cmd_demo.c — sif demo: the reference case in a fresh ledger, and its reports. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "commands.h"
#include "sif/demo.h"
#include "sif/outfile.h"
#include "sif/report.h"

/* SPEC §11.3: the demo replaces a ledger that holds only the demo (and the reports it wrote
 * beside it) without --force, so it can run twice; any other ledger never, and any other
 * file only with --force. *reports_ours says the old reports were the demo's. */
static int may_replace(const char *db, bool force, bool *reports_ours, sif_error *err)
{
    *reports_ours = false;
    if (access(db, F_OK) != 0)
        return 0;
    if (!sif_file_is_sqlite(db)) {
        if (force)
            return 0;
        sif_error_at(err, SIF_ERR_CANTCREATE, db, 0, 0, "exists and is not the demo's ledger: "
                     "use --force to replace it, or another --out DIR");
        return -1;
    }
    sif_cli old_cli = {.db_path = db};
    sif_store *st = NULL;
    bool only = false;
    sif_error why;
    sif_error_init(&why);
    if (cli_open(&old_cli, SIF_STORE_READONLY, &st, &why) == SIF_OK)
        sif_demo_is_only(st, &only, &why);
    sif_store_close(st);
    if (!only) {
        sif_error_at(err, SIF_ERR_CANTCREATE, db, 0, 0, "holds more than the demo: sif demo "
                     "replaces only a ledger it wrote itself, not even with --force (use "
                     "another --out DIR)");
        return -1;
    }
    *reports_ours = true;
    return 0;
}

static int remove_old(const char *dir, sif_error *err)
{
    static const char *const suffix[] = {"", "-wal", "-shm", "-journal"};
    char path[4096];
    for (size_t i = 0; i < 4; i++) {
        snprintf(path, sizeof path, "%s/sif.db%s", dir, suffix[i]);
        if (unlink(path) != 0 && errno != ENOENT) {
            sif_error_at(err, SIF_ERR_CANTCREATE, path, 0, 0, "cannot remove the old demo ledger: %s",
                         strerror(errno));
            return -1;
        }
    }
    return 0;
}

static int cmd_demo_run(const sif_cli *cli, int argc, char **argv)
{
    static const struct option opts[] = {
        {"out", required_argument, 0, 'o'},
        {"force", no_argument, 0, 'f'},
        {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    const char *dir = "demo";
    bool force = false;
    int c;
    optind = 0;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
        switch (c) {
        case 'o': dir = optarg; break;
        case 'f': force = true; break;
        case 'h': return cli_help(&sif_cmd_demo,
                                  "Builds the reference case Hela Familjen Öster 2014–2017 in a fresh\n"
                                  "ledger DIR/sif.db (DIR defaults to ./demo) and writes its decision\n"
                                  "basis DIR/HFO.xlsx and DIR/HFO.xml. It replaces a ledger that holds\n"
                                  "only the demo, and the reports beside it, so it can run twice; it\n"
                                  "refuses any other ledger, even with --force, and replaces other\n"
                                  "files only with --force.\n");
        default: return cli_bad_option(&sif_cmd_demo, c, argv);
        }
    }
    if (optind != argc)
        return cli_usage(&sif_cmd_demo, "unexpected argument %s", argv[optind]);
    (void)cli;
    sif_error err;
    sif_error_init(&err);
    if (mkdir(dir, 0755) != 0 && errno != EEXIST) {
        sif_error_at(&err, SIF_ERR_CANTCREATE, dir, 0, 0, "cannot create: %s", strerror(errno));
        return cli_fail(&err);
    }
    char db[4096];
    snprintf(db, sizeof db, "%s/sif.db", dir);
    bool reports_ours;
    char xlsx[4096], xml[4096];
    snprintf(xlsx, sizeof xlsx, "%s/%s.xlsx", dir, SIF_DEMO_PROJECT);
    snprintf(xml, sizeof xml, "%s/%s.xml", dir, SIF_DEMO_PROJECT);
    if (may_replace(db, force, &reports_ours, &err) != 0)
        return cli_fail(&err);
    /* refuse before anything is built, not after */
    for (int i = 0; i < 2 && !force && !reports_ours; i++) {
        const char *path = i ? xml : xlsx;
        if (access(path, F_OK) == 0) {
            sif_error_at(&err, SIF_ERR_CANTCREATE, path, 0, 0, "exists: use --force to replace it");
            return cli_fail(&err);
        }
    }
    if (remove_old(dir, &err) != 0)
        return cli_fail(&err);
    sif_cli demo_cli = {.db_path = db};
    sif_store *st = NULL;
    bool created;
    sif_result *r = NULL;
    sif_scenarios *sc = NULL;
    if (cli_open(&demo_cli, SIF_STORE_CREATE, &st, &err) != SIF_OK ||
        sif_ledger_init(st, "Sociala investeringsfonden", "Malmö stad", &created, &err) != SIF_OK ||
        sif_demo_build(st, &err) != SIF_OK ||
        sif_result_build(st, SIF_DEMO_PROJECT, NULL, &r, &err) != SIF_OK ||
        sif_scenarios_build(st, SIF_DEMO_PROJECT, NULL, 0, &sc, &err) != SIF_OK) {
        sif_result_free(r);
        sif_store_close(st);
        return cli_fail(&err);
    }
    /* the one-command answer to "show me": the result, then what it means for repayment */
    cli_print_result(st, r);
    printf("\n");
    cli_print_scenarios_summary(sc);
    sif_scenarios_free(sc);
    sif_result_free(r);
    sif_report_opts ro = {sif_i18n_lang(), xlsx, xml, NULL, force || reports_ours, 0, 1, NULL, NULL};
    if (sif_report_write(st, SIF_DEMO_PROJECT, &ro, &err) != SIF_OK) {
        sif_store_close(st);
        return cli_fail(&err);
    }
    sif_store_close(st);
    fflush(stdout);   /* the tables first, then where they are, also when both go to one file */
    fprintf(stderr, _("sif: the reference case is in %s (try: sif --db %s cost list %s)\n"), db, db,
            SIF_DEMO_PROJECT);
    fprintf(stderr, _("sif: its decision basis is %s and %s\n"), xlsx, xml);
    return 0;
}

const struct sif_cmd sif_cmd_demo = {
    .name = "demo",
    .usage = N_("sif demo [--out DIR] [--force]"),
    .summary = N_("build the reference case Hela Familjen Öster and its reports"),
    .run = cmd_demo_run,
};
