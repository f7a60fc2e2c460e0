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
#include "intl.h"

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

/* Where a group's table stands: its variants' rows and the base row (-1: none). */
typedef struct sens_rows {
    int first, last, base;
    sif_ore min_net, max_net, base_net;
} sens_rows;

static int table(rx_report *r, int row, const char *group, rpt_label title, sens_rows *out)
{
    out->first = -1;
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
    out->first = row;
    out->base = -1;
    for (size_t i = 0; i < m->nsens; i++) {
        const rpt_sens *v = &m->sens[i];
        if (strcmp(v->group, group) != 0)
            continue;
        if (row == out->first || v->net_ore < out->min_net)
            out->min_net = v->net_ore;
        if (row == out->first || v->net_ore > out->max_net)
            out->max_net = v->net_ore;
        if (v->base) {
            out->base = row;
            out->base_net = v->net_ore;
        }
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
    out->last = row - 1;
    rx_keep_rows(s, top, row - 1);
    return row + 1;
}

/* The tornado: per assumption the lowest and highest net result less the base row's, as
 * formulas over the tables, from row on; and the bar chart of them at chart_row beside the
 * tables when the page has room, else below the data. Returns the next row. */
static int tornado(rx_report *r, int row, const sens_rows *g, const rpt_label *titles,
                   int ngroups, int chart_row)
{
    rx *x = &r->x;
    rx_sheet *s = &r->sens;
    int n = 0;
    for (int i = 0; i < ngroups; i++)
        n += g[i].first >= 0 && g[i].base >= 0;
    if (n == 0 || x->rc != SIF_OK)
        return row;
    const int top = row;
    rx_text_wide(x, s, row++, 0, _("Tornado: the net result's range per assumption"),
                 x->f.subtitle);
    rx_text(x, s, row, 0, rx_l(x, L_ASSUMPTION), x->f.head);
    rx_text(x, s, row, 1, _("Lowest, less the bold row"), x->f.head_r);
    rx_text(x, s, row, 2, _("Highest, less the bold row"), x->f.head_r);
    const int head = row++;
    const int first = row;
    char f[200], a[16], b[16], c[16];
    for (int i = 0; i < ngroups; i++) {
        if (g[i].first < 0 || g[i].base < 0)
            continue;
        rx_text(x, s, row, 0, rx_l(x, titles[i]), x->f.wrap);
        rx_cell(a, sizeof a, g[i].first, 2, true);
        rx_cell(b, sizeof b, g[i].last, 2, true);
        rx_cell(c, sizeof c, g[i].base, 2, true);
        snprintf(f, sizeof f, "=MIN(%s:%s)-%s", a, b, c);
        rx_formula_money(x, s, row, 1, f, g[i].min_net - g[i].base_net, NULL);
        snprintf(f, sizeof f, "=MAX(%s:%s)-%s", a, b, c);
        rx_formula_money(x, s, row, 2, f, g[i].max_net - g[i].base_net, NULL);
        row++;
    }
    const int last = row - 1;
    rx_keep_rows(s, top, last);
    /* beside the tables when the page has room, measured now that this table's own labels
     * have widened its columns (measured before, the chart ran past the page's edge) */
    double room = rx_page_width_px() - rx_cols_width_px(s, 5) - 40;
    int chart_col = room >= 300 ? 6 : -1;
    double chart_w = room > 520 ? 520 : room;
    lxw_chart *ch = workbook_add_chart(x->wb, LXW_CHART_BAR);
    if (ch == NULL) {
        x->rc = sif_error_set(x->err, SIF_ERR_NOMEM, "out of memory");
        return row;
    }
    static const uint32_t color[2] = {0xC0504D, 0x4F81BD};
    for (int k = 0; k < 2; k++) {
        lxw_chart_series *sr = chart_add_series(ch, NULL, NULL);
        chart_series_set_categories(sr, s->name, (lxw_row_t)first, 0, (lxw_row_t)last, 0);
        chart_series_set_values(sr, s->name, (lxw_row_t)first, (lxw_col_t)(1 + k),
                                (lxw_row_t)last, (lxw_col_t)(1 + k));
        chart_series_set_name_range(sr, s->name, (lxw_row_t)head, (lxw_col_t)(1 + k));
        lxw_chart_fill fill = {.color = color[k]};
        chart_series_set_fill(sr, &fill);
    }
    chart_set_series_overlap(ch, 100);
    chart_set_series_gap(ch, 60);
    chart_title_set_name(ch, _("Net result against the bold row"));
    chart_axis_set_num_format(ch->x_axis, "#,##0 \"kr\"");
    chart_axis_set_label_position(ch->y_axis, LXW_CHART_AXIS_LABEL_POSITION_LOW);
    chart_axis_set_reverse(ch->y_axis);
    chart_legend_set_position(ch, LXW_CHART_LEGEND_BOTTOM);
    const double h = 250;
    if (chart_col < 0) {   /* no room beside the tables: below the data */
        chart_row = row + 1;
        chart_col = 0;
        chart_w = 520;
    }
    lxw_chart_options o = {.x_scale = chart_w / 480, .y_scale = h / 288};
    rx_insert_chart(x, s, chart_row, chart_col, ch, &o);
    int below = rx_keep_chart(s, chart_row, h);
    return below > row ? below : row;
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
    static const char *const groups[3] = {"deadweight", "months", "unit_costs"};
    static const rpt_label titles[3] = {L_SENS_DEADWEIGHT, L_SENS_MONTHS, L_SENS_UNIT_COSTS};
    sens_rows g[3];
    memset(g, 0, sizeof g);
    for (int i = 0; i < 3; i++)
        row = table(r, row, groups[i], titles[i], &g[i]);
    /* the tornado chart beside the tables when the page has room (SPEC §13) */
    tornado(r, row, g, titles, 3, 4);
    rx_sheet_finish(x, s, -1, 0);
}
