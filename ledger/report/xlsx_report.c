/* ledger/report/xlsx_report.c — the project workbook: sheets in reading order, document
 * properties, and a defined name for each key figure. */
#include "xlsx_report.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "intl.h"

char *rpt_period_text(const sif_project *p, char *buf, size_t size)
{
    if (p->start_year && p->end_year && p->end_year != p->start_year)
        snprintf(buf, size, "%d–%d", p->start_year, p->end_year);
    else if (p->start_year || p->end_year)
        snprintf(buf, size, "%d", p->start_year ? p->start_year : p->end_year);
    else
        buf[0] = '\0';
    return buf;
}

bool rx_amounts_as_entered(const sif_result *res)
{
    sif_adjust a = res->adjust;
    a.discount = (sif_ratio){0, 1};
    a.schedule = SIF_DISCOUNT_CONSTANT;
    return sif_adjust_is_none(&a) && res->nhaircuts == 0;
}

static void define(rx_report *r, const char *suffix, const char *ref)
{
    if (r->x.rc != SIF_OK || ref[0] == '\0')
        return;
    char raw[SIF_CODE_MAX + 64], name[300], formula[200];
    snprintf(raw, sizeof raw, "%s_%s", r->m->project.code, suffix);
    rx_defined_name(raw, name, sizeof name);
    snprintf(formula, sizeof formula, "=%s", ref);
    rx_lxw_fail(&r->x, workbook_define_name(r->x.wb, name, formula), "defined name");
}

static void properties(rx_report *r)
{
    const rpt_model *m = r->m;
    char title[SIF_NAME_MAX + 64], subject[SIF_NAME_MAX + 128];
    snprintf(title, sizeof title, "%s: %s", rx_l(&r->x, L_DOC_TITLE), m->project.name);
    snprintf(subject, sizeof subject, "%s %s, %s %s", rx_l(&r->x, L_DOC_SUBJECT),
             m->project.code, rx_l(&r->x, L_DNR), m->project.dnr[0] ? m->project.dnr : "–");
    char comments[128];
    snprintf(comments, sizeof comments, "sif %s, %s", SIF_VERSION, m->generated);
    rx_properties(&r->x, title, subject, m->prepared_by[0] ? m->prepared_by : "sif",
                  m->fund.municipality[0] ? m->fund.municipality
                                                                          : m->fund.name,
                  rx_l(&r->x, L_DOC_KEYWORDS), comments);
}

sif_status rpt_xlsx_write(const rpt_model *m, const char *path, sif_lang lang, sif_error *err)
{
    rx_report r;
    memset(&r, 0, sizeof r);
    r.m = m;
    rx_open(&r.x, path, lang, err);
    rx *x = &r.x;
    /* reading order; the summary is filled last because it points into the others */
    size_t nsc = m->scenarios ? m->scenarios->nscenarios : 0;
    r.inv_year_row = calloc(m->inv->nyears ? m->inv->nyears : 1, sizeof *r.inv_year_row);
    r.sav_row = calloc(m->nsavings ? m->nsavings : 1, sizeof *r.sav_row);
    r.ref_scen = calloc(nsc ? nsc : 1, sizeof *r.ref_scen);
    if (x->rc == SIF_OK && (!r.inv_year_row || !r.sav_row || !r.ref_scen))
        x->rc = sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    rx_sheet_add(x, &r.summary, rx_l(x, L_SH_SUMMARY));
    rx_sheet_add(x, &r.invest, rx_l(x, L_SH_INVEST));
    rx_sheet_add(x, &r.savings, rx_l(x, L_SH_SAVINGS));
    rx_sheet_add(x, &r.net, rx_l(x, L_SH_NET));
    if (m->result->discounted)
        rx_sheet_add(x, &r.pv, _("Present values"));
    if (m->result->has_agencies)
        rx_sheet_add(x, &r.agencies, _("Who gains"));
    rx_sheet_add(x, &r.repay, rx_l(x, L_SH_REPAY));
    rx_sheet_add(x, &r.sens, rx_l(x, L_SH_SENS));
    if (m->sim)
        rx_sheet_add(x, &r.sim, _("Simulation"));
    rx_sheet_add(x, &r.params, rx_l(x, L_SH_PARAMS));
    rx_sheet_add(x, &r.effects, rx_l(x, L_SH_EFFECTS));
    rx_sheet_add(x, &r.ind, rx_l(x, L_SH_INDICATORS));
    rx_sheet_add(x, &r.prov, rx_l(x, L_SH_PROV));
    properties(&r);
    rxs_investment(&r);
    rxs_savings(&r);
    rxs_net(&r);
    rxs_pv(&r);
    rxs_agencies(&r);
    rxs_params(&r);   /* before the scenarios, whose formulas use the rule's cells */
    rxs_repay(&r);
    rxs_sensitivity(&r);
    rxs_sim(&r);
    rxs_effects(&r);
    rxs_indicators(&r);
    rxs_provenance(&r);
    rxs_summary(&r);
    define(&r, "investering", r.ref_inv_total);
    define(&r, "lan", r.ref_loan_total);
    define(&r, "kostnadsminskningar", r.ref_sav_total);
    define(&r, "netto", r.ref_net_total);
    define(&r, "nettonuvarde", r.ref_npv);
    define(&r, "nyttokostnadskvot", r.ref_bcr);
    if (x->rc == SIF_OK && r.summary.ws)
        worksheet_activate(r.summary.ws);
    free(r.inv_year_row);
    free(r.sav_row);
    free(r.ref_scen);
    return rx_close(x);
}
