/* ledger/report/xlsx_sheet_agencies.c — Aktörer (only when a saving is split between
 * agencies, SPEC §13): per year the cost reductions of the city, the region, the state,
 * Försäkringskassan, Arbetsförmedlingen and the individual, and the note that only the
 * city's part can repay the fund.
 *
 * The parts are the ledger's (each saving split in öre by largest remainder, agency.h), so
 * they are values; the totals are formulas and add up to the cost reductions of
 * Nettoresultat. */
#include "xlsx_report.h"

#include <stdio.h>
#include "intl.h"

/* The agencies in the order of agency.h. */
static const char *const agency_label[SIF_AGENCY_COUNT_] = {
    N_("The municipality (kommun)"), N_("The region"), N_("The state"),
    N_("Försäkringskassan"), N_("Arbetsförmedlingen"), N_("The individual")};

void rxs_agencies(rx_report *r)
{
    rx *x = &r->x;
    rx_sheet *s = &r->agencies;
    const sif_result *res = r->m->result;
    if (s->ws == NULL || !res->has_agencies)
        return;
    enum { C_YEAR = 0, C_A0 = 1, C_TOTAL = C_A0 + SIF_AGENCY_COUNT_, C_N };
    char buf[600], f[400], c1[16], c2[16];

    rx_text_wide(x, s, 0, 0, _("Cost reductions by who gains"), x->f.title);
    snprintf(buf, sizeof buf, "%s (%s)", r->m->project.name, r->m->project.code);
    rx_text_wide(x, s, 1, 0, buf, x->f.subtitle);
    rx_text_merge(x, s, 2, 0, C_TOTAL,
                  _("Each cost reduction is split between the agencies by the shares entered "
                    "with it, in öre by largest remainder. Only the municipality's part can "
                    "repay the fund: the repayment scenarios count only it."),
                  x->f.note_wrap);
    const int head = 4;
    rx_text(x, s, head, C_YEAR, _("Year"), x->f.head);
    for (int g = 0; g < SIF_AGENCY_COUNT_; g++)
        rx_text(x, s, head, C_A0 + g, _(agency_label[g]), x->f.head_r);
    rx_text(x, s, head, C_TOTAL, _("Total"), x->f.head_r);
    int row = head + 1;
    const int first = row;
    for (size_t i = 0; i < res->nyears; i++, row++) {
        const sif_result_year *y = &res->years[i];
        rx_int(x, s, row, C_YEAR, y->year, x->f.year);
        for (int g = 0; g < SIF_AGENCY_COUNT_; g++)
            rx_money(x, s, row, C_A0 + g, y->by_agency[g],
                     g == SIF_AGENCY_KOMMUN ? x->f.money_b : NULL);
        snprintf(f, sizeof f, "=SUM(%s:%s)", rx_cell(c1, sizeof c1, row, C_A0, false),
                 rx_cell(c2, sizeof c2, row, C_TOTAL - 1, false));
        rx_formula_money(x, s, row, C_TOTAL, f, y->savings_ore, NULL);
    }
    const int last = row - 1;
    rx_text(x, s, row, C_YEAR, _("Total"), x->f.sum_label);
    for (int c = C_A0; c <= C_TOTAL; c++) {
        const sif_ore v = c == C_TOTAL ? res->savings_ore : res->by_agency[c - C_A0];
        if (last >= first) {
            snprintf(f, sizeof f, "=SUM(%s:%s)", rx_cell(c1, sizeof c1, first, c, false),
                     rx_cell(c2, sizeof c2, last, c, false));
            rx_formula_money(x, s, row, c, f, v, x->f.money_sum);
        } else {
            rx_money(x, s, row, c, v, x->f.money_sum);
        }
    }
    row++;
    snprintf(buf, sizeof buf, _("The total equals the cost reductions on the sheet %s."),
             rx_l(x, L_SH_NET));
    rx_text_merge(x, s, row, 0, C_TOTAL, buf, x->f.note_wrap);
    rx_keep_rows(s, head, row);
    rx_sheet_finish(x, s, head, 1);
}
