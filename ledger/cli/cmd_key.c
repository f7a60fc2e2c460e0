/* ledger/cli/cmd_key.c — sif key enable: HMAC-SHA-256 links from now on. */
#include <getopt.h>
#include <stdlib.h>
#include "commands.h"

static int key_enable(const sif_cli *cli, int argc, char **argv)
{
    if (cli_wants_help(argc, argv))
        return cli_help(&sif_cmd_key, N_("Keys the hash chain with HMAC-SHA-256: from now on every link carries a MAC\n"
                                         "made with the key in FILE, which is kept outside the ledger.\n"));
    static const struct option opts[] = {
        {"key-file", required_argument, 0, 'k'},
        {0, 0, 0, 0},
    };
    sif_cli c = *cli;
    int ch;
    optind = 1;
    while ((ch = getopt_long(argc, argv, ":", opts, NULL)) != -1) {
        if (ch == 'k')
            c.key_file = optarg;
        else
            return cli_bad_option(&sif_cmd_key, ch, argv);
    }
    if (optind < argc)
        return cli_usage(&sif_cmd_key, "unexpected argument %s", argv[optind]);
    if (c.key_file == NULL && getenv("SIF_KEY_FILE") == NULL)
        return cli_usage(&sif_cmd_key, "sif key enable needs --key-file FILE");
    sif_error err;
    sif_error_init(&err);
    sif_store *st = NULL;
    if (cli_open(&c, 0, &st, &err) != SIF_OK)
        return cli_fail(&err);
    int64_t from = 0;
    sif_anchor prior = {"", 0};
    sif_status rc = sif_key_enable(st, &from, &prior, &err);
    sif_store_close(st);
    if (rc != SIF_OK)
        return cli_fail(&err);
    printf("keyed from link %lld on; the unkeyed head before it: %s:%lld\n", (long long)from,
           prior.head, (long long)prior.count);
    fprintf(stderr, "%s", _("sif: every write now needs the key (--key-file FILE or $SIF_KEY_FILE); "
                            "keep the key file outside the ledger's directory, and a copy of it "
                            "safe\n"));
    return 0;
}

static const struct sif_subcmd subs[] = {
    {"enable", N_("sif key enable --key-file FILE"), key_enable},
    {NULL, NULL, NULL},
};

const struct sif_cmd sif_cmd_key = {
    .subs = subs,
    .name = "key",
    .usage = N_("sif key enable --key-file FILE"),
    .summary = N_("key the hash chain (HMAC-SHA-256) with a key kept outside the ledger"),
};
