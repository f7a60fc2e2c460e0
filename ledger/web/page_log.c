/* ledger/web/page_log.c — /log: the audit trail, as `sif log` shows it; for auditors and
 * administrators. The latest entries first page: the last 500. */
#include "web.h"

#include <stdio.h>

static int one(void *ctx, const sif_log_entry *e)
{
    web_buf *b = ctx;
    web_rawf(b, "<tr><td class=\"n\">%lld</td><td>", (long long)e->seq);
    web_esc(b, e->at);
    web_raw(b, "</td><td>");
    web_esc(b, e->user);
    web_raw(b, "</td><td>");
    web_escf(b, "%s %s %lld", e->action, e->table, (long long)e->row_id);
    web_raw(b, "</td><td>");
    web_esc(b, e->detail);
    web_raw(b, "</td><td>");
    web_escf(b, "%lld %s%s%s", (long long)e->batch_id, e->batch_kind, e->source[0] ? " " : "",
             e->source);
    web_raw(b, "</td></tr>\n");
    return 0;
}

enum MHD_Result web_page_log(web_req *r)
{
    if (!sif_user_may(&r->user, SIF_MAY_AUDIT, NULL))
        return web_fail(r, 403, web_l(r, WL_FORBIDDEN));
    sif_store *st;
    sif_error err;
    sif_error_init(&err);
    if (web_read(r, &st, &err) != SIF_OK)
        return web_fail_err(r, &err);
    web_buf b;
    web_buf_init(&b);
    web_page_begin(r, &b, web_l(r, WL_LOG));
    web_raw(&b, "<h1>");
    web_esc(&b, web_l(r, WL_LOG));
    web_raw(&b, "</h1><table id=\"log\"><thead><tr><th class=\"n\">#</th>");
    static const web_label_id heads[] = {WL_WHEN, WL_WHO, WL_WHAT, WL_DETAIL, WL_BATCH};
    for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
        web_raw(&b, "<th>");
        web_esc(&b, web_l(r, heads[i]));
        web_raw(&b, "</th>");
    }
    web_raw(&b, "</tr></thead><tbody>\n");
    sif_status rc = sif_log_list(st, NULL, 500, one, &b, &err);
    if (rc != SIF_OK) {
        web_buf_release(&b);
        return web_fail_err(r, &err);
    }
    web_raw(&b, "</tbody></table>");
    web_page_end(&b);
    return web_send(r, 200, &b);
}
