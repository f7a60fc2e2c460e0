/* ledger/web/page_import.c — /projects/CODE/import: a controller uploads a cost file, sees
 * the importer's dry run (rows, sums per year, every problem with its line and column) and
 * only then confirms. The same importer as `sif import costs`, told that every row must be
 * of this project; the file stays on the server between preview and confirm, so what is
 * imported is exactly what was previewed. */
#include "web.h"

#include <stdio.h>
#include <string.h>

struct problems {
    web_buf *b;
    const char *name;
    size_t n;
};

/* Each problem as NAME:LINE:COLUMN: message, with the name the user knows the file by. */
static void on_problem(void *ctx, const sif_error *e)
{
    struct problems *p = ctx;
    if (p->n++ >= 200)
        return;
    web_raw(p->b, "<li>");
    web_esc(p->b, p->name);
    if (e->line)
        web_escf(p->b, ":%ld", e->line);
    if (e->column)
        web_escf(p->b, ":%ld", e->column);
    web_raw(p->b, ": ");
    web_esc(p->b, e->msg);
    web_raw(p->b, "</li>\n");
}

static void begin(web_req *r, web_buf *b, const char *code)
{
    char title[SIF_CODE_MAX + 64];
    snprintf(title, sizeof title, "%s – %s", code, web_l(r, WL_IMPORT));
    web_page_begin(r, b, title);
    web_raw(b, "<h1>");
    web_esc(b, title);
    web_raw(b, "</h1>\n");
}

static void upload_form(web_req *r, web_buf *b, const char *code)
{
    web_raw(b, "<form class=\"entry\" method=\"post\" enctype=\"multipart/form-data\" "
               "action=\"/projects/");
    web_url(b, code);
    web_raw(b, "/import\">");
    web_csrf_input(r, b);
    web_raw(b, "<label for=\"file\">");
    web_esc(b, web_l(r, WL_FILE));
    web_raw(b, "</label><input id=\"file\" name=\"file\" type=\"file\" required "
               "accept=\".csv,.txt,.tsv,.xlsx,.xml\"><p><button type=\"submit\" id=\"preview\">");
    web_esc(b, web_l(r, WL_PREVIEW));
    web_raw(b, "</button></p></form>\n<p><a href=\"/projects/");
    web_url(b, code);
    web_raw(b, "\">");
    web_esc(b, web_l(r, WL_BACK));
    web_raw(b, "</a></p>");
}

static void stats_table(web_req *r, web_buf *b, const char *name, const sif_import_stats *s)
{
    web_raw(b, "<table id=\"preview-stats\"><tr><th>");
    web_esc(b, web_l(r, WL_FILE));
    web_raw(b, "</th><td>");
    web_esc(b, name);
    web_raw(b, "</td></tr>");
    if (s->encoding[0]) {
        web_raw(b, "<tr><th>");
        web_esc(b, web_l(r, WL_ENCODING));
        web_raw(b, "</th><td>");
        web_esc(b, s->encoding);
        web_raw(b, "</td></tr>");
    }
    web_raw(b, "<tr><th>");
    web_esc(b, web_l(r, WL_ROWS));
    web_rawf(b, "</th><td class=\"n\" id=\"rows\">%lld</td></tr><tr><th>", (long long)s->rows);
    web_esc(b, web_l(r, WL_SUM));
    web_raw(b, "</th>");
    web_money_td(b, s->sum_ore);
    web_raw(b, "</tr></table>\n");
    if (s->nyears == 0)
        return;
    web_raw(b, "<table id=\"preview-years\"><tr><th>");
    web_esc(b, web_l(r, WL_YEAR));
    web_raw(b, "</th><th class=\"n\">");
    web_esc(b, web_l(r, WL_ROWS));
    web_raw(b, "</th><th class=\"n\">");
    web_esc(b, web_l(r, WL_AMOUNT));
    web_raw(b, "</th></tr>");
    for (size_t i = 0; i < s->nyears; i++) {
        web_rawf(b, "<tr><td>%d</td><td class=\"n\">%lld</td>", s->years[i].year,
                 (long long)s->years[i].rows);
        web_money_td(b, s->years[i].sum_ore);
        web_raw(b, "</tr>");
    }
    web_raw(b, "</table>\n");
}

/* Run the importer on path; dry_run or for real. Problems go into list. */
static sif_status run(web_req *r, const char *code, const char *path, const char *name,
                      bool dry_run, web_buf *list, size_t *nproblems, sif_import_stats *stats,
                      sif_error *err)
{
    struct problems p = {list, name, 0};
    sif_import_opts o;
    memset(&o, 0, sizeof o);
    o.dry_run = dry_run;
    o.project = code;
    o.on_problem = on_problem;
    o.problem_ctx = &p;
    sif_store *st;
    sif_status rc = web_open_write(r, &st, err);
    if (rc == SIF_OK)
        rc = sif_import_file(st, SIF_IMPORT_COSTS, path, &o, stats, err);
    sif_store_close(st);
    *nproblems = p.n;
    return rc;
}

static enum MHD_Result preview(web_req *r, const sif_project *p)
{
    web_buf list;
    web_buf_init(&list);
    size_t nproblems = 0;
    sif_import_stats stats;
    sif_error err;
    sif_error_init(&err);
    sif_status rc = run(r, p->code, r->up_path, r->up_name, true, &list, &nproblems, &stats, &err);
    web_buf b;
    web_buf_init(&b);
    begin(r, &b, p->code);
    web_raw(&b, "<h2>");
    web_esc(&b, web_l(r, WL_PREVIEW_TITLE));
    web_raw(&b, "</h2>\n");
    stats_table(r, &b, r->up_name, &stats);
    unsigned status = 200;
    if (rc != SIF_OK) {
        status = 400;
        web_upload_discard(r);     /* gone before the answer is */
        web_raw(&b, "<p class=\"error\" id=\"error\">");
        web_esc(&b, web_l(r, WL_PROBLEMS));
        web_raw(&b, "</p>");
        if (nproblems) {
            web_raw(&b, "<ul id=\"problems\">");
            web_raw(&b, list.p ? list.p : "");
            web_raw(&b, "</ul>");
        } else {
            web_raw(&b, "<p>");
            web_esc(&b, err.msg);
            web_raw(&b, "</p>");
        }
        upload_form(r, &b, p->code);
    } else {
        char id[WEB_TOKEN_LEN + 1];
        if (!web_session_stage(r->w->sessions, r->sess.id, r->up_path, p->code, id)) {
            web_buf_release(&b);
            web_buf_release(&list);
            return web_fail(r, 500, "the upload could not be kept");
        }
        r->up_path[0] = '\0';      /* the session has it now */
        web_raw(&b, "<form method=\"post\" action=\"/projects/");
        web_url(&b, p->code);
        web_raw(&b, "/import\">");
        web_csrf_input(r, &b);
        web_raw(&b, "<input type=\"hidden\" name=\"upload\" value=\"");
        web_esc(&b, id);
        web_raw(&b, "\"><button type=\"submit\" id=\"confirm\">");
        web_esc(&b, web_l(r, WL_CONFIRM));
        web_raw(&b, "</button></form>\n");
    }
    web_buf_release(&list);
    web_page_end(&b);
    return web_send(r, status, &b);
}

static enum MHD_Result confirm(web_req *r, const sif_project *p, const char *upload)
{
    const web_session *s = &r->sess;
    if (!web_token_equal(upload, s->upload_id) || strcmp(s->upload_project, p->code) != 0)
        return web_fail(r, 400, web_l(r, WL_UPLOAD_GONE));
    const char *slash = strrchr(s->upload_path, '/');
    const char *name = slash ? slash + 1 : s->upload_path;
    web_buf list;
    web_buf_init(&list);
    size_t nproblems = 0;
    sif_import_stats stats;
    sif_error err;
    sif_error_init(&err);
    sif_status rc = run(r, p->code, s->upload_path, name, false, &list, &nproblems, &stats, &err);
    web_session_unstage(r->w->sessions, s->id);
    if (rc != SIF_OK) {
        web_buf b;
        web_buf_init(&b);
        begin(r, &b, p->code);
        web_raw(&b, "<p class=\"error\" id=\"error\">");
        web_esc(&b, err.msg);
        web_raw(&b, "</p><ul id=\"problems\">");
        web_raw(&b, list.p ? list.p : "");
        web_raw(&b, "</ul>");
        web_buf_release(&list);
        upload_form(r, &b, p->code);
        web_page_end(&b);
        return web_send(r, 400, &b);
    }
    web_buf_release(&list);
    web_buf loc;
    web_buf_init(&loc);
    web_raw(&loc, "/projects/");
    web_url(&loc, p->code);
    web_rawf(&loc, "?imported=%lld", (long long)stats.batch_id);
    enum MHD_Result ok = loc.oom ? MHD_NO : web_redirect(r, loc.p);
    web_buf_release(&loc);
    return ok;
}

enum MHD_Result web_page_import(web_req *r, const char *code)
{
    if (!sif_user_may(&r->user, SIF_MAY_ENTER_COSTS, code)) {
        web_upload_discard(r);
        return web_fail(r, 403, web_l(r, WL_FORBIDDEN));
    }
    sif_store *st;
    sif_error err;
    sif_error_init(&err);
    sif_project p;
    if (web_read(r, &st, &err) != SIF_OK || sif_project_find(st, code, &p, &err) != SIF_OK) {
        web_upload_discard(r);
        return web_fail_err(r, &err);
    }
    const char *upload = web_field_get(r, "upload");
    if (r->is_post && r->up_path[0])
        return preview(r, &p);
    if (r->is_post && upload)
        return confirm(r, &p, upload);
    web_buf b;
    web_buf_init(&b);
    begin(r, &b, p.code);
    upload_form(r, &b, p.code);
    web_page_end(&b);
    return web_send(r, r->is_post ? 400 : 200, &b);
}
