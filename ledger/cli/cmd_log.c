/* ledger/cli/cmd_log.c — sif log: who wrote what, when, from which file. */
#include <stdlib.h>
#include <string.h>
#include "commands.h"

/* What was done, and to what, in words (the stored codes stay in --json). */
static const char *const actions[][2] = {
    {"add", N_("added")},       {"commit", N_("committed")}, {"reverse", N_("reversed")},
    {"close", N_("closed")},    {"reopen", N_("reopened")},  {"move", N_("moved")},
    {"set", N_("set")},         {"disable", N_("disabled")}, {"enable", N_("enabled")},
    {"replace", N_("replaced")},
};
static const char *const tables[][2] = {
    {"batch", N_("batch")},
    {"fund", N_("fund")},
    {"fund_capital", N_("fund capital")},
    {"unit", N_("unit")},
    {"unit_committee", N_("unit's committee")},
    {"project", N_("project")},
    {"project_rule", N_("repayment rule")},
    {"role", N_("post")},
    {"cost", N_("cost")},
    {"control_total", N_("control total")},
    {"param", N_("parameter")},
    {"saving", N_("cost reduction")},
    {"effect", N_("effect")},
    {"decision", N_("decision")},
    {"repayment", N_("repayment")},
    {"hh_exit", N_("household exit")},
    {"payment", N_("payment")},
    {"treatment_record", N_("treatment record")},
    {"placement_record", N_("placement record")},
    {"period_event", N_("period")},
    {"web_user", N_("user")},
    {"price_index", N_("price index")},
    {"participant", N_("participant")},
    {"outcome", N_("outcome")},
    {"target", N_("target")},
};

static const char *word(const char *const (*map)[2], size_t n, const char *code)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(map[i][0], code) == 0)
            return _(map[i][1]);
    return code;
}

static int log_one(void *ctx, const sif_log_entry *e)
{
    cli_list *l = ctx;
    if (l->j) {
        json_obj(l->j);
        json_key(l->j, "seq"); json_int(l->j, e->seq);
        json_key(l->j, "at"); json_str(l->j, e->at);
        json_key(l->j, "user"); json_str(l->j, e->user);
        json_key(l->j, "action"); json_str(l->j, e->action);
        json_key(l->j, "table"); json_str(l->j, e->table);
        json_key(l->j, "row"); json_int(l->j, e->row_id);
        json_key(l->j, "batch"); json_int(l->j, e->batch_id);
        json_key(l->j, "batch_kind"); json_str(l->j, e->batch_kind);
        json_key(l->j, "detail"); json_str(l->j, e->detail);
        json_key(l->j, "source"); json_str(l->j, e->source[0] ? e->source : NULL);
        json_key(l->j, "sha256"); json_str(l->j, e->sha256[0] ? e->sha256 : NULL);
        json_key(l->j, "note"); json_str(l->j, e->note[0] ? e->note : NULL);
        json_end_obj(l->j);
        return 0;
    }
    cli_table_row(l->t);
    cli_table_cellf(l->t, "%lld", (long long)e->seq);
    cli_table_cell(l->t, e->at);
    cli_table_cell(l->t, e->user);
    cli_table_cellf(l->t, "%s %s %lld", word(actions, sizeof actions / sizeof *actions, e->action),
                    word(tables, sizeof tables / sizeof *tables, e->table), (long long)e->row_id);
    /* a batch's own line says what the batch noted: the format, a re-import's reason */
    cli_table_cell(l->t, e->detail[0] || strcmp(e->table, "batch") != 0 ? e->detail : e->note);
    cli_table_cellf(l->t, "%lld %s%s%s", (long long)e->batch_id, e->batch_kind,
                    e->source[0] ? " " : "", e->source);
    return 0;
}

/* What --table and --last chose. */
struct log_sel {
    const char *table;
    long last;
};

static sif_status log_fill(sif_store *st, const sif_project *p, const void *arg, cli_list *l,
                           sif_error *err)
{
    (void)p;
    const struct log_sel *sel = arg;
    return sif_log_list(st, sel->table, sel->last, log_one, l, err);
}

static int cmd_log_run(const sif_cli *cli, int argc, char **argv)
{
    if (cli_wants_help(argc, argv))
        return cli_help(&sif_cmd_log, _("  --table NAME  only rows of that table (cost, saving, ...)\n"
                                        "  --last N      only the last N entries\n"
                                        "  --json\n"));
    bool json = false;
    const char *table = NULL;
    long last = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--json") == 0)
            json = true;
        else if (strcmp(argv[i], "--table") == 0 && i + 1 < argc)
            table = argv[++i];
        else if (strcmp(argv[i], "--last") == 0 && i + 1 < argc && cli_int(argv[i + 1], 1, 1L << 30, &last))
            i++;
        else
            return cli_usage(&sif_cmd_log, _("unexpected argument %s"), argv[i]);
    }
    sif_error err;
    sif_error_init(&err);
    if (table && sif_log_table_check(table, &err) != SIF_OK)
        return cli_usage(&sif_cmd_log, "--table: %s", err.msg);
    const char *const heads[] = {_("No."), _("When"), _("Who"), _("What"), _("Detail"), _("Batch")};
    struct log_sel sel = {table, last};
    return cli_list_run(cli, NULL, json, 6, heads, "rlllll", log_fill, &sel);
}

const struct sif_cmd sif_cmd_log = {
    .name = "log",
    .usage = N_("sif log [--table NAME] [--last N] [--json]"),
    .summary = N_("the audit trail: who wrote what, when, from which file"),
    .run = cmd_log_run,
};
