/* ledger/web/server.c — the HTTP server (GNU libmicrohttpd): start, stop, read a request's
 * body within its limits, and send it to its page. */
#include "web.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

void sif_web_opts_init(sif_web_opts *o)
{
    memset(o, 0, sizeof *o);
    o->db_path = "sif.db";
    o->listen = "127.0.0.1:8080";
    o->lang = SIF_LANG_SV;
    o->max_upload = 50u * 1000 * 1000;
    o->session_idle = 30 * 60;
    o->session_max = 8 * 3600;
}

const char *web_field_get(const web_req *r, const char *name)
{
    for (size_t i = 0; i < r->nfields; i++)
        if (strcmp(r->fields[i].name, name) == 0)
            return r->fields[i].value ? r->fields[i].value : "";
    return NULL;
}

const char *web_header(const web_req *r, const char *name)
{
    return MHD_lookup_connection_value(r->conn, MHD_HEADER_KIND, name);
}

const char *web_cookie(const web_req *r, const char *name)
{
    return MHD_lookup_connection_value(r->conn, MHD_COOKIE_KIND, name);
}

const char *web_query(const web_req *r, const char *name)
{
    return MHD_lookup_connection_value(r->conn, MHD_GET_ARGUMENT_KIND, name);
}

sif_lang web_lang(const web_req *r)
{
    return r->w->o.lang;
}

const char *web_l(const web_req *r, web_label_id id)
{
    return web_label(r->w->o.lang, id);
}

/* One piece of the body: a form field, or a part of the uploaded file. */
static enum MHD_Result on_part(void *cls, enum MHD_ValueKind kind, const char *key,
                               const char *filename, const char *content_type,
                               const char *transfer_encoding, const char *data, uint64_t off,
                               size_t size)
{
    web_req *r = cls;
    (void)kind;
    (void)content_type;
    (void)transfer_encoding;
    if (filename) {
        if (strcmp(key, "file") != 0 || filename[0] == '\0')
            return MHD_YES;
        if (off == 0 && (r->up_fd >= 0 || r->up_path[0])) {
            r->bad_body = true;        /* one file per request */
            return MHD_YES;
        }
        if (off == 0 && !web_upload_open(r, filename)) {
            r->bad_body = true;
            return MHD_YES;
        }
        for (size_t done = 0; r->up_fd >= 0 && done < size;) {
            ssize_t n = write(r->up_fd, data + done, size - done);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                r->bad_body = true;
                web_upload_discard(r);
                break;
            }
            done += (size_t)n;
        }
        return MHD_YES;
    }
    web_field *f = NULL;
    for (size_t i = 0; i < r->nfields; i++)
        if (strcmp(r->fields[i].name, key) == 0)
            f = &r->fields[i];
    if (f == NULL) {
        if (r->nfields == WEB_MAX_FIELDS || strlen(key) >= sizeof f->name) {
            r->bad_body = true;
            return MHD_YES;
        }
        f = &r->fields[r->nfields++];
        snprintf(f->name, sizeof f->name, "%s", key);
    } else if (off == 0) {
        r->bad_body = true;            /* the same field twice */
        return MHD_YES;
    }
    if (f->len + size > WEB_MAX_FIELD) {
        r->bad_body = true;
        return MHD_YES;
    }
    char *v = realloc(f->value, f->len + size + 1);
    if (v == NULL) {
        r->bad_body = true;
        return MHD_YES;
    }
    memcpy(v + f->len, data, size);
    f->len += size;
    v[f->len] = '\0';
    f->value = v;
    return MHD_YES;
}

static bool starts(const char *s, const char *prefix, const char **rest)
{
    size_t n = strlen(prefix);
    if (strncmp(s, prefix, n) != 0)
        return false;
    *rest = s + n;
    return true;
}

static enum MHD_Result route_project(web_req *r, const char *rest)
{
    char code[SIF_CODE_MAX];
    const char *slash = strchr(rest, '/');
    size_t n = slash ? (size_t)(slash - rest) : strlen(rest);
    if (n == 0 || n >= sizeof code)
        return web_fail(r, 404, web_l(r, WL_NOT_FOUND));
    memcpy(code, rest, n);
    code[n] = '\0';
    const char *tail = slash ? slash : "";
    bool get = !r->is_post;
    if (strcmp(tail, "") == 0 && get)
        return web_page_project(r, code);
    if (strcmp(tail, "/costs/new") == 0)
        return web_page_cost(r, code);
    if (strcmp(tail, "/import") == 0)
        return web_page_import(r, code);
    if (strcmp(tail, "/report.xlsx") == 0 && get)
        return web_page_report(r, code, true);
    if (strcmp(tail, "/report.xml") == 0 && get)
        return web_page_report(r, code, false);
    return web_fail(r, 404, web_l(r, WL_NOT_FOUND));
}

static enum MHD_Result dispatch(web_req *r)
{
    const char *u = r->url, *rest;
    if (r->too_big) {
        web_upload_discard(r);
        return web_fail(r, 413, web_l(r, WL_TOO_BIG));
    }
    if (r->bad_body) {
        web_upload_discard(r);
        return web_fail(r, 400, "bad request body");
    }
    if (strcmp(u, "/style.css") == 0 && !r->is_post)
        return web_page_style(r);
    if (strcmp(u, "/favicon.ico") == 0)
        return web_no_content(r);
    if (strcmp(u, "/login") == 0)
        return r->is_post ? web_post_login(r) : web_page_login(r);
    if (!r->logged_in)
        return web_redirect(r, "/login");
    if (r->is_post && !web_csrf_ok(r)) {
        web_upload_discard(r);
        return web_fail(r, 403, web_l(r, WL_BAD_CSRF));
    }
    if (strcmp(u, "/logout") == 0 && r->is_post)
        return web_post_logout(r);
    if (strcmp(u, "/") == 0 && !r->is_post)
        return web_page_portfolio(r);
    if (strcmp(u, "/log") == 0 && !r->is_post)
        return web_page_log(r);
    if (strcmp(u, "/check") == 0 && !r->is_post)
        return web_page_check(r);
    if (starts(u, "/projects/", &rest))
        return route_project(r, rest);
    return web_fail(r, 404, web_l(r, WL_NOT_FOUND));
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *conn, const char *url,
                                  const char *method, const char *version,
                                  const char *data, size_t *size, void **con_cls)
{
    sif_web *w = cls;
    web_req *r = *con_cls;
    (void)version;
    if (r == NULL) {
        if (strcmp(method, "GET") != 0 && strcmp(method, "HEAD") != 0 &&
            strcmp(method, "POST") != 0)
            return MHD_NO;
        r = calloc(1, sizeof *r);
        if (r == NULL)
            return MHD_NO;
        r->w = w;
        r->conn = conn;
        r->method = method;
        r->url = url;
        r->up_fd = -1;
        r->is_post = strcmp(method, "POST") == 0;
        *con_cls = r;
        web_auth_resolve(r);
        if (!r->is_post)
            return MHD_YES;
        /* refuse before reading: a body that will be too big, or one nobody may send */
        const char *len = MHD_lookup_connection_value(conn, MHD_HEADER_KIND,
                                                      MHD_HTTP_HEADER_CONTENT_LENGTH);
        if (len && strtoull(len, NULL, 10) > w->o.max_upload)
            return web_fail(r, 413, web_l(r, WL_TOO_BIG));
        if (!r->logged_in && strcmp(url, "/login") != 0)
            return web_redirect(r, "/login");
        r->pp = MHD_create_post_processor(conn, 16 * 1024, on_part, r);
        if (r->pp == NULL)
            r->bad_body = true;
        return MHD_YES;
    }
    if (*size) {
        r->body_bytes += *size;
        if (r->body_bytes > w->o.max_upload && !r->too_big) {
            r->too_big = true;
            web_upload_discard(r);
        }
        if (!r->too_big && !r->bad_body && r->pp &&
            MHD_post_process(r->pp, data, *size) != MHD_YES)
            r->bad_body = true;
        *size = 0;
        return MHD_YES;
    }
    if (r->up_fd >= 0) {
        close(r->up_fd);
        r->up_fd = -1;
    }
    return dispatch(r);
}

static void on_done(void *cls, struct MHD_Connection *conn, void **con_cls,
                    enum MHD_RequestTerminationCode toe)
{
    (void)cls;
    (void)conn;
    (void)toe;
    web_req *r = *con_cls;
    if (r == NULL)
        return;
    if (r->pp)
        MHD_destroy_post_processor(r->pp);
    web_upload_discard(r);
    sif_store_close(r->ro);
    for (size_t i = 0; i < r->nfields; i++)
        free(r->fields[i].value);
    explicit_bzero(&r->sess, sizeof r->sess);
    free(r);
    *con_cls = NULL;
}

/* "ADDR:PORT" or "[V6ADDR]:PORT" into a socket address. */
static sif_status parse_listen(const char *text, struct sockaddr_storage *sa, sif_error *err)
{
    char host[128];
    const char *colon = strrchr(text, ':');
    if (colon == NULL || colon == text || (size_t)(colon - text) >= sizeof host)
        return sif_error_set(err, SIF_ERR_USAGE, "--listen \"%s\" is not ADDR:PORT", text);
    snprintf(host, sizeof host, "%.*s", (int)(colon - text), text);
    char *end;
    long port = strtol(colon + 1, &end, 10);
    if (*end != '\0' || colon[1] == '\0' || port < 0 || port > 65535)
        return sif_error_set(err, SIF_ERR_USAGE, "--listen \"%s\": bad port", text);
    memset(sa, 0, sizeof *sa);
    size_t hl = strlen(host);
    if (host[0] == '[' && hl > 2 && host[hl - 1] == ']') {
        struct sockaddr_in6 *a6 = (struct sockaddr_in6 *)sa;
        host[hl - 1] = '\0';
        if (inet_pton(AF_INET6, host + 1, &a6->sin6_addr) != 1)
            return sif_error_set(err, SIF_ERR_USAGE, "--listen: \"%s\" is not an address", host + 1);
        a6->sin6_family = AF_INET6;
        a6->sin6_port = htons((uint16_t)port);
        return SIF_OK;
    }
    struct sockaddr_in *a4 = (struct sockaddr_in *)sa;
    if (inet_pton(AF_INET, host, &a4->sin_addr) != 1)
        return sif_error_set(err, SIF_ERR_USAGE, "--listen: \"%s\" is not an address", host);
    a4->sin_family = AF_INET;
    a4->sin_port = htons((uint16_t)port);
    return SIF_OK;
}

static sif_status parse_proxy(const char *text, struct sockaddr_storage *sa, sif_error *err)
{
    memset(sa, 0, sizeof *sa);
    struct sockaddr_in *a4 = (struct sockaddr_in *)sa;
    struct sockaddr_in6 *a6 = (struct sockaddr_in6 *)sa;
    if (inet_pton(AF_INET, text, &a4->sin_addr) == 1)
        a4->sin_family = AF_INET;
    else if (inet_pton(AF_INET6, text, &a6->sin6_addr) == 1)
        a6->sin6_family = AF_INET6;
    else
        return sif_error_set(err, SIF_ERR_USAGE, "--trusted-proxy \"%s\" is not an address", text);
    return SIF_OK;
}

static int remove_one(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
    (void)sb;
    (void)flag;
    (void)ftw;
    remove(path);
    return 0;
}

void sif_web_stop(sif_web *w)
{
    if (w == NULL)
        return;
    if (w->daemon)
        MHD_stop_daemon(w->daemon);
    web_sessions_free(w->sessions);
    web_throttle_free(w->throttle);
    free(w->guests);
    if (w->tmpdir[0])
        nftw(w->tmpdir, remove_one, 8, FTW_DEPTH | FTW_PHYS);
    free(w);
}

sif_status sif_web_start(const sif_web_opts *o, sif_web **out, sif_error *err)
{
    *out = NULL;
    sif_web *w = calloc(1, sizeof *w);
    if (w == NULL)
        return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    w->o = *o;
    snprintf(w->db_path, sizeof w->db_path, "%s", o->db_path);
    w->o.db_path = w->db_path;
    struct sockaddr_storage sa;
    sif_status rc = parse_listen(o->listen ? o->listen : "127.0.0.1:8080", &sa, err);
    if (rc != SIF_OK)
        goto fail;
    if (o->trust_header) {
        if (o->trusted_proxy == NULL) {
            rc = sif_error_set(err, SIF_ERR_USAGE, "--trust-header needs --trusted-proxy ADDR");
            goto fail;
        }
        snprintf(w->trust_header, sizeof w->trust_header, "%s", o->trust_header);
        if ((rc = parse_proxy(o->trusted_proxy, &w->proxy, err)) != SIF_OK)
            goto fail;
    }
    /* migrate now, not on the first request, and fail early on a ledger that is not one */
    sif_store *st;
    if ((rc = sif_store_open(w->db_path, 0, &st, err)) != SIF_OK)
        goto fail;
    sif_store_close(st);
    if ((rc = sif_password_hash("no such user, no such password", w->dummy_hash, err)) != SIF_OK)
        goto fail;
    if (o->nguests && (w->guests = calloc(o->nguests, sizeof *w->guests)) == NULL) {
        rc = sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
        goto fail;
    }
    for (size_t i = 0; i < o->nguests; i++) {
        sif_user *u = &w->guests[i];
        snprintf(u->name, sizeof u->name, "%s", o->guests[i].name);
        snprintf(u->projects, sizeof u->projects, "%s", o->guests[i].projects ? o->guests[i].projects : "");
        if ((rc = sif_user_role_parse(o->guests[i].role, &u->role, err)) != SIF_OK ||
            (rc = sif_password_hash(o->guests[i].password, u->hash, err)) != SIF_OK)
            goto fail;
    }
    w->sessions = web_sessions_new(o->session_idle, o->session_max, 4096);
    w->throttle = web_throttle_new();
    if (w->sessions == NULL || w->throttle == NULL) {
        rc = sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
        goto fail;
    }
    const char *tmp = getenv("TMPDIR");
    snprintf(w->tmpdir, sizeof w->tmpdir, "%s/sif-serve-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (mkdtemp(w->tmpdir) == NULL) {
        rc = sif_error_set(err, SIF_ERR_CANTCREATE, "cannot make a directory for uploads: %s",
                           strerror(errno));
        w->tmpdir[0] = '\0';
        goto fail;
    }
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_THREAD_PER_CONNECTION;
    if (sa.ss_family == AF_INET6)
        flags |= MHD_USE_IPv6;
    w->daemon = MHD_start_daemon(flags, 0, NULL, NULL, on_request, w,
                                 MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&sa,
                                 MHD_OPTION_NOTIFY_COMPLETED, on_done, w,
                                 MHD_OPTION_CONNECTION_TIMEOUT, (unsigned int)60,
                                 MHD_OPTION_CONNECTION_LIMIT, (unsigned int)256,
                                 MHD_OPTION_END);
    if (w->daemon == NULL) {
        rc = sif_error_set(err, SIF_ERR_IO, "cannot listen on %s", o->listen);
        goto fail;
    }
    const union MHD_DaemonInfo *di = MHD_get_daemon_info(w->daemon, MHD_DAEMON_INFO_BIND_PORT);
    w->port = di ? di->port : 0;
    *out = w;
    return SIF_OK;
fail:
    sif_web_stop(w);
    return rc;
}

int sif_web_port(const sif_web *w)
{
    return w->port;
}
