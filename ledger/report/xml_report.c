/* ledger/report/xml_report.c — the project report as XML, namespace urn:sif:report:1,
 * valid against templates/sif-report-1.xsd. Amounts in öre (integers), as in the ledger. */
#include "xml_report.h"

#include <stdio.h>
#include <string.h>
#include "xml_out.h"

#define RPT_NS "urn:sif:report:1"

static void project(xo *w, const rpt_model *m)
{
    const sif_project *p = &m->project;
    xo_start(w, "project", NULL);
    xo_attr(w, "code", p->code);
    xo_attr(w, "name", p->name);
    xo_attr_opt(w, "committee", p->committee);
    xo_attr_opt(w, "dnr", p->dnr);
    if (p->start_year)
        xo_attr_int(w, "start-year", p->start_year);
    if (p->end_year)
        xo_attr_int(w, "end-year", p->end_year);
    if (p->has_granted)
        xo_attr_int(w, "granted-ore", p->granted_ore);
    xo_attr(w, "fund", m->fund.code);
    xo_attr(w, "fund-name", m->fund.name);
    xo_end(w);
}

static void roles(xo *w, const rpt_model *m)
{
    const sif_investment *inv = m->inv;
    xo_start(w, "roles", NULL);
    for (size_t r = 0; r < inv->nroles; r++) {
        const rpt_role *rr = &m->roles[r];
        xo_start(w, "role", NULL);
        xo_attr(w, "code", rr->role->code);
        xo_attr(w, "title", rr->role->title);
        xo_attr(w, "unit", rr->role->unit_code);
        xo_attr(w, "unit-name", rr->unit_name);
        xo_attr_int(w, "fte-milli", rr->role->fte_milli);
        for (size_t y = 0; y < inv->nyears; y++) {
            if (rr->committee[y][0] == '\0')
                continue;
            xo_start(w, "committee", NULL);
            xo_attr_int(w, "year", inv->years[y]);
            xo_attr(w, "name", rr->committee[y]);
            xo_end(w);
        }
        xo_end(w);
    }
    xo_end(w);
}

static void investment(xo *w, const sif_investment *inv)
{
    xo_start(w, "investment", NULL);
    xo_attr_int(w, "total-ore", inv->total);
    xo_attr_int(w, "fund-ore", inv->fund_total);
    xo_attr_int(w, "esf-ore", inv->esf_total);
    xo_attr_int(w, "other-ore", inv->other_total);
    for (size_t y = 0; y < inv->nyears; y++) {
        xo_start(w, "year", NULL);
        xo_attr_int(w, "year", inv->years[y]);
        xo_attr_int(w, "total-ore", inv->year_totals[y]);
        xo_attr_int(w, "fund-ore", inv->fund_by_year[y]);
        for (size_t r = 0; r < inv->nroles; r++) {
            xo_start(w, "cell", NULL);
            xo_attr(w, "role", inv->roles[r].code);
            xo_attr_int(w, "ore", inv->cells[r * inv->nyears + y]);
            xo_end(w);
        }
        xo_end(w);
    }
    for (size_t r = 0; r < inv->nroles; r++) {
        xo_start(w, "role-total", NULL);
        xo_attr(w, "role", inv->roles[r].code);
        xo_attr_int(w, "ore", inv->role_totals[r]);
        xo_end(w);
    }
    for (size_t i = 0; i < inv->nfunding; i++) {
        xo_start(w, "funding", NULL);
        xo_attr(w, "source", inv->funding[i]);
        xo_attr_int(w, "ore", inv->funding_totals[i]);
        xo_end(w);
    }
    for (size_t i = 0; i < inv->ncontrols; i++) {
        const sif_control *c = &inv->controls[i];
        xo_start(w, "control", NULL);
        xo_attr(w, "scope", c->scope);
        if (strcmp(c->scope, "year") == 0)
            xo_attr_int(w, "year", c->year);
        if (strcmp(c->scope, "role") == 0)
            xo_attr(w, "role", c->role_code);
        xo_attr_int(w, "printed-ore", c->printed_ore);
        xo_attr_int(w, "computed-ore", c->computed_ore);
        xo_attr_int(w, "diff-ore", c->diff_ore);
        xo_end(w);
    }
    xo_end(w);
}

void rpt_xml_provenance(xo *w, const rpt_batch *b, size_t n)
{
    xo_start(w, "provenance", NULL);
    for (size_t i = 0; i < n; i++) {
        xo_start(w, "batch", NULL);
        xo_attr_int(w, "id", b[i].id);
        xo_attr(w, "kind", b[i].kind);
        xo_attr_opt(w, "source", b[i].source);
        xo_attr_opt(w, "sha256", b[i].sha256);
        xo_attr(w, "user", b[i].user);
        xo_attr(w, "at", b[i].at);
        xo_attr_int(w, "rows", b[i].rows);
        xo_end(w);
    }
    xo_end(w);
}

sif_status rpt_xml_write(const rpt_model *m, const char *path, sif_lang lang, sif_error *err)
{
    xo *w = xo_open(path, err);
    if (w == NULL)
        return err ? err->code : SIF_ERR_CANTCREATE;
    xo_start(w, "report", RPT_NS);
    xo_attr(w, "schema-version", "1");
    xo_attr(w, "sif-version", SIF_VERSION);
    xo_attr(w, "generated", m->generated);
    xo_attr(w, "generated-by", m->user);
    xo_attr(w, "lang", lang == SIF_LANG_EN ? "en" : "sv");
    project(w, m);
    roles(w, m);
    investment(w, m->inv);
    rpt_xml_provenance(w, m->batches, m->nbatches);
    xo_end(w);
    return xo_close(w);
}
