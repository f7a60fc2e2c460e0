/* ledger/cli/cmd_saving.c — sif saving add|list|show|reverse|compute: savings and the
 * calculation methods that produce them. */
#include <stdlib.h>
#include <string.h>
#include "calc_opts.h"
#include "commands.h"
#include "show_economics.h"

#define ADD_USAGE N_("sif saving add PROJECT CATEGORY YEAR AMOUNT [--status projected|realised] " \
                  "[--unit UNIT] [--label TEXT] [--cash SHARE] [--shifted AMOUNT] " \
                  "[--agencies kommun=70%,region=30%] [--price-year YEAR] " \
                  "[--confidence high|medium|low]")
#define LIST_USAGE N_("sif saving list PROJECT [--json]")
#define SHOW_USAGE N_("sif saving show ID [--json]")
#define REVERSE_USAGE N_("sif saving reverse ID --reason TEXT")
#define COMPUTE_USAGE N_("sif saving compute PROJECT METHOD [options]")

static sif_status parse_common(const calc_opt *o, sif_saving *s, sif_error *err)
{
    const char *v;
    long n;
    sif_status rc = SIF_OK;
    if ((v = calc_get(o, "status")) && (rc = sif_saving_status_parse(v, &s->status, err)) != SIF_OK)
        return rc;
    if ((v = calc_get(o, "unit")))
        snprintf(s->unit_code, sizeof s->unit_code, "%s", v);
    if ((v = calc_get(o, "label")))
        snprintf(s->label, sizeof s->label, "%s", v);
    if ((v = calc_get(o, "year"))) {
        if (!cli_int(v, 1900, 2999, &n))
            return sif_error_set(err, SIF_ERR_USAGE, "--year: \"%s\" is not a year", v);
        s->year = (int)n;
    }
    if ((v = calc_get(o, "cash"))) {
        sif_ratio r;
        if ((rc = sif_share_parse(v, &r, err)) != SIF_OK ||
            (rc = sif_share_bp(r, "--cash", &s->cash_bp, err)) != SIF_OK)
            return rc;
    }
    return rc;
}

struct write_ctx {
    const sif_saving *s;
    const sif_method_out *m;
    int64_t id, rid;
    int64_t *ids;              /* compute: m->n ids of the written savings */
    const char *reason;
    const sif_saving_econ *econ; /* agencies, price year, confidence (SPEC §13) */
    int64_t replace;           /* compute: the saving --replace reverses first */
};

static sif_status do_add(sif_store *st, int64_t batch, void *ctx, int64_t *rows, sif_ore *sum,
                         sif_error *err)
{
    struct write_ctx *w = ctx;
    *rows = 1;
    *sum = w->s->amount_ore;
    sif_status rc = sif_saving_add(st, batch, w->s, NULL, &w->id, err);
    return rc == SIF_OK ? sif_saving_econ_set(st, batch, w->id, w->econ, err) : rc;
}

static int saving_add(const sif_cli *cli, int argc, char **argv)
{
    calc_opt o[] = {{"status", 0, 0}, {"unit", 0, 0}, {"label", 0, 0}, {"cash", 0, 0},
                    {"shifted", 0, 0}, CLI_ECON_OPTS, {NULL, 0, 0}};
    const char *pos[4];
    int done = calc_args(&sif_cmd_saving, ADD_USAGE,
                         "saving add takes PROJECT CATEGORY YEAR AMOUNT", argc, argv, o, pos, 4, 4);
    if (done >= 0)
        return done;
    sif_saving s;
    memset(&s, 0, sizeof s);
    s.cash_bp = -1;
    snprintf(s.project_code, sizeof s.project_code, "%s", pos[0]);
    snprintf(s.method, sizeof s.method, "manual");
    sif_error err;
    sif_error_init(&err);
    long y;
    if (!cli_int(pos[2], 1900, 2999, &y))
        return cli_usage(&sif_cmd_saving, "\"%s\" is not a year", pos[2]);
    s.year = (int)y;
    const char *sh = calc_get(o, "shifted");
    if (sif_category_parse(pos[1], &s.category, &err) != SIF_OK ||
        sif_ore_parse(pos[3], &s.amount_ore, &err) != SIF_OK ||
        (sh && sif_ore_parse(sh, &s.shifted_ore, &err) != SIF_OK) ||
        parse_common(o, &s, &err) != SIF_OK)
        return cli_fail(&err);
    sif_saving_econ econ;
    if (cli_econ_opts(o, &econ, &err) != SIF_OK)
        return cli_fail(&err);
    struct write_ctx w = {.s = &s, .econ = &econ};
    return cli_write_print_id(cli, "entry", do_add, &w, &w.id);
}

static int list_one(void *ctx, const sif_saving *s)
{
    cli_list *l = ctx;
    if (l->j) {
        json_obj(l->j);
        json_key(l->j, "id"); json_int(l->j, s->id);
        json_key(l->j, "category"); json_str(l->j, sif_category_name(s->category));
        json_key(l->j, "year"); json_int(l->j, s->year);
        json_key(l->j, "amount_ore"); json_int(l->j, s->amount_ore);
        json_key(l->j, "shifted_ore"); json_int(l->j, s->shifted_ore);
        json_key(l->j, "unit"); json_str(l->j, s->unit_code[0] ? s->unit_code : NULL);
        json_key(l->j, "status"); json_str(l->j, sif_saving_status_name(s->status));
        json_key(l->j, "cash_bp"); if (s->cash_bp >= 0) json_int(l->j, s->cash_bp); else json_null(l->j);
        json_key(l->j, "method"); json_str(l->j, s->method);
        json_key(l->j, "reverses"); if (s->reverses) json_int(l->j, s->reverses); else json_null(l->j);
        json_end_obj(l->j);
        return 0;
    }
    cli_table_row(l->t);
    cli_table_cellf(l->t, "%lld", (long long)s->id);
    cli_table_cellf(l->t, "%d", s->year);
    cli_table_cell(l->t, sif_category_label(s->category));
    cli_table_money(l->t, s->amount_ore);
    cli_table_money(l->t, s->shifted_ore);
    cli_table_cell(l->t, s->unit_code);
    cli_table_cell(l->t, sif_saving_status_label(s->status));
    cli_table_cell(l->t, sif_saving_method_label(s->method));
    if (s->reverses)
        cli_table_cellf(l->t, _("reverses %lld"), (long long)s->reverses);
    else if (s->reversed_by)
        cli_table_cellf(l->t, _("reversed by %lld"), (long long)s->reversed_by);
    else
        cli_table_cell(l->t, "");
    return 0;
}

static sif_status list_fill(sif_store *st, const sif_project *p, const void *code, cli_list *l,
                             sif_error *err)
{
    (void)p;
    return sif_saving_list(st, code, list_one, l, err);
}

static int saving_list(const sif_cli *cli, int argc, char **argv)
{
    calc_opt o[] = {{"json", 1, 0}, {NULL, 0, 0}};
    const char *code = NULL;
    int done = calc_args(&sif_cmd_saving, LIST_USAGE, "saving list takes PROJECT", argc, argv, o,
                         &code, 1, 1);
    if (done >= 0)
        return done;
    static const char *const heads[] = {N_("Id"), N_("Year"), N_("Category"), N_("Amount"), N_("Of which moved"),
                                        N_("Unit"), N_("Status"), N_("Method"), ""};
    return cli_list_run(cli, code, calc_get(o, "json") != NULL, 9, heads, "lllrrllll", list_fill,
                        code);
}

/* A saving with everything it was computed from, for programs: amounts in öre, inputs with
 * their unit ("kr" in öre, "%" in basis points), the formula and the derivation lines. */
static void show_json(const sif_saving *s, const sif_saving_calc *c)
{
    cli_json j;
    json_init(&j, stdout);
    json_obj(&j);
    json_key(&j, "id"); json_int(&j, s->id);
    json_key(&j, "project"); json_str(&j, s->project_code);
    json_key(&j, "category"); json_str(&j, sif_category_name(s->category));
    json_key(&j, "label"); json_str(&j, s->label);
    json_key(&j, "year"); json_int(&j, s->year);
    json_key(&j, "amount_ore"); json_int(&j, s->amount_ore);
    json_key(&j, "shifted_ore"); json_int(&j, s->shifted_ore);
    json_key(&j, "unit"); json_str(&j, s->unit_code[0] ? s->unit_code : NULL);
    json_key(&j, "status"); json_str(&j, sif_saving_status_name(s->status));
    json_key(&j, "method"); json_str(&j, s->method);
    json_key(&j, "reverses");
    if (s->reverses) json_int(&j, s->reverses); else json_null(&j);
    json_key(&j, "reversed_by");
    if (s->reversed_by) json_int(&j, s->reversed_by); else json_null(&j);
    json_key(&j, "inputs");
    json_arr(&j);
    for (size_t i = 0; i < c->ninputs; i++) {
        json_obj(&j);
        json_key(&j, "key"); json_str(&j, c->inputs[i].key);
        json_key(&j, "label"); json_str(&j, c->inputs[i].label);
        json_key(&j, "value"); json_int(&j, c->inputs[i].value);
        json_key(&j, "unit"); json_str(&j, c->inputs[i].unit);
        json_end_obj(&j);
    }
    json_end_arr(&j);
    json_key(&j, "formula"); json_str(&j, c->formula);
    json_key(&j, "shifted_formula"); json_str(&j, c->shifted_formula[0] ? c->shifted_formula : NULL);
    json_key(&j, "derivation");
    json_arr(&j);
    for (const char *p = c->derivation; p && *p;) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        char line[1024];
        snprintf(line, sizeof line, "%.*s", (int)(n < sizeof line ? n : sizeof line - 1), p);
        json_str(&j, line);
        p = nl ? nl + 1 : p + n;
    }
    json_end_arr(&j);
    json_end_obj(&j);
    json_done(&j);
}

/* An input's unit as stored (a code: "st", "mån", "dygn", "h") in the chosen language. */
static const char *unit_text(const char *unit)
{
    static const char *const units[][2] = {
        {"st", N_("pcs")}, {"mån", N_("months")}, {"dygn", N_("days")}, {"h", N_("hours")},
    };
    for (size_t i = 0; i < sizeof units / sizeof units[0]; i++)
        if (strcmp(unit, units[i][0]) == 0)
            return _(units[i][1]);
    return unit;
}

static int saving_show(const sif_cli *cli, int argc, char **argv)
{
    calc_opt o[] = {{"json", 1, 0}, {NULL, 0, 0}};
    const char *idt = NULL;
    long id;
    int done = calc_args(&sif_cmd_saving, SHOW_USAGE, "saving show takes ID", argc, argv, o, &idt,
                         1, 1);
    if (done >= 0)
        return done;
    if (!cli_int(idt, 1, 2147483647L, &id))
        return cli_usage(&sif_cmd_saving, "saving show takes ID");
    sif_error err;
    sif_error_init(&err);
    sif_store *st = NULL;
    sif_saving s;
    sif_saving_calc *c = NULL;
    if (cli_open(cli, SIF_STORE_READONLY, &st, &err) != SIF_OK ||
        sif_saving_get(st, id, &s, &err) != SIF_OK ||
        sif_saving_calc_load(st, id, &c, &err) != SIF_OK) {
        sif_store_close(st);
        return cli_fail(&err);
    }
    if (calc_get(o, "json")) {
        show_json(&s, c);
        sif_saving_calc_free(c);
        sif_store_close(st);
        return 0;
    }
    char a[48], b[48];
    printf(_("Cost reduction %lld: %s, %s %d, %s\n"), (long long)s.id, s.project_code,
           sif_category_label(s.category), s.year, s.label);
    printf(_("Amount: %s kr (%s)"), sif_ore_format(s.amount_ore, a, sizeof a, SIF_FMT_AUTO),
           sif_saving_status_label(s.status));
    if (s.shifted_ore)
        printf(_(", of which moved to another payer %s kr"),
               sif_ore_format(s.shifted_ore, b, sizeof b, SIF_FMT_AUTO));
    printf(_("\nReceiving unit: %s   Method: %s\n"), s.unit_code[0] ? s.unit_code : "-",
           sif_saving_method_label(s.method));
    if (s.reverses)
        printf(_("Reverses %lld: %s\n"), (long long)s.reverses, s.reason);
    if (s.reversed_by)
        printf(_("Reversed by %lld\n"), (long long)s.reversed_by);
    printf(_("\nDerivation:\n%s\n"), c->derivation ? c->derivation : "");
    printf("\n%s\n", _("Inputs:"));
    for (size_t i = 0; i < c->ninputs; i++) {
        const sif_saving_input *in = &c->inputs[i];
        if (strcmp(in->unit, "kr") == 0)
            printf("  %-16s %s kr  %s\n", in->key, sif_ore_format(in->value, a, sizeof a, SIF_FMT_AUTO),
                   in->label);
        else
            printf("  %-16s %lld %s  %s\n", in->key, (long long)in->value, unit_text(in->unit),
                   in->label);
    }
    printf(_("Formula: %s\n"), c->formula);
    if (c->shifted_formula[0])
        printf(_("Of which moved, formula: %s\n"), c->shifted_formula);
    /* SPEC §13: the unit cost rows it was computed from (sif param list shows them) */
    int64_t pids[SIF_CALC_PARAMS_MAX];
    size_t np = 0;
    if (sif_saving_params_get(st, s.id, pids, SIF_CALC_PARAMS_MAX, &np, &err) == SIF_OK && np) {
        printf("%s", _("Computed from the unit cost rows:"));
        for (size_t i = 0; i < np; i++)
            printf("%s %lld", i ? "," : "", (long long)pids[i]);
        printf("\n");
    }
    sif_saving_calc_free(c);
    sif_store_close(st);
    return 0;
}

static sif_status do_reverse(sif_store *st, int64_t batch, void *ctx, int64_t *rows,
                             sif_ore *sum, sif_error *err)
{
    struct write_ctx *w = ctx;
    *rows = 1;
    (void)sum;
    return sif_saving_reverse(st, batch, w->id, w->reason, &w->rid, err);
}

static int saving_reverse(const sif_cli *cli, int argc, char **argv)
{
    calc_opt o[] = {{"reason", 0, 0}, {NULL, 0, 0}};
    const char *idt = NULL;
    long id;
    int done = calc_args(&sif_cmd_saving, REVERSE_USAGE, "saving reverse takes ID --reason TEXT",
                         argc, argv, o, &idt, 1, 1);
    if (done >= 0)
        return done;
    if (!cli_int(idt, 1, 2147483647L, &id))
        return cli_usage(&sif_cmd_saving, "saving reverse takes ID --reason TEXT");
    struct write_ctx w = {.id = id, .reason = calc_get(o, "reason")};
    return cli_write_print_id(cli, "entry", do_reverse, &w, &w.rid);
}

static sif_status do_compute(sif_store *st, int64_t batch, void *ctx, int64_t *rows,
                             sif_ore *sum, sif_error *err)
{
    struct write_ctx *w = ctx;
    *rows = (int64_t)w->m->n;
    for (size_t i = 0; i < w->m->n; i++) {
        sif_status rc = sif_ore_add(*sum, w->m->savings[i].amount_ore, sum, err);
        if (rc != SIF_OK)
            return rc;
    }
    sif_status rc = sif_method_write_replacing(st, batch, w->m, w->replace, w->ids, err);
    for (size_t i = 0; rc == SIF_OK && i < w->m->n; i++) {
        /* what the saving does not state, it takes from its unit costs (SPEC §13) */
        sif_saving_econ e = *w->econ;
        if ((rc = sif_saving_params_set(st, batch, w->ids[i], w->m->calcs[i], err)) == SIF_OK &&
            (rc = sif_saving_econ_from_params(st, w->m->calcs[i], &e, err)) == SIF_OK)
            rc = sif_saving_econ_set(st, batch, w->ids[i], &e, err);
    }
    return rc;
}

static int saving_compute(const sif_cli *cli, int argc, char **argv);

static const struct sif_subcmd subs[] = {
    {"add", ADD_USAGE, saving_add},
    {"list", LIST_USAGE, saving_list},
    {"show", SHOW_USAGE, saving_show},
    {"reverse", REVERSE_USAGE, saving_reverse},
    {"compute", N_("sif saving compute PROJECT METHOD [options] (see sif saving compute --help)"),
     saving_compute},
    {NULL, NULL, NULL},
};

const struct sif_cmd sif_cmd_saving = {
    .subs = subs,
    .name = "saving",
    .usage = N_("sif saving add|list|show|reverse|compute"),
    .summary = N_("savings (cost reductions) and the methods that compute them"),
};

/* ---- compute ---- */

static int saving_compute(const sif_cli *cli, int argc, char **argv)
{
    if (cli_wants_help(argc, argv)) {
        printf(_("usage: %s\n"), _(COMPUTE_USAGE));
        /* xgettext:no-c-format */
        printf("\n%s", _("METHOD: benefit_schablon | benefit_records | treatment | placement | other\n"
               "  --year Y --unit UNIT --status projected|realised --cash SHARE --label TEXT\n"
               "  --dry-run                 show, write nothing\n"
               "  --replace ID              reverse saving ID and write this one instead; without\n"
               "                            it a saving of the same project, method, category\n"
               "                            and year as an unreversed one is refused\n"
               "  --agencies kommun=70%,region=30%  who gains (default kommun=100 %)\n"
               "  --price-year Y --confidence high|medium|low\n"
               "benefit_schablon: --deadweight-households N --months N --monthly AMOUNT\n"
               "                  --count REASON=N (repeatable as REASON=N,REASON=N)\n"
               "benefit_records:  --horizon YYYY-MM --window N\n"
               "benefit_*:        --district D  only the exits of that district (schablon: the\n"
               "                  exits' stadsomrade; records: the payment register's)\n"
               "treatment:        --hourly AMOUNT     placement: --daily AMOUNT\n"
               "other:            --amount AMOUNT | --quantity N (3, 0,5) (--unit-cost AMOUNT | --param KEY)\n"
               "                  --category benefit|treatment|placement|other\n\n"
               "Unit costs each method reads (set with 'sif param set KEY ...'; the value in force\n"
               "in the saving's year), when neither a record nor the option gives one:\n"
               "  benefit_schablon  forsorjningsstod_manad  per household and month (--monthly)\n"
               "  benefit_records   none: each household's own payments in the register\n"
               "  treatment         behandling_timme        per hour and therapist (--hourly)\n"
               "  placement         hvb_dygn                per day (--daily), and\n"
               "                    placering_dagar         days of a placement whose record has none\n"
               "  other             the KEY of --param\n\n"
               "Without --dry-run the savings are written and each is headed by its id\n"
               "(Cost reduction ID: ...), for 'sif saving show ID'.\n"));
        return 0;
    }
    calc_opt o[] = {{"year", 0, 0}, {"unit", 0, 0}, {"status", 0, 0}, {"cash", 0, 0},
                    {"label", 0, 0}, {"dry-run", 1, 0}, {"deadweight", 0, 0},
                    {"deadweight-households", 0, 0}, {"replace", 0, 0}, {"months", 0, 0},
                    {"monthly", 0, 0}, {"count", 0, 0}, {"horizon", 0, 0}, {"window", 0, 0},
                    {"district", 0, 0},
                    {"hourly", 0, 0}, {"daily", 0, 0}, {"amount", 0, 0}, {"quantity", 0, 0},
                    {"unit-cost", 0, 0}, {"param", 0, 0}, {"category", 0, 0}, CLI_ECON_OPTS,
                    {NULL, 0, 0}};
    const char *pos[2];
    int done = calc_parse(&sif_cmd_saving, argc, argv, 1, o, pos, 2);
    if (done < 0)
        return 64;
    if (done != 2)
        return cli_usage(&sif_cmd_saving, "saving compute takes PROJECT METHOD");
    sif_method_opts mo;
    sif_method_opts_init(&mo);
    sif_saving s;
    memset(&s, 0, sizeof s);
    s.cash_bp = -1;
    sif_error err;
    sif_error_init(&err);
    sif_saving_econ econ;
    if (parse_common(o, &s, &err) != SIF_OK || cli_econ_opts(o, &econ, &err) != SIF_OK)
        return cli_fail(&err);
    mo.year = s.year;
    mo.status = s.status;
    mo.cash_bp = s.cash_bp;
    memcpy(mo.unit_code, s.unit_code, sizeof mo.unit_code);
    memcpy(mo.label, s.label, sizeof mo.label);
    const char *v;
    long n;
    /* A count of households never goes by a share's name (SPEC §11.2). */
    if ((v = calc_get(o, "deadweight-households"))) {
        if (!cli_int(v, 0, 1000000, &n))
            return cli_usage(&sif_cmd_saving, "--deadweight-households: \"%s\" is not a number "
                             "of households", v);
        mo.deadweight = (int)n;
    }
    if ((v = calc_get(o, "deadweight")))
        return cli_usage(&sif_cmd_saving, "--deadweight is a share and adjusts a result "
                         "(sif result --deadweight 10 %%); households that would have left "
                         "anyway are --deadweight-households N");
    if ((v = calc_get(o, "months"))) {
        if (!cli_int(v, 1, 1200, &n)) return cli_usage(&sif_cmd_saving, "--months: 1–1200");
        mo.months = (int)n;
    }
    if ((v = calc_get(o, "district")) &&
        cli_district(&sif_cmd_saving, v, mo.district, sizeof mo.district))
        return 64;
    if ((v = calc_get(o, "window"))) {
        if (!cli_int(v, 1, 120, &n)) return cli_usage(&sif_cmd_saving, "--window: 1–120 months");
        mo.window = (int)n;
    }
    if ((v = calc_get(o, "horizon"))) {
        int yy, mm;
        char tail;
        if (sscanf(v, "%4d-%2d%c", &yy, &mm, &tail) != 2 || mm < 1 || mm > 12 || yy < 1900 || yy > 2999)
            return cli_usage(&sif_cmd_saving, "--horizon: \"%s\" is not YYYY-MM", v);
        mo.horizon_end = yy * 100 + mm;
    }
    if ((v = calc_get(o, "quantity"))) {
        /* a number as Swedes write it, decimal comma or point: "3", "0,5" */
        sif_ratio q;
        if (sif_ratio_parse(v, &q, NULL) != SIF_OK || q.num < 0 || strchr(v, '%') ||
            strchr(v, '/') || q.den > 1000000)
            return cli_usage(&sif_cmd_saving, "--quantity: \"%s\" is not a quantity (3, 0,5)", v);
        mo.quantity = q.num;
        mo.quantity_den = q.den;
    }
    if ((v = calc_get(o, "param")))
        snprintf(mo.param_key, sizeof mo.param_key, "%s", v);
    if ((v = calc_get(o, "replace"))) {
        if (!cli_int(v, 1, 2147483647L, &n))
            return cli_usage(&sif_cmd_saving, "--replace: \"%s\" is not a saving id", v);
        mo.replace_id = n;
    }
    if ((v = calc_get(o, "category")) && sif_category_parse(v, &mo.category, &err) != SIF_OK)
        return cli_fail(&err);
    if (((v = calc_get(o, "monthly")) && (mo.has_monthly = true) && sif_ore_parse(v, &mo.monthly_ore, &err)) ||
        ((v = calc_get(o, "hourly")) && (mo.has_hourly = true) && sif_ore_parse(v, &mo.hourly_ore, &err)) ||
        ((v = calc_get(o, "daily")) && (mo.has_daily = true) && sif_ore_parse(v, &mo.daily_ore, &err)) ||
        ((v = calc_get(o, "amount")) && (mo.has_amount = true) && sif_ore_parse(v, &mo.amount_ore, &err)) ||
        ((v = calc_get(o, "unit-cost")) && (mo.has_unit_cost = true) && sif_ore_parse(v, &mo.unit_cost_ore, &err)))
        return cli_fail(&err);
    if ((v = calc_get(o, "count"))) {
        /* a KEY=VALUE list: a comma between two digits is a decimal comma, so "studier=0,5"
         * is half a household, which the schablon method cannot count */
        sif_kv kv;
        mo.has_counts = true;
        while (sif_kv_next(&v, &kv)) {
            sif_exit_reason r;
            if (!kv.has_value)
                return cli_usage(&sif_cmd_saving, "--count: REASON=N, got \"%s\"", kv.key);
            if (!cli_int(kv.value, 0, 1000000, &n))
                return cli_usage(&sif_cmd_saving, "--count %s=%s: a number of households is a "
                                 "whole number (a partial exit is an exit with a share: sif "
                                 "import exits, benefit_records)", kv.key, kv.value);
            if (sif_exit_reason_parse(kv.key, &r, &err) != SIF_OK)
                return cli_fail(&err);
            mo.counts[r] = (int)n;
        }
    }
    sif_store *st = NULL;
    sif_method_out *m = NULL;
    int dry = calc_get(o, "dry-run") != NULL;
    if (cli_open(cli, dry ? SIF_STORE_READONLY : 0, &st, &err) != SIF_OK ||
        sif_method_compute(st, pos[0], pos[1], &mo, &m, &err) != SIF_OK) {
        sif_store_close(st);
        return cli_fail(&err);
    }
    for (size_t i = 0; i < m->nwarnings; i++)
        fprintf(stderr, _("sif: warning: %s\n"), m->warnings[i]);
    struct write_ctx w = {.m = m, .econ = &econ, .replace = mo.replace_id};
    sif_status rc = SIF_OK;
    if (!dry) {
        w.ids = calloc(m->n ? m->n : 1, sizeof *w.ids);
        rc = w.ids ? cli_write(st, "compute", do_compute, &w, &err)
                   : sif_error_set(&err, SIF_ERR_NOMEM, "out of memory");
    }
    /* Written: each saving is headed by its id, for 'sif saving show ID' next. */
    if (rc == SIF_OK)
        for (size_t i = 0; i < m->n; i++) {
            char a[48];
            if (!dry)
                printf(_("Cost reduction %lld: "), (long long)w.ids[i]);
            printf("%s %d: %s kr\n%s\n", sif_category_label(m->savings[i].category),
                   m->savings[i].year,
                   sif_ore_format(m->savings[i].amount_ore, a, sizeof a, SIF_FMT_AUTO),
                   m->calcs[i]->derivation ? m->calcs[i]->derivation : "");
        }
    free(w.ids);
    sif_method_out_free(m);
    sif_store_close(st);
    return rc == SIF_OK ? 0 : cli_fail(&err);
}
