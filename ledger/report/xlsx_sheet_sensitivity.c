/* ledger/report/xlsx_sheet_sensitivity.c — Känslighet: net result and payback as deadweight,
 * months counted and unit costs vary (computed by the ledger, sensitivity.c). */
#include "xlsx_report.h"

#include <stdio.h>
#include <string.h>

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
    rx_text_wide(x, s, row++, 0, rx_l(x, title), x->f.subtitle);
    for (int c = 0; c < 5; c++)
        rx_text(x, s, row, c, rx_l(x, heads[c]), c ? x->f.head_r : x->f.head);
    row++;
    for (size_t i = 0; i < m->nsens; i++) {
        const rpt_sens *v = &m->sens[i];
        if (strcmp(v->group, group) != 0)
            continue;
        char buf[64];
        if (strcmp(group, "months") == 0)
            snprintf(buf, sizeof buf, "%lld", (long long)v->value);
        else
            sif_ratio_format((sif_ratio){v->value, 10000}, buf, sizeof buf);
        rx_text(x, s, row, 0, buf, v->base ? x->f.bold_text : x->f.text);
        rx_money(x, s, row, 1, v->savings_ore, v->base ? x->f.money_b : NULL);
        rx_money(x, s, row, 2, v->net_ore,
                 v->net_ore < 0 ? x->f.money_warn : v->base ? x->f.money_b : NULL);
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
