/* ledger/cli/cmd_serve.c — sif serve: the ledger on the intranet (SPEC §15). Parses the
 * options, starts the server of ledger/web/ and waits for SIGINT or SIGTERM. */
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "commands.h"
#include "../web/serve.h"

/* "50MB", "500kB", "1048576" into bytes (MB = 1 000 000 bytes, as a user reads it). */
static bool parse_size(const char *text, uint64_t *out)
{
    char *end;
    unsigned long long v = strtoull(text, &end, 10);
    if (end == text)
        return false;
    uint64_t mul = 1;
    if (strcmp(end, "") == 0 || strcmp(end, "B") == 0)
        mul = 1;
    else if (strcmp(end, "k") == 0 || strcmp(end, "kB") == 0 || strcmp(end, "KB") == 0)
        mul = 1000;
    else if (strcmp(end, "M") == 0 || strcmp(end, "MB") == 0)
        mul = 1000 * 1000;
    else
        return false;
    if (v == 0 || v > UINT64_MAX / mul)
        return false;
    *out = v * mul;
    return true;
}

struct demo {
    char projects[SIF_TEXT_MAX];
    char pw[2][20];
    sif_web_guest guests[2];
};

static int add_code(void *ctx, const sif_project *p)
{
    struct demo *d = ctx;
    size_t n = strlen(d->projects);
    if (n + strlen(p->code) + 2 < sizeof d->projects)
        snprintf(d->projects + n, sizeof d->projects - n, "%s%s", n ? "," : "", p->code);
    return 0;
}

/* Two users that live as long as the server: a controller of every project and a
 * committee member, with random passwords printed once. */
static sif_status demo_users(const sif_cli *cli, struct demo *d, sif_error *err)
{
    memset(d, 0, sizeof *d);
    sif_store *st;
    sif_status rc = cli_open(cli, SIF_STORE_READONLY, &st, err);
    if (rc == SIF_OK)
        rc = sif_project_list(st, add_code, d, err);
    sif_store_close(st);
    if (rc != SIF_OK)
        return rc;
    FILE *f = fopen("/dev/urandom", "rb");
    unsigned char raw[8];
    for (int i = 0; i < 2; i++) {
        if (f == NULL || fread(raw, 1, sizeof raw, f) != sizeof raw) {
            if (f)
                fclose(f);
            return sif_error_set(err, SIF_ERR_IO, "no random password");
        }
        for (size_t k = 0; k < sizeof raw; k++)
            snprintf(d->pw[i] + 2 * k, 3, "%02x", raw[k]);
    }
    fclose(f);
    d->guests[0] = (sif_web_guest){"demo-controller", "controller", d->projects, d->pw[0]};
    d->guests[1] = (sif_web_guest){"demo-committee", "committee", NULL, d->pw[1]};
    return SIF_OK;
}

static int cmd_serve_run(const sif_cli *cli, int argc, char **argv)
{
    static const struct option opts[] = {
        {"listen", required_argument, 0, 'l'},
        {"lang", required_argument, 0, 'L'},
        {"max-upload", required_argument, 0, 'm'},
        {"trust-header", required_argument, 0, 't'},
        {"trusted-proxy", required_argument, 0, 'p'},
        {"session-idle", required_argument, 0, 'i'},
        {"session-max", required_argument, 0, 'x'},
        {"secure-cookie", no_argument, 0, 's'},
        {"demo", no_argument, 0, 'd'},
        {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    sif_web_opts o;
    sif_web_opts_init(&o);
    o.db_path = cli->db_path;
    bool demo = false;
    long v;
    sif_error err;
    sif_error_init(&err);
    int c;
    optind = 0;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
        switch (c) {
        case 'l': o.listen = optarg; break;
        case 'L':
            if (sif_lang_parse(optarg, &o.lang, &err) != SIF_OK)
                return cli_usage(&sif_cmd_serve, "%s", err.msg);
            break;
        case 'm':
            if (!parse_size(optarg, &o.max_upload))
                return cli_usage(&sif_cmd_serve, "--max-upload: \"%s\" is not a size", optarg);
            break;
        case 't': o.trust_header = optarg; break;
        case 'p': o.trusted_proxy = optarg; break;
        case 'i':
        case 'x':
            if (!cli_int(optarg, 1, 7 * 24 * 3600, &v))
                return cli_usage(&sif_cmd_serve, "\"%s\" is not a number of seconds", optarg);
            *(c == 'i' ? &o.session_idle : &o.session_max) = (int)v;
            break;
        case 's': o.secure_cookie = true; break;
        case 'd': demo = true; break;
        case 'h':
            return cli_help(&sif_cmd_serve,
                            "  --listen ADDR:PORT     where to answer (default 127.0.0.1:8080)\n"
                            "  --lang sv|en           the pages' language (default sv)\n"
                            "  --max-upload SIZE      largest upload, e.g. 50MB (the default)\n"
                            "  --trust-header NAME    take the user from this header ...\n"
                            "  --trusted-proxy ADDR   ... when the request comes from ADDR only\n"
                            "  --secure-cookie        cookies only over HTTPS (behind a TLS proxy)\n"
                            "  --session-idle SECONDS a session ends unused this long (1800)\n"
                            "  --session-max SECONDS  and this long after login at most (28800)\n"
                            "  --demo                 two one-time users, passwords printed once\n"
                            "Users: sif user add. Stops on SIGINT or SIGTERM.\n");
        default: return cli_bad_option(&sif_cmd_serve, c, argv);
        }
    }
    if (optind != argc)
        return cli_usage(&sif_cmd_serve, "unexpected argument %s", argv[optind]);
    if ((o.trust_header == NULL) != (o.trusted_proxy == NULL))
        return cli_usage(&sif_cmd_serve, "--trust-header and --trusted-proxy go together");
    struct demo d;
    if (demo) {
        if (demo_users(cli, &d, &err) != SIF_OK)
            return cli_fail(&err);
        o.guests = d.guests;
        o.nguests = 2;
    }
    /* the server's threads inherit this mask: the signals come to sigwait below */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set, NULL);
    signal(SIGPIPE, SIG_IGN);
    sif_web *w;
    if (sif_web_start(&o, &w, &err) != SIF_OK)
        return cli_fail(&err);
    const char *host = o.listen;
    char shown[160];
    snprintf(shown, sizeof shown, "%.*s", (int)(strrchr(host, ':') - host), host);
    fprintf(stderr, "sif: serving %s on http://%s:%d/\n", cli->db_path, shown, sif_web_port(w));
    if (demo)
        fprintf(stderr, "sif: one-time logins, valid while this server runs:\n"
                        "  demo-controller  %s  (enters and imports costs)\n"
                        "  demo-committee   %s  (reads)\n", d.pw[0], d.pw[1]);
    fflush(stderr);
    int sig;
    sigwait(&set, &sig);
    sif_web_stop(w);
    if (demo)
        explicit_bzero(&d, sizeof d);
    return 0;
}

const struct sif_cmd sif_cmd_serve = {
    .name = "serve",
    .usage = N_("sif serve [--listen ADDR:PORT] [--lang sv|en] [--max-upload SIZE]"
             " [--trust-header NAME --trusted-proxy ADDR] [--secure-cookie] [--demo]"),
    .summary = N_("the ledger in a browser, for controllers and committees"),
    .run = cmd_serve_run,
};
