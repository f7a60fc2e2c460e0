/* ledger/cli/cmd_check.c — sif check: the plausibility audit of SPEC §11.8. */
#include "commands.h"

#include "sif/check.h"

static void print_json(const sif_findings *f)
{
    cli_json j;
    json_init(&j, stdout);
    json_obj(&j);
    json_key(&j, "findings");
    json_arr(&j);
    for (size_t i = 0; i < f->n; i++) {
        const sif_finding *it = &f->items[i];
        json_obj(&j);
        json_key(&j, "kind"); json_str(&j, it->kind);
        json_key(&j, "project"); json_str(&j, it->project[0] ? it->project : NULL);
        json_key(&j, "message"); json_str(&j, it->message);
        json_end_obj(&j);
    }
    json_end_arr(&j);
    json_end_obj(&j);
    json_done(&j);
}

static void print_text(const sif_findings *f)
{
    for (size_t i = 0; i < f->n; i++) {
        const sif_finding *it = &f->items[i];
        printf("%s %s: %s\n", it->kind, it->project[0] ? it->project : "-", it->message);
    }
}

static int cmd_check_run(const sif_cli *cli, int argc, char **argv)
{
    if (cli_wants_help(argc, argv))
        return cli_help(&sif_cmd_check,
                        "A plausibility audit of the whole ledger (or of one project and its\n"
                        "fund): costs outside the project's years, savings before its start,\n"
                        "fund money above the granted amount, lending above the fund's capital,\n"
                        "two values for one parameter, printed totals that differ from the rows,\n"
                        "a household's exit counted by two projects, and rows dated in a closed\n"
                        "year written while it was reopened. One line per finding: its kind,\n"
                        "the project (- for a fund) and what to do. Exit 0 without findings,\n"
                        "1 with. --json: {\"findings\": [{\"kind\", \"project\", \"message\"}]}.\n");
    const char *pos[1] = {NULL};
    bool json;
    int n = cli_read_args(&sif_cmd_check, argc, argv, pos, 1, &json);
    if (n < 0)
        return 64;
    sif_error err;
    sif_error_init(&err);
    sif_store *st = NULL;
    sif_findings *f = NULL;
    if (cli_open(cli, SIF_STORE_READONLY, &st, &err) != SIF_OK ||
        sif_check_run(st, pos[0], &f, &err) != SIF_OK) {
        sif_store_close(st);
        return cli_fail(&err);
    }
    sif_store_close(st);
    if (json)
        print_json(f);
    else
        print_text(f);
    int rc = f->n ? 1 : 0;
    if (f->n)
        fprintf(stderr, ngettext_("sif: check: %zu finding\n", "sif: check: %zu findings\n", f->n), f->n);
    else if (!json)
        fprintf(stderr, "%s", _("sif: check: no findings\n"));
    sif_findings_free(f);
    return rc;
}

const struct sif_cmd sif_cmd_check = {
    .name = "check",
    .usage = N_("sif check [PROJECT] [--json]"),
    .summary = N_("audit the ledger for implausible figures (exit 1 with findings)"),
    .run = cmd_check_run,
};
