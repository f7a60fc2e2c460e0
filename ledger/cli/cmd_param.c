/* ledger/cli/cmd_param.c — sif param set|list: unit costs with their sources. */
#include <string.h>
#include "calc_opts.h"
#include "commands.h"

#define SET_USAGE N_("sif param set KEY VALUE [--kind ore|ratio|count] [--from YEAR] [--to YEAR] " \
                  "[--year YEAR] [--project CODE] [--source TEXT] [--price-year YEAR] " \
                  "[--confidence high|medium|low] [--replace]")
#define LIST_USAGE N_("sif param list [KEY] [--json]")

struct set_ctx {
    sif_param p;
    sif_param_econ econ;     /* price year and confidence grade (SPEC §13) */
    bool replace;            /* --replace: a value for those years may be there already */
};

static sif_status do_set(sif_store *st, int64_t batch, void *ctx, int64_t *rows, sif_ore *sum,
                         sif_error *err)
{
    struct set_ctx *c = ctx;
    int64_t id;
    (void)sum;
    *rows = 1;
    sif_status rc = sif_param_set_replace(st, batch, &c->p, c->replace, &id, err);
    return rc == SIF_OK ? sif_param_econ_set(st, batch, id, &c->econ, err) : rc;
}

static bool year_opt(const calc_opt *o, const char *name, int *out)
{
    const char *v = calc_get(o, name);
    long y;
    if (v == NULL)
        return true;
    if (!cli_int(v, 1900, 2999, &y))
        return false;
    *out = (int)y;
    return true;
}

static int param_set(const sif_cli *cli, int argc, char **argv)
{
    calc_opt o[] = {{"kind", 0, 0}, {"from", 0, 0}, {"to", 0, 0}, {"year", 0, 0},
                    {"project", 0, 0}, {"source", 0, 0}, {"price-year", 0, 0},
                    {"confidence", 0, 0}, {"replace", 1, 0}, {NULL, 0, 0}};
    const char *pos[2];
    int done = calc_args(&sif_cmd_param, SET_USAGE, "param set takes KEY VALUE", argc, argv, o,
                         pos, 2, 2);
    if (done >= 0)
        return done;
    struct set_ctx c;
    memset(&c, 0, sizeof c);
    sif_param_init(&c.p, pos[0], SIF_PARAM_ORE, 0);
    sif_error err;
    sif_error_init(&err);
    const char *v;
    if (!year_opt(o, "price-year", &c.econ.price_year))
        return cli_usage(&sif_cmd_param, "--price-year takes a year");
    if ((v = calc_get(o, "confidence")) &&
        sif_confidence_parse(v, &c.econ.confidence, &err) != SIF_OK)
        return cli_fail(&err);
    if ((v = calc_get(o, "kind")) && sif_param_kind_parse(v, &c.p.kind, &err) != SIF_OK)
        return cli_fail(&err);
    if (!year_opt(o, "from", &c.p.year_from) || !year_opt(o, "to", &c.p.year_to) ||
        !year_opt(o, "year", &c.p.year_from))
        return cli_usage(&sif_cmd_param, "--from, --to and --year take a year");
    if (calc_get(o, "year"))
        c.p.year_to = c.p.year_from;
    if ((v = calc_get(o, "project")))
        snprintf(c.p.project_code, sizeof c.p.project_code, "%s", v);
    if ((v = calc_get(o, "source")))
        snprintf(c.p.source, sizeof c.p.source, "%s", v);
    long n;
    if (c.p.kind == SIF_PARAM_ORE) {
        if (sif_ore_parse(pos[1], &c.p.num, &err) != SIF_OK)
            return cli_fail(&err);
    } else if (c.p.kind == SIF_PARAM_RATIO) {
        sif_ratio r;
        if (sif_share_parse(pos[1], &r, &err) != SIF_OK)
            return cli_fail(&err);
        c.p.num = r.num;
        c.p.den = r.den;
    } else if (!cli_int(pos[1], 0, 2147483647L, &n)) {
        return cli_usage(&sif_cmd_param, "\"%s\" is not a count", pos[1]);
    } else {
        c.p.num = n;
    }
    c.replace = calc_get(o, "replace") != NULL;
    sif_store *st = NULL;
    int64_t batch, rows = 0;
    sif_ore sum = 0;
    sif_status rc = cli_open(cli, 0, &st, &err);
    /* the batch of a replacement says so: sif check does not call the two values a conflict */
    if (rc == SIF_OK && (rc = sif_write_begin(st, "entry", NULL, NULL, &batch, &err)) == SIF_OK) {
        rc = do_set(st, batch, &c, &rows, &sum, &err);
        if (rc == SIF_OK)
            rc = sif_write_commit(st, batch, rows, sum, c.replace ? SIF_PARAM_REPLACE_NOTE : NULL,
                                  &err);
        else
            sif_write_abort(st);
    }
    sif_store_close(st);
    return rc == SIF_OK ? 0 : cli_fail(&err);
}

static void value_text(const sif_param *p, char *buf, size_t size)
{
    char a[48];
    if (p->kind == SIF_PARAM_ORE)
        snprintf(buf, size, "%s kr", sif_ore_format(p->num, a, sizeof a, SIF_FMT_AUTO));
    else if (p->kind == SIF_PARAM_RATIO)
        sif_ratio_format((sif_ratio){p->num, p->den}, buf, size);
    else
        snprintf(buf, size, "%lld", (long long)p->num);
}

static int list_one(void *ctx, const sif_param *p)
{
    cli_list *l = ctx;
    if (l->j) {
        json_obj(l->j);
        json_key(l->j, "id"); json_int(l->j, p->id);
        json_key(l->j, "key"); json_str(l->j, p->key);
        json_key(l->j, "kind"); json_str(l->j, sif_param_kind_name(p->kind));
        json_key(l->j, "num"); json_int(l->j, p->num);
        json_key(l->j, "den"); json_int(l->j, p->den);
        json_key(l->j, "year_from"); if (p->year_from) json_int(l->j, p->year_from); else json_null(l->j);
        json_key(l->j, "year_to"); if (p->year_to) json_int(l->j, p->year_to); else json_null(l->j);
        json_key(l->j, "project"); json_str(l->j, p->project_code[0] ? p->project_code : NULL);
        json_key(l->j, "source"); json_str(l->j, p->source);
        json_end_obj(l->j);
        return 0;
    }
    char v[64];
    value_text(p, v, sizeof v);
    cli_table_row(l->t);
    cli_table_cellf(l->t, "%lld", (long long)p->id);
    cli_table_cell(l->t, p->key);
    cli_table_cell(l->t, v);
    if (p->year_from || p->year_to) {
        char f[8] = "", t[8] = "";
        if (p->year_from)
            snprintf(f, sizeof f, "%d", p->year_from);
        if (p->year_to)
            snprintf(t, sizeof t, "%d", p->year_to);
        cli_table_cellf(l->t, "%s–%s", f, t);
    } else
        cli_table_cell(l->t, _("all years"));
    cli_table_cell(l->t, p->project_code[0] ? p->project_code : _("all"));
    cli_table_cell(l->t, p->source);
    return 0;
}

static sif_status list_fill(sif_store *st, const sif_project *p, const void *key, cli_list *l,
                             sif_error *err)
{
    (void)p;
    return sif_param_list(st, key, list_one, l, err);
}

static int param_list(const sif_cli *cli, int argc, char **argv)
{
    calc_opt o[] = {{"json", 1, 0}, {NULL, 0, 0}};
    const char *key = NULL;
    int done = calc_args(&sif_cmd_param, LIST_USAGE, "param list takes at most KEY", argc, argv, o, &key, 0, 1);
    if (done >= 0)
        return done;
    static const char *const heads[] = {N_("Id"), N_("Key"), N_("Value"), N_("Year"), N_("Project"), N_("Source")};
    return cli_list_run(cli, NULL, calc_get(o, "json") != NULL, 6, heads, "llrlll", list_fill, key);
}

static const struct sif_subcmd subs[] = {
    {"set", SET_USAGE, param_set},
    {"list", LIST_USAGE, param_list},
    {NULL, NULL, NULL},
};

const struct sif_cmd sif_cmd_param = {
    .subs = subs,
    .name = "param",
    .usage = N_("sif param set|list"),
    .summary = N_("unit costs and parameters with their sources"),
};
