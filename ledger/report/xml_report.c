/* ledger/report/xml_report.c — the project report as XML, namespace urn:sif:report:2,
 * valid against templates/sif-report-2.xsd. Amounts in öre (integers), as in the ledger. */
#include "xml_report.h"

#include <stdio.h>
#include <string.h>
#include "labels.h"
#include "xml_economics.h"
#include "xml_out.h"

#define RPT_NS "urn:sif:report:2"

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

static void investment(xo *w, const sif_investment *inv, const rpt_model *m)
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
    for (size_t i = 0; i < m->nnotes; i++) {
        const rpt_note *n = &m->notes[i];
        xo_start(w, "note", NULL);
        xo_attr_int(w, "cost-id", n->cost_id);
        xo_attr(w, "role", n->role_code);
        xo_attr_int(w, "year", n->year);
        xo_attr_int(w, "ore", n->amount_ore);
        xo_text(w, n->text);
        xo_end(w);
    }
    xo_end(w);
}

static const char *bp_text(int64_t bp, char *buf, size_t size)
{
    snprintf(buf, size, "%lld", (long long)bp);
    return buf;
}

static void ratio_attr(xo *w, const char *num, const char *den, sif_ratio r)
{
    xo_attr_int(w, num, r.num);
    xo_attr_int(w, den, r.den);
}

static void result(xo *w, const rpt_model *m)
{
    const sif_result *r = m->result;
    xo_start(w, "result", NULL);
    xo_attr_int(w, "investment-ore", r->investment_ore);
    xo_attr_int(w, "investment-raw-ore", r->investment_raw_ore);
    xo_attr_int(w, "loan-ore", r->investment_fund_ore);
    if (r->has_printed_investment)
        xo_attr_int(w, "printed-investment-ore", r->printed_investment_ore);
    xo_attr_int(w, "savings-ore", r->savings_ore);
    xo_attr_int(w, "savings-raw-ore", r->savings_raw_ore);
    xo_attr_int(w, "shifted-ore", r->shifted_ore);
    xo_attr_int(w, "net-ore", r->net_ore);
    if (r->has_printed_investment)
        xo_attr_int(w, "net-printed-ore", r->net_printed_ore);
    if (r->ratio.den > 0)
        ratio_attr(w, "ratio-num", "ratio-den", r->ratio);
    if (r->has_payback) {
        xo_attr_int(w, "payback-year", r->payback_year);
        ratio_attr(w, "payback-years-num", "payback-years-den", r->payback_years);
        xo_attr_int(w, "payback-months", r->payback_months);
    }
    if (r->simple_payback.has) {
        xo_attr_int(w, "simple-payback-year", r->simple_payback.year);
        ratio_attr(w, "simple-payback-years-num", "simple-payback-years-den",
                   r->simple_payback.years);
        xo_attr(w, "simple-payback-status", r->simple_payback_status);
    }
    for (int c = 0; c < SIF_CAT_COUNT_; c++) {
        xo_start(w, "category", NULL);
        xo_attr(w, "name", sif_category_name((sif_category)c));
        xo_attr_int(w, "ore", r->by_category[c]);
        xo_end(w);
    }
    for (size_t i = 0; i < r->nyears; i++) {
        const sif_result_year *y = &r->years[i];
        xo_start(w, "year", NULL);
        xo_attr_int(w, "year", y->year);
        xo_attr_int(w, "investment-ore", y->investment_ore);
        xo_attr_int(w, "loan-ore", y->investment_fund_ore);
        xo_attr_int(w, "savings-ore", y->savings_ore);
        xo_attr_int(w, "benefit-ore", y->by_category[SIF_CAT_BENEFIT]);
        xo_attr_int(w, "treatment-ore", y->by_category[SIF_CAT_TREATMENT]);
        xo_attr_int(w, "placement-ore", y->by_category[SIF_CAT_PLACEMENT]);
        xo_attr_int(w, "other-ore", y->by_category[SIF_CAT_OTHER]);
        xo_attr_int(w, "realised-ore", y->by_status[SIF_SAVING_REALISED]);
        xo_attr_int(w, "projected-ore", y->by_status[SIF_SAVING_PROJECTED]);
        xo_attr_int(w, "shifted-ore", y->shifted_ore);
        xo_attr_int(w, "net-ore", y->net_ore);
        xo_attr_int(w, "cumulative-ore", y->cumulative_ore);
        xo_end(w);
    }
    for (size_t i = 0; i < r->ncontrols; i++) {
        const sif_saving_control *c = &r->controls[i];
        xo_start(w, "savings-control", NULL);
        if (c->category >= 0)
            xo_attr(w, "category", sif_category_name((sif_category)c->category));
        xo_attr_int(w, "printed-ore", c->printed_ore);
        xo_attr_int(w, "computed-ore", c->computed_ore);
        xo_attr_int(w, "diff-ore", c->diff_ore);
        xo_end(w);
    }
    for (size_t i = 0; i < m->nadjustments; i++)
        xo_text_elem(w, "adjustment", m->adjustments[i]);
    rpt_xml_economics(w, r);
    xo_end(w);
}

static void savings(xo *w, const rpt_model *m)
{
    xo_start(w, "savings", NULL);
    for (size_t i = 0; i < m->nsavings; i++) {
        const sif_saving *s = &m->savings[i].s;
        const sif_saving_calc *c = m->savings[i].calc;
        xo_start(w, "saving", NULL);
        xo_attr_int(w, "id", s->id);
        xo_attr(w, "category", sif_category_name(s->category));
        xo_attr_opt(w, "label", s->label);
        xo_attr_int(w, "year", s->year);
        xo_attr_int(w, "ore", s->amount_ore);
        xo_attr_int(w, "shifted-ore", s->shifted_ore);
        xo_attr_opt(w, "unit", s->unit_code);
        xo_attr(w, "status", sif_saving_status_name(s->status));
        if (s->cash_bp >= 0)
            xo_attr_int(w, "cash-bp", s->cash_bp);
        xo_attr(w, "method", s->method);
        if (s->reverses)
            xo_attr_int(w, "reverses", s->reverses);
        if (s->reversed_by)
            xo_attr_int(w, "reversed-by", s->reversed_by);
        xo_attr(w, "user", s->user);
        xo_attr(w, "at", s->at);
        for (size_t k = 0; c && k < c->ninputs; k++) {
            xo_start(w, "input", NULL);
            xo_attr(w, "key", c->inputs[k].key);
            xo_attr(w, "label", c->inputs[k].label);
            xo_attr_int(w, "value", c->inputs[k].value);
            xo_attr(w, "unit", c->inputs[k].unit);
            xo_end(w);
        }
        if (c) {
            xo_text_elem(w, "formula", c->formula);
            xo_text_elem(w, "shifted-formula", c->shifted_formula);
            xo_text_elem(w, "derivation", c->derivation);
        }
        xo_text_elem(w, "reason", s->reason);
        xo_end(w);
    }
    xo_end(w);
}

static void scenarios(xo *w, const sif_scenarios *sc, sif_lang lang)
{
    char buf[16];
    xo_start(w, "scenarios", NULL);
    xo_attr_int(w, "loan-ore", sc->loan_ore);
    xo_attr_int(w, "realised-ore", sc->realised_ore);
    xo_attr_int(w, "cashable-ore", sc->cashable_ore);
    xo_start(w, "rule", NULL);
    xo_attr_int(w, "years", sc->rule.years);
    xo_attr_int(w, "first-year", sc->rule.first_year);
    xo_attr(w, "cash-benefit-bp", bp_text(sc->rule.cash_benefit_bp, buf, sizeof buf));
    xo_attr(w, "cash-treatment-bp", bp_text(sc->rule.cash_treatment_bp, buf, sizeof buf));
    xo_attr(w, "cash-placement-bp", bp_text(sc->rule.cash_placement_bp, buf, sizeof buf));
    xo_attr(w, "cash-other-bp", bp_text(sc->rule.cash_other_bp, buf, sizeof buf));
    xo_attr(w, "partial-bp", bp_text(sc->rule.partial_bp, buf, sizeof buf));
    xo_end(w);
    for (size_t k = 0; k < sc->nscenarios; k++) {
        const sif_scenario *s = &sc->scenarios[k];
        xo_start(w, "scenario", NULL);
        xo_attr(w, "name", s->name);
        char label[160];
        xo_attr(w, "label", rpt_scenario_label(lang, s, label, sizeof label));
        xo_attr_int(w, "repaid-ore", s->repaid_ore);
        xo_attr_int(w, "written-off-ore", s->written_off_ore);
        xo_attr_int(w, "outstanding-ore", s->outstanding_ore);
        xo_attr(w, "current", s->current ? "true" : "false");
        if (s->decision_id) {
            xo_attr_int(w, "decision", s->decision_id);
            xo_attr(w, "decision-draft", s->decision_draft ? "true" : "false");
        }
        for (size_t i = 0; i < s->nrows; i++) {
            const sif_scenario_row *r = &s->rows[i];
            xo_start(w, "row", NULL);
            xo_attr_int(w, "year", r->year);
            xo_attr_int(w, "opening-ore", r->opening_ore);
            xo_attr_int(w, "repayment-ore", r->repayment_ore);
            xo_attr_int(w, "closing-ore", r->closing_ore);
            xo_attr_int(w, "written-off-ore", r->written_off_ore);
            xo_attr_opt(w, "committee", r->committee);
            xo_attr_int(w, "budget-effect-ore", r->budget_effect_ore);
            xo_attr_int(w, "fund-balance-ore", r->fund_balance_ore);
            xo_attr(w, "recorded", r->recorded ? "true" : "false");
            if (r->written_off_decision_id)
                xo_attr_int(w, "written-off-decision", r->written_off_decision_id);
            for (size_t p = 0; p < r->npayers; p++) {
                xo_start(w, "payer", NULL);
                xo_attr(w, "committee", r->payers[p].committee);
                xo_attr_int(w, "repayment-ore", r->payers[p].repayment_ore);
                xo_attr_int(w, "cash-ore", r->payers[p].cash_ore);
                xo_attr_int(w, "budget-effect-ore", r->payers[p].budget_effect_ore);
                xo_end(w);
            }
            xo_end(w);
        }
        xo_end(w);
    }
    xo_end(w);
}

static void sensitivity(xo *w, const rpt_model *m)
{
    xo_start(w, "sensitivity", NULL);
    for (size_t i = 0; i < m->nsens; i++) {
        const rpt_sens *v = &m->sens[i];
        xo_start(w, "variant", NULL);
        xo_attr(w, "vary", v->group);
        xo_attr_int(w, "value", v->value);
        xo_attr(w, "base", v->base ? "true" : "false");
        xo_attr_int(w, "savings-ore", v->savings_ore);
        xo_attr_int(w, "net-ore", v->net_ore);
        if (v->has_payback) {
            ratio_attr(w, "payback-years-num", "payback-years-den", v->payback_years);
            xo_attr_int(w, "payback-months", v->payback_months);
        }
        xo_end(w);
    }
    xo_end(w);
}

static void parameters(xo *w, const rpt_model *m)
{
    xo_start(w, "parameters", NULL);
    for (size_t i = 0; i < m->nparams; i++) {
        const sif_param *p = &m->params[i];
        xo_start(w, "parameter", NULL);
        xo_attr(w, "key", p->key);
        xo_attr(w, "kind", sif_param_kind_name(p->kind));
        xo_attr_int(w, "num", p->num);
        xo_attr_int(w, "den", p->den);
        if (p->year_from)
            xo_attr_int(w, "year-from", p->year_from);
        if (p->year_to)
            xo_attr_int(w, "year-to", p->year_to);
        xo_attr_opt(w, "project", p->project_code);
        xo_attr(w, "user", p->user);
        xo_attr(w, "at", p->at);
        xo_text_elem(w, "source", p->source);
        xo_end(w);
    }
    xo_end(w);
}

static void effects(xo *w, const rpt_model *m)
{
    xo_start(w, "effects", NULL);
    for (size_t i = 0; i < m->neffects; i++) {
        const sif_effect *e = &m->effects[i];
        xo_start(w, "effect", NULL);
        xo_attr(w, "name", e->name);
        if (e->has_quantity)
            xo_attr_int(w, "quantity", e->quantity);
        if (e->has_unit_cost)
            xo_attr_int(w, "unit-cost-ore", e->unit_cost_ore);
        xo_attr_opt(w, "per", e->per);
        xo_text_elem(w, "description", e->description);
        xo_text_elem(w, "source", e->source);
        xo_end(w);
    }
    xo_end(w);
}

static void decisions(xo *w, const rpt_model *m)
{
    xo_start(w, "decisions", NULL);
    for (size_t i = 0; i < m->ndecisions; i++) {
        const sif_decision *d = &m->decisions[i];
        xo_start(w, "decision", NULL);
        xo_attr_int(w, "id", d->id);
        xo_attr(w, "date", d->date);
        xo_attr(w, "body", d->body);
        xo_attr_opt(w, "reference", d->reference);
        xo_attr(w, "kind", d->kind);
        if (strcmp(d->kind, "partial") == 0)
            xo_attr_int(w, "percent-bp", d->percent_bp);
        if (d->years)
            xo_attr_int(w, "years", d->years);
        if (d->first_year)
            xo_attr_int(w, "first-year", d->first_year);
        xo_attr(w, "draft", d->draft ? "true" : "false");
        xo_attr_int(w, "written-off-ore", d->written_off_ore);
        xo_attr(w, "user", d->user);
        xo_attr(w, "at", d->at);
        xo_text_elem(w, "text", d->text);
        xo_end(w);
    }
    xo_end(w);
}

void rpt_xml_provenance(xo *w, const rpt_batch *b, size_t n, const sif_anchor *anchor)
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
    if (anchor) {
        /* the chain's head: sif verify --anchor REPORT.xml proves the ledger still extends it */
        xo_start(w, "anchor", NULL);
        xo_attr(w, "head", anchor->head);
        xo_attr_int(w, "count", anchor->count);
        xo_end(w);
    }
    xo_end(w);
}

/* what sif check found for the project and its fund */
static void findings(xo *w, const sif_findings *f)
{
    xo_start(w, "findings", NULL);
    xo_attr_int(w, "count", f ? (int64_t)f->n : 0);
    for (size_t i = 0; f && i < f->n; i++) {
        xo_start(w, "finding", NULL);
        xo_attr(w, "kind", f->items[i].kind);
        xo_attr_opt(w, "project", f->items[i].project);
        xo_text(w, f->items[i].message);
        xo_end(w);
    }
    xo_end(w);
}

static void indicator_checks(xo *w, const char *name, const sif_indicator_check *c, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        xo_start(w, name, NULL);
        xo_attr(w, "what", c[i].sel.what);
        if (c[i].sel.year)
            xo_attr_int(w, "year", c[i].sel.year);
        xo_attr_opt(w, "district", c[i].sel.district);
        xo_attr_opt(w, "gender", c[i].sel.gender);
        xo_attr_int(w, "count", c[i].sel.count);
        xo_attr_int(w, "actual", c[i].actual);
        xo_attr_int(w, "difference", c[i].difference);
        xo_end(w);
    }
}

void rpt_xml_count(xo *w, int k, int64_t total, const int64_t *by_gender)
{
    static const char *const g[SIF_GENDER_COUNT_] = {"kvinna", "man", "annat", "okant"};
    xo_start(w, "count", NULL);
    xo_attr(w, "what", k < 0 ? "deltagare" : sif_outcome_name((sif_outcome_kind)k));
    xo_attr_int(w, "total", total);
    for (int i = 0; by_gender && i < SIF_GENDER_COUNT_; i++)
        xo_attr_int(w, g[i], by_gender[i]);
}

/* participants and outcomes, and the household evidence beside them (SPEC §12) */
static void indicators(xo *w, const rpt_model *m, sif_lang lang)
{
    const sif_indicators *ind = m->indicators;
    if (ind == NULL)
        return;
    int64_t exits = 0;
    for (int i = 0; i < SIF_EXIT_REASON_COUNT_; i++)
        exits += m->exits_by_reason[i];
    xo_start(w, "indicators", NULL);
    xo_attr_int(w, "participants", ind->rows[SIF_IND_PARTICIPANTS].total);
    xo_attr_int(w, "participants-in-households", ind->linked);
    xo_attr_int(w, "households-of-participants", ind->households);
    xo_attr_int(w, "exit-households", exits);
    xo_attr_int(w, "treatment-families", m->treatment_families);
    xo_attr_int(w, "placement-children", m->placement_children);
    for (int k = -1; k < SIF_OUTCOME_COUNT_; k++) {
        const sif_indicator_row *r = &ind->rows[k < 0 ? SIF_IND_PARTICIPANTS : k];
        rpt_xml_count(w, k, r->total, r->by_gender);
        for (size_t d = 0; d < ind->ndistricts; d++) {
            xo_start(w, "district", NULL);
            xo_attr_opt(w, "name", ind->districts[d]);
            xo_attr_int(w, "count", r->by_district[d]);
            xo_end(w);
        }
        xo_end(w);
    }
    indicator_checks(w, "target", ind->targets, ind->ntargets);
    indicator_checks(w, "control", ind->controls, ind->ncontrols);
    for (int i = 0; i < SIF_EXIT_REASON_COUNT_; i++) {
        if (m->exits_by_reason[i] == 0)
            continue;
        xo_start(w, "exits", NULL);
        xo_attr(w, "reason", sif_exit_reason_name((sif_exit_reason)i));
        xo_attr_int(w, "households", m->exits_by_reason[i]);
        xo_end(w);
    }
    if (ind->rows[SIF_IND_PARTICIPANTS].total == 0)
        xo_text_elem(w, "lacks", rpt_label_text(lang, L_IND_LACKS_PEOPLE));
    xo_end(w);
}

xo *rpt_xml_begin(const char *path, const char *root, const char *ns, const char *generated,
                  const char *user, const char *prepared_by, sif_lang lang, sif_error *err)
{
    xo *w = xo_open(path, err);
    if (w == NULL)
        return NULL;
    xo_start(w, root, ns);
    xo_attr(w, "schema-version", "2");
    xo_attr(w, "sif-version", SIF_VERSION);
    xo_attr(w, "generated", generated);
    xo_attr(w, "generated-by", user);
    xo_attr_opt(w, "prepared-by", prepared_by);
    xo_attr(w, "lang", lang == SIF_LANG_EN ? "en" : "sv");
    return w;
}

sif_status rpt_xml_write(const rpt_model *m, const char *path, sif_lang lang, sif_error *err)
{
    xo *w = rpt_xml_begin(path, "report", RPT_NS, m->generated, m->user, m->prepared_by, lang,
                          err);
    if (w == NULL)
        return err ? err->code : SIF_ERR_CANTCREATE;
    project(w, m);
    roles(w, m);
    investment(w, m->inv, m);
    result(w, m);
    savings(w, m);
    scenarios(w, m->scenarios, lang);
    sensitivity(w, m);
    parameters(w, m);
    effects(w, m);
    decisions(w, m);
    rpt_xml_provenance(w, m->batches, m->nbatches, &m->anchor);
    findings(w, m->findings);
    indicators(w, m, lang);
    xo_end(w);
    return xo_close(w);
}
