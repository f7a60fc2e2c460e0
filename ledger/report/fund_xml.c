/* ledger/report/fund_xml.c — the fund report as XML, namespace urn:sif:fund-report:2,
 * valid against templates/sif-fund-report-2.xsd. Amounts in öre. */
#include "fund_report.h"

#include <string.h>

#include "xml_out.h"
#include "xml_report.h"

#define FUND_NS "urn:sif:fund-report:2"

/* One <count> per row of participants and outcomes; genders when by_gender. */
static void ind_counts(xo *w, const rpt_ind_group *g, bool by_gender)
{
    for (int k = -1; k < SIF_OUTCOME_COUNT_; k++) {
        int row = k < 0 ? SIF_IND_PARTICIPANTS : k;
        rpt_xml_count(w, k, g->count[row], by_gender ? g->by_gender[row] : NULL);
        xo_end(w);
    }
}

/* Participants and outcomes of the fund's projects, per area and district (SPEC §12). */
static void indicators(xo *w, const rpt_fund *f)
{
    if (f->ind_total.count[SIF_IND_PARTICIPANTS] == 0)
        return;
    xo_start(w, "indicators", NULL);
    xo_attr_int(w, "participants", f->ind_total.count[SIF_IND_PARTICIPANTS]);
    ind_counts(w, &f->ind_total, true);
    for (int b = 0; b < 2; b++) {
        const rpt_ind_group *g = b ? f->ind_districts : f->ind_areas;
        size_t n = b ? f->ind_ndistricts : f->ind_nareas;
        for (size_t i = 0; i < n; i++) {
            xo_start(w, "group", NULL);
            xo_attr(w, "by", b ? "district" : "area");
            if (g[i].has_name)
                xo_attr(w, "name", g[i].name);
            ind_counts(w, &g[i], b == 0);
            xo_end(w);
        }
    }
    xo_end(w);
}

sif_status rpt_fund_xml_write(const rpt_fund *f, const char *path, sif_lang lang,
                              sif_error *err)
{
    const sif_fund_books *bk = f->books;
    xo *w = rpt_xml_begin(path, "fund-report", FUND_NS, f->generated, f->user, NULL, lang, err);
    if (w == NULL)
        return err ? err->code : SIF_ERR_CANTCREATE;
    xo_start(w, "fund", NULL);
    xo_attr(w, "code", bk->fund.code);
    xo_attr(w, "name", bk->fund.name);
    xo_attr_opt(w, "municipality", bk->fund.municipality);
    xo_attr_int(w, "capital-ore", bk->capital_ore);
    xo_attr_int(w, "loans-ore", bk->loans_ore);
    xo_attr_int(w, "repaid-ore", bk->repaid_ore);
    xo_attr_int(w, "written-off-ore", bk->written_off_ore);
    xo_attr_int(w, "outstanding-ore", bk->outstanding_ore);
    xo_attr_int(w, "balance-ore", bk->balance_ore);
    xo_attr_int(w, "grants-ore", bk->grants_ore);
    xo_end(w);
    xo_start(w, "projects", NULL);
    xo_attr_int(w, "granted-ore", f->granted_ore);
    xo_attr_int(w, "spent-ore", f->spent_ore);
    xo_attr_int(w, "savings-ore", f->savings_ore);
    xo_attr_int(w, "net-ore", f->net_ore);
    for (size_t i = 0; i < f->nprojects; i++) {
        const rpt_fund_project *p = &f->projects[i];
        xo_start(w, "project", NULL);
        xo_attr(w, "code", p->p.code);
        xo_attr(w, "name", p->p.name);
        xo_attr_opt(w, "committee", p->p.committee);
        xo_attr_opt(w, "dnr", p->p.dnr);
        if (p->p.has_granted)
            xo_attr_int(w, "granted-ore", p->p.granted_ore);
        xo_attr_int(w, "spent-ore", p->spent_ore);
        xo_attr_int(w, "loan-ore", p->loan_ore);
        xo_attr_int(w, "savings-ore", p->savings_ore);
        xo_attr_int(w, "net-ore", p->net_ore);
        xo_attr_int(w, "repaid-ore", p->repaid_ore);
        xo_attr_int(w, "written-off-ore", p->written_off_ore);
        xo_attr_int(w, "outstanding-ore", p->outstanding_ore);
        for (size_t k = 0; k < bk->nprojects; k++)
            if (strcmp(bk->projects[k].code, p->p.code) == 0)
                xo_attr_int(w, "grant-ore", bk->projects[k].grant_ore);
        xo_attr_opt(w, "area", p->p.area);
        xo_attr_opt(w, "district", p->p.district);
        xo_end(w);
    }
    xo_end(w);
    xo_start(w, "years", NULL);
    for (size_t i = 0; i < bk->nyears; i++) {
        const sif_fund_year *y = &bk->years[i];
        xo_start(w, "year", NULL);
        xo_attr_int(w, "year", y->year);
        xo_attr_int(w, "capital-ore", y->capital_ore);
        xo_attr_int(w, "lent-ore", y->lent_ore);
        xo_attr_int(w, "repaid-ore", y->repaid_ore);
        xo_attr_int(w, "written-off-ore", y->written_off_ore);
        xo_attr_int(w, "balance-ore", y->balance_ore);
        xo_attr_int(w, "outstanding-ore", y->outstanding_ore);
        xo_attr_int(w, "granted-ore", y->granted_ore);
        xo_end(w);
    }
    xo_end(w);
    if (f->portfolio) {
        const sif_portfolio *pf = f->portfolio;
        xo_start(w, "portfolio", NULL);
        static const char *const by[] = {"area", "district", "committee"};
        const sif_portfolio_group *gs[] = {pf->areas, pf->districts, pf->committees};
        const size_t ns[] = {pf->nareas, pf->ndistricts, pf->ncommittees};
        for (int b = 0; b < 3; b++)
            for (size_t i = 0; i < ns[b]; i++) {
                const sif_portfolio_group *g = &gs[b][i];
                xo_start(w, "group", NULL);
                xo_attr(w, "by", by[b]);
                if (g->has_name)
                    xo_attr(w, "name", g->name);
                xo_attr_int(w, "projects", g->projects);
                xo_attr_int(w, "granted-ore", g->granted_ore);
                xo_attr_int(w, "spent-ore", g->spent_ore);
                xo_attr_int(w, "loan-ore", g->loan_ore);
                xo_attr_int(w, "grant-ore", g->grant_ore);
                xo_attr_int(w, "savings-ore", g->savings_ore);
                if (b == 2 && g->capital_ore)
                    xo_attr_int(w, "capital-ore", g->capital_ore);
                xo_end(w);
            }
        xo_end(w);
    }
    indicators(w, f);
    rpt_xml_provenance(w, f->batches, f->nbatches, &f->anchor);
    xo_end(w);
    return xo_close(w);
}
