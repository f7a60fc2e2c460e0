/* ledger/report/fund_xlsx.c — the fund report workbook: every project side by side, the
 * portfolio per area, district and committee, participants and outcomes per area and
 * district (SPEC §12), the fund's balance over the years with a chart, and the provenance. */
#include "fund_report.h"

#include <stdio.h>
#include <string.h>
#include "xlsx_report.h"

enum { P_CODE, P_NAME, P_COMMITTEE, P_GRANTED, P_SPENT, P_LOAN, P_SAV, P_NET, P_REPAID,
       P_WOFF, P_OUT, P_N };

/* Every sheet's second line: the fund, its code and municipality (a page is read alone). */
static void fund_subtitle(rx *x, rx_sheet *s, const rpt_fund *f)
{
    char buf[600];
    snprintf(buf, sizeof buf, "%s (%s)%s%s", f->books->fund.name, f->books->fund.code,
             f->books->fund.municipality[0] ? ", " : "", f->books->fund.municipality);
    rx_text_wide(x, s, 1, 0, buf, x->f.subtitle);
}

static void portfolio(rx *x, rx_sheet *s, const rpt_fund *f)
{
    char fm[128], a[16], b[16], c[16];
    rx_text_wide(x, s, 0, 0, rx_l(x, L_FUND_TITLE), x->f.title);
    fund_subtitle(x, s, f);
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

enum { G_NAME, G_PROJECTS, G_GRANTED, G_SPENT, G_LOAN, G_GRANT, G_SAV, G_CAP, G_N };

/* A SUM over rows first..last of col with the ledger's figure as its cached value. */
static void sum_cell(rx *x, rx_sheet *s, int row, int col, int first, int last, int64_t v,
                     bool money)
{
    char fm[64], a[16], b[16];
    if (last < first) {
        if (money)
            rx_money(x, s, row, col, v, x->f.money_sum);
        else
            rx_int(x, s, row, col, v, x->f.num_sum);
        return;
    }
    snprintf(fm, sizeof fm, "=SUM(%s:%s)", rx_cell(a, sizeof a, first, col, false),
             rx_cell(b, sizeof b, last, col, false));
    if (money)
        rx_formula_money(x, s, row, col, fm, v, x->f.money_sum);
    else
        rx_formula(x, s, row, col, fm, (double)v, 0, x->f.num_sum);
}

/* One table of the portfolio's groups, with its sum row; returns the row below it. */
static int group_table(rx *x, rx_sheet *s, int head, rpt_label title,
                       const sif_portfolio_group *g, size_t n, const sif_portfolio_group *total,
                       bool capital)
{
    static const rpt_label heads[G_N] = {L_AREA, L_PROJECTS_N, L_GRANTED, L_SPENT, L_LOAN_SHORT,
                                         L_GRANT, L_SAVINGS, L_CAPITAL};
    int ncols = capital ? G_N : G_CAP;
    for (int k = 0; k < ncols; k++)
        rx_text(x, s, head, k, rx_l(x, k == G_NAME ? title : heads[k]),
                k == G_NAME ? x->f.head : x->f.head_r);
    int row = head + 1, first = row;
    sif_ore cap = 0;
    for (size_t i = 0; i < n; i++, row++) {
        rx_text(x, s, row, G_NAME, g[i].has_name ? g[i].name : rx_l(x, L_NONE), x->f.text);
        rx_int(x, s, row, G_PROJECTS, g[i].projects, x->f.num);
        rx_money(x, s, row, G_GRANTED, g[i].granted_ore, NULL);
        rx_money(x, s, row, G_SPENT, g[i].spent_ore, NULL);
        rx_money(x, s, row, G_LOAN, g[i].loan_ore, NULL);
        rx_money(x, s, row, G_GRANT, g[i].grant_ore, NULL);
        rx_money(x, s, row, G_SAV, g[i].savings_ore, NULL);
        if (capital && g[i].capital_ore) {
            rx_money(x, s, row, G_CAP, g[i].capital_ore, NULL);
            if (sif_ore_add(cap, g[i].capital_ore, &cap, NULL) != SIF_OK)
                cap = 0;
        }
    }
    rx_text(x, s, row, G_NAME, rx_l(x, L_SUM), x->f.sum_label);
    sum_cell(x, s, row, G_PROJECTS, first, row - 1, total->projects, false);
    const sif_ore sums[] = {total->granted_ore, total->spent_ore, total->loan_ore,
                            total->grant_ore, total->savings_ore, cap};
    for (int k = G_GRANTED; k < ncols; k++)
        sum_cell(x, s, row, k, first, row - 1, sums[k - G_GRANTED], true);
    rx_keep_rows(s, head, row);
    return row + 2;
}

/* The portfolio per area, district and committee, as sif fund show --json has it. */
static void groups(rx *x, rx_sheet *s, const rpt_fund *f)
{
    rx_text_wide(x, s, 0, 0, rx_l(x, L_GROUPS_TITLE), x->f.title);
    fund_subtitle(x, s, f);
    rx_text_merge(x, s, 2, 0, G_CAP, rx_l(x, L_GROUPS_NOTE), x->f.note_wrap);
    const sif_portfolio *pf = f->portfolio;
    if (pf == NULL) {
        rx_sheet_finish(x, s, -1, 0);
        return;
    }
    int row = group_table(x, s, 4, L_AREA, pf->areas, pf->nareas, &pf->total, false);
    row = group_table(x, s, row, L_IND_DISTRICT, pf->districts, pf->ndistricts, &pf->total,
                      false);
    group_table(x, s, row, L_COMMITTEE_SHORT, pf->committees, pf->ncommittees, &pf->total, true);
    rx_sheet_finish(x, s, -1, 1);
}

/* Participants and outcomes (rows) per group (columns: the groups, then their sum). */
static int ind_table(rx *x, rx_sheet *s, int row, rpt_label title, rpt_label no_name,
                     const rpt_ind_group *g, size_t n, const rpt_ind_group *total)
{
    char fm[64], a[16], b[16];
    rx_text_wide(x, s, row++, 0, rx_l(x, title), x->f.bold);
    int head = row;
    rx_text(x, s, head, 0, "", x->f.head);
    for (size_t i = 0; i < n && 1 + (int)i < RX_MAX_COLS - 1; i++)
        rx_text(x, s, head, 1 + (int)i, g[i].has_name ? g[i].name : rx_l(x, no_name),
                x->f.head_r);
    int ncols = n < RX_MAX_COLS - 2 ? (int)n : RX_MAX_COLS - 2, sum = 1 + ncols;
    rx_text(x, s, head, sum, rx_l(x, L_SUM), x->f.head_r);
    for (int k = -1; k < SIF_OUTCOME_COUNT_; k++) {
        int r = k < 0 ? SIF_IND_PARTICIPANTS : k;
        row++;
        rx_text(x, s, row, 0, k < 0 ? rx_l(x, L_IND_PARTICIPANTS)
                                    : sif_outcome_label_in(x->lang, (sif_outcome_kind)k),
                k < 0 ? x->f.bold_text : x->f.text);
        for (int i = 0; i < ncols; i++)
            rx_int(x, s, row, 1 + i, g[i].count[r], x->f.num);
        snprintf(fm, sizeof fm, "=SUM(%s:%s)", rx_cell(a, sizeof a, row, 1, false),
                 rx_cell(b, sizeof b, row, ncols, false));
        if (ncols > 0)
            rx_formula(x, s, row, sum, fm, (double)total->count[r], 0, x->f.num_sum);
        else
            rx_int(x, s, row, sum, total->count[r], x->f.num_sum);
    }
    rx_keep_rows(s, head - 1, row);
    return row + 2;
}

static const rpt_label gender_labels[SIF_GENDER_COUNT_] = {L_IND_WOMEN, L_IND_MEN,
                                                           L_IND_OTHER, L_IND_UNKNOWN};

/* Participants per area (rows) by gender (columns), with the sum row. */
static int gender_table(rx *x, rx_sheet *s, int row, const rpt_fund *f)
{
    rx_text_wide(x, s, row++, 0, rx_l(x, L_FUND_IND_BY_GENDER), x->f.bold);
    int head = row, c = 0;
    rx_text(x, s, head, c++, rx_l(x, L_AREA), x->f.head);
    rx_text(x, s, head, c++, rx_l(x, L_IND_PARTICIPANTS), x->f.head_r);
    for (int k = 0; k < SIF_GENDER_COUNT_; k++)
        rx_text(x, s, head, c++, rx_l(x, gender_labels[k]), x->f.head_r);
    int first = ++row;
    for (size_t i = 0; i <= f->ind_nareas; i++, row++) {
        bool last = i == f->ind_nareas;
        const rpt_ind_group *r = last ? &f->ind_total : &f->ind_areas[i];
        if (last)
            rx_text(x, s, row, 0, rx_l(x, L_SUM), x->f.sum_label);
        else
            rx_text(x, s, row, 0, r->has_name ? r->name : rx_l(x, L_NONE), x->f.text);
        for (int k = -1; k < SIF_GENDER_COUNT_; k++) {
            int64_t v = k < 0 ? r->count[SIF_IND_PARTICIPANTS]
                              : r->by_gender[SIF_IND_PARTICIPANTS][k];
            if (last)
                sum_cell(x, s, row, 2 + k, first, row - 1, v, false);
            else
                rx_int(x, s, row, 2 + k, v, k < 0 ? x->f.num_sum : x->f.num);
        }
    }
    rx_keep_rows(s, head - 1, row - 1);
    return row + 1;
}

static void fund_indicators(rx *x, rx_sheet *s, const rpt_fund *f)
{
    rx_text_wide(x, s, 0, 0, rx_l(x, L_FUND_IND_TITLE), x->f.title);
    fund_subtitle(x, s, f);
    if (f->ind_total.count[SIF_IND_PARTICIPANTS] == 0) {
        rx_text_wide(x, s, 2, 0, rx_l(x, L_FUND_IND_NONE), x->f.note);
        rx_sheet_finish(x, s, -1, 0);
        return;
    }
    rx_text_merge(x, s, 2, 0, 5, rx_l(x, L_FUND_IND_NOTE), x->f.note_wrap);
    int row = ind_table(x, s, 4, L_FUND_IND_BY_AREA, L_NONE, f->ind_areas, f->ind_nareas,
                        &f->ind_total);
    row = gender_table(x, s, row, f);
    ind_table(x, s, row, L_FUND_IND_BY_DISTRICT, L_IND_NO_DISTRICT, f->ind_districts,
              f->ind_ndistricts, &f->ind_total);
    rx_sheet_finish(x, s, -1, 1);
}

enum { Y_YEAR, Y_CAP, Y_LENT, Y_REPAID, Y_WOFF, Y_BAL, Y_OUT, Y_N };

static void balance(rx *x, rx_sheet *s, const rpt_fund *f)
{
    const sif_fund_books *bk = f->books;
    char fm[160], a[16], b[16], c[16], d[16];
    rx_text_wide(x, s, 0, 0, rx_l(x, L_BALANCE_TITLE), x->f.title);
    fund_subtitle(x, s, f);
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
    rx_insert_chart(x, s, row + 1, 0, ch, &o);
}

sif_status rpt_fund_xlsx_write(const rpt_fund *f, const char *path, sif_lang lang,
                               sif_error *err)
{
    rx x;
    rx_open(&x, path, lang, err);
    rx_sheet port, grp, ind, bal, prov;
    rx_sheet_add(&x, &port, rx_l(&x, L_SH_PORTFOLIO));
    rx_sheet_add(&x, &grp, rx_l(&x, L_SH_GROUPS));
    rx_sheet_add(&x, &ind, rx_l(&x, L_SH_INDICATORS));
    rx_sheet_add(&x, &bal, rx_l(&x, L_SH_BALANCE));
    rx_sheet_add(&x, &prov, rx_l(&x, L_SH_PROV));
    char title[SIF_NAME_MAX + 64], comments[128];
    snprintf(title, sizeof title, "%s: %s", rx_l(&x, L_FUND_DOC_TITLE), f->books->fund.name);
    snprintf(comments, sizeof comments, "sif %s, %s", SIF_VERSION, f->generated);
    rx_properties(&x, title, f->books->fund.code, f->user,
                  f->books->fund.municipality[0] ? f->books->fund.municipality : f->books->fund.name,
                  rx_l(&x, L_DOC_KEYWORDS), comments);
    portfolio(&x, &port, f);
    groups(&x, &grp, f);
    fund_indicators(&x, &ind, f);
    balance(&x, &bal, f);
    rx_provenance_sheet(&x, &prov, f->books->fund.name, f->batches, f->nbatches,
                        f->generated_text, f->user, &f->anchor, NULL);
    if (x.rc == SIF_OK && port.ws)
        worksheet_activate(port.ws);
    return rx_close(&x);
}
