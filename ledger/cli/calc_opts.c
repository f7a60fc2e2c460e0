/* ledger/cli/calc_opts.c — option parsing shared by the calc commands. */
#include <string.h>
#include "calc_opts.h"

int calc_parse(const struct sif_cmd *cmd, int argc, char **argv, int first, calc_opt *opts,
               const char **pos, int max)
{
    int npos = 0;
    bool dashdash = false;
    for (int i = first; i < argc; i++) {
        const char *a = argv[i];
        if (!dashdash && strcmp(a, "--") == 0) {
            dashdash = true;
            continue;
        }
        if (dashdash || strncmp(a, "--", 2) != 0) {
            if (npos >= max) {
                cli_usage(cmd, "unexpected argument %s", a);
                return -1;
            }
            pos[npos++] = a;
            continue;
        }
        const char *eq = strchr(a, '=');
        size_t klen = eq ? (size_t)(eq - a - 2) : strlen(a + 2);
        calc_opt *o = NULL;
        for (calc_opt *p = opts; p->name; p++)
            if (strlen(p->name) == klen && strncmp(p->name, a + 2, klen) == 0)
                o = p;
        if (o == NULL) {
            cli_usage(cmd, "unknown option %.*s", (int)klen + 2, a);
            return -1;
        }
        if (o->flag) {
            o->value = "";
        } else if (eq) {
            o->value = eq + 1;
        } else if (i + 1 < argc) {
            o->value = argv[++i];
        } else {
            cli_usage(cmd, "%s needs a value", a);
            return -1;
        }
    }
    return npos;
}

int calc_args(const struct sif_cmd *cmd, const char *usage, const char *takes, int argc,
              char **argv, calc_opt *opts, const char **pos, int min, int max)
{
    if (cli_wants_help(argc, argv)) {
        printf(_("usage: %s\n"), _(usage));
        printf("\n%s\n", _(cmd->summary));
        return 0;
    }
    int n = calc_parse(cmd, argc, argv, 1, opts, pos, max);
    if (n < 0)
        return 64;
    if (n < min)
        return cli_usage(cmd, "%s", takes[0] ? _(takes) : takes);
    return -1;
}

const char *calc_get(const calc_opt *opts, const char *name)
{
    for (const calc_opt *p = opts; p->name; p++)
        if (strcmp(p->name, name) == 0)
            return p->value;
    return NULL;
}

bool calc_adjust_opts(const struct sif_cmd *cmd, const calc_opt *opts, sif_adjust *adj)
{
    const struct {
        const char *name;
        sif_ratio *r;
    } all[] = {{"deadweight", &adj->deadweight}, {"attribution", &adj->attribution},
               {"dropoff", &adj->dropoff}, {"discount", &adj->discount},
               {"optimism", &adj->optimism}};
    sif_error err;
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) {
        const char *v = calc_get(opts, all[i].name);
        if (v && sif_share_parse(v, all[i].r, &err) != SIF_OK) {
            cli_usage(cmd, "--%s: %s", all[i].name, err.msg);
            return false;
        }
    }
    const char *by = calc_get(opts, "base-year");
    long y;
    if (by) {
        if (!cli_int(by, 1900, 2999, &y)) {
            cli_usage(cmd, "--base-year: \"%s\" is not a year", by);
            return false;
        }
        adj->base_year = (int)y;
    }
    const char *py = calc_get(opts, "price-year"), *ix = calc_get(opts, "index");
    if ((py != NULL) != (ix != NULL)) {
        cli_usage(cmd, "--price-year and --index go together");
        return false;
    }
    if (py) {
        if (!cli_int(py, 1800, 2999, &y)) {
            cli_usage(cmd, "--price-year: \"%s\" is not a year", py);
            return false;
        }
        adj->price_year = (int)y;
        snprintf(adj->price_index, sizeof adj->price_index, "%s", ix);
    }
    const char *sched = calc_get(opts, "discount-schedule");
    if (sched && sif_discount_schedule_parse(sched, &adj->schedule, &err) != SIF_OK) {
        cli_usage(cmd, "--discount-schedule: %s", err.msg);
        return false;
    }
    return true;
}
