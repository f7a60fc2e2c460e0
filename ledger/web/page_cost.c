/* ledger/web/page_cost.c — /projects/CODE/costs/new: a controller enters one cost of her
 * project. The fields are checked as `sif cost add` checks its arguments, with the same
 * words, and the entry is written by the same library call. */
#include "web.h"

#include <stdio.h>
#include <string.h>

struct form {
    const char *role, *year, *amount, *funding, *note;
};

struct roles_ctx {
    web_buf *b;
    const char *selected;
};

static int role_option(void *ctx, const sif_role *role)
{
    struct roles_ctx *x = ctx;
    web_raw(x->b, "<option value=\"");
    web_esc(x->b, role->code);
    web_raw(x->b, x->selected && strcmp(x->selected, role->code) == 0 ? "\" selected>" : "\">");
    web_esc(x->b, role->code);
    web_raw(x->b, " – ");
    web_esc(x->b, role->title);
    web_raw(x->b, "</option>");
    return 0;
}

static void field(web_buf *b, const char *name, const char *label, const char *value,
                  const char *extra)
{
    web_rawf(b, "<label for=\"%s\">", name);
    web_esc(b, label);
    web_rawf(b, "</label><input id=\"%s\" name=\"%s\" %s value=\"", name, name, extra);
    web_esc(b, value ? value : "");
    web_raw(b, "\">");
}

static enum MHD_Result form_page(web_req *r, const sif_project *p, unsigned status,
                                 const struct form *f, const char *error)
{
    sif_store *st;
    sif_error err;
    if (web_read(r, &st, &err) != SIF_OK)
        return web_fail_err(r, &err);
    web_buf b;
    web_buf_init(&b);
    char title[SIF_CODE_MAX + 64];
    snprintf(title, sizeof title, "%s – %s", p->code, web_l(r, WL_NEW_COST));
    web_page_begin(r, &b, title);
    web_raw(&b, "<h1>");
    web_esc(&b, title);
    web_raw(&b, "</h1>\n");
    if (error) {
        web_raw(&b, "<p class=\"error\" id=\"error\">");
        web_esc(&b, error);
        web_raw(&b, "</p>\n");
    }
    web_raw(&b, "<form class=\"entry\" method=\"post\" action=\"/projects/");
    web_url(&b, p->code);
    web_raw(&b, "/costs/new\">");
    web_csrf_input(r, &b);
    web_raw(&b, "<label for=\"role\">");
    web_esc(&b, web_l(r, WL_ROLE));
    web_raw(&b, "</label><select id=\"role\" name=\"role\">");
    struct roles_ctx x = {&b, f->role};
    sif_status rc = sif_role_list(st, p->id, role_option, &x, &err);
    web_raw(&b, "</select>");
    field(&b, "year", web_l(r, WL_YEAR), f->year, "inputmode=\"numeric\" required");
    field(&b, "amount", web_l(r, WL_AMOUNT), f->amount, "required");
    field(&b, "funding", web_l(r, WL_FUNDING), f->funding ? f->funding : "fund",
          "list=\"funding-sources\"");
    web_raw(&b, "<datalist id=\"funding-sources\"><option value=\"fund\"><option value=\"esf\">"
                "<option value=\"other:\"></datalist>");
    field(&b, "note", web_l(r, WL_NOTE), f->note, "");
    web_raw(&b, "<p><button type=\"submit\">");
    web_esc(&b, web_l(r, WL_SAVE));
    web_raw(&b, "</button></p></form>\n<p><a href=\"/projects/");
    web_url(&b, p->code);
    web_raw(&b, "\">");
    web_esc(&b, web_l(r, WL_BACK));
    web_raw(&b, "</a></p>");
    web_page_end(&b);
    if (rc != SIF_OK) {
        web_buf_release(&b);
        return web_fail_err(r, &err);
    }
    return web_send(r, status, &b);
}

static sif_status add(web_req *r, const char *code, const struct form *f, int64_t *id,
                      sif_error *err)
{
    int year;
    sif_ore amount;
    sif_status rc;
    if ((rc = sif_year_parse(f->year, &year, err)) != SIF_OK ||
        (rc = sif_ore_parse(f->amount ? f->amount : "", &amount, err)) != SIF_OK)
        return rc;
    sif_store *st;
    if ((rc = web_open_write(r, &st, err)) != SIF_OK)
        return rc;
    int64_t batch;
    rc = sif_write_begin(st, "entry", NULL, NULL, &batch, err);
    if (rc == SIF_OK) {
        rc = sif_cost_add(st, batch, code, f->role ? f->role : "", year, 0, amount, f->funding,
                          f->note && *f->note ? f->note : NULL, id, err);
        if (rc == SIF_OK)
            rc = sif_write_commit(st, batch, 1, amount, NULL, err);
        else
            sif_write_abort(st);
    }
    sif_store_close(st);
    return rc;
}

enum MHD_Result web_page_cost(web_req *r, const char *code)
{
    if (!sif_user_may(&r->user, SIF_MAY_ENTER_COSTS, code))
        return web_fail(r, 403, web_l(r, WL_FORBIDDEN));
    sif_store *st;
    sif_error err;
    sif_error_init(&err);
    sif_project p;
    if (web_read(r, &st, &err) != SIF_OK || sif_project_find(st, code, &p, &err) != SIF_OK)
        return web_fail_err(r, &err);
    struct form f = {NULL, NULL, NULL, NULL, NULL};
    if (!r->is_post)
        return form_page(r, &p, 200, &f, NULL);
    f.role = web_field_get(r, "role");
    f.year = web_field_get(r, "year");
    f.amount = web_field_get(r, "amount");
    f.funding = web_field_get(r, "funding");
    f.note = web_field_get(r, "note");
    int64_t id = 0;
    if (add(r, p.code, &f, &id, &err) != SIF_OK) {
        unsigned status = err.code == SIF_ERR_BUSY ? 503 : err.code == SIF_ERR_IO || err.code == SIF_ERR_DB ||
                          err.code == SIF_ERR_NOMEM ? 500 : 400;
        return form_page(r, &p, status, &f, err.msg);
    }
    web_buf loc;
    web_buf_init(&loc);
    web_raw(&loc, "/projects/");
    web_url(&loc, p.code);
    web_rawf(&loc, "?saved=%lld", (long long)id);
    enum MHD_Result ok = loc.oom ? MHD_NO : web_redirect(r, loc.p);
    web_buf_release(&loc);
    return ok;
}
