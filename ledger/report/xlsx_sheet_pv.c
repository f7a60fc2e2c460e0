/* ledger/report/xlsx_sheet_pv.c — Nuvärden (only with a discount, SPEC §13): per year the
 * discount factor, the investment and the cost reductions from Nettoresultat, and their
 * present values; the present values' sums, the net present value and the benefit-cost
 * ratio.
 *
 * Everything is a formula over the rate cells (yellow inputs) and the Nettoresultat table,
 * and rounds where the ledger rounds (discount.h): each year's present value is
 * ROUND(amount × D(t), 2) in kronor, the sums add the rounded years. So a recalculated
 * workbook equals the cached values, which are the ledger's figures. */
#include "xlsx_report.h"

#include <math.h>
#include <stdio.h>
#include "intl.h"
#include "sif/discount.h"

enum { C_YEAR, C_T, C_FACTOR, C_INV, C_SAV, C_PV_INV, C_PV_SAV, C_N };

static lxw_format *decimals(rx *x, const char *num_format, bool bold)
{
    if (x->rc != SIF_OK)
        return NULL;
    lxw_format *f = workbook_add_format(x->wb);
    if (f) {
        format_set_num_format(f, num_format);
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        if (bold)
            format_set_bold(f);
    }
    return f;
}

static double ratio_d(sif_ratio r)
{
    return r.den ? (double)r.num / (double)r.den : 0;
}

/* D(t) in doubles, the chain the formula computes (the cached value). */
static double factor_d(const sif_adjust *a, int t)
{
    if (a->schedule != SIF_DISCOUNT_GREENBOOK)
        return 1 / pow(1 + ratio_d(a->discount), t);
    int t1 = t < 30 ? t : 30, t2 = t - 30, t3 = t - 75;
    t2 = t2 < 0 ? 0 : t2 > 45 ? 45 : t2;
    t3 = t3 < 0 ? 0 : t3;
    return 1 / (pow(1.035, t1) * pow(1.03, t2) * pow(1.025, t3));
}

void rxs_pv(rx_report *r)
{
    rx *x = &r->x;
    rx_sheet *s = &r->pv;
    const sif_result *res = r->m->result;
    if (s->ws == NULL || !res->discounted)
        return;
    const sif_adjust *a = &res->adjust;
    const bool gb = a->schedule == SIF_DISCOUNT_GREENBOOK;
    char buf[600], f[1000], c1[16], c2[16];
    lxw_format *f6 = decimals(x, "0.000000", false), *f3 = decimals(x, "0.000", true);

    rx_text_wide(x, s, 0, 0, _("Present values"), x->f.title);
    snprintf(buf, sizeof buf, "%s (%s)", r->m->project.name, r->m->project.code);
    rx_text_wide(x, s, 1, 0, buf, x->f.subtitle);
    rx_text_wide(x, s, 2, 0,
                 _("Each year's investment and cost reductions times the discount factor, "
                   "rounded to öre once per year and summed. The other sheets are undiscounted."),
                 x->f.note);

    /* the assumptions: the rate (the Green Book's three bands) and the base year */
    int row = 4;
    const int atop = row;
    int rate_row[3] = {0, 0, 0};
    if (gb) {
        static const char *const band[3] = {N_("Discount rate, years 0–30 (Green Book)"),
                                            N_("Discount rate, years 31–75"),
                                            N_("Discount rate, after year 75")};
        static const double rate[3] = {0.035, 0.03, 0.025};
        for (int i = 0; i < 3; i++, row++) {
            rx_text_merge(x, s, row, 0, C_FACTOR, _(band[i]), x->f.bold_wrap);
            rx_num(x, s, row, C_INV, rate[i], 6, x->f.pct_in);
            rate_row[i] = row;
        }
    } else {
        rx_text_merge(x, s, row, 0, C_FACTOR, _("Discount rate per year"), x->f.bold_wrap);
        rx_num(x, s, row, C_INV, ratio_d(a->discount), 6, x->f.pct_in);
        rate_row[0] = row++;
    }
    rx_text_merge(x, s, row, 0, C_FACTOR, _("Base year (factor 1; earlier years compounded)"),
                  x->f.bold_wrap);
    rx_int(x, s, row, C_INV, a->base_year, x->f.int_);
    const int base_row = row++;
    rx_keep_rows(s, atop, row - 1);

    row++;
    const int head = row;
    const char *heads[C_N] = {_("Year"), _("Years from the base year"), _("Discount factor"),
                              _("Investment"), _("Cost reductions"),
                              _("Present value of the investment"),
                              _("Present value of the cost reductions")};
    for (int c = 0; c < C_N; c++)
        rx_text(x, s, head, c, heads[c], c ? x->f.head_r : x->f.head);
    row++;
    const int first = row;
    char base[16], rate[3][16];
    rx_cell(base, sizeof base, base_row, C_INV, true);
    for (int i = 0; i < 3; i++)
        rx_cell(rate[i], sizeof rate[i], rate_row[i], C_INV, true);
    for (size_t i = 0; i < res->nyears; i++, row++) {
        const sif_result_year *y = &res->years[i];
        const int t = y->year - a->base_year;
        rx_int(x, s, row, C_YEAR, y->year, x->f.year);
        snprintf(f, sizeof f, "=%s-%s", rx_cell(c1, sizeof c1, row, C_YEAR, false), base);
        rx_formula(x, s, row, C_T, f, t, 4, x->f.int_);
        rx_cell(c1, sizeof c1, row, C_T, false);
        if (gb)
            snprintf(f, sizeof f,
                     "=1/((1+%s)^MIN(%s,30)*(1+%s)^MIN(MAX(%s-30,0),45)*(1+%s)^MAX(%s-75,0))",
                     rate[0], c1, rate[1], c1, rate[2], c1);
        else
            snprintf(f, sizeof f, "=1/(1+%s)^%s", rate[0], c1);
        rx_formula(x, s, row, C_FACTOR, f, factor_d(a, t), 9, f6);
        char ref[160];
        const int net_row = r->net_first + (int)i;
        rx_ref(ref, sizeof ref, &r->net, net_row, r->net_col_inv);
        snprintf(f, sizeof f, "=%s", ref);
        rx_formula_money(x, s, row, C_INV, f, y->investment_ore, NULL);
        rx_ref(ref, sizeof ref, &r->net, net_row, r->net_col_sav);
        snprintf(f, sizeof f, "=%s", ref);
        rx_formula_money(x, s, row, C_SAV, f, y->savings_ore, NULL);
        rx_cell(c1, sizeof c1, row, C_FACTOR, false);
        snprintf(f, sizeof f, "=ROUND(%s*%s,2)", rx_cell(c2, sizeof c2, row, C_INV, false), c1);
        rx_formula_money(x, s, row, C_PV_INV, f, y->pv_investment_ore, NULL);
        snprintf(f, sizeof f, "=ROUND(%s*%s,2)", rx_cell(c2, sizeof c2, row, C_SAV, false), c1);
        rx_formula_money(x, s, row, C_PV_SAV, f, y->pv_savings_ore, NULL);
    }
    const int last = row - 1;
    rx_text(x, s, row, C_YEAR, _("Total"), x->f.sum_label);
    const sif_ore totals[C_N] = {0, 0, 0, res->investment_ore, res->savings_ore, res->pv_costs_ore,
                                 res->pv_savings_ore};
    for (int c = C_INV; c < C_N; c++) {
        if (last >= first) {
            snprintf(f, sizeof f, "=SUM(%s:%s)", rx_cell(c1, sizeof c1, first, c, false),
                     rx_cell(c2, sizeof c2, last, c, false));
            rx_formula_money(x, s, row, c, f, totals[c], x->f.money_sum);
        } else {
            rx_money(x, s, row, c, totals[c], x->f.money_sum);
        }
    }
    const int sum_row = row++;
    rx_keep_rows(s, head, sum_row);

    /* the net present value and the benefit-cost ratio */
    row++;
    const int ktop = row;
    rx_cell(c1, sizeof c1, sum_row, C_PV_INV, false);
    rx_cell(c2, sizeof c2, sum_row, C_PV_SAV, false);
    rx_text_merge(x, s, row, 0, C_SAV, _("Net present value (present value of the cost "
                                         "reductions less that of the investment)"),
                  x->f.bold_wrap);
    snprintf(f, sizeof f, "=%s-%s", c2, c1);
    rx_formula_money(x, s, row, C_PV_SAV, f, res->npv_ore,
                     res->npv_ore < 0 ? x->f.money_warn : x->f.money_b);
    rx_ref(r->ref_npv, sizeof r->ref_npv, s, row, C_PV_SAV);
    row++;
    rx_text_merge(x, s, row, 0, C_SAV, _("Benefit-cost ratio (present value of the cost "
                                         "reductions / that of the investment)"),
                  x->f.bold_wrap);
    if (res->bcr.den > 0) {
        snprintf(f, sizeof f, "=%s/%s", c2, c1);
        rx_formula(x, s, row, C_PV_SAV, f, ratio_d(res->bcr), 8, f3);
        rx_ref(r->ref_bcr, sizeof r->ref_bcr, s, row, C_PV_SAV);
    } else {
        rx_text(x, s, row, C_PV_SAV, "–", x->f.text_r);
    }
    rx_keep_rows(s, ktop, row);
    rx_sheet_finish(x, s, head, 1);
}
