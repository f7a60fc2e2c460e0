/* ledger/report/xlsx_sheet_sensitivity.c — Känslighet: net result and payback as deadweight,
 * months counted and unit costs vary (computed by the ledger, sensitivity.c).
 *
 * The assumption is a number in its cell, and the cost reductions and the net result are
 * formulas over it and the Nettoresultat totals where that gives the ledger's figure
 * exactly (deadweight and unit costs scale every saving, months scale the benefit
 * savings): change an assumption or an input and the row follows. The payback of a variant
 * is the ledger's figure. */
#include "xlsx_report.h"

#include <stdio.h>
#include <string.h>

/* The cost reductions of a variant as a formula over its assumption (column A of row) and
 * the Nettoresultat totals, when it gives the ledger's figure exactly. */
static bool savings_formula(const rx_report *r, const rpt_sens *v, const char *group, int row,
                            char *f, size_t size)
{
    const sif_result *res = r->m->result;
    if (r->ref_sav_total[0] == '\0' || !rx_amounts_as_entered(res))
        return false;
    const sif_ore total = res->savings_ore;
    char a[16];
    rx_cell(a, sizeof a, row, 0, false);
    if (strcmp(group, "deadweight") == 0 || strcmp(group, "unit_costs") == 0) {
        const int64_t share = strcmp(group, "deadweight") == 0 ? 10000 - v->value : v->value;
        int64_t prod;
        if (__builtin_mul_overflow(total, share, &prod) || prod % 10000 != 0)
            return false;
        if (total / 10000 * share + total % 10000 * share / 10000 != v->savings_ore)
            return false;
        if (strcmp(group, "deadweight") == 0)
            snprintf(f, size, "=%s*(1-%s)", r->ref_sav_total, a);
        else
            snprintf(f, size, "=%s*%s", r->ref_sav_total, a);
        return true;
    }
    /* months: the one benefit saving scales with the months it counts (its input cell) */
    if (strcmp(group, "months") == 0 && r->ref_benefit_total[0] && r->ref_benefit_months[0]) {
        const sif_ore benefit = res->by_category[SIF_CAT_BENEFIT];
        int64_t prod;
        if (__builtin_mul_overflow(benefit, v->value, &prod) || prod % 12 != 0 ||
            total - benefit + prod / 12 != v->savings_ore)
            return false;
        snprintf(f, size, "=%s-%s+%s*%s/%s", r->ref_sav_total, r->ref_benefit_total,
                 r->ref_benefit_total, a, r->ref_benefit_months);
        return true;
    }
    return false;
}

static int table(rx_report *r, int row, const char *group, rpt_label title)
{
    rx *x = &r->x;
    rx_sheet *s = &r->sens;
    const rpt_model *m = r->m;
    bool any = false;
    for (size_t i = 0; i < m->nsens; i++)
        any = any || strcmp(m->sens[i].group, group) == 0;
    if (!any)
        return row;
    static const rpt_label heads[] = {L_ASSUMPTION, L_SAVINGS, L_NET, L_PAYBACK_YEARS,
                                      L_PAYBACK_MONTHS};
    const int top = row;
    rx_text_wide(x, s, row++, 0, rx_l(x, title), x->f.subtitle);
    for (int c = 0; c < 5; c++)
        rx_text(x, s, row, c, rx_l(x, heads[c]), c ? x->f.head_r : x->f.head);
    row++;
    for (size_t i = 0; i < m->nsens; i++) {
        const rpt_sens *v = &m->sens[i];
        if (strcmp(v->group, group) != 0)
            continue;
        const bool months = strcmp(group, "months") == 0;
        if (months)
            rx_int(x, s, row, 0, v->value, v->base ? x->f.int_bold : x->f.int_l);
        else
            rx_num(x, s, row, 0, (double)v->value / 10000, 8, v->base ? x->f.pct_bold : x->f.pct_l);
        char f[1200];
        if (savings_formula(r, v, group, row, f, sizeof f))
            rx_formula_money(x, s, row, 1, f, v->savings_ore, v->base ? x->f.money_b : NULL);
        else
            rx_money(x, s, row, 1, v->savings_ore, v->base ? x->f.money_b : NULL);
        lxw_format *nf = v->net_ore < 0 ? x->f.money_warn : v->base ? x->f.money_b : NULL;
        if (r->ref_net_inv_total[0] && v->net_ore == v->savings_ore - m->result->investment_ore) {
            char a[16];
            snprintf(f, sizeof f, "=%s-%s", rx_cell(a, sizeof a, row, 1, false),
                     r->ref_net_inv_total);
            rx_formula_money(x, s, row, 2, f, v->net_ore, nf);
        } else {
            rx_money(x, s, row, 2, v->net_ore, nf);
        }
        if (v->has_payback) {
            rx_num(x, s, row, 3, (double)v->payback_years.num / (double)v->payback_years.den, 6,
                   x->f.dec2);
            rx_int(x, s, row, 4, v->payback_months, x->f.int_);
        } else {
            rx_text(x, s, row, 3, rx_l(x, L_PAYBACK_NONE), x->f.text_r);
            rx_text(x, s, row, 4, rx_l(x, L_PAYBACK_NONE), x->f.text_r);
        }
        row++;
    }
    rx_keep_rows(s, top, row - 1);
    return row + 1;
}

void rxs_sensitivity(rx_report *r)
{
    rx *x = &r->x;
    rx_sheet *s = &r->sens;
    char buf[600];
    rx_text_wide(x, s, 0, 0, rx_l(x, L_SENS_TITLE), x->f.title);
    snprintf(buf, sizeof buf, "%s (%s)", r->m->project.name, r->m->project.code);
    rx_text_wide(x, s, 1, 0, buf, x->f.subtitle);
    rx_text_wide(x, s, 2, 0, rx_l(x, L_SENS_NOTE), x->f.note);
    int row = 4;
    row = table(r, row, "deadweight", L_SENS_DEADWEIGHT);
    row = table(r, row, "months", L_SENS_MONTHS);
    table(r, row, "unit_costs", L_SENS_UNIT_COSTS);
    rx_sheet_finish(x, s, -1, 0);
}
