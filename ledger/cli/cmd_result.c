/* ledger/cli/cmd_result.c — sif result: a project's investment, savings, net result and
 * payback, with every non-default adjustment and every control-total difference shown. */
#include <string.h>
#include "calc_opts.h"
#include "commands.h"
#include "show_economics.h"

static const char *kr(sif_ore v, char *buf)
{
    return sif_ore_format(v, buf, 48, SIF_FMT_KRONOR);
}

/* a ratio with `decimals` places and a decimal comma */
static const char *sv_decimal(sif_ratio r, int decimals, char *buf, size_t size)
{
    sif_ratio_decimal(r, decimals, buf, size);
    char *dot = strchr(buf, '.');
    if (dot)
        *dot = ',';
    return buf;
}

static const char *status_text(const char *status)
{
    return strcmp(status, "mixed") == 0 ? _("realised and projected")
           : strcmp(status, "projected") == 0 ? _("all projected") : _("all realised");
}

/* SPEC §11.5: both paybacks, named, with the convention */
static void print_paybacks(const sif_result *r)
{
    char q[32], m[32], a[48], b[48];
    if (r->has_payback)
        printf(_("Payback: %s years (%d months), during %d\n"),
               sv_decimal(r->payback_years, 2, q, sizeof q), r->payback_months, r->payback_year);
    else
        printf("%s\n", _("Payback: – (the cost reductions do not cover the investment)"));
    printf("  %s\n", _("counted from the start of the first investment year; each year's investment "
                        "at the start of the year, the cost reductions evenly over the year"));
    const sif_simple_payback *s = &r->simple_payback;
    if (s->has)
        printf(_("Simple payback: %s years (%s months) = the investment %s kr ÷ "
                 "the cost reductions of %d, %s kr (%s)\n"),
               sv_decimal(s->years, 2, q, sizeof q), sv_decimal(s->months, 1, m, sizeof m),
               kr(r->investment_ore, a), s->year, kr(s->savings_ore, b),
               status_text(r->simple_payback_status));
    else
        printf("%s\n", _("Simple payback: – (no investment or no cost reductions)"));
}

static void print_line(void *ctx, const char *line)
{
    (void)ctx;
    printf("  %s\n", line);
}

static void json_line(void *ctx, const char *line)
{
    json_str(ctx, line);
}

static int print_effect(void *ctx, const sif_effect *e)
{
    char kr[48];
    int *n = ctx;
    if ((*n)++ == 0)
        printf("\n%s\n", _("Long-term effects (reported, not counted in the result):"));
    if (e->has_unit_cost)
        printf(_("  %s: %s kr per %s (%s)\n"), e->name,
               sif_ore_format(e->unit_cost_ore, kr, sizeof kr, SIF_FMT_KRONOR), e->per, e->source);
    else
        printf("  %s (%s)\n", e->name, e->source);
    return 0;
}

static int json_effect(void *ctx, const sif_effect *e)
{
    cli_json *j = ctx;
    json_obj(j);
    json_key(j, "name"); json_str(j, e->name);
    json_key(j, "unit_cost_ore");
    if (e->has_unit_cost) json_int(j, e->unit_cost_ore); else json_null(j);
    json_key(j, "per"); json_str(j, e->per);
    json_key(j, "source"); json_str(j, e->source);
    json_end_obj(j);
    return 0;
}

void cli_print_result(sif_store *st, const sif_result *r)
{
    char a[48], b[48], c[48], d[48];
    cli_print_investment(&r->project, r->investment);
    printf("\n%s\n\n", _("Result by year (kr)"));
    cli_table *t = cli_table_new(5 + SIF_CAT_COUNT_);
    cli_table_head(t, 0, _("Year"), 'l');
    cli_table_head(t, 1, _("Investment"), 'r');
    for (int k = 0; k < SIF_CAT_COUNT_; k++)
        cli_table_head(t, 2 + (size_t)k, sif_category_label((sif_category)k), 'r');
    cli_table_head(t, 2 + SIF_CAT_COUNT_, _("Saving"), 'r');
    cli_table_head(t, 3 + SIF_CAT_COUNT_, _("Net"), 'r');
    cli_table_head(t, 4 + SIF_CAT_COUNT_, _("Cumulative"), 'r');
    for (size_t i = 0; i < r->nyears; i++) {
        const sif_result_year *y = &r->years[i];
        cli_table_row(t);
        cli_table_cellf(t, "%d", y->year);
        cli_table_money(t, y->investment_ore);
        for (int k = 0; k < SIF_CAT_COUNT_; k++)
            cli_table_money(t, y->by_category[k]);
        cli_table_money(t, y->savings_ore);
        cli_table_money(t, y->net_ore);
        cli_table_money(t, y->cumulative_ore);
    }
    cli_table_rule(t);
    cli_table_row(t);
    cli_table_cell(t, _("Total"));
    cli_table_money(t, r->investment_ore);
    for (int k = 0; k < SIF_CAT_COUNT_; k++)
        cli_table_money(t, r->by_category[k]);
    cli_table_money(t, r->savings_ore);
    cli_table_money(t, r->net_ore);
    cli_table_cell(t, "");
    cli_table_print(t, stdout);
    cli_table_free(t);

    printf(_("\nInvestment: %s kr (the ledger's sum; of which the fund's loan %s kr)\n"),
           kr(r->investment_ore, a), kr(r->investment_fund_ore, b));
    if (r->has_printed_investment)
        printf(_("Printed investment total: %s kr, difference %s kr\n"),
               kr(r->printed_investment_ore, a),
               sif_ore_format(r->investment_raw_ore - r->printed_investment_ore, b, sizeof b,
                              SIF_FMT_AUTO));
    printf(_("Cost reductions: %s kr (realised %s kr, projected %s kr)\n"),
           kr(r->savings_ore, a), kr(r->by_status[SIF_SAVING_REALISED], b),
           kr(r->by_status[SIF_SAVING_PROJECTED], c));
    for (size_t i = 0; i < r->ncontrols; i++) {
        const sif_saving_control *ct = &r->controls[i];
        printf(_("  %s: printed %s kr, ledger %s kr, %s%s%s\n"),
               ct->category < 0 ? _("Total") : sif_category_label((sif_category)ct->category),
               kr(ct->printed_ore, a), kr(ct->computed_ore, b), ct->diff_ore ? _("difference ") : _("agrees"),
               ct->diff_ore ? kr(ct->diff_ore, d) : "", ct->diff_ore ? " kr" : "");
    }
    if (r->shifted_ore)
        printf(_("Of which cost moved to another payer (Försäkringskassan, another municipality): "
                 "%s kr\n"), kr(r->shifted_ore, a));
    printf(_("Net: %s kr"), kr(r->net_ore, a));
    if (r->has_printed_investment)
        printf(_("; against the printed investment total %s kr"), kr(r->net_printed_ore, b));
    printf("\n");
    if (r->ratio.den > 0) {
        char q[32];
        sif_ratio_decimal(r->ratio, 2, q, sizeof q);
        char *dot = strchr(q, '.');
        if (dot)
            *dot = ',';
        printf(_("Ratio of cost reductions to investment: %s\n"), q);
    }
    print_paybacks(r);
    printf("%s\n", sif_adjust_is_none(&r->adjust)
                       ? _("Adjustments: none (no deadweight, attribution, drop-off, discounting "
                           "or optimism bias)") : _("Adjustments:"));
    sif_adjust_describe(&r->adjust, r->adjust.base_year, print_line, NULL);
    cli_print_agencies(r);
    cli_print_price_base(r);
    cli_print_haircuts(r);
    cli_print_present_values(r);
    int n = 0;
    sif_error err;
    sif_effect_list(st, r->project.code, print_effect, &n, &err);
}

static void print_json(sif_store *st, const sif_result *r)
{
    cli_json j;
    char q[40];
    json_init(&j, stdout);
    json_obj(&j);
    json_key(&j, "project"); json_str(&j, r->project.code);
    json_key(&j, "investment_ore"); json_int(&j, r->investment_ore);
    json_key(&j, "investment_raw_ore"); json_int(&j, r->investment_raw_ore);
    json_key(&j, "investment_fund_ore"); json_int(&j, r->investment_fund_ore);
    json_key(&j, "printed_investment_ore");
    if (r->has_printed_investment) json_int(&j, r->printed_investment_ore); else json_null(&j);
    json_key(&j, "investment_difference_ore");
    if (r->has_printed_investment) json_int(&j, r->investment_raw_ore - r->printed_investment_ore);
    else json_null(&j);
    json_key(&j, "savings_ore"); json_int(&j, r->savings_ore);
    json_key(&j, "savings_raw_ore"); json_int(&j, r->savings_raw_ore);
    json_key(&j, "net_ore"); json_int(&j, r->net_ore);
    json_key(&j, "net_printed_ore");
    if (r->has_printed_investment) json_int(&j, r->net_printed_ore); else json_null(&j);
    json_key(&j, "shifted_ore"); json_int(&j, r->shifted_ore);
    json_key(&j, "savings_by_category");
    json_obj(&j);
    for (int k = 0; k < SIF_CAT_COUNT_; k++) {
        json_key(&j, sif_category_name((sif_category)k));
        json_int(&j, r->by_category[k]);
    }
    json_end_obj(&j);
    cli_json_agencies(&j, r);
    json_key(&j, "savings_by_status");
    json_obj(&j);
    for (int s = 0; s < SIF_SAVING_STATUS_COUNT_; s++) {
        json_key(&j, sif_saving_status_name((sif_saving_status)s));
        json_int(&j, r->by_status[s]);
    }
    json_end_obj(&j);
    json_key(&j, "ratio");
    if (r->ratio.den > 0) json_raw(&j, sif_ratio_decimal(r->ratio, 4, q, sizeof q)); else json_null(&j);
    json_key(&j, "payback_years");
    if (r->has_payback) json_raw(&j, sif_ratio_decimal(r->payback_years, 2, q, sizeof q));
    else json_null(&j);
    json_key(&j, "payback_year");
    if (r->has_payback) json_int(&j, r->payback_year); else json_null(&j);
    json_key(&j, "payback_months");
    if (r->has_payback) json_int(&j, r->payback_months); else json_null(&j);
    const sif_simple_payback *sp = &r->simple_payback;
    json_key(&j, "simple_payback_years");
    if (sp->has) json_raw(&j, sif_ratio_decimal(sp->years, 2, q, sizeof q)); else json_null(&j);
    json_key(&j, "simple_payback_months");
    if (sp->has) json_raw(&j, sif_ratio_decimal(sp->months, 1, q, sizeof q)); else json_null(&j);
    json_key(&j, "simple_payback_year");
    if (sp->has) json_int(&j, sp->year); else json_null(&j);
    json_key(&j, "simple_payback_status");
    json_str(&j, sp->has ? r->simple_payback_status : NULL);
    json_key(&j, "investment_by_funding");
    json_obj(&j);
    for (size_t i = 0; i < r->investment->nfunding; i++) {
        json_key(&j, r->investment->funding[i]);
        json_int(&j, r->investment->funding_totals[i]);
    }
    json_end_obj(&j);
    json_key(&j, "adjustments");
    json_arr(&j);
    sif_adjust_describe(&r->adjust, r->adjust.base_year, json_line, &j);
    json_end_arr(&j);
    cli_json_present_values(&j, r);
    cli_json_price_base(&j, r);
    cli_json_haircuts(&j, r);
    json_key(&j, "years");
    json_arr(&j);
    for (size_t i = 0; i < r->nyears; i++) {
        const sif_result_year *y = &r->years[i];
        json_obj(&j);
        json_key(&j, "year"); json_int(&j, y->year);
        json_key(&j, "investment_ore"); json_int(&j, y->investment_ore);
        json_key(&j, "investment_fund_ore"); json_int(&j, y->investment_fund_ore);
        json_key(&j, "savings_ore"); json_int(&j, y->savings_ore);
        for (int k = 0; k < SIF_CAT_COUNT_; k++) {
            char key[32];
            snprintf(key, sizeof key, "%s_ore", sif_category_name((sif_category)k));
            json_key(&j, key); json_int(&j, y->by_category[k]);
        }
        json_key(&j, "realised_ore"); json_int(&j, y->by_status[SIF_SAVING_REALISED]);
        json_key(&j, "projected_ore"); json_int(&j, y->by_status[SIF_SAVING_PROJECTED]);
        json_key(&j, "shifted_ore"); json_int(&j, y->shifted_ore);
        json_key(&j, "net_ore"); json_int(&j, y->net_ore);
        json_key(&j, "cumulative_ore"); json_int(&j, y->cumulative_ore);
        json_end_obj(&j);
    }
    json_end_arr(&j);
    json_key(&j, "cost_controls");
    json_arr(&j);
    for (size_t i = 0; i < r->investment->ncontrols; i++) {
        const sif_control *c = &r->investment->controls[i];
        json_obj(&j);
        json_key(&j, "scope"); json_str(&j, c->scope);
        json_key(&j, "year"); if (c->year) json_int(&j, c->year); else json_null(&j);
        json_key(&j, "role"); if (c->role_code[0]) json_str(&j, c->role_code); else json_null(&j);
        json_key(&j, "printed_ore"); json_int(&j, c->printed_ore);
        json_key(&j, "computed_ore"); json_int(&j, c->computed_ore);
        json_key(&j, "diff_ore"); json_int(&j, c->diff_ore);
        json_end_obj(&j);
    }
    json_end_arr(&j);
    json_key(&j, "savings_controls");
    json_arr(&j);
    for (size_t i = 0; i < r->ncontrols; i++) {
        const sif_saving_control *c = &r->controls[i];
        json_obj(&j);
        json_key(&j, "category");
        if (c->category < 0) json_null(&j); else json_str(&j, sif_category_name((sif_category)c->category));
        json_key(&j, "printed_ore"); json_int(&j, c->printed_ore);
        json_key(&j, "computed_ore"); json_int(&j, c->computed_ore);
        json_key(&j, "diff_ore"); json_int(&j, c->diff_ore);
        json_end_obj(&j);
    }
    json_end_arr(&j);
    json_key(&j, "effects");
    json_arr(&j);
    sif_error err;
    sif_effect_list(st, r->project.code, json_effect, &j, &err);
    json_end_arr(&j);
    json_end_obj(&j);
    json_done(&j);
}

static int cmd_result_run(const sif_cli *cli, int argc, char **argv)
{
    if (cli_wants_help(argc, argv))
        return cli_help(&sif_cmd_result,
                        "Investment by funding source and year, savings by category and status,\n"
                        "net per year and cumulative, ratio and payback. --json gives amounts in öre.\n"
                        "Adjustments (default: the project's adj_* parameters, else none):\n"
                        "  --deadweight SHARE --attribution SHARE --dropoff SHARE (per year)\n"
                        "  --discount SHARE (per year, e.g. 3,5 % or 0,035) --optimism SHARE (on costs)\n"
                        "  --base-year Y (factor 1; default the first investment year; earlier\n"
                        "    years compounded, later ones discounted)\n"
                        "  --discount-schedule constant|greenbook (Green Book: 3,5 % to year 30,\n"
                        "    3 % to 75, 2,5 % after)\n"
                        "  --price-year Y --index NAME (every amount in Y's prices: amount ×\n"
                        "    I(Y) / I(its price year), rounded once; see sif index)\n"
                        "Discounting leaves investment, savings and net as they are and adds\n"
                        "present values: discount factors, PV of costs and savings, NPV, BCR.\n"
                        "A share is written 50 %, 0,5, 0.5 or 1/2; a bare number above 1 is refused.\n");
    calc_opt opts[] = {{"json", true, NULL}, CALC_ADJUST_OPTS, {NULL, false, NULL}};
    const char *code = NULL;
    int done = calc_args(&sif_cmd_result, sif_cmd_result.usage, "result takes PROJECT", argc, argv,
                         opts, &code, 1, 1);
    if (done >= 0)
        return done;
    sif_error err;
    sif_error_init(&err);
    sif_store *st = NULL;
    sif_adjust adj;
    sif_result *r = NULL;
    if (cli_open(cli, SIF_STORE_READONLY, &st, &err) != SIF_OK ||
        sif_adjust_load(st, code, &adj, &err) != SIF_OK) {
        sif_store_close(st);
        return cli_fail(&err);
    }
    if (!calc_adjust_opts(&sif_cmd_result, opts, &adj)) {
        sif_store_close(st);
        return 64;
    }
    if (sif_result_build(st, code, &adj, &r, &err) != SIF_OK) {
        sif_store_close(st);
        return cli_fail(&err);
    }
    if (calc_get(opts, "json"))
        print_json(st, r);
    else
        cli_print_result(st, r);
    sif_result_free(r);
    sif_store_close(st);
    return 0;
}

const struct sif_cmd sif_cmd_result = {
    .name = "result",
    .usage = N_("sif result PROJECT [--json] [--deadweight SHARE] [--attribution SHARE] "
             "[--dropoff SHARE] [--discount SHARE] [--optimism SHARE] [--base-year Y] "
             "[--discount-schedule greenbook] [--price-year Y --index NAME]"),
    .summary = N_("investment, savings and net result of a project"),
    .run = cmd_result_run,
};
