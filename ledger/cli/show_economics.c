/* ledger/cli/show_economics.c — the present values of a result (SPEC §13), in the terminal
 * and in `result --json`, beside the undiscounted figures. */
#include <string.h>
#include "show_economics.h"

/* "0,901943" or "0.901943" (JSON). */
static char *decimal(sif_ratio r, int places, bool comma, char *buf, size_t size)
{
    sif_ratio_decimal(r, places, buf, size);
    char *dot = comma ? strchr(buf, '.') : NULL;
    if (dot)
        *dot = ',';
    return buf;
}

void cli_print_present_values(const sif_result *r)
{
    if (!r->discounted)
        return;
    char a[48], b[48], c[48], q[40];
    printf(_("\nPresent values (discounted to the base year %d; the amounts above are undiscounted)\n\n"),
           r->adjust.base_year);
    cli_table *t = cli_table_new(4);
    cli_table_head(t, 0, _("Year"), 'l');
    cli_table_head(t, 1, _("Factor"), 'r');
    cli_table_head(t, 2, _("Investment, present value"), 'r');
    cli_table_head(t, 3, _("Saving, present value"), 'r');
    for (size_t i = 0; i < r->nyears; i++) {
        const sif_result_year *y = &r->years[i];
        cli_table_row(t);
        cli_table_cellf(t, "%d", y->year);
        cli_table_cell(t, decimal((sif_ratio){y->factor, SIF_FACTOR_ONE}, 6, true, q, sizeof q));
        cli_table_cell(t, sif_ore_format(y->pv_investment_ore, a, sizeof a, SIF_FMT_KRONOR));
        cli_table_cell(t, sif_ore_format(y->pv_savings_ore, b, sizeof b, SIF_FMT_KRONOR));
    }
    cli_table_rule(t);
    cli_table_row(t);
    cli_table_cell(t, _("Total"));
    cli_table_cell(t, "");
    cli_table_cell(t, sif_ore_format(r->pv_costs_ore, a, sizeof a, SIF_FMT_KRONOR));
    cli_table_cell(t, sif_ore_format(r->pv_savings_ore, b, sizeof b, SIF_FMT_KRONOR));
    cli_table_print(t, stdout);
    cli_table_free(t);
    printf(_("\nPresent value of costs: %s kr; of savings: %s kr; net present value: %s kr\n"),
           sif_ore_format(r->pv_costs_ore, a, sizeof a, SIF_FMT_KRONOR),
           sif_ore_format(r->pv_savings_ore, b, sizeof b, SIF_FMT_KRONOR),
           sif_ore_format(r->npv_ore, c, sizeof c, SIF_FMT_KRONOR));
    if (r->bcr.den > 0)
        printf(_("Benefit-cost ratio (present value of savings / of costs): %s\n"),
               decimal(r->bcr, 3, true, q, sizeof q));
    else
        printf("%s\n", _("Benefit-cost ratio: – (no costs)"));
}

void cli_json_present_values(cli_json *j, const sif_result *r)
{
    if (!r->discounted)
        return;
    char q[40];
    json_key(j, "discount_schedule");
    json_str(j, sif_discount_schedule_name(r->adjust.schedule));
    json_key(j, "base_year"); json_int(j, r->adjust.base_year);
    json_key(j, "discount_factors");
    json_arr(j);
    for (size_t i = 0; i < r->nyears; i++) {
        json_obj(j);
        json_key(j, "year"); json_int(j, r->years[i].year);
        json_key(j, "factor");
        json_raw(j, decimal((sif_ratio){r->years[i].factor, SIF_FACTOR_ONE}, 6, false, q, sizeof q));
        json_key(j, "pv_investment_ore"); json_int(j, r->years[i].pv_investment_ore);
        json_key(j, "pv_savings_ore"); json_int(j, r->years[i].pv_savings_ore);
        json_end_obj(j);
    }
    json_end_arr(j);
    json_key(j, "pv_costs_ore"); json_int(j, r->pv_costs_ore);
    json_key(j, "pv_savings_ore"); json_int(j, r->pv_savings_ore);
    json_key(j, "npv_ore"); json_int(j, r->npv_ore);
    json_key(j, "bcr");
    if (r->bcr.den > 0) json_raw(j, decimal(r->bcr, 3, false, q, sizeof q)); else json_null(j);
}

sif_status cli_econ_opts(const calc_opt *opts, sif_saving_econ *e, sif_error *err)
{
    sif_saving_econ_default(e);
    const char *v;
    sif_status rc;
    if ((v = calc_get(opts, "agencies")) && (rc = sif_agency_parse(v, &e->agencies, err)) != SIF_OK)
        return rc;
    if ((v = calc_get(opts, "confidence")) &&
        (rc = sif_confidence_parse(v, &e->confidence, err)) != SIF_OK)
        return rc;
    long y;
    if ((v = calc_get(opts, "price-year"))) {
        if (!cli_int(v, 1900, 2999, &y))
            return sif_error_set(err, SIF_ERR_USAGE, "--price-year: \"%s\" is not a year", v);
        e->price_year = (int)y;
    }
    return SIF_OK;
}

void cli_print_agencies(const sif_result *r)
{
    if (!r->has_agencies)
        return;
    printf("\n%s\n\n", _("Cost reductions by agency (kr; only the municipality's part can repay "
                          "the fund)"));
    cli_table *t = cli_table_new(2 + SIF_AGENCY_COUNT_);
    cli_table_head(t, 0, _("Year"), 'l');
    for (int g = 0; g < SIF_AGENCY_COUNT_; g++)
        cli_table_head(t, 1 + (size_t)g, sif_agency_label((sif_agency)g), 'r');
    cli_table_head(t, 1 + SIF_AGENCY_COUNT_, _("Total"), 'r');
    for (size_t i = 0; i < r->nyears; i++) {
        cli_table_row(t);
        cli_table_cellf(t, "%d", r->years[i].year);
        for (int g = 0; g < SIF_AGENCY_COUNT_; g++)
            cli_table_money(t, r->years[i].by_agency[g]);
        cli_table_money(t, r->years[i].savings_ore);
    }
    cli_table_rule(t);
    cli_table_row(t);
    cli_table_cell(t, _("Total"));
    for (int g = 0; g < SIF_AGENCY_COUNT_; g++)
        cli_table_money(t, r->by_agency[g]);
    cli_table_money(t, r->savings_ore);
    cli_table_print(t, stdout);
    cli_table_free(t);
}

void cli_json_agencies(cli_json *j, const sif_result *r)
{
    json_key(j, "savings_by_agency");
    json_obj(j);
    for (int g = 0; g < SIF_AGENCY_COUNT_; g++) {
        json_key(j, sif_agency_name((sif_agency)g));
        json_int(j, r->by_agency[g]);
    }
    json_end_obj(j);
}

void cli_print_price_base(const sif_result *r)
{
    if (r->adjust.price_index[0] == '\0')
        return;
    char a[48], b[48], f[40], t[40];
    printf(_("\nRestated in %d prices (index %s; amount × I(%d) / I(price year)):\n"),
           r->adjust.price_year, r->adjust.price_index, r->adjust.price_year);
    for (size_t i = 0; i < r->nrestated; i++) {
        const sif_restatement *x = &r->restated[i];
        if (x->saving_id)
            printf(_("  Cost reduction %lld (%d, price year %d): "), (long long)x->saving_id, x->year,
                   x->price_year);
        else
            printf(_("  Investment %d: "), x->year);
        printf("%s kr × %s / %s = %s kr\n", sif_ore_format(x->from_ore, a, sizeof a, SIF_FMT_AUTO),
               sif_index_value_format(x->to_index, t, sizeof t),
               sif_index_value_format(x->from_index, f, sizeof f),
               sif_ore_format(x->to_ore, b, sizeof b, SIF_FMT_AUTO));
    }
}

void cli_json_price_base(cli_json *j, const sif_result *r)
{
    if (r->adjust.price_index[0] == '\0')
        return;
    char q[40];
    json_key(j, "price_base");
    json_obj(j);
    json_key(j, "index"); json_str(j, r->adjust.price_index);
    json_key(j, "price_year"); json_int(j, r->adjust.price_year);
    json_key(j, "restated");
    json_arr(j);
    for (size_t i = 0; i < r->nrestated; i++) {
        const sif_restatement *x = &r->restated[i];
        json_obj(j);
        json_key(j, "saving_id");
        if (x->saving_id) json_int(j, x->saving_id); else json_null(j);
        json_key(j, "year"); json_int(j, x->year);
        json_key(j, "price_year"); json_int(j, x->price_year);
        json_key(j, "index_from");
        sif_index_value_format(x->from_index, q, sizeof q);
        for (char *c = q; *c; c++) if (*c == ',') *c = '.';
        json_raw(j, q);
        json_key(j, "index_to");
        sif_index_value_format(x->to_index, q, sizeof q);
        for (char *c = q; *c; c++) if (*c == ',') *c = '.';
        json_raw(j, q);
        json_key(j, "from_ore"); json_int(j, x->from_ore);
        json_key(j, "to_ore"); json_int(j, x->to_ore);
        json_end_obj(j);
    }
    json_end_arr(j);
    json_end_obj(j);
}

void cli_print_haircuts(const sif_result *r)
{
    if (r->nhaircuts == 0)
        return;
    char a[48], b[48], q[40];
    printf("\n%s\n", _("Confidence (haircuts by the quality of the evidence, the parameters adj_confidence_*):"));
    for (size_t i = 0; i < r->nhaircuts; i++) {
        const sif_haircut *h = &r->haircuts[i];
        printf(_("  Cost reduction %lld, confidence %s: %s kr − %s = %s kr (%s)\n"),
               (long long)h->saving_id, sif_confidence_label((sif_confidence)h->grade),
               sif_ore_format(h->from_ore, a, sizeof a, SIF_FMT_AUTO),
               sif_ratio_format(h->share, q, sizeof q),
               sif_ore_format(h->to_ore, b, sizeof b, SIF_FMT_AUTO), h->source);
    }
}

void cli_json_haircuts(cli_json *j, const sif_result *r)
{
    char q[40];
    json_key(j, "confidence_haircuts");
    json_arr(j);
    for (size_t i = 0; i < r->nhaircuts; i++) {
        const sif_haircut *h = &r->haircuts[i];
        json_obj(j);
        json_key(j, "saving_id"); json_int(j, h->saving_id);
        json_key(j, "confidence"); json_str(j, sif_confidence_name((sif_confidence)h->grade));
        json_key(j, "haircut"); json_raw(j, sif_ratio_decimal(h->share, 4, q, sizeof q));
        json_key(j, "source"); json_str(j, h->source);
        json_key(j, "from_ore"); json_int(j, h->from_ore);
        json_key(j, "to_ore"); json_int(j, h->to_ore);
        json_end_obj(j);
    }
    json_end_arr(j);
}
