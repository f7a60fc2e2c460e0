/* ledger/report/xlsx_sheet_params.c — Parametrar: every unit cost and parameter that applies
 * to the project with its source and years, the adjustments in force, and the repayment
 * rule. */
#include "xlsx_report.h"

#include <stdio.h>
#include "names.h"
#include <string.h>

static void years_text(const sif_param *p, char *buf, size_t size)
{
    if (p->year_from && p->year_to && p->year_to != p->year_from)
        snprintf(buf, size, "%d–%d", p->year_from, p->year_to);
    else if (p->year_from && p->year_to)
        snprintf(buf, size, "%d", p->year_from);
    else if (p->year_from)
        snprintf(buf, size, "%d–", p->year_from);
    else if (p->year_to)
        snprintf(buf, size, "–%d", p->year_to);
    else
        snprintf(buf, size, "–");
}

void rxs_params(rx_report *r)
{
    rx *x = &r->x;
    rx_sheet *s = &r->params;
    const rpt_model *m = r->m;
    char buf[600];

    rx_text_wide(x, s, 0, 0, rx_l(x, L_PARAMS_TITLE), x->f.title);
    snprintf(buf, sizeof buf, "%s (%s)", m->project.name, m->project.code);
    rx_text_wide(x, s, 1, 0, buf, x->f.subtitle);
    const int head = 3;
    static const rpt_label heads[] = {L_PARAM_NAME, L_VALUE, L_PARAM_KIND, L_VALID_YEARS, L_PROJECT,
                                      L_SOURCE, L_WHO, L_WHEN};
    for (int c = 0; c < 8; c++)
        rx_text(x, s, head, c, rx_l(x, heads[c]), c == 1 ? x->f.head_r : x->f.head);
    int row = head + 1;
    for (size_t i = 0; i < m->nparams; i++, row++) {
        const sif_param *p = &m->params[i];
        rx_text(x, s, row, 0, rpt_param_name(x->lang, p->key, buf, sizeof buf), x->f.wrap);
        if (p->kind == SIF_PARAM_ORE)
            rx_money(x, s, row, 1, p->num, NULL);
        else if (p->kind == SIF_PARAM_RATIO)
            rx_num(x, s, row, 1, (double)p->num / (double)p->den, 8, x->f.pct);
        else
            rx_num(x, s, row, 1, (double)p->num, 8, x->f.num);
        rx_text(x, s, row, 2, rpt_param_kind_name(x->lang, p->kind), x->f.text);
        years_text(p, buf, sizeof buf);
        rx_text(x, s, row, 3, buf, x->f.text);
        rx_text(x, s, row, 4, p->project_code[0] ? p->project_code : rx_l(x, L_ALL_PROJECTS),
                x->f.text);
        rx_text_wide(x, s, row, 5, p->source, x->f.wrap);
        rx_text(x, s, row, 6, p->user, x->f.text);
        rx_text(x, s, row, 7, rpt_local_time(p->at, buf, sizeof buf), x->f.text);
    }
    /* the source column wraps: give it room */
    if (s->width[5] < 60)
        s->width[5] = 58;

    row++;
    rx_text_wide(x, s, row++, 0, rx_l(x, L_ADJUSTMENTS), x->f.subtitle);
    if (m->nadjustments == 0)
        rx_text_wide(x, s, row++, 0, rx_l(x, L_ADJ_NONE), x->f.text);
    for (size_t i = 0; i < m->nadjustments; i++)
        rx_text_wide(x, s, row++, 0, m->adjustments[i], x->f.text);

    const sif_rule *rule = &m->scenarios->rule;
    row++;
    rx_text_wide(x, s, row++, 0, rx_l(x, L_REPAY_RULE), x->f.subtitle);
    rx_text(x, s, row, 0, rx_l(x, L_INSTALMENTS), x->f.text);
    rx_ref(r->ref_rule_years, sizeof r->ref_rule_years, s, row, 1);
    rx_int(x, s, row++, 1, rule->years, x->f.int_);
    rx_text(x, s, row, 0, rx_l(x, L_FIRST_YEAR), x->f.text);
    rx_int(x, s, row++, 1, rule->first_year, x->f.int_);
    static const struct { sif_category c; } cats[] = {{SIF_CAT_BENEFIT}, {SIF_CAT_TREATMENT},
                                                      {SIF_CAT_PLACEMENT}, {SIF_CAT_OTHER}};
    const int bp[] = {rule->cash_benefit_bp, rule->cash_treatment_bp, rule->cash_placement_bp,
                      rule->cash_other_bp};
    for (size_t i = 0; i < 4; i++, row++) {
        snprintf(buf, sizeof buf, "%s: %s", rx_l(x, L_CASH_SHARE), rx_category(x, cats[i].c));
        rx_text(x, s, row, 0, buf, x->f.wrap);
        rx_ref(r->ref_cash[i], sizeof r->ref_cash[i], s, row, 1);
        rx_num(x, s, row, 1, bp[i] / 10000.0, 8, x->f.pct);
    }
    rx_text(x, s, row, 0, rx_l(x, L_PARTIAL_SHARE), x->f.text);
    rx_ref(r->ref_rule_partial, sizeof r->ref_rule_partial, s, row, 1);
    rx_num(x, s, row++, 1, rule->partial_bp / 10000.0, 8, x->f.pct);
    s->width[0] = 34;   /* names and rule labels wrap */
    rx_sheet_finish(x, s, head, 1);
}
