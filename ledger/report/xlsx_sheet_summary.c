/* ledger/report/xlsx_sheet_summary.c — Sammanfattning: who and what, the key figures as
 * formulas over the detail sheets, and the differences the ledger found. */
#include "xlsx_report.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include "intl.h"

static void pair(rx *x, rx_sheet *s, int row, rpt_label label, const char *value)
{
    rx_text(x, s, row, 0, rx_l(x, label), x->f.bold);
    rx_text_wide(x, s, row, 1, value && *value ? value : rx_l(x, L_NOT_GIVEN), x->f.text);
}

/* "2016: 1 kr; 2014: 1 kr; Summa: 2 kr", or "" when every control total agrees. */
static void diffs_text(const rx_report *r, char *buf, size_t size)
{
    const sif_investment *inv = r->m->inv;
    size_t o = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < inv->ncontrols; i++) {
        const sif_control *c = &inv->controls[i];
        if (c->diff_ore == 0)
            continue;
        char what[SIF_NAME_MAX + 16], amount[48];
        if (strcmp(c->scope, "year") == 0)
            snprintf(what, sizeof what, "%d", c->year);
        else if (strcmp(c->scope, "role") == 0)
            snprintf(what, sizeof what, "%s", c->role_code);
        else
            snprintf(what, sizeof what, "%s", rx_l(&r->x, L_SUM));
        sif_ore_format(c->diff_ore, amount, sizeof amount, SIF_FMT_KR);
        int n = snprintf(buf + o, size - o, "%s%s: %s", o ? "; " : "", what, amount);
        if (n < 0 || (size_t)n >= size - o)
            break;
        o += (size_t)n;
    }
}

void rxs_summary(rx_report *r)
{
    rx *x = &r->x;
    rx_sheet *s = &r->summary;
    const rpt_model *m = r->m;
    const sif_investment *inv = m->inv;
    char buf[2048];

    snprintf(buf, sizeof buf, "%s: %s", rx_l(x, L_DOC_TITLE), m->project.name);
    rx_text_wide(x, s, 0, 0, buf, x->f.title);
    int row = 2;
    snprintf(buf, sizeof buf, "%s (%s)", m->project.name, m->project.code);
    pair(x, s, row++, L_PROJECT, buf);
    pair(x, s, row++, L_DNR, m->project.dnr);
    pair(x, s, row++, L_COMMITTEE, m->project.committee);
    pair(x, s, row++, L_PERIOD, rpt_period_text(&m->project, buf, sizeof buf));
    pair(x, s, row++, L_FUND, m->fund.name);
    if (m->project.has_granted) {
        rx_text(x, s, row, 0, rx_l(x, L_GRANTED), x->f.bold);
        rx_money(x, s, row++, 1, m->project.granted_ore, NULL);
    }
    pair(x, s, row++, L_GENERATED, m->generated_text);
    pair(x, s, row++, L_PREPARED_BY, m->prepared_by);

    row++;
    const int head = row;
    const int chart_row = 2;
    rx_text(x, s, row, 0, rx_l(x, L_KEY_FIGURES), x->f.head);
    rx_text(x, s, row, 1, rx_l(x, L_AMOUNT), x->f.head_r);
    row++;
    char f[400];
    rx_text(x, s, row, 0, rx_l(x, L_INVESTMENT), x->f.wrap);
    snprintf(f, sizeof f, "=%s", r->ref_inv_total);
    rx_formula_money(x, s, row++, 1, f, inv->total, x->f.money_b);
    rx_text(x, s, row, 0, rx_l(x, L_LOAN), x->f.wrap);
    snprintf(f, sizeof f, "=%s", r->ref_loan_total);
    rx_formula_money(x, s, row++, 1, f, inv->fund_total, NULL);
    if (inv->esf_total) {
        rx_text(x, s, row, 0, rx_l(x, L_ESF), x->f.wrap);
        rx_money(x, s, row++, 1, inv->esf_total, NULL);
    }
    if (inv->other_total) {
        rx_text(x, s, row, 0, rx_l(x, L_OTHER_FUNDING), x->f.wrap);
        rx_money(x, s, row++, 1, inv->other_total, NULL);
    }
    const sif_result *res = m->result;
    const bool plain = rx_amounts_as_entered(res);
    char inv_cell[16], sav_cell[16];
    rx_cell(inv_cell, sizeof inv_cell, head + 1, 1, false);
    rx_cell(sav_cell, sizeof sav_cell, row, 1, false);
    if (!plain) {
        /* optimism bias and discounting change the investment the net is taken from */
        rx_text(x, s, row, 0, rx_l(x, L_INV_ADJUSTED), x->f.wrap);
        snprintf(f, sizeof f, "=%s", r->ref_net_inv_total);
        rx_formula_money(x, s, row++, 1, f, res->investment_ore, NULL);
        rx_cell(sav_cell, sizeof sav_cell, row, 1, false);
    }
    rx_text(x, s, row, 0, rx_l(x, L_SAVINGS), x->f.wrap);
    snprintf(f, sizeof f, "=%s", r->ref_sav_total);
    rx_formula_money(x, s, row++, 1, f, res->savings_ore, x->f.money_b);
    if (res->shifted_ore) {
        rx_text(x, s, row, 0, rx_l(x, L_SHIFTED), x->f.wrap);
        rx_money(x, s, row++, 1, res->shifted_ore, NULL);
    }
    rx_text(x, s, row, 0, rx_l(x, L_NET), x->f.bold);
    if (plain)
        snprintf(f, sizeof f, "=%s-%s", sav_cell, inv_cell);
    else
        snprintf(f, sizeof f, "=%s", r->ref_net_total);
    rx_formula_money(x, s, row++, 1, f, res->net_ore,
                     res->net_ore < 0 ? x->f.money_warn : x->f.money_b);
    if (res->has_printed_investment && r->ref_printed_total[0] && plain) {
        rx_text(x, s, row, 0, rx_l(x, L_NET_PRINTED), x->f.wrap);
        snprintf(f, sizeof f, "=%s-%s", sav_cell, r->ref_printed_total);
        rx_formula_money(x, s, row++, 1, f, res->net_printed_ore, NULL);
    }
    rx_text(x, s, row, 0, rx_l(x, L_RATIO), x->f.wrap);
    if (res->ratio.den > 0) {
        double ratio = (double)res->ratio.num / (double)res->ratio.den;
        if (plain) {
            snprintf(f, sizeof f, "=%s/%s", sav_cell, inv_cell);
            rx_formula(x, s, row++, 1, f, ratio, 6, x->f.dec2);
        } else {
            rx_num(x, s, row++, 1, ratio, 6, x->f.dec2);
        }
    } else {
        rx_text(x, s, row++, 1, "–", x->f.text);
    }
    if (res->discounted && r->ref_npv[0]) {
        /* SPEC §13: the present values beside the undiscounted figures (Nuvärden) */
        rx_text(x, s, row, 0, _("Net present value"), x->f.wrap);
        snprintf(f, sizeof f, "=%s", r->ref_npv);
        rx_formula_money(x, s, row++, 1, f, res->npv_ore,
                         res->npv_ore < 0 ? x->f.money_warn : NULL);
        rx_text(x, s, row, 0, _("Benefit-cost ratio"), x->f.wrap);
        if (r->ref_bcr[0]) {
            snprintf(f, sizeof f, "=%s", r->ref_bcr);
            rx_formula(x, s, row++, 1, f, (double)res->bcr.num / (double)res->bcr.den, 6,
                       x->f.dec2);
        } else {
            rx_text(x, s, row++, 1, "–", x->f.text);
        }
    }
    rx_text(x, s, row, 0, rx_l(x, L_PAYBACK_YEARS), x->f.wrap);
    static char pf[8192];
    if (rx_payback_formula(r, pf, sizeof pf)) {
        /* live: the payback follows the Nettoresultat table, months follow the years */
        char yc[16];
        rx_cell(yc, sizeof yc, row, 1, false);
        if (res->has_payback)
            rx_formula(x, s, row++, 1, pf,
                       (double)res->payback_years.num / (double)res->payback_years.den, 6,
                       x->f.dec2_r);
        else
            rx_formula_text(x, s, row++, 1, pf, rx_l(x, L_PAYBACK_NONE), x->f.dec2_r);
        rx_text(x, s, row, 0, rx_l(x, L_PAYBACK_MONTHS), x->f.wrap);
        snprintf(f, sizeof f, "=IF(ISNUMBER(%s),ROUND(%s*12,0),\"%s\")", yc, yc,
                 rx_l(x, L_PAYBACK_NONE));
        double months = res->has_payback ? (double)res->payback_months : 0;
        if (res->has_payback &&
            res->payback_months == (int)floor((double)res->payback_years.num * 12 /
                                              (double)res->payback_years.den + 0.5))
            rx_formula(x, s, row++, 1, f, months, 6, x->f.int_r);
        else if (res->has_payback)
            rx_int(x, s, row++, 1, res->payback_months, x->f.int_r);
        else
            rx_formula_text(x, s, row++, 1, f, rx_l(x, L_PAYBACK_NONE), x->f.int_r);
    } else if (res->has_payback) {
        rx_num(x, s, row++, 1, (double)res->payback_years.num / (double)res->payback_years.den, 6,
               x->f.dec2);
        rx_text(x, s, row, 0, rx_l(x, L_PAYBACK_MONTHS), x->f.wrap);
        rx_int(x, s, row++, 1, res->payback_months, x->f.int_);
    } else {
        rx_text(x, s, row++, 1, rx_l(x, L_PAYBACK_NONE), x->f.text);
    }
    /* SPEC §11.5: the figure final reports print, named, and the convention of both */
    const sif_simple_payback *sp = &res->simple_payback;
    rx_text(x, s, row, 0, rx_l(x, L_SIMPLE_PAYBACK_YEARS), x->f.wrap);
    if (sp->has) {
        rx_num(x, s, row, 1, (double)sp->years.num / (double)sp->years.den, 6, x->f.dec2);
        char mo[32];
        sif_ratio_decimal(sp->months, 1, mo, sizeof mo);
        char *dot = strchr(mo, '.');
        if (dot)
            *dot = ',';
        snprintf(buf, sizeof buf, "%s %s; %s %d (%s)", mo, rx_l(x, L_MONTHS_WORD),
                 rx_l(x, L_SIMPLE_PAYBACK_OF), sp->year,
                 rx_l(x, strcmp(res->simple_payback_status, "mixed") == 0 ? L_STATUS_MIXED
                         : strcmp(res->simple_payback_status, "projected") == 0
                             ? L_STATUS_PROJECTED : L_STATUS_REALISED));
        /* beside the figure, wrapped within the table: the charts stand to the right */
        rx_text_merge(x, s, row++, 2, 4, buf, x->f.note_wrap);
    } else {
        rx_text(x, s, row++, 1, "–", x->f.text);
    }
    rx_text(x, s, row, 0, rx_l(x, L_ADJUSTMENTS), x->f.wrap);
    if (m->nadjustments == 0)
        rx_text_wide(x, s, row++, 1, rx_l(x, L_ADJ_NONE), x->f.text);
    for (size_t i = 0; i < m->nadjustments; i++)
        rx_text_merge(x, s, row++, 1, 4, m->adjustments[i], x->f.wrap);
    diffs_text(r, buf, sizeof buf);
    if (buf[0]) {
        rx_text(x, s, row, 0, rx_l(x, L_CONTROL_DIFFS), x->f.wrap);
        rx_text_merge(x, s, row++, 1, 4, buf, x->f.wrap);   /* within the table */
    }
    rx_keep_rows(s, head, row - 1);

    /* the scenarios' outcome */
    const sif_scenarios *sc = m->scenarios;
    row++;
    const int stop = row;
    rx_text_wide(x, s, row++, 0, rx_l(x, L_SCENARIO_OUTCOME), x->f.subtitle);
    static const rpt_label sheads[] = {L_SCENARIO, L_REPAID, L_WRITTEN_OFF, L_OUTSTANDING,
                                       L_STATUS};
    for (int c = 0; c < 5; c++)
        rx_text(x, s, row, c, rx_l(x, sheads[c]), c == 0 || c == 4 ? x->f.head : x->f.head_r);
    row++;
    for (size_t k = 0; k < sc->nscenarios; k++, row++) {
        const sif_scenario *c = &sc->scenarios[k];
        const sif_ore v[3] = {c->repaid_ore, c->written_off_ore, c->outstanding_ore};
        char label[160];
        rx_text(x, s, row, 0, rx_scenario_label(x, c, label, sizeof label),
                c->current ? x->f.bold_wrap : x->f.wrap);
        for (int j = 0; j < 3; j++) {
            snprintf(f, sizeof f, "=%s", r->ref_scen[k][j]);
            rx_formula_money(x, s, row, 1 + j, f, v[j], NULL);
        }
        buf[0] = '\0';
        if (c->current)
            snprintf(buf, sizeof buf, "%s", rx_l(x, L_CURRENT));
        else if (c->decision_id)
            snprintf(buf, sizeof buf, "%s", c->decision_draft ? rx_l(x, L_DRAFT_DECISION)
                                                              : rx_l(x, L_DECIDED));
        rx_text(x, s, row, 4, buf, x->f.text);
    }

    rx_keep_rows(s, stop, row - 1);

    /* the decisions */
    row++;
    const int dtop = row;
    rx_text_wide(x, s, row++, 0, rx_l(x, L_DECISIONS), x->f.subtitle);
    if (m->ndecisions == 0)
        rx_text_wide(x, s, row++, 0, rx_l(x, L_NO_DECISIONS), x->f.text);
    for (size_t i = 0; i < m->ndecisions; i++) {
        const sif_decision *d = &m->decisions[i];
        const char *kind = strcmp(d->kind, "waive") == 0     ? rx_l(x, L_KIND_WAIVE)
                           : strcmp(d->kind, "partial") == 0 ? rx_l(x, L_KIND_PARTIAL)
                           : strcmp(d->kind, "reschedule") == 0 ? rx_l(x, L_KIND_RESCHEDULE)
                                                                 : d->kind;
        snprintf(buf, sizeof buf, "%s %s (%s), %s%s%s: %s", d->date, d->body,
                 d->draft ? rx_l(x, L_DRAFT_DECISION) : rx_l(x, L_DECIDED), kind,
                 d->reference[0] ? ", " : "", d->reference, d->text);
        rx_text_merge(x, s, row, 0, 4, buf, x->f.wrap);
        row++;
    }

    rx_keep_rows(s, dtop, row - 1);
    /* one page: the labels wrap in a column of 40 characters, and the charts stand to the
     * right of the tables, one above the other */
    s->width[0] = 38;
    double chart_w = rx_page_width_px() - rx_cols_width_px(s, 4) - 70;   /* room to spare */
    rx_net_chart(r, s, chart_row, 5, chart_w > 470 ? 470 : chart_w < 280 ? 280 : chart_w, 250,
                 true);
    rx_sheet_finish(x, s, -1, 0);
}
