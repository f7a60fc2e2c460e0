/* ledger/cli/cli_util.c — errors, usage, opening the ledger, small parsers. */
#include "cli.h"

#include <getopt.h>
#include <pwd.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The subcommand cli_dispatch is running ("cost add"), so that its usage line, not the
 * group's, is what --help and a usage error show. */
static const struct sif_subcmd *running_sub;

static const char *usage_of(const struct sif_cmd *cmd)
{
    return _(running_sub ? running_sub->usage : cmd->usage);
}

int cli_fail(const sif_error *err)
{
    char buf[1200], safe[2400];
    sif_error_format(err, buf, sizeof buf);
    fprintf(stderr, "sif: %s\n", cli_escape(buf, safe, sizeof safe));
    return sif_exit_code(err->code);
}

int cli_usage(const struct sif_cmd *cmd, const char *fmt, ...)
{
    char buf[1024], safe[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, _(fmt), ap);
    va_end(ap);
    fprintf(stderr, "sif: %s\n", cli_escape(buf, safe, sizeof safe));
    if (cmd)
        fprintf(stderr, _("usage: %s\n"), usage_of(cmd));
    return 64;
}

int cli_help(const struct sif_cmd *cmd, const char *text)
{
    printf(_("usage: %s\n"), usage_of(cmd));
    printf("\n%s\n", _(cmd->summary));
    if (text)
        printf("\n%s", _(text));
    return 0;
}

int cli_bad_option(const struct sif_cmd *cmd, int c, char **argv)
{
    /* optind is past the option's word, except inside a cluster of short options ("-5 000"),
     * where optopt is the only thing naming it */
    const char *word = optind > 0 ? argv[optind - 1] : "";
    bool long_opt = strncmp(word, "--", 2) == 0;
    if (c == ':' && long_opt)
        return cli_usage(cmd, _("%s needs a value"), word);
    if (c == ':')
        return cli_usage(cmd, _("-%c needs a value"), optopt);
    if (!long_opt && optopt > 0 && optopt < 128)
        return cli_usage(cmd, _("unknown option -%c"), optopt);
    return cli_usage(cmd, _("unknown option %s"), word);
}

bool cli_wants_help(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--") == 0)
            return false;
        if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0)
            return true;
    }
    return false;
}

static void tell_busy(void *ctx, const char *path, int timeout_s)
{
    (void)ctx;
    char safe[1024];
    fprintf(stderr, _("sif: %s is locked by another sif writing to it; waiting up to %d s "
                      "(exit 75 if it stays locked)\n"),
            cli_escape(path, safe, sizeof safe), timeout_s);
}

sif_status cli_open(const sif_cli *cli, unsigned flags, sif_store **st, sif_error *err)
{
    sif_store_set_busy_notice(tell_busy, NULL);
    sif_status rc = sif_store_open(cli->db_path, flags, st, err);
    if (rc != SIF_OK)
        return rc;
    const char *user = getenv("SIF_USER");
    if (user == NULL || *user == '\0') {
        struct passwd *pw = getpwuid(geteuid());
        user = pw ? pw->pw_name : getenv("USER");
    }
    sif_store_set_user(*st, user ? user : "unknown");
    cli_set_clock(*st);
    const char *key = cli->key_file ? cli->key_file : getenv("SIF_KEY_FILE");
    if (key && *key && (rc = sif_store_set_key_file(*st, key, err)) != SIF_OK) {
        sif_store_close(*st);
        *st = NULL;
        return rc;
    }
    return SIF_OK;
}

void cli_negative_numbers(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *prev = argv[i - 1];
        sif_ore amount;
        sif_ratio share;
        if (a[0] != '-' || a[1] < '0' || a[1] > '9')
            continue;
        /* the value of an option ("--note -5") is taken as it is by the option parsers, and
         * free text ("-2+3") is no number: both stay as written */
        if ((strncmp(prev, "--", 2) == 0 && strchr(prev, '=') == NULL) ||
            (sif_ore_parse(a + 1, &amount, NULL) != SIF_OK &&
             sif_ratio_parse(a + 1, &share, NULL) != SIF_OK))
            continue;
        size_t n = strlen(a);
        char *w = malloc(n + 3);
        if (w == NULL)
            return; /* left as it was: the option parser will complain */
        memcpy(w, "\xe2\x88\x92", 3);
        memcpy(w + 3, a + 1, n); /* with its NUL */
        argv[i] = w;
    }
}

bool cli_int(const char *text, long min, long max, long *out)
{
    if (text == NULL || *text == '\0')
        return false;
    char *end;
    long v = strtol(text, &end, 10);
    if (*end != '\0' || v < min || v > max)
        return false;
    *out = v;
    return true;
}

int cli_district(const struct sif_cmd *cmd, const char *value, char *buf, size_t size)
{
    /* "" is not "no district": that is the option left out, and a blank given on purpose
     * is more likely an empty shell variable than a wish */
    if (value[strspn(value, " \t")] == '\0')
        return cli_usage(cmd, "--district: a district cannot be empty (leave the option out for "
                         "no district)");
    sif_error err;
    sif_error_init(&err);
    if (sif_district_check(value, strlen(value), "--district", &err) != SIF_OK)
        return cli_usage(cmd, "%s", err.msg);
    snprintf(buf, size, "%s", value);
    return 0;
}

bool cli_fte(const char *text, int *milli)
{
    sif_ratio r;
    int64_t m;
    if (sif_ratio_parse(text, &r, NULL) != SIF_OK || r.num < 0)
        return false;
    if (sif_muldiv(r.num, 1000, r.den, &m, NULL) != SIF_OK || m > 100000)
        return false;
    *milli = (int)m;
    return true;
}

sif_status cli_write(sif_store *st, const char *kind, cli_write_fn fn, void *ctx, sif_error *err)
{
    int64_t batch, rows = 0;
    sif_ore sum = 0;
    sif_status rc = sif_write_begin(st, kind, NULL, NULL, &batch, err);
    if (rc != SIF_OK)
        return rc;
    rc = fn(st, batch, ctx, &rows, &sum, err);
    if (rc == SIF_OK)
        return sif_write_commit(st, batch, rows, sum, NULL, err);
    sif_write_abort(st);
    return rc;
}

int cli_write_run(const sif_cli *cli, const char *kind, cli_write_fn fn, void *ctx)
{
    sif_error err;
    sif_error_init(&err);
    sif_store *st = NULL;
    sif_status rc = cli_open(cli, 0, &st, &err);
    if (rc == SIF_OK)
        rc = cli_write(st, kind, fn, ctx, &err);
    sif_store_close(st);
    return rc == SIF_OK ? 0 : cli_fail(&err);
}

int cli_write_print_id(const sif_cli *cli, const char *kind, cli_write_fn fn, void *ctx,
                       const int64_t *id)
{
    int status = cli_write_run(cli, kind, fn, ctx);
    if (status == 0)
        printf("%lld\n", (long long)*id);
    return status;
}

int cli_dispatch(const struct sif_cmd *cmd, const sif_cli *cli, int argc, char **argv)
{
    const struct sif_subcmd *subs = cmd->subs;
    if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
        FILE *f = argc < 2 ? stderr : stdout;
        fprintf(f, _("usage: %s\n"), _(cmd->usage));
        fprintf(f, "\n%s\n\n", _(cmd->summary));
        for (size_t i = 0; subs[i].name; i++)
            fprintf(f, "  %s\n", _(subs[i].usage));
        return argc < 2 ? 64 : 0;
    }
    for (size_t i = 0; subs[i].name; i++)
        if (strcmp(subs[i].name, argv[1]) == 0) {
            running_sub = &subs[i];
            return subs[i].run(cli, argc - 1, argv + 1);
        }
    return cli_usage(cmd, _("'%s %s' is not a command"), cmd->name, argv[1]);
}

int cli_read_args(const struct sif_cmd *cmd, int argc, char **argv, const char **pos, int max,
                  bool *json)
{
    int n = 0;
    bool dashdash = false;
    if (json)
        *json = false;
    for (int i = 1; i < argc; i++) {
        if (!dashdash && strcmp(argv[i], "--") == 0) {
            dashdash = true;
        } else if (!dashdash && json && strcmp(argv[i], "--json") == 0) {
            *json = true;
        } else if (!dashdash && argv[i][0] == '-' && argv[i][1] != '\0') {
            cli_usage(cmd, "unknown option %s", argv[i]);
            return -1;
        } else if (n < max) {
            pos[n++] = argv[i];
        } else {
            cli_usage(cmd, _("unexpected argument %s"), argv[i]);
            return -1;
        }
    }
    return n;
}

sif_status cli_open_project(const sif_cli *cli, const char *code, sif_store **st, sif_project *p,
                            sif_error *err)
{
    sif_status rc = cli_open(cli, SIF_STORE_READONLY, st, err);
    if (rc == SIF_OK && (rc = sif_project_find(*st, code, p, err)) != SIF_OK) {
        sif_store_close(*st);
        *st = NULL;
    }
    return rc;
}
