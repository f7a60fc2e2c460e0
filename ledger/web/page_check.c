/* ledger/web/page_check.c — /check: the plausibility audit of `sif check` over the whole
 * ledger and the tamper check of `sif verify`; for auditors and administrators. */
#include "web.h"
#include "sif/check.h"

enum MHD_Result web_page_check(web_req *r)
{
    if (!sif_user_may(&r->user, SIF_MAY_AUDIT, NULL))
        return web_fail(r, 403, web_l(r, WL_FORBIDDEN));
    sif_store *st;
    sif_error err;
    sif_error_init(&err);
    sif_findings *f = NULL;
    if (web_read(r, &st, &err) != SIF_OK || sif_check_run(st, NULL, &f, &err) != SIF_OK)
        return web_fail_err(r, &err);
    web_buf b;
    web_buf_init(&b);
    web_page_begin(r, &b, web_l(r, WL_CHECK));
    web_raw(&b, "<h1>");
    web_esc(&b, web_l(r, WL_CHECK));
    web_raw(&b, "</h1>\n");
    if (f->n == 0) {
        web_raw(&b, "<p class=\"ok\" id=\"no-findings\">");
        web_esc(&b, web_l(r, WL_NO_FINDINGS));
        web_raw(&b, "</p>");
    } else {
        web_raw(&b, "<table id=\"findings\"><thead><tr><th>");
        web_esc(&b, web_l(r, WL_PROJECT));
        web_raw(&b, "</th><th>");
        web_esc(&b, web_l(r, WL_KIND));
        web_raw(&b, "</th><th>");
        web_esc(&b, web_l(r, WL_DETAIL));
        web_raw(&b, "</th></tr></thead><tbody>\n");
        for (size_t i = 0; i < f->n; i++) {
            const sif_finding *x = &f->items[i];
            web_raw(&b, "<tr><td>");
            web_esc(&b, x->project);
            web_raw(&b, "</td><td>");
            web_esc(&b, x->kind);
            web_raw(&b, "</td><td>");
            web_esc(&b, x->message);
            web_raw(&b, "</td></tr>\n");
        }
        web_raw(&b, "</tbody></table>");
    }
    sif_findings_free(f);
    /* and sif verify: the hash chain and the rows against it */
    int64_t problems = 0;
    web_raw(&b, "<h2>");
    web_esc(&b, web_l(r, WL_VERIFY));
    web_raw(&b, "</h2>");
    if (sif_store_verify(st, NULL, NULL, &problems, &err) != SIF_OK) {
        web_raw(&b, "<p class=\"error\" id=\"verify\">");
        web_esc(&b, err.msg);
    } else if (problems == 0) {
        web_raw(&b, "<p class=\"ok\" id=\"verify\">");
        web_esc(&b, web_l(r, WL_VERIFY_OK));
    } else {
        web_raw(&b, "<p class=\"error\" id=\"verify\">");
        web_escf(&b, "%lld %s", (long long)problems, web_l(r, WL_VERIFY_PROBLEMS));
    }
    web_raw(&b, "</p>");
    web_page_end(&b);
    return web_send(r, 200, &b);
}
