/* ledger/web/page_project.c — /projects/CODE: the investment table, the savings with their
 * derivations, the result and the repayment scenarios of one project, as `sif result` and
 * `sif scenario` compute them. */
#include "web.h"
#include "labels.h"          /* the web's */
#include "../report/labels.h" /* the reports' scenario and category names */

#include <stdio.h>
#include <string.h>

static void th(web_buf *b, const char *text, bool num)
{
    web_raw(b, num ? "<th class=\"n\">" : "<th>");
    web_esc(b, text);
    web_raw(b, "</th>");
}

static void h2(web_buf *b, const char *id, const char *text)
{
    web_rawf(b, "<h2 id=\"%s\">", id);
    web_esc(b, text);
    web_raw(b, "</h2>\n");
}

static void investment(web_req *r, web_buf *b, const sif_investment *inv)
{
    h2(b, "investering", web_l(r, WL_INV_TITLE));
    web_raw(b, "<table id=\"investment\"><thead><tr>");
    th(b, web_l(r, WL_ROLE), false);
    for (size_t y = inv->nyears; y-- > 0;) {
        char yr[16];
        snprintf(yr, sizeof yr, "%d", inv->years[y]);
        th(b, yr, true);
    }
    th(b, web_l(r, WL_SUM), true);
    web_raw(b, "</tr></thead><tbody>\n");
    for (size_t i = 0; i < inv->nroles; i++) {
        web_raw(b, "<tr><td>");
        web_esc(b, inv->roles[i].title[0] ? inv->roles[i].title : inv->roles[i].code);
        web_raw(b, "</td>");
        for (size_t y = inv->nyears; y-- > 0;)
            web_money_td(b, inv->cells[i * inv->nyears + y]);
        web_money_td(b, inv->role_totals[i]);
        web_raw(b, "</tr>\n");
    }
    web_raw(b, "<tr class=\"sum\"><td>");
    web_esc(b, web_l(r, WL_SUM));
    web_raw(b, "</td>");
    for (size_t y = inv->nyears; y-- > 0;)
        web_money_td(b, inv->year_totals[y]);
    web_money_td(b, inv->total);
    web_raw(b, "</tr></tbody></table>\n");
    if (inv->nfunding) {
        web_raw(b, "<table id=\"funding\"><tr>");
        th(b, web_l(r, WL_FUNDING), false);
        th(b, web_l(r, WL_AMOUNT), true);
        web_raw(b, "</tr>");
        for (size_t i = 0; i < inv->nfunding; i++) {
            web_raw(b, "<tr><td>");
            web_esc(b, strcmp(inv->funding[i], "fund") == 0 ? web_l(r, WL_FUND_LOAN) : inv->funding[i]);
            web_raw(b, "</td>");
            web_money_td(b, inv->funding_totals[i]);
            web_raw(b, "</tr>");
        }
        web_raw(b, "</table>\n");
    }
    if (inv->ncontrols) {
        web_raw(b, "<h3>");
        web_esc(b, web_l(r, WL_CONTROLS));
        web_raw(b, "</h3><table id=\"controls\"><tr><th></th>");
        th(b, web_l(r, WL_PRINTED), true);
        th(b, web_l(r, WL_COMPUTED), true);
        th(b, web_l(r, WL_DIFFERENCE), true);
        web_raw(b, "</tr>");
        for (size_t i = 0; i < inv->ncontrols; i++) {
            const sif_control *c = &inv->controls[i];
            web_raw(b, "<tr><td>");
            if (c->year)
                web_escf(b, "%d", c->year);
            else if (c->role_code[0])
                web_esc(b, c->role_code);
            else
                web_esc(b, web_l(r, WL_SUM));
            web_raw(b, "</td>");
            web_money_td(b, c->printed_ore);
            web_money_td(b, c->computed_ore);
            web_money_td(b, c->diff_ore);
            web_raw(b, "</tr>");
        }
        web_raw(b, "</table>\n");
    }
}

struct savings_ctx {
    web_req *r;
    web_buf *b;
    sif_store *st;
    size_t n;
};

static const rpt_label category_labels[SIF_CAT_COUNT_] = {
    L_CAT_BENEFIT, L_CAT_TREATMENT, L_CAT_PLACEMENT, L_CAT_OTHER,
};

static int saving_row(void *ctx, const sif_saving *s)
{
    struct savings_ctx *x = ctx;
    web_buf *b = x->b;
    sif_lang lang = web_lang(x->r);
    if (x->n++ == 0) {
        web_raw(b, "<table id=\"savings\"><thead><tr>");
        th(b, web_l(x->r, WL_YEAR), false);
        th(b, web_l(x->r, WL_CATEGORY), false);
        th(b, web_l(x->r, WL_NAME), false);
        th(b, web_l(x->r, WL_AMOUNT), true);
        th(b, web_l(x->r, WL_STATUS), false);
        th(b, web_l(x->r, WL_DERIVATION), false);
        web_raw(b, "</tr></thead><tbody>\n");
    }
    web_rawf(b, "<tr><td>%d</td><td>", s->year);
    web_esc(b, (unsigned)s->category < SIF_CAT_COUNT_
                   ? rpt_label_text(lang, category_labels[s->category]) : "");
    web_raw(b, "</td><td>");
    web_esc(b, s->label);
    web_raw(b, "</td>");
    web_money_td(b, s->amount_ore);
    web_raw(b, "<td>");
    web_esc(b, rpt_label_text(lang, s->status == SIF_SAVING_REALISED ? L_REALISED : L_PROJECTED));
    web_raw(b, "</td><td>");
    sif_saving_calc *calc = NULL;
    sif_error err;
    if (sif_saving_calc_load(x->st, s->id, &calc, &err) == SIF_OK) {
        if (calc->derivation) {
            web_raw(b, "<pre>");
            web_esc(b, calc->derivation);
            web_raw(b, "</pre>");
        }
        if (calc->formula[0]) {
            web_raw(b, "<small>");
            web_esc(b, web_l(x->r, WL_FORMULA));
            web_raw(b, ": <code>");
            web_esc(b, calc->formula);
            web_raw(b, "</code></small>");
        }
        sif_saving_calc_free(calc);
    }
    if (s->reverses)
        web_escf(b, " (%lld: %s)", (long long)s->reverses, s->reason);
    web_raw(b, "</td></tr>\n");
    return 0;
}

static void result(web_req *r, web_buf *b, const sif_result *res)
{
    h2(b, "resultat", web_l(r, WL_RESULT));
    web_raw(b, "<table id=\"result\"><tr>");
    th(b, web_l(r, WL_INVESTMENT), false);
    web_money_td(b, res->investment_ore);
    web_raw(b, "</tr><tr>");
    th(b, web_l(r, WL_SAVINGS), false);
    web_money_td(b, res->savings_ore);
    web_raw(b, "</tr><tr class=\"sum\">");
    th(b, web_l(r, WL_NET), false);
    web_money_td(b, res->net_ore);
    web_raw(b, "</tr><tr>");
    th(b, web_l(r, WL_PAYBACK), false);
    web_raw(b, "<td class=\"n\">");
    if (res->has_payback) {
        char y[32];
        sif_ratio_decimal(res->payback_years, 2, y, sizeof y);
        if (web_lang(r) == SIF_LANG_SV)
            for (char *p = y; *p; p++)
                if (*p == '.')
                    *p = ',';
        web_escf(b, "%s %s", y, web_l(r, WL_YEARS));
    } else {
        web_esc(b, web_l(r, WL_NO_PAYBACK));
    }
    web_raw(b, "</td></tr></table>\n<table id=\"result-years\"><thead><tr>");
    th(b, web_l(r, WL_YEAR), false);
    th(b, web_l(r, WL_INVESTMENT), true);
    th(b, web_l(r, WL_SAVINGS), true);
    th(b, web_l(r, WL_NET), true);
    th(b, web_l(r, WL_CUMULATIVE), true);
    web_raw(b, "</tr></thead><tbody>");
    for (size_t i = 0; i < res->nyears; i++) {
        const sif_result_year *y = &res->years[i];
        web_rawf(b, "<tr><td>%d</td>", y->year);
        web_money_td(b, y->investment_ore);
        web_money_td(b, y->savings_ore);
        web_money_td(b, y->net_ore);
        web_money_td(b, y->cumulative_ore);
        web_raw(b, "</tr>");
    }
    web_raw(b, "</tbody></table>\n");
}

static void scenarios(web_req *r, web_buf *b, const sif_scenarios *sc)
{
    h2(b, "scenarier", web_l(r, WL_SCENARIOS));
    web_raw(b, "<table id=\"scenarios\"><thead><tr>");
    th(b, web_l(r, WL_SCENARIO), false);
    th(b, web_l(r, WL_REPAID), true);
    th(b, web_l(r, WL_WRITTEN_OFF), true);
    th(b, web_l(r, WL_OUTSTANDING), true);
    web_raw(b, "</tr></thead><tbody>");
    for (size_t i = 0; i < sc->nscenarios; i++) {
        const sif_scenario *s = &sc->scenarios[i];
        char label[128];
        web_raw(b, "<tr><td>");
        web_esc(b, rpt_scenario_label(web_lang(r), s, label, sizeof label));
        if (s->current)
            web_escf(b, " (%s)", web_l(r, WL_CURRENT));
        web_raw(b, "</td>");
        web_money_td(b, s->repaid_ore);
        web_money_td(b, s->written_off_ore);
        web_money_td(b, s->outstanding_ore);
        web_raw(b, "</tr>");
    }
    web_raw(b, "</tbody></table>\n");
}

static void actions(web_req *r, web_buf *b, const char *code)
{
    web_raw(b, "<p class=\"actions\">");
    if (sif_user_may(&r->user, SIF_MAY_ENTER_COSTS, code)) {
        web_raw(b, "<a id=\"new-cost\" href=\"/projects/");
        web_url(b, code);
        web_raw(b, "/costs/new\">");
        web_esc(b, web_l(r, WL_NEW_COST));
        web_raw(b, "</a><a id=\"import\" href=\"/projects/");
        web_url(b, code);
        web_raw(b, "/import\">");
        web_esc(b, web_l(r, WL_IMPORT));
        web_raw(b, "</a>");
    }
    web_raw(b, "<a id=\"report-xlsx\" href=\"/projects/");
    web_url(b, code);
    web_raw(b, "/report.xlsx\">");
    web_esc(b, web_l(r, WL_DL_XLSX));
    web_raw(b, "</a><a id=\"report-xml\" href=\"/projects/");
    web_url(b, code);
    web_raw(b, "/report.xml\">");
    web_esc(b, web_l(r, WL_DL_XML));
    web_raw(b, "</a></p>\n");
}

enum MHD_Result web_page_project(web_req *r, const char *code)
{
    sif_store *st;
    sif_error err;
    sif_error_init(&err);
    if (web_read(r, &st, &err) != SIF_OK || sif_read_begin(st, &err) != SIF_OK)
        return web_fail_err(r, &err);
    sif_adjust adj;
    sif_result *res = NULL;
    sif_scenarios *sc = NULL;
    if (sif_adjust_load(st, code, &adj, &err) != SIF_OK ||
        sif_result_build(st, code, &adj, &res, &err) != SIF_OK ||
        sif_scenarios_build(st, code, NULL, 0, &sc, &err) != SIF_OK) {
        sif_read_end(st);
        sif_result_free(res);
        return web_fail_err(r, &err);
    }
    const sif_project *p = &res->project;
    web_buf b;
    web_buf_init(&b);
    char title[SIF_CODE_MAX + SIF_NAME_MAX + 8];
    snprintf(title, sizeof title, "%s %s", p->code, p->name);
    web_page_begin(r, &b, title);
    web_raw(&b, "<h1>");
    web_esc(&b, p->code);
    web_raw(&b, " – ");
    web_esc(&b, p->name);
    web_raw(&b, "</h1>\n<p>");
    if (p->committee[0]) {
        web_escf(&b, "%s: %s", web_l(r, WL_COMMITTEE), p->committee);
        web_raw(&b, "<br>");
    }
    if (p->dnr[0]) {
        web_escf(&b, "%s: %s", web_l(r, WL_DNR), p->dnr);
        web_raw(&b, "<br>");
    }
    if (p->start_year)
        web_escf(&b, "%s: %d–%d", web_l(r, WL_PERIOD), p->start_year,
                 p->end_year ? p->end_year : p->start_year);
    web_raw(&b, "</p>\n");
    const char *saved = web_query(r, "saved");
    if (saved) {
        web_raw(&b, "<p class=\"ok\" id=\"saved\">");
        web_escf(&b, "%s %s", web_l(r, WL_SAVED), saved);
        web_raw(&b, "</p>");
    }
    const char *imported = web_query(r, "imported");
    if (imported) {
        web_raw(&b, "<p class=\"ok\" id=\"imported\">");
        web_escf(&b, "%s %s", web_l(r, WL_IMPORTED), imported);
        web_raw(&b, "</p>");
    }
    actions(r, &b, p->code);
    investment(r, &b, res->investment);
    h2(&b, "besparingar", web_l(r, WL_SAVINGS));
    struct savings_ctx x = {r, &b, st, 0};
    sif_status rc = sif_saving_list(st, p->code, saving_row, &x, &err);
    if (x.n)
        web_raw(&b, "</tbody></table>\n");
    else {
        web_raw(&b, "<p>");
        web_esc(&b, web_l(r, WL_NO_SAVINGS));
        web_raw(&b, "</p>\n");
    }
    result(r, &b, res);
    scenarios(r, &b, sc);
    web_indicators(r, &b, st, p->code);
    sif_read_end(st);
    sif_scenarios_free(sc);
    sif_result_free(res);
    if (rc != SIF_OK) {
        web_buf_release(&b);
        return web_fail_err(r, &err);
    }
    web_page_end(&b);
    return web_send(r, 200, &b);
}
