/* ledger/cli/cmd_verify.c — sif verify: integrity, append-only triggers and the hash chain. */
#include "commands.h"

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

static int cmd_verify_run(const sif_cli *cli, int argc, char **argv)
{
    if (cli_wants_help(argc, argv))
        return cli_help(&sif_cmd_verify,
                        "Checks SQLite's integrity, that the append-only triggers are in place,\n"
                        "the hash chain, and every row against its hash: rows changed, removed\n"
                        "or added outside sif are reported by table and row. Exit 65 if any.\n");
    bool json;
    if (cli_read_args(&sif_cmd_verify, argc, argv, NULL, 0, &json) < 0)
        return 64;
    sif_error err;
    sif_error_init(&err);
    sif_store *st = NULL;
    if (cli_open(cli, SIF_STORE_READONLY, &st, &err) != SIF_OK)
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
    sif_status rc = sif_store_verify(st, on_problem, &v, &problems, &err);
    if (json) {
        json_end_arr(&j);
        json_key(&j, "ok"); json_bool(&j, rc == SIF_OK && problems == 0);
        json_end_obj(&j);
        json_done(&j);
    }
    sif_store_close(st);
    if (rc != SIF_OK)
        return cli_fail(&err);
    if (problems) {
        fprintf(stderr, "sif: verify: %lld problem%s found\n", (long long)problems,
                problems == 1 ? "" : "s");
        return 65;
    }
    if (!json)
        printf("ok\n");
    return 0;
}

const struct sif_cmd sif_cmd_verify = {
    .name = "verify",
    .usage = "sif verify [--json]",
    .summary = "check the ledger for rows changed outside sif",
    .run = cmd_verify_run,
};
