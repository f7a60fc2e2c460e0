/* ledger/web/page.c — the frame of every page (head, navigation, logout form), the style
 * sheet, and the ledger opened for one request. */
#include "web.h"

#include <string.h>

static const char *role_label(const web_req *r)
{
    static const web_label_id ids[SIF_USER_ROLE_COUNT_] = {
        WL_ROLE_CONTROLLER, WL_ROLE_ADMINISTRATOR, WL_ROLE_COMMITTEE, WL_ROLE_AUDITOR,
    };
    return (unsigned)r->user.role < SIF_USER_ROLE_COUNT_ ? web_l(r, ids[r->user.role]) : "";
}

void web_csrf_input(web_req *r, web_buf *b)
{
    web_raw(b, "<input type=\"hidden\" name=\"csrf\" value=\"");
    web_esc(b, r->sess.csrf);
    web_raw(b, "\">");
}

void web_page_begin(web_req *r, web_buf *b, const char *title)
{
    web_rawf(b, "<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\">"
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                "<title>", web_l(r, WL_HTML_LANG));
    web_esc(b, title);
    web_raw(b, " – sif</title><link rel=\"stylesheet\" href=\"/style.css\"></head>\n<body>"
               "<header><span class=\"app\">");
    web_esc(b, web_l(r, WL_APP));
    web_raw(b, "</span>");
    if (r->logged_in) {
        web_raw(b, "<nav><a href=\"/\">");
        web_esc(b, web_l(r, WL_PORTFOLIO));
        web_raw(b, "</a>");
        if (sif_user_may(&r->user, SIF_MAY_AUDIT, NULL)) {
            web_raw(b, " <a href=\"/log\">");
            web_esc(b, web_l(r, WL_LOG));
            web_raw(b, "</a> <a href=\"/check\">");
            web_esc(b, web_l(r, WL_CHECK));
            web_raw(b, "</a>");
        }
        web_raw(b, "</nav><form class=\"logout\" method=\"post\" action=\"/logout\">"
                   "<span class=\"who\">");
        web_esc(b, r->user.name);
        web_raw(b, " (");
        web_esc(b, role_label(r));
        web_raw(b, ")</span> ");
        web_csrf_input(r, b);
        web_raw(b, "<button type=\"submit\">");
        web_esc(b, web_l(r, WL_LOGOUT));
        web_raw(b, "</button></form>");
    }
    web_raw(b, "</header>\n<main>");
}

void web_page_end(web_buf *b)
{
    web_raw(b, "</main></body></html>\n");
}

sif_status web_open_write(web_req *r, sif_store **st, sif_error *err)
{
    sif_status rc = sif_store_open(r->w->db_path, 0, st, err);
    if (rc == SIF_OK)
        sif_store_set_user(*st, r->user.name);
    return rc;
}

sif_status web_read(web_req *r, sif_store **st, sif_error *err)
{
    if (r->ro == NULL) {
        sif_status rc = sif_store_open(r->w->db_path, SIF_STORE_READONLY, &r->ro, err);
        if (rc != SIF_OK)
            return rc;
    }
    *st = r->ro;
    return SIF_OK;
}

static const char style[] =
    "body{font-family:system-ui,sans-serif;margin:0;color:#111;background:#fff}"
    "header{display:flex;gap:1.5em;align-items:center;padding:.5em 1em;background:#1d3b5a;color:#fff}"
    "header a{color:#fff}header .app{font-weight:bold}header form{margin-left:auto}"
    "main{padding:1em 2em;max-width:80em}"
    "table{border-collapse:collapse;margin:.5em 0 1.5em}"
    "th,td{border-bottom:1px solid #ccc;padding:.2em .6em;text-align:left;vertical-align:top}"
    "td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}"
    "tr.sum td{font-weight:bold;border-top:2px solid #333}"
    ".error{color:#a00;font-weight:bold}.ok{color:#060;font-weight:bold}"
    "form.entry label{display:block;margin:.5em 0 .1em}"
    "pre{white-space:pre-wrap;margin:0}"
    ".actions a{margin-right:1em}"
    "@media print{header,form,.actions{display:none}main{padding:0}"
    "a{color:#000;text-decoration:none}table{page-break-inside:avoid}}\n";

enum MHD_Result web_page_style(web_req *r)
{
    struct MHD_Response *resp = MHD_create_response_from_buffer(sizeof style - 1, (void *)style,
                                                                MHD_RESPMEM_PERSISTENT);
    if (resp == NULL)
        return MHD_NO;
    MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, "text/css; charset=utf-8");
    MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(resp, "Cache-Control", "max-age=3600");
    enum MHD_Result ok = MHD_queue_response(r->conn, 200, resp);
    MHD_destroy_response(resp);
    return ok;
}
