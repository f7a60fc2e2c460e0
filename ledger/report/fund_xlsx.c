/* ledger/report/fund_xlsx.c — the fund report workbook: every project side by side, the
 * fund's balance over the years with a chart, and the provenance. */
#include "fund_report.h"

#include <stdio.h>
#include <string.h>
#include "xlsx_report.h"

enum { P_CODE, P_NAME, P_COMMITTEE, P_GRANTED, P_SPENT, P_LOAN, P_SAV, P_NET, P_REPAID,
       P_WOFF, P_OUT, P_N };

static void portfolio(rx *x, rx_sheet *s, const rpt_fund *f)
{
    char buf[600], fm[128], a[16], b[16], c[16];
    rx_text_wide(x, s, 0, 0, rx_l(x, L_FUND_TITLE), x->f.title);
    snprintf(buf, sizeof buf, "%s (%s)%s%s", f->books->fund.name, f->books->fund.code,
             f->books->fund.municipality[0] ? ", " : "", f->books->fund.municipality);
    rx_text_wide(x, s, 1, 0, buf, x->f.subtitle);
    rx_text_wide(x, s, 2, 0, rx_l(x, L_FUND_NOTE), x->f.note);
    const int head = 4, first = head + 1;
    static const rpt_label heads[P_N] = {L_CODE, L_NAME, L_COMMITTEE, L_GRANTED, L_SPENT,
                                         L_LOAN_SHORT, L_SAVINGS, L_NET, L_REPAID,
                                         L_WRITTEN_OFF, L_OUTSTANDING};
    for (int k = 0; k < P_N; k++)
        rx_text(x, s, head, k, rx_l(x, heads[k]), k < P_GRANTED ? x->f.head : x->f.head_r);
    int row = first;
    for (size_t i = 0; i < f->nprojects; i++, row++) {
        const rpt_fund_project *p = &f->projects[i];
        rx_text(x, s, row, P_CODE, p->p.code, x->f.text);
        rx_text(x, s, row, P_NAME, p->p.name, x->f.wrap);
        rx_text(x, s, row, P_COMMITTEE, p->p.committee, x->f.wrap);
        if (p->p.has_granted)
            rx_money(x, s, row, P_GRANTED, p->p.granted_ore, NULL);
        rx_money(x, s, row, P_SPENT, p->spent_ore, NULL);
        rx_money(x, s, row, P_LOAN, p->loan_ore, NULL);
        rx_money(x, s, row, P_SAV, p->savings_ore, NULL);
        rx_money(x, s, row, P_NET, p->net_ore, p->net_ore < 0 ? x->f.money_warn : NULL);
        rx_money(x, s, row, P_REPAID, p->repaid_ore, NULL);
        rx_money(x, s, row, P_WOFF, p->written_off_ore, NULL);
        snprintf(fm, sizeof fm, "=%s-%s-%s", rx_cell(a, sizeof a, row, P_LOAN, false),
                 rx_cell(b, sizeof b, row, P_REPAID, false), rx_cell(c, sizeof c, row, P_WOFF, false));
        rx_formula_money(x, s, row, P_OUT, fm, p->outstanding_ore, x->f.money_b);
    }
    rx_text(x, s, row, P_CODE, rx_l(x, L_SUM), x->f.sum_label);
    const sif_ore totals[P_N] = {0, 0, 0, f->granted_ore, f->spent_ore, f->books->loans_ore,
                                 f->savings_ore, f->net_ore, f->books->repaid_ore,
                                 f->books->written_off_ore, f->books->outstanding_ore};
    for (int k = P_GRANTED; k < P_N; k++) {
        if (f->nprojects > 0) {
            snprintf(fm, sizeof fm, "=SUM(%s:%s)", rx_cell(a, sizeof a, first, k, false),
                     rx_cell(b, sizeof b, row - 1, k, false));
            rx_formula_money(x, s, row, k, fm, totals[k], x->f.money_sum);
        } else {
            rx_money(x, s, row, k, totals[k], x->f.money_sum);
        }
    }
    rx_sheet_finish(x, s, head, 2);
}

enum { Y_YEAR, Y_CAP, Y_LENT, Y_REPAID, Y_WOFF, Y_BAL, Y_OUT, Y_N };

static void balance(rx *x, rx_sheet *s, const rpt_fund *f)
{
    const sif_fund_books *bk = f->books;
    char fm[160], a[16], b[16], c[16], d[16];
    rx_text_wide(x, s, 0, 0, rx_l(x, L_BALANCE_TITLE), x->f.title);
    rx_text_wide(x, s, 1, 0, bk->fund.name, x->f.subtitle);
    rx_text_wide(x, s, 2, 0, rx_l(x, L_BALANCE_NOTE), x->f.note);
    const int head = 4, first = head + 1;
    static const rpt_label heads[Y_N] = {L_YEAR, L_CAPITAL, L_LENT, L_REPAID, L_WRITTEN_OFF,
                                         L_BALANCE, L_OUTSTANDING};
    for (int k = 0; k < Y_N; k++)
        rx_text(x, s, head, k, rx_l(x, heads[k]), k ? x->f.head_r : x->f.head);
    int row = first;
    for (size_t i = 0; i < bk->nyears; i++, row++) {
        const sif_fund_year *y = &bk->years[i];
        rx_int(x, s, row, Y_YEAR, y->year, x->f.year);
        rx_money(x, s, row, Y_CAP, y->capital_ore, NULL);
        rx_money(x, s, row, Y_LENT, y->lent_ore, NULL);
        rx_money(x, s, row, Y_REPAID, y->repaid_ore, NULL);
        rx_money(x, s, row, Y_WOFF, y->written_off_ore, NULL);
        rx_cell(a, sizeof a, row, Y_CAP, false);
        rx_cell(b, sizeof b, row, Y_LENT, false);
        rx_cell(c, sizeof c, row, Y_REPAID, false);
        if (i == 0) {
            snprintf(fm, sizeof fm, "=%s-%s+%s", a, b, c);
        } else {
            rx_cell(d, sizeof d, row - 1, Y_BAL, false);
            snprintf(fm, sizeof fm, "=%s+%s-%s+%s", d, a, b, c);
        }
        rx_formula_money(x, s, row, Y_BAL, fm, y->balance_ore,
                         y->balance_ore < 0 ? x->f.money_warn : x->f.money_b);
        rx_cell(d, sizeof d, row, Y_WOFF, false);
        if (i == 0) {
            snprintf(fm, sizeof fm, "=%s-%s-%s", b, c, d);
        } else {
            char e[16];
            snprintf(fm, sizeof fm, "=%s+%s-%s-%s", rx_cell(e, sizeof e, row - 1, Y_OUT, false),
                     b, c, d);
        }
        rx_formula_money(x, s, row, Y_OUT, fm, y->outstanding_ore, NULL);
    }
    rx_keep_rows(s, head, row - 1);
    /* the chart below the table prints on one page (288 px × 1.2, see below) */
    if (bk->nyears > 0)
        rx_keep_chart(s, row + 1, 288 * 1.2);
    rx_sheet_finish(x, s, head, 1);
    if (x->rc != SIF_OK || bk->nyears == 0)
        return;
    lxw_chart *ch = workbook_add_chart(x->wb, LXW_CHART_LINE);
    if (ch == NULL) {
        x->rc = sif_error_set(x->err, SIF_ERR_NOMEM, "out of memory");
        return;
    }
    static const struct { int col; uint32_t color; } series[] = {{Y_BAL, 0x4F81BD},
                                                                 {Y_OUT, 0xC0504D}};
    for (size_t i = 0; i < 2; i++) {
        lxw_chart_series *sr = chart_add_series(ch, NULL, NULL);
        chart_series_set_categories(sr, s->name, first, Y_YEAR, (lxw_row_t)(row - 1), Y_YEAR);
        chart_series_set_values(sr, s->name, first, (lxw_col_t)series[i].col, (lxw_row_t)(row - 1),
                                (lxw_col_t)series[i].col);
        chart_series_set_name_range(sr, s->name, head, (lxw_col_t)series[i].col);
        lxw_chart_line ln = {.color = series[i].color, .width = 2.25};
        chart_series_set_line(sr, &ln);
        chart_series_set_marker_type(sr, LXW_CHART_MARKER_CIRCLE);
    }
    chart_title_set_name(ch, rx_l(x, L_BALANCE_CHART));
    chart_axis_set_num_format(ch->y_axis, "#,##0 \"kr\"");
    chart_legend_set_position(ch, LXW_CHART_LEGEND_BOTTOM);
    lxw_chart_options o = {.x_scale = 1.5, .y_scale = 1.2};
    rx_lxw_fail(x, worksheet_insert_chart_opt(s->ws, (lxw_row_t)(row + 1), 0, ch, &o), "chart");
}

sif_status rpt_fund_xlsx_write(const rpt_fund *f, const char *path, sif_lang lang,
                               sif_error *err)
{
    rx x;
    rx_open(&x, path, lang, err);
    rx_sheet port, bal, prov;
    rx_sheet_add(&x, &port, rx_l(&x, L_SH_PORTFOLIO));
    rx_sheet_add(&x, &bal, rx_l(&x, L_SH_BALANCE));
    rx_sheet_add(&x, &prov, rx_l(&x, L_SH_PROV));
    char title[SIF_NAME_MAX + 64], comments[128];
    snprintf(title, sizeof title, "%s: %s", rx_l(&x, L_FUND_DOC_TITLE), f->books->fund.name);
    snprintf(comments, sizeof comments, "sif %s, %s", SIF_VERSION, f->generated);
    rx_properties(&x, title, f->books->fund.code, f->user,
                  f->books->fund.municipality[0] ? f->books->fund.municipality : f->books->fund.name,
                  rx_l(&x, L_DOC_KEYWORDS), comments);
    portfolio(&x, &port, f);
    balance(&x, &bal, f);
    rx_provenance_sheet(&x, &prov, f->books->fund.name, f->batches, f->nbatches,
                        f->generated_text, f->user, &f->anchor, NULL);
    if (x.rc == SIF_OK && port.ws)
        worksheet_activate(port.ws);
    return rx_close(&x);
}
