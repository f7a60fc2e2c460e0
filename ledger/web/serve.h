/* ledger/web/serve.h — `sif serve`: the ledger on the intranet (SPEC §15), as the command
 * line starts it.
 *
 * @code
 *     sif_web_opts o;
 *     sif_web_opts_init(&o);
 *     o.db_path = "sif.db";
 *     sif_web *w;
 *     if (sif_web_start(&o, &w, &err) != SIF_OK) ... err ...
 *     ... sif_web_port(w) ... wait for SIGTERM ...
 *     sif_web_stop(w);
 * @endcode
 *
 * The server answers on its own threads (one per connection) until stopped; every request
 * opens the ledger, does its work through the same library calls as the command line and
 * closes it. It never prints.
 */
#ifndef SIF_WEB_SERVE_H
#define SIF_WEB_SERVE_H

#include <stdbool.h>
#include <stdint.h>
#include "sif/report.h"

typedef struct sif_web sif_web;

/* A user who exists only while the server runs (the demo's one-time login). */
typedef struct sif_web_guest {
    const char *name;
    const char *role;            /* "controller", ... */
    const char *projects;        /* "HFO" or NULL */
    const char *password;
} sif_web_guest;

typedef struct sif_web_opts {
    const char *db_path;
    const char *listen;          /* "ADDR:PORT", "[V6]:PORT"; port 0 = any free one */
    sif_lang lang;
    uint64_t max_upload;         /* bytes of one request body */
    const char *trust_header;    /* e.g. "X-Remote-User", or NULL */
    const char *trusted_proxy;   /* the only address whose trust_header is honoured */
    int session_idle;            /* seconds; default 30 min */
    int session_max;             /* seconds; default 8 h */
    bool secure_cookie;          /* add Secure to cookies (behind a TLS proxy) */
    const sif_web_guest *guests; /* nguests one-time users, borrowed while running */
    size_t nguests;
} sif_web_opts;

/* The defaults: 127.0.0.1:8080, Swedish, 50 MB, 30 min idle, 8 h at most. */
void sif_web_opts_init(sif_web_opts *o);

/* Constructor: migrate the ledger, bind, start answering. *out is NULL on failure
 * (SIF_ERR_USAGE for a bad address, SIF_ERR_IO when it cannot listen). */
sif_status sif_web_start(const sif_web_opts *o, sif_web **out, sif_error *err);
/* The port it listens on. */
int sif_web_port(const sif_web *w);
/* Destructor; accepts NULL. Stops answering and removes the uploads it kept. */
void sif_web_stop(sif_web *w);

#endif
