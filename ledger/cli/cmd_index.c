/* ledger/cli/cmd_index.c — sif index add|list: price indices with their sources (SPEC §13,
 * price_index.h). */
#include <string.h>
#include "calc_opts.h"
#include "commands.h"

#define ADD_USAGE N_("sif index add NAME YEAR VALUE [--source TEXT]")
#define LIST_USAGE N_("sif index list [NAME] [--json]")

struct add_ctx {
    const char *name, *source;
    int year;
    sif_ratio value;
    int64_t id;
};

static sif_status do_add(sif_store *st, int64_t batch, void *ctx, int64_t *rows, sif_ore *sum,
                         sif_error *err)
{
    struct add_ctx *a = ctx;
    (void)sum;
    *rows = 1;
    return sif_index_add(st, batch, a->name, a->year, a->value, a->source, &a->id, err);
}

static int index_add(const sif_cli *cli, int argc, char **argv)
{
    calc_opt o[] = {{"source", 0, 0}, {NULL, 0, 0}};
    const char *pos[3];
    int done = calc_args(&sif_cmd_index, ADD_USAGE, "index add takes NAME YEAR VALUE", argc, argv,
                         o, pos, 3, 3);
    if (done >= 0)
        return done;
    struct add_ctx a = {.name = pos[0], .source = calc_get(o, "source")};
    long y;
    if (!cli_int(pos[1], 1800, 2999, &y))
        return cli_usage(&sif_cmd_index, "\"%s\" is not a year", pos[1]);
    a.year = (int)y;
    sif_error err;
    sif_error_init(&err);
    if ((a.source && sif_text_check(a.source, SIF_TEXT_MAX, "source", &err) != SIF_OK) ||
        sif_index_value_parse(pos[2], &a.value, &err) != SIF_OK)
        return cli_fail(&err);
    return cli_write_print_id(cli, "entry", do_add, &a, &a.id);
}

static int list_one(void *ctx, const sif_index_value *v)
{
    cli_list *l = ctx;
    char q[40];
    sif_index_value_format(v->value, q, sizeof q);
    if (l->j) {
        for (char *c = q; *c; c++)
            if (*c == ',')
                *c = '.';
        json_obj(l->j);
        json_key(l->j, "name"); json_str(l->j, v->name);
        json_key(l->j, "year"); json_int(l->j, v->year);
        json_key(l->j, "value"); json_raw(l->j, q);
        json_key(l->j, "source"); json_str(l->j, v->source[0] ? v->source : NULL);
        json_end_obj(l->j);
        return 0;
    }
    cli_table_row(l->t);
    cli_table_cell(l->t, v->name);
    cli_table_cellf(l->t, "%d", v->year);
    cli_table_cell(l->t, q);
    cli_table_cell(l->t, v->source);
    return 0;
}

static sif_status list_fill(sif_store *st, const sif_project *p, const void *name, cli_list *l,
                             sif_error *err)
{
    (void)p;
    return sif_index_list(st, name, list_one, l, err);
}

static int index_list(const sif_cli *cli, int argc, char **argv)
{
    calc_opt o[] = {{"json", 1, 0}, {NULL, 0, 0}};
    const char *name = NULL;
    int done = calc_args(&sif_cmd_index, LIST_USAGE, "index list takes at most NAME", argc, argv,
                         o, &name, 0, 1);
    if (done >= 0)
        return done;
    static const char *const heads[] = {N_("Index"), N_("Year"), N_("Value"), N_("Source")};
    return cli_list_run(cli, NULL, calc_get(o, "json") != NULL, 4, heads, "lrrl", list_fill, name);
}

static const struct sif_subcmd subs[] = {
    {"add", ADD_USAGE, index_add},
    {"list", LIST_USAGE, index_list},
    {NULL, NULL, NULL},
};

const struct sif_cmd sif_cmd_index = {
    .subs = subs,
    .name = "index",
    .usage = N_("sif index add|list"),
    .summary = N_("price indices (KPI or any series) with their sources"),
};
