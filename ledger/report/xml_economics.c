/* ledger/report/xml_economics.c — SPEC §13 in the XML report: savings by agency, present
 * values, confidence haircuts (elements of <result>, sif-report-2.xsd). */
#include "xml_economics.h"

#include "sif/discount.h"
#include "sif/saving_econ.h"

void rpt_xml_economics(xo *w, const sif_result *r)
{
    char q[40];
    for (int g = 0; r->has_agencies && g < SIF_AGENCY_COUNT_; g++) {
        xo_start(w, "agency", NULL);
        xo_attr(w, "name", sif_agency_name((sif_agency)g));
        xo_attr_int(w, "ore", r->by_agency[g]);
        xo_end(w);
    }
    if (r->discounted) {
        xo_start(w, "present-values", NULL);
        xo_attr(w, "schedule", sif_discount_schedule_name(r->adjust.schedule));
        if (r->adjust.schedule == SIF_DISCOUNT_CONSTANT) {
            xo_attr_int(w, "rate-num", r->adjust.discount.num);
            xo_attr_int(w, "rate-den", r->adjust.discount.den);
        }
        xo_attr_int(w, "base-year", r->adjust.base_year);
        xo_attr_int(w, "pv-costs-ore", r->pv_costs_ore);
        xo_attr_int(w, "pv-savings-ore", r->pv_savings_ore);
        xo_attr_int(w, "npv-ore", r->npv_ore);
        if (r->bcr.den > 0)
            xo_attr(w, "bcr", sif_ratio_decimal(r->bcr, 3, q, sizeof q));
        for (size_t i = 0; i < r->nyears; i++) {
            const sif_result_year *y = &r->years[i];
            xo_start(w, "discount-factor", NULL);
            xo_attr_int(w, "year", y->year);
            xo_attr(w, "factor", sif_ratio_decimal((sif_ratio){y->factor, SIF_FACTOR_ONE}, 6, q,
                                                   sizeof q));
            xo_attr_int(w, "pv-investment-ore", y->pv_investment_ore);
            xo_attr_int(w, "pv-savings-ore", y->pv_savings_ore);
            xo_end(w);
        }
        xo_end(w);
    }
    for (size_t i = 0; i < r->nhaircuts; i++) {
        const sif_haircut *h = &r->haircuts[i];
        xo_start(w, "haircut", NULL);
        xo_attr_int(w, "saving", h->saving_id);
        xo_attr(w, "confidence", sif_confidence_name((sif_confidence)h->grade));
        xo_attr_int(w, "share-num", h->share.num);
        xo_attr_int(w, "share-den", h->share.den);
        xo_attr(w, "source", h->source);
        xo_attr_int(w, "from-ore", h->from_ore);
        xo_attr_int(w, "to-ore", h->to_ore);
        xo_end(w);
    }
}
