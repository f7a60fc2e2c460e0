/* ledger/report/xlsx_sheet_net.c — Nettoresultat: per year the investment, the cost
 * reductions by category, net and cumulative net, as formulas over the Investering and
 * Kostnadsminskningar sheets (values when adjustments are in force, since those are
 * applied by the ledger), and the chart of costs against cost reductions. */
#include "xlsx_report.h"

#include <stdio.h>
#include <string.h>

enum { C_YEAR, C_INV, C_CAT0, C_SAV = C_CAT0 + SIF_CAT_COUNT_, C_NET, C_CUM, C_N };

/* "='Kostnadsminskningar'!$B$12+..." for the savings of a year and category; "" if none. */
static void savings_formula(const rx_report *r, int year, int cat, char *f, size_t size)
{
    size_t o = 0;
    char ref[160];
    f[0] = '\0';
    for (size_t i = 0; i < r->m->nsavings; i++) {
        const sif_saving *sv = &r->m->savings[i].s;
        if (sv->year != year || (int)sv->category != cat)
            continue;
        rx_ref(ref, sizeof ref, &r->savings, r->sav_row[i], 1);
        int n = snprintf(f + o, size - o, "%s%s", o ? "+" : "=", ref);
        if (n < 0 || (size_t)n >= size - o) {
            f[0] = '\0';
            return;
        }
        o += (size_t)n;
    }
}

void rxs_net(rx_report *r)
{
    rx *x = &r->x;
    rx_sheet *s = &r->net;
    const rpt_model *m = r->m;
    const sif_result *res = m->result;
    const sif_investment *inv = m->inv;
    const bool formulas = rx_amounts_as_entered(res);
    char buf[600], f[4096], a[16], b[16];

    rx_text_wide(x, s, 0, 0, rx_l(x, L_NET_TITLE), x->f.title);
    snprintf(buf, sizeof buf, "%s (%s)", m->project.name, m->project.code);
    rx_text_wide(x, s, 1, 0, buf, x->f.subtitle);
    rx_text_wide(x, s, 2, 0, rx_l(x, formulas ? L_NET_NOTE : L_NET_NOTE_ADJ), x->f.note);

    const int head = 4, first = head + 1;
    static const rpt_label heads[C_N] = {L_YEAR, L_INVESTMENT, L_CAT_BENEFIT, L_CAT_TREATMENT,
                                         L_CAT_PLACEMENT, L_CAT_OTHER, L_SAVINGS, L_NET,
                                         L_CUMULATIVE};
    for (int c = 0; c < C_N; c++)
        rx_text(x, s, head, c, rx_l(x, heads[c]), c ? x->f.head_r : x->f.head);
    int row = first;
    for (size_t i = 0; i < res->nyears; i++, row++) {
        const sif_result_year *y = &res->years[i];
        rx_int(x, s, row, C_YEAR, y->year, x->f.year);
        int iy = -1;
        for (size_t k = 0; k < inv->nyears; k++)
            if (inv->years[k] == y->year)
                iy = (int)k;
        if (formulas && iy >= 0 && r->inv_year_row) {
            char ref[160];
            rx_ref(ref, sizeof ref, &r->invest, r->inv_year_row[iy], r->inv_sum_col);
            snprintf(f, sizeof f, "=%s", ref);
            rx_formula_money(x, s, row, C_INV, f, y->investment_ore, NULL);
        } else {
            rx_money(x, s, row, C_INV, y->investment_ore, NULL);
        }
        for (int c = 0; c < SIF_CAT_COUNT_; c++) {
            if (formulas)
                savings_formula(r, y->year, c, f, sizeof f);
            if (formulas && f[0])
                rx_formula_money(x, s, row, C_CAT0 + c, f, y->by_category[c], NULL);
            else
                rx_money(x, s, row, C_CAT0 + c, y->by_category[c], NULL);
        }
        snprintf(f, sizeof f, "=SUM(%s:%s)", rx_cell(a, sizeof a, row, C_CAT0, false),
                 rx_cell(b, sizeof b, row, C_SAV - 1, false));
        rx_formula_money(x, s, row, C_SAV, f, y->savings_ore, x->f.money_b);
        snprintf(f, sizeof f, "=%s-%s", rx_cell(a, sizeof a, row, C_SAV, false),
                 rx_cell(b, sizeof b, row, C_INV, false));
        rx_formula_money(x, s, row, C_NET, f, y->net_ore, NULL);
        if (i == 0)
            snprintf(f, sizeof f, "=%s", rx_cell(a, sizeof a, row, C_NET, false));
        else
            snprintf(f, sizeof f, "=%s+%s", rx_cell(a, sizeof a, row - 1, C_CUM, false),
                     rx_cell(b, sizeof b, row, C_NET, false));
        rx_formula_money(x, s, row, C_CUM, f, y->cumulative_ore,
                         y->cumulative_ore < 0 ? x->f.money_warn : x->f.money_b);
    }
    r->net_head = head;
    r->net_first = first;
    r->net_last = row - 1;
    r->net_col_inv = C_INV;
    r->net_col_sav = C_SAV;
    rx_text(x, s, row, C_YEAR, rx_l(x, L_SUM), x->f.sum_label);
    const sif_ore totals[C_N] = {0, res->investment_ore, res->by_category[0], res->by_category[1],
                                 res->by_category[2], res->by_category[3], res->savings_ore,
                                 res->net_ore, 0};
    for (int c = C_INV; c <= C_NET; c++) {
        if (res->nyears > 0) {
            snprintf(f, sizeof f, "=SUM(%s:%s)", rx_cell(a, sizeof a, first, c, false),
                     rx_cell(b, sizeof b, row - 1, c, false));
            rx_formula_money(x, s, row, c, f, totals[c], x->f.money_sum);
        } else {
            rx_money(x, s, row, c, totals[c], x->f.money_sum);
        }
    }
    rx_ref(r->ref_net_inv_total, sizeof r->ref_net_inv_total, s, row, C_INV);
    rx_ref(r->ref_sav_total, sizeof r->ref_sav_total, s, row, C_SAV);
    rx_ref(r->ref_benefit_total, sizeof r->ref_benefit_total, s, row, C_CAT0 + SIF_CAT_BENEFIT);
    rx_ref(r->ref_net_total, sizeof r->ref_net_total, s, row, C_NET);
    /* SPEC §11.5: the convention of both paybacks, beside the figures they are computed from */
    rx_text_merge(x, s, ++row, 0, C_N - 1, rx_l(x, L_PAYBACK_CONVENTION), x->f.note_wrap);
    rx_keep_rows(s, head, row);
    row += 2;
    if (res->nyears > 0)
        rx_net_chart(r, s, row, 0, 560, 300, false);
    rx_sheet_finish(x, s, head, 1);
}

/* libxlsxwriter 1.1.4 cannot combine chart types: columns for costs against cost
 * reductions per year, and beside them a line of the cumulative net. */
void rx_net_chart(rx_report *r, rx_sheet *s, int row, int col, double width_px,
                  double height_px, bool stacked)
{
    rx *x = &r->x;
    if (x->rc != SIF_OK || r->net_last < r->net_first)
        return;
    const char *sh = r->net.name;
    lxw_chart *bars = workbook_add_chart(x->wb, LXW_CHART_COLUMN);
    lxw_chart *line = workbook_add_chart(x->wb, LXW_CHART_LINE);
    if (bars == NULL || line == NULL) {
        x->rc = sif_error_set(x->err, SIF_ERR_NOMEM, "out of memory");
        return;
    }
    lxw_row_t r0 = (lxw_row_t)r->net_first, r1 = (lxw_row_t)r->net_last;
    static const struct { int col; uint32_t color; } series[] = {
        {C_INV, 0xC0504D}, {C_SAV, 0x4F81BD}};
    for (size_t i = 0; i < 2; i++) {
        lxw_chart_series *sr = chart_add_series(bars, NULL, NULL);
        chart_series_set_categories(sr, sh, r0, C_YEAR, r1, C_YEAR);
        chart_series_set_values(sr, sh, r0, (lxw_col_t)series[i].col, r1, (lxw_col_t)series[i].col);
        chart_series_set_name_range(sr, sh, (lxw_row_t)r->net_head, (lxw_col_t)series[i].col);
        lxw_chart_fill fill = {.color = series[i].color};
        chart_series_set_fill(sr, &fill);
    }
    chart_title_set_name(bars, rx_l(x, L_CHART_TITLE));
    chart_axis_set_num_format(bars->y_axis, "#,##0 \"kr\"");
    chart_legend_set_position(bars, LXW_CHART_LEGEND_BOTTOM);

    lxw_chart_series *cum = chart_add_series(line, NULL, NULL);
    chart_series_set_categories(cum, sh, r0, C_YEAR, r1, C_YEAR);
    chart_series_set_values(cum, sh, r0, C_CUM, r1, C_CUM);
    chart_series_set_name_range(cum, sh, (lxw_row_t)r->net_head, C_CUM);
    lxw_chart_line ln = {.color = 0x2E7D32, .width = 2.25};
    chart_series_set_line(cum, &ln);
    chart_series_set_marker_type(cum, LXW_CHART_MARKER_CIRCLE);
    chart_title_set_name(line, rx_l(x, L_CUMULATIVE));
    chart_axis_set_num_format(line->y_axis, "#,##0 \"kr\"");
    chart_legend_set_position(line, LXW_CHART_LEGEND_NONE);

    /* libxlsxwriter's charts are 480 × 288 pixels at scale 1 */
    lxw_chart_options o = {.x_scale = width_px / 480, .y_scale = height_px / 288};
    rx_insert_chart(x, s, row, col, bars, &o);
    /* beside or below the first, whatever the column widths */
    o.y_offset = 0;   /* rx_insert_chart added its inset to o: the second adds its own */
    if (stacked)
        o.y_offset = (int32_t)height_px + 12;
    else
        o.x_offset = (int32_t)width_px + 16;
    rx_insert_chart(x, s, row, col, line, &o);
    /* the charts float over the cells: their rows print on one page */
    rx_keep_chart(s, row, stacked ? 2 * height_px + 12 : height_px);
}
