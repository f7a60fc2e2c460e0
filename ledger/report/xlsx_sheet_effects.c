/* ledger/report/xlsx_sheet_effects.c — Långsiktiga effekter: reported beside the figures,
 * never counted in the result or the repayment. */
#include "xlsx_report.h"

#include <stdio.h>

void rxs_effects(rx_report *r)
{
    rx *x = &r->x;
    rx_sheet *s = &r->effects;
    const rpt_model *m = r->m;
    char buf[600], f[64], a[16], b[16];

    rx_text_wide(x, s, 0, 0, rx_l(x, L_EFFECTS_TITLE), x->f.title);
    snprintf(buf, sizeof buf, "%s (%s)", m->project.name, m->project.code);
    rx_text_wide(x, s, 1, 0, buf, x->f.subtitle);
    rx_text_wide(x, s, 2, 0, rx_l(x, L_EFFECTS_NOTE), x->f.note);
    const int head = 4;
    /* how many, of what, the amount per one of them, and their product */
    static const rpt_label heads[] = {L_EFFECT, L_DESCRIPTION, L_QUANTITY, L_UNIT_OF, L_PER,
                                      L_POSSIBLE_COST, L_SOURCE};
    for (int c = 0; c < 7; c++)
        rx_text(x, s, head, c, rx_l(x, heads[c]),
                c == 2 || c == 4 || c == 5 ? x->f.head_r : x->f.head);
    int row = head + 1;
    if (m->neffects == 0)
        rx_text_wide(x, s, row++, 0, rx_l(x, L_NO_EFFECTS), x->f.text);
    for (size_t i = 0; i < m->neffects; i++, row++) {
        const sif_effect *e = &m->effects[i];
        rx_text(x, s, row, 0, e->name, x->f.wrap);
        rx_text(x, s, row, 1, e->description, x->f.wrap);
        if (e->has_quantity)
            rx_int(x, s, row, 2, e->quantity, x->f.num);
        else
            rx_text(x, s, row, 2, "–", x->f.text_r);
        rx_text(x, s, row, 3, e->per, x->f.wrap);
        if (e->has_unit_cost)
            rx_money(x, s, row, 4, e->unit_cost_ore, NULL);
        sif_ore total;
        if (e->has_quantity && e->has_unit_cost &&
            sif_ore_mul(e->unit_cost_ore, e->quantity, &total, NULL) == SIF_OK) {
            snprintf(f, sizeof f, "=%s*%s", rx_cell(a, sizeof a, row, 2, false),
                     rx_cell(b, sizeof b, row, 4, false));
            rx_formula_money(x, s, row, 5, f, total, NULL);
        } else {
            rx_text(x, s, row, 5, "–", x->f.text_r);
        }
        rx_text(x, s, row, 6, e->source, x->f.wrap);
    }
    if (m->neffects > 0) {   /* the texts wrap in columns of a readable width */
        s->width[0] = 26;
        s->width[1] = 34;
        s->width[3] = 14;
        s->width[6] = 34;
    }
    rx_sheet_finish(x, s, head, 1);
}
