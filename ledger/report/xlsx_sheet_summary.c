/* ledger/report/xlsx_sheet_summary.c — Sammanfattning: who and what, the key figures as
 * formulas over the detail sheets, and the differences the ledger found. */
#include "xlsx_report.h"

#include <stdio.h>
#include <string.h>

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
        sif_ore_format(c->diff_ore, amount, sizeof amount, SIF_FMT_AUTO | SIF_FMT_KR);
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
    char buf[1024];

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
    snprintf(buf, sizeof buf, "%s %s %s", m->generated_text, rx_l(x, L_BY), m->user);
    pair(x, s, row++, L_GENERATED, buf);

    row++;
    const int head = row;
    rx_text(x, s, row, 0, rx_l(x, L_KEY_FIGURES), x->f.head);
    rx_text(x, s, row, 1, rx_l(x, L_AMOUNT), x->f.head_r);
    row++;
    char f[200];
    rx_text(x, s, row, 0, rx_l(x, L_INVESTMENT), x->f.text);
    snprintf(f, sizeof f, "=%s", r->ref_inv_total);
    rx_formula_money(x, s, row++, 1, f, inv->total, x->f.money_b);
    rx_text(x, s, row, 0, rx_l(x, L_LOAN), x->f.text);
    snprintf(f, sizeof f, "=%s", r->ref_loan_total);
    rx_formula_money(x, s, row++, 1, f, inv->fund_total, NULL);
    if (inv->esf_total) {
        rx_text(x, s, row, 0, rx_l(x, L_ESF), x->f.text);
        rx_money(x, s, row++, 1, inv->esf_total, NULL);
    }
    if (inv->other_total) {
        rx_text(x, s, row, 0, rx_l(x, L_OTHER_FUNDING), x->f.text);
        rx_money(x, s, row++, 1, inv->other_total, NULL);
    }
    diffs_text(r, buf, sizeof buf);
    if (buf[0]) {
        rx_text(x, s, row, 0, rx_l(x, L_CONTROL_DIFFS), x->f.text);
        rx_text_wide(x, s, row++, 1, buf, x->f.text);
    }
    (void)head;
    rx_sheet_finish(x, s, -1, 0);
}
