/* ledger/cli/list_run.c — the tail every plain listing command shares: the ledger opened
 * read-only (and the project found), its rows listed as a table or a JSON array, the ledger
 * closed. */
#include "cli.h"

int cli_list_run(const sif_cli *cli, const char *project, bool json, size_t ncols,
                 const char *const *heads, const char *align, cli_list_fill_fn fill,
                 const void *arg)
{
    sif_error err;
    sif_error_init(&err);
    sif_store *st = NULL;
    sif_project p;
    if ((project ? cli_open_project(cli, project, &st, &p, &err)
                 : cli_open(cli, SIF_STORE_READONLY, &st, &err)) != SIF_OK)
        return cli_fail(&err);
    cli_list l;
    cli_list_begin(&l, json, ncols, heads, align);
    sif_status rc = fill(st, project ? &p : NULL, arg, &l, &err);
    cli_list_end(&l);
    sif_store_close(st);
    return rc == SIF_OK ? 0 : cli_fail(&err);
}
