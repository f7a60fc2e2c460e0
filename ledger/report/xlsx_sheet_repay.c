/* ledger/report/xlsx_sheet_repay.c — Återbetalning: the scenarios side by side, then every
 * scenario's schedule and who pays it.
 *
 * Live where Excel can compute what the ledger computed: closing = opening − repayment,
 * left = closing − written off, the next opening = left, the fund's balance moves by the
 * repayment, an instalment is the balance over the rule's years (or the one before it), a
 * repayment out of savings is MIN(the year's realised savings, the balance) over the
 * Kostnadsminskningar cells, and each committee's share follows the repayment. Each formula
 * is written only when it gives the ledger's own figure exactly; else the figure. */
#include "xlsx_report.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>

enum { C_YEAR, C_OPEN, C_REPAY, C_CLOSE, C_WOFF, C_LEFT, C_BALANCE, C_SOURCE, C_N };
/* the payers' table: committee, year, share, cash freed, budget effect */
enum { P_NAME, P_YEAR, P_SHARE, P_CASH, P_BUDGET, P_N };

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

const char *rx_scenario_label(const rx *x, const sif_scenario *s, char *buf, size_t size)
{
    return rpt_scenario_label(x->lang, s, buf, size);
}

/* öre as an exact decimal literal in kronor: "41305212", "-1086848.5" */
static char *kronor_literal(sif_ore v, char *buf, size_t size)
{
    unsigned long long a = v < 0 ? (unsigned long long)-(v + 1) + 1 : (unsigned long long)v;
    unsigned long long kr = a / SIF_ORE_PER_KR, ore = a % SIF_ORE_PER_KR;
    if (ore)
        snprintf(buf, size, "%s%llu.%02llu", v < 0 ? "-" : "", kr, ore);
    else
        snprintf(buf, size, "%s%llu", v < 0 ? "-" : "", kr);
    return buf;
}

/* The realised savings of the years after `after` up to and including `year` (a row
 * carries the savings of the years before it that have no row, SPEC §11.7) as a sum of
 * Kostnadsminskningar cells, each times its cashable share for the cashable scenario;
 * *value the same in öre. False when the sum is not exact in öre, or the project has
 * reversals (their netting is the ledger's). */
static bool savings_expr(const rx_report *r, int after, int year, bool cashable, char *f,
                         size_t size, sif_ore *value)
{
    size_t o = 0;
    *value = 0;
    f[0] = '\0';
    for (size_t i = 0; i < r->m->nsavings; i++) {
        const sif_saving *sv = &r->m->savings[i].s;
        if (sv->reverses || sv->reversed_by)
            return false;
        if (sv->year <= after || sv->year > year || sv->status != SIF_SAVING_REALISED)
            continue;
        char ref[160], share[200] = "";
        rx_ref(ref, sizeof ref, &r->savings, r->sav_row[i], 1);
        sif_ore part = sv->amount_ore;
        if (cashable) {
            int bp = sv->cash_bp;
            unsigned cat = (unsigned)sv->category < 4 ? (unsigned)sv->category : 3;
            if (bp < 0) {
                const sif_rule *rule = &r->m->scenarios->rule;
                const int rbp[] = {rule->cash_benefit_bp, rule->cash_treatment_bp,
                                   rule->cash_placement_bp, rule->cash_other_bp};
                bp = rbp[cat];
                if (r->ref_cash[cat][0] == '\0')
                    return false;
                snprintf(share, sizeof share, "*%s", r->ref_cash[cat]);
            } else {
                snprintf(share, sizeof share, "*%d/10000", bp);
            }
            int64_t prod;
            if (__builtin_mul_overflow(sv->amount_ore, (int64_t)bp, &prod) || prod % 10000 != 0)
                return false;
            part = sv->amount_ore / 10000 * bp + sv->amount_ore % 10000 * bp / 10000;
        }
        int n = snprintf(f + o, size - o, "%s%s%s", o ? "+" : "", ref, share);
        if (n < 0 || (size_t)n >= size - o)
            return false;
        o += (size_t)n;
        *value += part;
    }
    if (o == 0)
        snprintf(f, size, "0");
    return true;
}

/* The repayment of row i as a formula that gives the ledger's figure, or "". */
static void repayment_formula(const rx_report *r, const sif_scenario *sc, size_t i, int row,
                              char *f, size_t size)
{
    const sif_scenario_row *w = &sc->rows[i];
    char a[16], b[16], expr[1500];
    f[0] = '\0';
    if (w->recorded)
        return;
    const sif_investment *inv = r->m->inv;
    const int last_inv = inv->nyears ? inv->years[inv->nyears - 1] : 0;
    if (sc->kind == SIF_SCENARIO_SAVINGS || sc->kind == SIF_SCENARIO_CASHABLE) {
        sif_ore v;
        int after = i > 0 ? sc->rows[i - 1].year : INT_MIN;
        if (w->year < last_inv ||
            !savings_expr(r, after, w->year, sc->kind == SIF_SCENARIO_CASHABLE, expr,
                          sizeof expr, &v))
            return;
        sif_ore want = v < w->opening_ore ? v : w->opening_ore;
        if (want < 0 || want != w->repayment_ore)
            return;
        snprintf(f, size, "=MIN(%s,%s)", expr, rx_cell(a, sizeof a, row, C_OPEN, false));
        return;
    }
    if (w->repayment_ore == 0)
        return;
    /* an instalment like the one before */
    if (i > 0 && !sc->rows[i - 1].recorded && sc->rows[i - 1].repayment_ore == w->repayment_ore) {
        snprintf(f, size, "=%s", rx_cell(a, sizeof a, row - 1, C_REPAY, false));
        return;
    }
    /* the first instalment: the balance (full, waived) or the rule's share of the loan
     * (partial) over the rule's years, when nothing was recorded before */
    if (i > 0 || r->ref_rule_years[0] == '\0')
        return;
    int years = r->m->scenarios->rule.years;
    if (years <= 0)
        return;
    if (sc->kind == SIF_SCENARIO_FULL || sc->kind == SIF_SCENARIO_WAIVED) {
        if (w->opening_ore % years == 0 && w->opening_ore / years == w->repayment_ore)
            snprintf(f, size, "=%s/%s", rx_cell(a, sizeof a, row, C_OPEN, false),
                     r->ref_rule_years);
    } else if (sc->kind == SIF_SCENARIO_PARTIAL && r->ref_rule_partial[0] &&
               sc->partial_bp == r->m->scenarios->rule.partial_bp) {
        sif_ore target;  /* no formula where the exact product would not fit */
        if (!__builtin_mul_overflow(w->opening_ore, (sif_ore)sc->partial_bp, &target) &&
            target % (10000LL * years) == 0 && target / (10000LL * years) == w->repayment_ore)
            snprintf(f, size, "=%s*%s/%s", rx_cell(b, sizeof b, row, C_OPEN, false),
                     r->ref_rule_partial, r->ref_rule_years);
    }
}

/* The payers of every year: committee, year, share of the repayment (formulas of the
 * schedule's repayment cell: a fixed weight each, the largest takes what is left, so the
 * shares always add up), cash freed and budget effect = cash − share. */
static int payers_table(rx_report *r, const sif_scenario *sc, int row, int first_row)
{
    rx *x = &r->x;
    rx_sheet *s = &r->repay;
    char f[400], a[16], b[16], c[16];
    size_t n = 0;
    for (size_t i = 0; i < sc->nrows; i++)
        n += sc->rows[i].npayers;
    if (n == 0)
        return row;
    const int top = row;
    rx_text_wide(x, s, row++, 0, rx_l(x, L_PAYERS), x->f.bold);
    static const rpt_label heads[P_N] = {L_PAYER, L_YEAR, L_SHARE_OF_REPAYMENT, L_CASH_FREED,
                                         L_BUDGET_EFFECT};
    for (int k = 0; k < P_N; k++)
        rx_text(x, s, row, k, rx_l(x, heads[k]), k <= P_YEAR ? x->f.head : x->f.head_r);
    row++;
    for (size_t i = 0; i < sc->nrows; i++) {
        const sif_scenario_row *w = &sc->rows[i];
        const int first = row;
        rx_cell(c, sizeof c, first_row + (int)i, C_REPAY, true);
        for (size_t p = 0; p < w->npayers; p++, row++) {
            const sif_scenario_payer *py = &w->payers[p];
            rx_text(x, s, row, P_NAME, py->committee[0] ? py->committee : "–", x->f.wrap);
            rx_int(x, s, row, P_YEAR, w->year, x->f.year);
            if (w->repayment_ore != 0 && p == 0 && w->npayers > 1) {
                /* the largest part: the repayment less the others */
                snprintf(f, sizeof f, "=%s-SUM(%s:%s)", c,
                         rx_cell(a, sizeof a, first + 1, P_SHARE, false),
                         rx_cell(b, sizeof b, first + (int)w->npayers - 1, P_SHARE, false));
                rx_formula_money(x, s, row, P_SHARE, f, py->repayment_ore, NULL);
            } else if (w->repayment_ore != 0 && w->npayers == 1 &&
                       py->repayment_ore == w->repayment_ore) {
                snprintf(f, sizeof f, "=%s", c);
                rx_formula_money(x, s, row, P_SHARE, f, py->repayment_ore, NULL);
            } else if (w->repayment_ore != 0) {
                snprintf(f, sizeof f, "=%s*%.17g", c,
                         (double)py->repayment_ore / (double)w->repayment_ore);
                rx_formula_money(x, s, row, P_SHARE, f, py->repayment_ore, NULL);
            } else {
                rx_money(x, s, row, P_SHARE, py->repayment_ore, NULL);
            }
            rx_money(x, s, row, P_CASH, py->cash_ore, NULL);
            snprintf(f, sizeof f, "=%s-%s", rx_cell(a, sizeof a, row, P_CASH, false),
                     rx_cell(b, sizeof b, row, P_SHARE, false));
            rx_formula_money(x, s, row, P_BUDGET, f, py->budget_effect_ore,
                             py->budget_effect_ore < 0 ? x->f.money_warn : NULL);
        }
    }
    rx_text_merge(x, s, row++, 0, C_N - 1, rx_l(x, L_PAYERS_NOTE), x->f.note_wrap);
    rx_keep_rows(s, top, row - 1);
    return row;
}

/* One schedule; returns the next free row. Fills the scenario's refs. */
static int schedule(rx_report *r, size_t k, int row, const char *loan_ref)
{
    rx *x = &r->x;
    rx_sheet *s = &r->repay;
    const sif_scenario *sc = &r->m->scenarios->scenarios[k];
    char buf[SIF_NAME_MAX + 200], f[2000], a[16], b[16], lit[48];

    char label[160];
    const int top = row;
    rx_text_wide(x, s, row++, 0, rx_scenario_label(x, sc, label, sizeof label), x->f.subtitle);
    status_text(x, sc, buf, sizeof buf);
    if (buf[0])
        rx_text_wide(x, s, row++, 0, buf, x->f.note);
    static const rpt_label heads[C_N] = {L_YEAR, L_OPENING, L_REPAYMENT, L_CLOSING,
                                         L_WRITTEN_OFF, L_LEFT_AFTER_WOFF, L_FUND_BALANCE,
                                         L_ROW_SOURCE};
    for (int c = 0; c < C_N; c++)
        rx_text(x, s, row, c, rx_l(x, heads[c]),
                c == 0 || c == C_SOURCE ? x->f.head : x->f.head_r);
    row++;
    const int first = row;
    for (size_t i = 0; i < sc->nrows; i++, row++) {
        const sif_scenario_row *w = &sc->rows[i];
        const sif_scenario_row *prev = i > 0 ? &sc->rows[i - 1] : NULL;
        rx_int(x, s, row, C_YEAR, w->year, x->f.year);
        if (prev && prev->closing_ore - prev->written_off_ore == w->opening_ore) {
            snprintf(f, sizeof f, "=%s", rx_cell(a, sizeof a, row - 1, C_LEFT, false));
            rx_formula_money(x, s, row, C_OPEN, f, w->opening_ore, NULL);
        } else if (!prev && loan_ref && w->opening_ore == r->m->scenarios->loan_ore) {
            snprintf(f, sizeof f, "=%s", loan_ref);
            rx_formula_money(x, s, row, C_OPEN, f, w->opening_ore, NULL);
        } else {
            rx_money(x, s, row, C_OPEN, w->opening_ore, NULL);
        }
        repayment_formula(r, sc, i, row, f, sizeof f);
        if (f[0])
            rx_formula_money(x, s, row, C_REPAY, f, w->repayment_ore, NULL);
        else
            rx_money(x, s, row, C_REPAY, w->repayment_ore, NULL);
        snprintf(f, sizeof f, "=%s-%s", rx_cell(a, sizeof a, row, C_OPEN, false),
                 rx_cell(b, sizeof b, row, C_REPAY, false));
        rx_formula_money(x, s, row, C_CLOSE, f, w->closing_ore, NULL);
        /* a write-off of all that is left follows the closing balance */
        if (!w->recorded && w->written_off_ore != 0 && w->written_off_ore == w->closing_ore) {
            snprintf(f, sizeof f, "=%s", rx_cell(a, sizeof a, row, C_CLOSE, false));
            rx_formula_money(x, s, row, C_WOFF, f, w->written_off_ore, NULL);
        } else {
            rx_money(x, s, row, C_WOFF, w->written_off_ore, NULL);
        }
        snprintf(f, sizeof f, "=%s-%s", rx_cell(a, sizeof a, row, C_CLOSE, false),
                 rx_cell(b, sizeof b, row, C_WOFF, false));
        rx_formula_money(x, s, row, C_LEFT, f, w->closing_ore - w->written_off_ore, x->f.money_b);
        /* the fund's balance moves by the repayment (a write-off does not move it) */
        if (prev && w->fund_balance_ore - prev->fund_balance_ore == w->repayment_ore)
            snprintf(f, sizeof f, "=%s+%s", rx_cell(a, sizeof a, row - 1, C_BALANCE, false),
                     rx_cell(b, sizeof b, row, C_REPAY, false));
        else
            snprintf(f, sizeof f, "=%s+%s",
                     kronor_literal(w->fund_balance_ore - w->repayment_ore, lit, sizeof lit),
                     rx_cell(b, sizeof b, row, C_REPAY, false));
        rx_formula_money(x, s, row, C_BALANCE, f, w->fund_balance_ore, NULL);
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
    row = payers_table(r, sc, row + 2, first);
    /* the schedule and its payers on one page when they fit, else each on its own */
    rx_keep_rows(s, top, row - 1);
    return row + 1;
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
