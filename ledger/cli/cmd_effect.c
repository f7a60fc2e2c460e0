/* ledger/cli/cmd_effect.c — sif effect add|list: long-term effects, reported, never counted. */
#include <string.h>
#include "calc_opts.h"
#include "commands.h"

#define ADD_USAGE N_("sif effect add PROJECT NAME [--description TEXT] [--quantity N] " \
                  "[--unit-cost AMOUNT] [--per TEXT] [--source TEXT]")
#define LIST_USAGE N_("sif effect list PROJECT [--json]")

struct add_ctx {
    const char *project;
    sif_effect e;
    int64_t id;
};

static sif_status do_add(sif_store *st, int64_t batch, void *ctx, int64_t *rows, sif_ore *sum,
                         sif_error *err)
{
    struct add_ctx *a = ctx;
    (void)sum;
    *rows = 1;
    return sif_effect_add(st, batch, a->project, &a->e, &a->id, err);
}

static int effect_add(const sif_cli *cli, int argc, char **argv)
{
    calc_opt o[] = {{"description", 0, 0}, {"quantity", 0, 0}, {"unit-cost", 0, 0},
                    {"per", 0, 0}, {"source", 0, 0}, {NULL, 0, 0}};
    const char *pos[2];
    int done = calc_args(&sif_cmd_effect, ADD_USAGE, "effect add takes PROJECT NAME", argc, argv,
                         o, pos, 2, 2);
    if (done >= 0)
        return done;
    struct add_ctx a;
    memset(&a, 0, sizeof a);
    a.project = pos[0];
    sif_error err;
    sif_error_init(&err);
    if (sif_text_check(pos[1], sizeof a.e.name, "name", &err) != SIF_OK)
        return cli_fail(&err);
    snprintf(a.e.name, sizeof a.e.name, "%s", pos[1]);
    const char *v;
    long n;
    if ((v = calc_get(o, "description")))
        snprintf(a.e.description, sizeof a.e.description, "%s", v);
    if ((v = calc_get(o, "per")))
        snprintf(a.e.per, sizeof a.e.per, "%s", v);
    if ((v = calc_get(o, "source")))
        snprintf(a.e.source, sizeof a.e.source, "%s", v);
    if ((v = calc_get(o, "quantity"))) {
        if (!cli_int(v, 0, 2147483647L, &n))
            return cli_usage(&sif_cmd_effect, "--quantity: \"%s\" is not a count", v);
        a.e.has_quantity = true;
        a.e.quantity = n;
    }
    if ((v = calc_get(o, "unit-cost"))) {
        if (sif_ore_parse(v, &a.e.unit_cost_ore, &err) != SIF_OK)
            return cli_fail(&err);
        a.e.has_unit_cost = true;
    }
    return cli_write_print_id(cli, "entry", do_add, &a, &a.id);
}

struct list_ctx {
    cli_json *j;
};

static int list_one(void *ctx, const sif_effect *e)
{
    struct list_ctx *l = ctx;
    char a[48];
    if (l->j) {
        json_obj(l->j);
        json_key(l->j, "id"); json_int(l->j, e->id);
        json_key(l->j, "name"); json_str(l->j, e->name);
        json_key(l->j, "description"); json_str(l->j, e->description);
        json_key(l->j, "quantity"); if (e->has_quantity) json_int(l->j, e->quantity); else json_null(l->j);
        json_key(l->j, "unit_cost_ore"); if (e->has_unit_cost) json_int(l->j, e->unit_cost_ore); else json_null(l->j);
        json_key(l->j, "per"); json_str(l->j, e->per);
        json_key(l->j, "source"); json_str(l->j, e->source);
        json_end_obj(l->j);
        return 0;
    }
    printf("%lld  %s", (long long)e->id, e->name);
    if (e->has_quantity)
        printf(_(", %lld pcs"), (long long)e->quantity);
    if (e->has_unit_cost)
        printf(": %s kr per %s", sif_ore_format(e->unit_cost_ore, a, sizeof a, SIF_FMT_KRONOR), e->per);
    printf("\n");
    if (e->description[0])
        printf("    %s\n", e->description);
    if (e->source[0])
        printf(_("    Source: %s\n"), e->source);
    return 0;
}

static int effect_list(const sif_cli *cli, int argc, char **argv)
{
    calc_opt o[] = {{"json", 1, 0}, {NULL, 0, 0}};
    const char *code = NULL;
    int done = calc_args(&sif_cmd_effect, LIST_USAGE, "effect list takes PROJECT", argc, argv, o,
                         &code, 1, 1);
    if (done >= 0)
        return done;
    sif_error err;
    sif_error_init(&err);
    sif_store *st = NULL;
    sif_project p;
    if (cli_open_project(cli, code, &st, &p, &err) != SIF_OK)
        return cli_fail(&err);
    struct list_ctx l = {0};
    cli_json j;
    sif_status rc;
    if (calc_get(o, "json")) {
        json_init(&j, stdout);
        l.j = &j;
        json_arr(&j);
        rc = sif_effect_list(st, code, list_one, &l, &err);
        json_end_arr(&j);
        json_done(&j);
    } else {
        printf("%s\n", _("Long-term effects (reported, not counted in the result):"));
        rc = sif_effect_list(st, code, list_one, &l, &err);
    }
    sif_store_close(st);
    return rc == SIF_OK ? 0 : cli_fail(&err);
}

static const struct sif_subcmd subs[] = {
    {"add", ADD_USAGE, effect_add},
    {"list", LIST_USAGE, effect_list},
    {NULL, NULL, NULL},
};

const struct sif_cmd sif_cmd_effect = {
    .subs = subs,
    .name = "effect",
    .usage = N_("sif effect add|list"),
    .summary = N_("long-term effects: reported, never counted"),
};
