/* ledger/web/auth.c — who is asking: login and logout, the session cookie, the trusted
 * proxy's header, CSRF tokens, and slowing down guessed passwords. */
#include "web.h"

#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#define SESSION_COOKIE "sif_session"
#define LOGIN_COOKIE "sif_login"

/* The user of that name, from the one-time users or the ledger. */
static bool find_user(web_req *r, const char *name, sif_user *u)
{
    for (size_t i = 0; i < r->w->o.nguests; i++)
        if (strcmp(r->w->guests[i].name, name) == 0) {
            *u = r->w->guests[i];
            return true;
        }
    sif_store *st;
    sif_error err;
    return web_read(r, &st, &err) == SIF_OK && sif_user_find(st, name, u, &err) == SIF_OK;
}

/* True when the request came from the trusted proxy's address. */
static bool from_proxy(const web_req *r)
{
    const union MHD_ConnectionInfo *ci =
        MHD_get_connection_info(r->conn, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    if (ci == NULL || ci->client_addr == NULL)
        return false;
    const struct sockaddr *sa = ci->client_addr;
    const struct sockaddr_storage *p = &r->w->proxy;
    if (sa->sa_family == AF_INET && p->ss_family == AF_INET)
        return memcmp(&((const struct sockaddr_in *)sa)->sin_addr,
                      &((const struct sockaddr_in *)p)->sin_addr, sizeof(struct in_addr)) == 0;
    if (sa->sa_family == AF_INET6 && p->ss_family == AF_INET6)
        return memcmp(&((const struct sockaddr_in6 *)sa)->sin6_addr,
                      &((const struct sockaddr_in6 *)p)->sin6_addr, sizeof(struct in6_addr)) == 0;
    return false;
}

static void begin_session(web_req *r, const sif_user *u, int64_t now)
{
    if (!web_session_open(r->w->sessions, u->name, now, &r->sess))
        return;
    r->user = *u;
    r->logged_in = true;
    web_set_cookie(r, SESSION_COOKIE, r->sess.id, r->w->o.session_max);
}

void web_auth_resolve(web_req *r)
{
    int64_t now = (int64_t)time(NULL);
    const char *cookie = web_cookie(r, SESSION_COOKIE);
    const char *sso = r->w->trust_header[0] ? web_header(r, r->w->trust_header) : NULL;
    if (sso && *sso && from_proxy(r)) {
        sif_user u;
        if (!find_user(r, sso, &u) || u.disabled)
            return;
        if (cookie && web_session_get(r->w->sessions, cookie, now, &r->sess) &&
            strcmp(r->sess.user, u.name) == 0) {
            r->user = u;
            r->logged_in = true;
        } else {
            begin_session(r, &u, now);
        }
        return;
    }
    if (cookie == NULL || !web_session_get(r->w->sessions, cookie, now, &r->sess))
        return;
    if (!find_user(r, r->sess.user, &r->user) || r->user.disabled) {
        web_session_close(r->w->sessions, r->sess.id);
        memset(&r->sess, 0, sizeof r->sess);
        return;
    }
    r->logged_in = true;
}

bool web_csrf_ok(const web_req *r)
{
    return r->logged_in && web_token_equal(web_field_get(r, "csrf"), r->sess.csrf);
}

static enum MHD_Result login_form(web_req *r, unsigned status, const char *error,
                                  const char *name)
{
    /* keep the token a browser already has: a second tab, or a favicon fetched through a
     * redirect to this page, must not make the first form's token stale */
    char token[WEB_TOKEN_LEN + 1];
    const char *had = web_cookie(r, LOGIN_COOKIE);
    if (had && web_token_equal(had, had))
        snprintf(token, sizeof token, "%s", had);
    else if (!web_random_hex(token, WEB_TOKEN_BYTES))
        return MHD_NO;
    web_set_cookie(r, LOGIN_COOKIE, token, 30 * 60);
    web_buf b;
    web_buf_init(&b);
    web_page_begin(r, &b, web_l(r, WL_LOGIN));
    web_raw(&b, "<h1>");
    web_esc(&b, web_l(r, WL_LOGIN));
    web_raw(&b, "</h1>");
    if (error) {
        web_raw(&b, "<p class=\"error\" id=\"error\">");
        web_esc(&b, error);
        web_raw(&b, "</p>");
    }
    web_raw(&b, "<form class=\"entry\" method=\"post\" action=\"/login\">"
                "<input type=\"hidden\" name=\"csrf\" value=\"");
    web_esc(&b, token);
    web_raw(&b, "\"><label for=\"user\">");
    web_esc(&b, web_l(r, WL_USER));
    web_raw(&b, "</label><input id=\"user\" name=\"user\" autocomplete=\"username\" required value=\"");
    web_esc(&b, name ? name : "");
    web_raw(&b, "\"><label for=\"password\">");
    web_esc(&b, web_l(r, WL_PASSWORD));
    web_raw(&b, "</label><input id=\"password\" name=\"password\" type=\"password\" "
                "autocomplete=\"current-password\" required><p><button type=\"submit\">");
    web_esc(&b, web_l(r, WL_LOGIN));
    web_raw(&b, "</button></p></form>");
    web_page_end(&b);
    return web_send(r, status, &b);
}

enum MHD_Result web_page_login(web_req *r)
{
    if (r->logged_in)
        return web_redirect(r, "/");
    return login_form(r, 200, NULL, NULL);
}

enum MHD_Result web_post_login(web_req *r)
{
    /* the login form's token must be the one its cookie carries: a form posted from
     * another site has neither */
    if (!web_token_equal(web_field_get(r, "csrf"), web_cookie(r, LOGIN_COOKIE)))
        return web_fail(r, 403, web_l(r, WL_BAD_CSRF));
    const char *name = web_field_get(r, "user");
    const char *password = web_field_get(r, "password");
    if (name == NULL || password == NULL || name[0] == '\0')
        return login_form(r, 401, web_l(r, WL_LOGIN_FAILED), name);
    int64_t now = (int64_t)time(NULL);
    int64_t wait = web_throttle_delay_ms(r->w->throttle, name, now);
    if (wait > 0) {
        struct timespec ts = {(time_t)(wait / 1000), (long)(wait % 1000) * 1000000L};
        while (nanosleep(&ts, &ts) != 0) {
        }
    }
    sif_user u;
    bool known = find_user(r, name, &u);
    bool ok = false;
    sif_error err;
    /* an unknown name takes as long as a wrong password: no telling which names exist */
    if (sif_password_verify(known ? u.hash : r->w->dummy_hash, password, &ok, &err) != SIF_OK)
        return web_fail_err(r, &err);
    if (!known || u.disabled || !ok) {
        web_throttle_fail(r->w->throttle, name, (int64_t)time(NULL));
        return login_form(r, 401, web_l(r, WL_LOGIN_FAILED), name);
    }
    web_throttle_success(r->w->throttle, name);
    if (r->logged_in)
        web_session_close(r->w->sessions, r->sess.id);
    begin_session(r, &u, (int64_t)time(NULL));
    if (!r->logged_in)
        return web_fail(r, 500, "no session could be begun");
    web_set_cookie(r, LOGIN_COOKIE, "", 0);
    return web_redirect(r, "/");
}

enum MHD_Result web_post_logout(web_req *r)
{
    web_session_close(r->w->sessions, r->sess.id);
    r->logged_in = false;
    web_set_cookie(r, SESSION_COOKIE, "", 0);
    return web_redirect(r, "/login");
}
