/* ledger/web/page_indicators.c — the project page's outcome indicators (SPEC §12), when
 * the project has any: participants and outcomes by gender, and the targets. */
#include "web.h"
#include "sif/indicator.h"

static void th(web_buf *b, const char *text, bool num)
{
    web_raw(b, num ? "<th class=\"n\">" : "<th>");
    web_esc(b, text);
    web_raw(b, "</th>");
}

void web_indicators(web_req *r, web_buf *b, sif_store *st, const char *code)
{
    sif_indicators *ind = NULL;
    sif_error err;
    if (sif_indicators_build(st, code, &ind, &err) != SIF_OK)
        return;
    if (ind->rows[SIF_IND_PARTICIPANTS].total == 0 && ind->ntargets == 0) {
        sif_indicators_free(ind);
        return;
    }
    web_raw(b, "<h2 id=\"indikatorer\">");
    web_esc(b, web_l(r, WL_INDICATORS));
    web_raw(b, "</h2>\n<table id=\"indicators\"><thead><tr><th></th>");
    static const web_label_id genders[SIF_GENDER_COUNT_] = {WL_WOMEN, WL_MEN, WL_GENDER_OTHER,
                                                            WL_GENDER_UNKNOWN};
    th(b, web_l(r, WL_SUM), true);
    for (int g = 0; g < SIF_GENDER_COUNT_; g++)
        th(b, web_l(r, genders[g]), true);
    web_raw(b, "</tr></thead><tbody>");
    for (int k = -1; k < SIF_OUTCOME_COUNT_; k++) {
        const sif_indicator_row *row = &ind->rows[k < 0 ? SIF_IND_PARTICIPANTS : k];
        if (k >= 0 && row->total == 0)
            continue;
        web_raw(b, k < 0 ? "<tr class=\"sum\"><td>" : "<tr><td>");
        web_esc(b, k < 0 ? web_l(r, WL_PARTICIPANTS) : sif_outcome_label_in(web_lang(r), (sif_outcome_kind)k));
        web_rawf(b, "</td><td class=\"n\">%lld</td>", (long long)row->total);
        for (int g = 0; g < SIF_GENDER_COUNT_; g++)
            web_rawf(b, "<td class=\"n\">%lld</td>", (long long)row->by_gender[g]);
        web_raw(b, "</tr>");
    }
    web_raw(b, "</tbody></table>\n");
    if (ind->ntargets) {
        web_raw(b, "<table id=\"targets\"><thead><tr>");
        th(b, web_l(r, WL_TARGET), false);
        th(b, web_l(r, WL_YEAR), false);
        th(b, web_l(r, WL_GOAL), true);
        th(b, web_l(r, WL_ACTUAL), true);
        web_raw(b, "</tr></thead><tbody>");
        for (size_t i = 0; i < ind->ntargets; i++) {
            const sif_indicator_check *t = &ind->targets[i];
            web_raw(b, "<tr><td>");
            web_esc(b, t->sel.what);
            if (t->sel.district[0] || t->sel.gender[0])
                web_escf(b, " (%s%s%s)", t->sel.district, t->sel.district[0] && t->sel.gender[0]
                                                               ? ", " : "", t->sel.gender);
            web_raw(b, "</td><td>");
            if (t->sel.year)
                web_escf(b, "%d", t->sel.year);
            web_rawf(b, "</td><td class=\"n\">%lld</td><td class=\"n\">%lld</td></tr>",
                     (long long)t->sel.count, (long long)t->actual);
        }
        web_raw(b, "</tbody></table>\n");
    }
    sif_indicators_free(ind);
}
