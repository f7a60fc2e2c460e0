/* ledger/web/web.h — what the web's files share: the server, one request and its answer.
 * Internal to ledger/web/. */
#ifndef SIF_WEB_H
#define SIF_WEB_H

#include <limits.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <stdbool.h>
#include <stdint.h>
#include <sys/socket.h>
#include "csrf.h"
#include "html.h"
#include "labels.h"
#include "serve.h"
#include "session.h"
#include "sif/import.h"
#include "sif/report.h"
#include "sif/sif.h"
#include "throttle.h"

struct sif_web {
    sif_web_opts o;
    char db_path[PATH_MAX];
    char trust_header[128];
    struct sockaddr_storage proxy;  /* the trusted proxy's address, if trust_header */
    struct MHD_Daemon *daemon;
    int port;
    web_sessions *sessions;
    web_throttle *throttle;
    char tmpdir[PATH_MAX];          /* uploads, the server's own; removed on stop */
    char dummy_hash[SIF_PASSWORD_HASH_MAX]; /* checked for unknown users: same time taken */
    sif_user *guests;               /* o.nguests one-time users, hashed at start */
};

#define WEB_MAX_FIELDS 16
#define WEB_MAX_FIELD (64 * 1024)

typedef struct web_field {
    char name[32];
    char *value;        /* NUL-terminated, malloc'd */
    size_t len;
} web_field;

typedef struct web_req {
    sif_web *w;
    struct MHD_Connection *conn;
    const char *method, *url;
    bool is_post;
    /* the body */
    struct MHD_PostProcessor *pp;
    web_field fields[WEB_MAX_FIELDS];
    size_t nfields;
    uint64_t body_bytes;
    bool too_big, bad_body;
    /* an uploaded file, written as it arrives */
    int up_fd;
    char up_path[PATH_MAX];
    char up_name[128];
    sif_store *ro;                  /* the ledger read-only, opened when first needed */
    /* who */
    bool logged_in;
    web_session sess;
    sif_user user;
    char set_cookie[2][320];
    int ncookies;
} web_req;

/* ---- the request (server.c) ---- */
/* A form field's value (NUL-terminated), or NULL. */
const char *web_field_get(const web_req *r, const char *name);
/* A header, cookie or query value; NULL if absent. */
const char *web_header(const web_req *r, const char *name);
const char *web_cookie(const web_req *r, const char *name);
const char *web_query(const web_req *r, const char *name);
sif_lang web_lang(const web_req *r);
const char *web_l(const web_req *r, web_label_id id);

/* ---- answers (respond.c); each returns what the access handler returns ---- */
enum MHD_Result web_send(web_req *r, unsigned status, web_buf *page);
enum MHD_Result web_redirect(web_req *r, const char *location);
/* 204: nothing (the favicon a browser asks for). */
enum MHD_Result web_no_content(web_req *r);
/* Send a file of the server's own, as a download named name; the file is removed after it
 * was opened. */
enum MHD_Result web_send_file(web_req *r, const char *path, const char *content_type,
                              const char *name);
/* A page with a message: 400, 403, 404, 413, 500 ... */
enum MHD_Result web_fail(web_req *r, unsigned status, const char *msg);
/* The status and message for a library error. */
enum MHD_Result web_fail_err(web_req *r, const sif_error *err);
/* Queue a Set-Cookie for the answer. */
void web_set_cookie(web_req *r, const char *name, const char *value, int max_age);

/* ---- the page frame (page.c) ---- */
/* The head, the navigation and (logged in) the logout form with the CSRF token. */
void web_page_begin(web_req *r, web_buf *b, const char *title);
void web_page_end(web_buf *b);
/* <input type="hidden" name="csrf" value="TOKEN"> of the session. */
void web_csrf_input(web_req *r, web_buf *b);
/* The ledger opened for writing as the web user: the caller's, closed with sif_store_close. */
sif_status web_open_write(web_req *r, sif_store **st, sif_error *err);
/* The ledger opened read-only for this request: borrowed until the request ends. */
sif_status web_read(web_req *r, sif_store **st, sif_error *err);

/* ---- who (auth.c) ---- */
/* Find the session (cookie, or the trusted proxy's header). */
void web_auth_resolve(web_req *r);
/* True when the POST carries the session's CSRF token. */
bool web_csrf_ok(const web_req *r);
enum MHD_Result web_page_login(web_req *r);
enum MHD_Result web_post_login(web_req *r);
enum MHD_Result web_post_logout(web_req *r);

/* ---- uploads (upload.c) ---- */
/* A safe file name from what the browser sent: its last path part, letters, digits, '.',
 * '-' and '_' only, never starting with a '.', at most 100 bytes; "" when nothing is left. */
void web_upload_name(const char *sent, char *out, size_t size);
/* Begin writing an uploaded file into a new directory of its own under the server's. */
bool web_upload_open(web_req *r, const char *sent_name);
/* Forget (and remove) an upload that is not kept. */
void web_upload_discard(web_req *r);

/* ---- pages ---- */
enum MHD_Result web_page_portfolio(web_req *r);
enum MHD_Result web_page_project(web_req *r, const char *code);
/* The project page's indicators section; nothing when the project has none. */
void web_indicators(web_req *r, web_buf *b, sif_store *st, const char *code);
enum MHD_Result web_page_cost(web_req *r, const char *code);
enum MHD_Result web_page_import(web_req *r, const char *code);
enum MHD_Result web_page_report(web_req *r, const char *code, bool xlsx);
enum MHD_Result web_page_log(web_req *r);
enum MHD_Result web_page_check(web_req *r);
enum MHD_Result web_page_style(web_req *r);

#endif
