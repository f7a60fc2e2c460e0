/* ledger/web/respond.c — answers: pages with the security headers, redirects, downloads,
 * error pages, cookies. */
#include "web.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* No script at all, styles only from our own /style.css, forms only to ourselves, never
 * in a frame. */
#define CSP "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; " \
            "frame-ancestors 'none'; base-uri 'none'"

static void headers(web_req *r, struct MHD_Response *resp)
{
    MHD_add_response_header(resp, "Content-Security-Policy", CSP);
    MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(resp, "X-Frame-Options", "DENY");
    MHD_add_response_header(resp, "Referrer-Policy", "same-origin");
    MHD_add_response_header(resp, "Cache-Control", "no-store");
    for (int i = 0; i < r->ncookies; i++)
        MHD_add_response_header(resp, MHD_HTTP_HEADER_SET_COOKIE, r->set_cookie[i]);
}

static enum MHD_Result queue(web_req *r, unsigned status, struct MHD_Response *resp)
{
    if (resp == NULL)
        return MHD_NO;
    headers(r, resp);
    enum MHD_Result ok = MHD_queue_response(r->conn, status, resp);
    MHD_destroy_response(resp);
    return ok;
}

enum MHD_Result web_send(web_req *r, unsigned status, web_buf *page)
{
    size_t len;
    char *text = web_buf_take(page, &len);
    if (text == NULL)
        return MHD_NO;
    struct MHD_Response *resp = MHD_create_response_from_buffer(len, text, MHD_RESPMEM_MUST_FREE);
    if (resp == NULL) {
        free(text);
        return MHD_NO;
    }
    MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, "text/html; charset=utf-8");
    return queue(r, status, resp);
}

enum MHD_Result web_redirect(web_req *r, const char *location)
{
    struct MHD_Response *resp = MHD_create_response_from_buffer(0, (void *)"", MHD_RESPMEM_PERSISTENT);
    if (resp == NULL)
        return MHD_NO;
    MHD_add_response_header(resp, MHD_HTTP_HEADER_LOCATION, location);
    return queue(r, 303, resp);
}

enum MHD_Result web_no_content(web_req *r)
{
    struct MHD_Response *resp = MHD_create_response_from_buffer(0, (void *)"", MHD_RESPMEM_PERSISTENT);
    return queue(r, 204, resp);
}

enum MHD_Result web_send_file(web_req *r, const char *path, const char *content_type,
                              const char *name)
{
    int fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    unlink(path);
    struct stat sb;
    if (fd < 0 || fstat(fd, &sb) != 0) {
        if (fd >= 0)
            close(fd);
        return web_fail(r, 500, "the report could not be read");
    }
    struct MHD_Response *resp = MHD_create_response_from_fd((uint64_t)sb.st_size, fd);
    if (resp == NULL) {
        close(fd);
        return MHD_NO;
    }
    char disp[160];
    snprintf(disp, sizeof disp, "attachment; filename=\"%s\"", name);
    MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, content_type);
    MHD_add_response_header(resp, "Content-Disposition", disp);
    return queue(r, 200, resp);
}

enum MHD_Result web_fail(web_req *r, unsigned status, const char *msg)
{
    web_buf b;
    web_buf_init(&b);
    char title[64];
    snprintf(title, sizeof title, "%s %u", web_l(r, WL_ERROR), status);
    web_page_begin(r, &b, title);
    web_raw(&b, "<h1>");
    web_esc(&b, title);
    web_raw(&b, "</h1><p class=\"error\">");
    web_esc(&b, msg);
    web_raw(&b, "</p>");
    web_page_end(&b);
    return web_send(r, status, &b);
}

enum MHD_Result web_fail_err(web_req *r, const sif_error *err)
{
    unsigned status;
    switch (err->code) {
    case SIF_ERR_NOTFOUND: status = 404; break;
    case SIF_ERR_USAGE:
    case SIF_ERR_DATA:
    case SIF_ERR_OVERFLOW:
    case SIF_ERR_CLOSED: status = 400; break;
    case SIF_ERR_BUSY: status = 503; break;
    default: status = 500; break;
    }
    char msg[1200];
    return web_fail(r, status, sif_error_format(err, msg, sizeof msg));
}

void web_set_cookie(web_req *r, const char *name, const char *value, int max_age)
{
    if (r->ncookies == 2)
        return;
    snprintf(r->set_cookie[r->ncookies++], sizeof r->set_cookie[0],
             "%s=%s; Path=/; HttpOnly; SameSite=Strict; Max-Age=%d%s", name, value, max_age,
             r->w->o.secure_cookie ? "; Secure" : "");
}
