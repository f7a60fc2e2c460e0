/* ledger/report/xlsx_sheet_repay.c — Återbetalning: the scenarios side by side, then every
 * scenario's schedule. Closing = opening − repayment and the next opening = closing −
 * written off are formulas; the totals the overview shows are SUMs of the schedules. */
#include "xlsx_report.h"

#include <stdio.h>
#include <string.h>

enum { C_YEAR, C_OPEN, C_REPAY, C_CLOSE, C_WOFF, C_PAYER, C_BUDGET, C_BALANCE, C_SOURCE, C_N };

static void status_text(const rx *x, const sif_scenario *sc, char *buf, size_t size)
{
    size_t o = 0;
    buf[0] = '\0';
    if (sc->current)
        o += (size_t)snprintf(buf, size, "%s", rx_l(x, L_CURRENT));
    if (sc->decision_id && o < size)
        snprintf(buf + o, size - o, "%s%s %s %s%s%s", o ? "; " : "",
                 sc->decision_draft ? rx_l(x, L_DRAFT_DECISION) : rx_l(x, L_DECIDED),
                 sc->decision_body, sc->decision_date,
                 sc->decision_reference[0] ? ", " : "", sc->decision_reference);
}

/* One schedule; returns the next free row. Fills the scenario's refs. */
const char *rx_scenario_label(const rx *x, const sif_scenario *s, char *buf, size_t size)
{
    return rpt_scenario_label(x->lang, s, buf, size);
}

static int schedule(rx_report *r, size_t k, int row, const char *loan_ref)
{
    rx *x = &r->x;
    rx_sheet *s = &r->repay;
    const sif_scenario *sc = &r->m->scenarios->scenarios[k];
    char buf[SIF_NAME_MAX + 200], f[200], a[16], b[16];

    char label[160];
    const int top = row;
    rx_text_wide(x, s, row++, 0, rx_scenario_label(x, sc, label, sizeof label), x->f.subtitle);
    status_text(x, sc, buf, sizeof buf);
    if (buf[0])
        rx_text_wide(x, s, row++, 0, buf, x->f.note);
    static const rpt_label heads[C_N] = {L_YEAR, L_OPENING, L_REPAYMENT, L_CLOSING,
                                         L_WRITTEN_OFF, L_PAYER, L_BUDGET_EFFECT, L_FUND_BALANCE,
                                         L_ROW_SOURCE};
    for (int c = 0; c < C_N; c++)
        rx_text(x, s, row, c, rx_l(x, heads[c]),
                c == 0 || c == C_PAYER || c == C_SOURCE ? x->f.head : x->f.head_r);
    row++;
    const int first = row;
    for (size_t i = 0; i < sc->nrows; i++, row++) {
        const sif_scenario_row *w = &sc->rows[i];
        rx_int(x, s, row, C_YEAR, w->year, x->f.year);
        if (i > 0 && sc->rows[i - 1].closing_ore - sc->rows[i - 1].written_off_ore == w->opening_ore) {
            snprintf(f, sizeof f, "=%s-%s", rx_cell(a, sizeof a, row - 1, C_CLOSE, false),
                     rx_cell(b, sizeof b, row - 1, C_WOFF, false));
            rx_formula_money(x, s, row, C_OPEN, f, w->opening_ore, NULL);
        } else if (i == 0 && loan_ref && w->opening_ore == r->m->scenarios->loan_ore) {
            snprintf(f, sizeof f, "=%s", loan_ref);
            rx_formula_money(x, s, row, C_OPEN, f, w->opening_ore, NULL);
        } else {
            rx_money(x, s, row, C_OPEN, w->opening_ore, NULL);
        }
        rx_money(x, s, row, C_REPAY, w->repayment_ore, NULL);
        snprintf(f, sizeof f, "=%s-%s", rx_cell(a, sizeof a, row, C_OPEN, false),
                 rx_cell(b, sizeof b, row, C_REPAY, false));
        rx_formula_money(x, s, row, C_CLOSE, f, w->closing_ore, NULL);
        rx_money(x, s, row, C_WOFF, w->written_off_ore, NULL);
        rx_text(x, s, row, C_PAYER, w->committee[0] ? w->committee : "–", x->f.text);
        rx_money(x, s, row, C_BUDGET, w->budget_effect_ore,
                 w->budget_effect_ore < 0 ? x->f.money_warn : NULL);
        rx_money(x, s, row, C_BALANCE, w->fund_balance_ore, NULL);
        /* what the fund's books hold, against what is only planned */
        rx_text(x, s, row, C_SOURCE, rx_l(x, w->recorded ? L_RECORDED : L_PLANNED), x->f.text);
    }
    if (sc->nrows == 0) {
        rx_text_wide(x, s, row++, 0, rx_l(x, L_NO_SCHEDULE), x->f.note);
        rx_money(x, s, row, C_REPAY, 0, x->f.money_sum);
        rx_money(x, s, row, C_WOFF, sc->written_off_ore, x->f.money_sum);
    } else {
        rx_text(x, s, row, C_YEAR, rx_l(x, L_SUM), x->f.sum_label);
        snprintf(f, sizeof f, "=SUM(%s:%s)", rx_cell(a, sizeof a, first, C_REPAY, false),
                 rx_cell(b, sizeof b, row - 1, C_REPAY, false));
        rx_formula_money(x, s, row, C_REPAY, f, sc->repaid_ore, x->f.money_sum);
        snprintf(f, sizeof f, "=SUM(%s:%s)", rx_cell(a, sizeof a, first, C_WOFF, false),
                 rx_cell(b, sizeof b, row - 1, C_WOFF, false));
        rx_formula_money(x, s, row, C_WOFF, f, sc->written_off_ore, x->f.money_sum);
    }
    rx_ref(r->ref_scen[k][0], sizeof r->ref_scen[k][0], s, row, C_REPAY);
    rx_ref(r->ref_scen[k][1], sizeof r->ref_scen[k][1], s, row, C_WOFF);
    rx_keep_rows(s, top, row);
    return row + 2;
}

void rxs_repay(rx_report *r)
{
    rx *x = &r->x;
    rx_sheet *s = &r->repay;
    const rpt_model *m = r->m;
    const sif_scenarios *sc = m->scenarios;
    char buf[600], f[400];

    rx_text_wide(x, s, 0, 0, rx_l(x, L_REPAY_TITLE), x->f.title);
    snprintf(buf, sizeof buf, "%s (%s)", m->project.name, m->project.code);
    rx_text_wide(x, s, 1, 0, buf, x->f.subtitle);
    int row = 3;
    rx_text(x, s, row, 0, rx_l(x, L_LOAN_FULL), x->f.bold);
    if (sc->loan_ore == m->inv->fund_total && r->ref_loan_total[0]) {
        snprintf(f, sizeof f, "=%s", r->ref_loan_total);
        rx_formula_money(x, s, row, 1, f, sc->loan_ore, x->f.money_b);
    } else {
        rx_money(x, s, row, 1, sc->loan_ore, x->f.money_b);
    }
    char loan_ref[16];
    rx_cell(loan_ref, sizeof loan_ref, row, 1, true);
    row++;
    snprintf(buf, sizeof buf, "%d %s, %d–%d", sc->rule.years, rx_l(x, L_YEARS_UNIT),
             sc->rule.first_year, sc->rule.first_year + sc->rule.years - 1);
    rx_text(x, s, row, 0, rx_l(x, L_RULE), x->f.bold);
    rx_text_wide(x, s, row++, 1, buf, x->f.text);

    /* overview: filled after the schedules, whose totals it points at */
    row++;
    const int ohead = row;
    static const rpt_label oheads[] = {L_SCENARIO, L_REPAID, L_WRITTEN_OFF, L_OUTSTANDING, L_STATUS};
    for (int c = 0; c < 5; c++)
        rx_text(x, s, row, c, rx_l(x, oheads[c]), c == 0 || c == 4 ? x->f.head : x->f.head_r);
    row += 1 + (int)sc->nscenarios + 1;
    for (size_t k = 0; k < sc->nscenarios && x->rc == SIF_OK; k++)
        row = schedule(r, k, row, loan_ref);
    for (size_t k = 0; k < sc->nscenarios; k++) {
        const sif_scenario *c = &sc->scenarios[k];
        int orow = ohead + 1 + (int)k;
        char label[160];
        rx_text(x, s, orow, 0, rx_scenario_label(x, c, label, sizeof label),
                c->current ? x->f.bold_wrap : x->f.wrap);
        snprintf(f, sizeof f, "=%s", r->ref_scen[k][0]);
        rx_formula_money(x, s, orow, 1, f, c->repaid_ore, NULL);
        snprintf(f, sizeof f, "=%s", r->ref_scen[k][1]);
        rx_formula_money(x, s, orow, 2, f, c->written_off_ore, NULL);
        char b2[16], c2[16];
        snprintf(f, sizeof f, "=%s-%s-%s", loan_ref, rx_cell(b2, sizeof b2, orow, 1, false),
                 rx_cell(c2, sizeof c2, orow, 2, false));
        rx_formula_money(x, s, orow, 3, f, c->outstanding_ore, c->outstanding_ore ? x->f.money_warn : NULL);
        rx_ref(r->ref_scen[k][2], sizeof r->ref_scen[k][2], s, orow, 3);
        /* the summary shows the overview's cells */
        rx_ref(r->ref_scen[k][0], sizeof r->ref_scen[k][0], s, orow, 1);
        rx_ref(r->ref_scen[k][1], sizeof r->ref_scen[k][1], s, orow, 2);
        status_text(x, c, buf, sizeof buf);
        rx_text_merge(x, s, orow, 4, 7, buf, x->f.wrap);
    }
    rx_keep_rows(s, ohead, ohead + (int)sc->nscenarios);
    s->width[0] = 34;   /* the scenarios' names wrap */
    rx_sheet_finish(x, s, -1, 0);
}
