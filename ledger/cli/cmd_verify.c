/* ledger/cli/cmd_verify.c — sif verify: integrity, append-only triggers and the hash chain. */
#include <getopt.h>
#include <string.h>
#include <unistd.h>
#include "commands.h"
#include "sif/report.h"

struct verify_ctx {
    cli_json *j;
};

static void on_problem(void *ctx, const sif_problem *p)
{
    struct verify_ctx *v = ctx;
    if (v->j) {
        json_obj(v->j);
        json_key(v->j, "table"); json_str(v->j, p->table);
        json_key(v->j, "row");
        if (p->row_id) json_int(v->j, p->row_id); else json_null(v->j);
        json_key(v->j, "problem"); json_str(v->j, p->msg);
        json_end_obj(v->j);
    } else {
        printf("%s\n", p->msg);
    }
}

/* --anchor HEX:COUNT, or the XML report that carries one. */
static sif_status read_anchor(const char *arg, sif_anchor *a, sif_error *err)
{
    if (sif_anchor_parse(arg, a, NULL) == SIF_OK)
        return SIF_OK;
    if (access(arg, F_OK) == 0)
        return sif_report_anchor_read(arg, a, err);
    return sif_anchor_parse(arg, a, err);
}

static int cmd_verify_run(const sif_cli *cli, int argc, char **argv)
{
    if (cli_wants_help(argc, argv))
        return cli_help(&sif_cmd_verify,
                        "Checks SQLite's integrity, every table, index and trigger against the\n"
                        "schema sif ships, the hash chain, every row against its hash (rows\n"
                        "changed, removed or added outside sif, by table and row) and each\n"
                        "payment batch's digest. Exit 65 if anything is wrong.\n\n"
                        "  --anchor HEX:COUNT  also prove that the ledger extends exactly the\n"
                        "  --anchor REPORT.xml history of that anchor (sif anchor, a report)\n"
                        "  --key-file FILE     check the MACs of a keyed chain (without it,\n"
                        "                      everything but the MACs is checked, and said so)\n"
                        "  --json\n");
    static const struct option opts[] = {
        {"anchor", required_argument, 0, 'a'},
        {"key-file", required_argument, 0, 'k'},
        {"json", no_argument, 0, 'j'},
        {0, 0, 0, 0},
    };
    sif_cli c = *cli;
    const char *anchor_arg = NULL;
    bool json = false;
    int ch;
    optind = 1;
    while ((ch = getopt_long(argc, argv, ":", opts, NULL)) != -1) {
        if (ch == 'a')
            anchor_arg = optarg;
        else if (ch == 'k')
            c.key_file = optarg;
        else if (ch == 'j')
            json = true;
        else
            return cli_bad_option(&sif_cmd_verify, ch, argv);
    }
    if (optind < argc)
        return cli_usage(&sif_cmd_verify, "unexpected argument %s", argv[optind]);
    sif_error err;
    sif_error_init(&err);
    sif_anchor anchor;
    if (anchor_arg && read_anchor(anchor_arg, &anchor, &err) != SIF_OK)
        return cli_fail(&err);
    sif_store *st = NULL;
    if (cli_open(&c, SIF_STORE_READONLY, &st, &err) != SIF_OK)
        return cli_fail(&err);
    cli_json j;
    struct verify_ctx v = {NULL};
    if (json) {
        json_init(&j, stdout);
        json_obj(&j);
        json_key(&j, "problems");
        json_arr(&j);
        v.j = &j;
    }
    int64_t problems = 0;
    sif_verify_info info;
    memset(&info, 0, sizeof info);
    sif_status rc = sif_store_verify_anchor(st, anchor_arg ? &anchor : NULL, on_problem, &v,
                                            &problems, &info, &err);
    if (json) {
        json_end_arr(&j);
        json_key(&j, "ok"); json_bool(&j, rc == SIF_OK && problems == 0);
        json_key(&j, "head"); json_str(&j, info.head.head);
        json_key(&j, "count"); json_int(&j, info.head.count);
        json_key(&j, "keyed_from");
        if (info.keyed_from) json_int(&j, info.keyed_from); else json_null(&j);
        json_key(&j, "macs_checked"); json_bool(&j, info.macs_checked);
        json_key(&j, "anchor");
        if (anchor_arg) {
            json_obj(&j);
            json_key(&j, "head"); json_str(&j, anchor.head);
            json_key(&j, "count"); json_int(&j, anchor.count);
            json_end_obj(&j);
        } else {
            json_null(&j);
        }
        json_end_obj(&j);
        json_done(&j);
    }
    sif_store_close(st);
    if (rc != SIF_OK)
        return cli_fail(&err);
    if (problems) {
        fprintf(stderr, ngettext_("sif: verify: %lld problem found\n",
                                  "sif: verify: %lld problems found\n", (unsigned long)problems),
                (long long)problems);
        return 65;
    }
    if (json)
        return 0;
    printf("ok\n");
    if (anchor_arg)
        printf("the ledger extends the anchor %.12s…:%lld (now %lld links)\n", anchor.head,
               (long long)anchor.count, (long long)info.head.count);
    if (!info.macs_checked)
        printf("not checked: the MACs of links %lld to %lld (the chain is keyed; give "
               "--key-file FILE to check them)\n", (long long)info.keyed_from,
               (long long)info.head.count);
    return 0;
}

const struct sif_cmd sif_cmd_verify = {
    .name = "verify",
    .usage = N_("sif verify [--anchor REPORT.xml|HEX:COUNT] [--key-file FILE] [--json]"),
    .summary = N_("check the ledger for rows changed outside sif"),
    .run = cmd_verify_run,
};
