/* ledger/cli/calc_opts.h — option parsing shared by the calc commands (param, saving,
 * effect, result): "--name VALUE", "--name=VALUE" and flags, anywhere among positionals. */
#ifndef SIF_CALC_OPTS_H
#define SIF_CALC_OPTS_H

#include "cli.h"

typedef struct calc_opt {
    const char *name;   /* without "--" */
    bool flag;          /* takes no value */
    const char *value;  /* set by calc_parse ("" for a flag seen) */
} calc_opt;

/* Parse argv[first..argc). opts ends with a NULL name. Returns the number of positionals
 * (at most max) or -1 after printing a usage error. */
int calc_parse(const struct sif_cmd *cmd, int argc, char **argv, int first, calc_opt *opts,
               const char **pos, int max);
/* calc_parse for a sub-command taking min..max positionals. Returns -1 when the caller
 * goes on; else the command is done and this is its exit status: 0 after --help (usage,
 * summary on stdout), 64 after one usage error on stderr (the wrong option, or `takes`
 * when the positionals do not fit). */
int calc_args(const struct sif_cmd *cmd, const char *usage, const char *takes, int argc,
              char **argv, calc_opt *opts, const char **pos, int min, int max);
/* The value of option name, or NULL when not given. */
const char *calc_get(const calc_opt *opts, const char *name);

/* Parse the adjustment options (--deadweight --attribution --dropoff --discount --optimism
 * --base-year --discount-schedule) over adj. Returns false after printing a usage error. */
bool calc_adjust_opts(const struct sif_cmd *cmd, const calc_opt *opts, sif_adjust *adj);
#define CALC_ADJUST_OPTS \
    {"deadweight", false, NULL}, {"attribution", false, NULL}, {"dropoff", false, NULL}, \
    {"discount", false, NULL}, {"optimism", false, NULL}, {"base-year", false, NULL}, \
    {"discount-schedule", false, NULL}, {"price-year", false, NULL}, {"index", false, NULL}

#endif
