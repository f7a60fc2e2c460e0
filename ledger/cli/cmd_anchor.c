/* ledger/cli/cmd_anchor.c — sif anchor: the chain's head, for the minutes. */
#include "commands.h"

static int cmd_anchor_run(const sif_cli *cli, int argc, char **argv)
{
    if (cli_wants_help(argc, argv))
        return cli_help(&sif_cmd_anchor,
                        "Prints the hash of the ledger's last journal link and the number of\n"
                        "links. Written into the minutes (every report carries it too), it lets\n"
                        "'sif verify --anchor HEX:COUNT' prove later that the ledger still\n"
                        "extends exactly that history.\n");
    bool json;
    if (cli_read_args(&sif_cmd_anchor, argc, argv, NULL, 0, &json) < 0)
        return 64;
    sif_error err;
    sif_error_init(&err);
    sif_store *st = NULL;
    if (cli_open(cli, SIF_STORE_READONLY, &st, &err) != SIF_OK)
        return cli_fail(&err);
    sif_anchor a = {"", 0};
    sif_status rc = sif_read_begin(st, &err);
    if (rc == SIF_OK) {
        rc = sif_anchor_get(st, &a, &err);
        sif_read_end(st);
    }
    sif_store_close(st);
    if (rc != SIF_OK)
        return cli_fail(&err);
    if (json) {
        cli_json j;
        json_init(&j, stdout);
        json_obj(&j);
        json_key(&j, "head"); json_str(&j, a.head);
        json_key(&j, "count"); json_int(&j, a.count);
        json_end_obj(&j);
        json_done(&j);
    } else {
        printf("%s:%lld\n", a.head, (long long)a.count);
    }
    return 0;
}

const struct sif_cmd sif_cmd_anchor = {
    .name = "anchor",
    .usage = N_("sif anchor [--json]"),
    .summary = N_("the head of the ledger's hash chain (HEX:COUNT), for the minutes"),
    .run = cmd_anchor_run,
};
