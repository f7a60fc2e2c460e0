/* ledger/cli/report_args.c — --xlsx, --xml, --lang and --prepared-by for sif report and sif
 * fund report. */
#include "report_args.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* path as the file it names: its folder resolved, then its last name ("" when the folder does
 * not resolve). */
static void file_of(const char *path, char *out, size_t size)
{
    char dir[PATH_MAX], real[PATH_MAX];
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    snprintf(dir, sizeof dir, "%.*s", slash ? (int)(slash - path) + (slash == path) : 1,
             slash ? path : ".");
    if (realpath(dir, real) == NULL)
        real[0] = '\0';
    snprintf(out, size, "%s/%s", real, base);
}

/* Whether the workbook and the XML would be one file (the second would replace the first). */
static bool same_file(const char *a, const char *b)
{
    struct stat sa, sb;
    if (strcmp(a, b) == 0)
        return true;
    if (stat(a, &sa) == 0 && stat(b, &sb) == 0)
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
    char fa[2 * PATH_MAX], fb[2 * PATH_MAX];
    file_of(a, fa, sizeof fa);
    file_of(b, fb, sizeof fb);
    return strcmp(fa, fb) == 0;
}

int cli_report_args(const struct sif_cmd *cmd, const char *help, int argc, char **argv,
                    sif_report_opts *o, int *first, bool *progress)
{
    static const struct option opts[] = {
        {"xlsx", required_argument, 0, 'x'},
        {"xml", required_argument, 0, 'm'},
        {"lang", required_argument, 0, 'l'},
        {"prepared-by", required_argument, 0, 'p'},
        {"force", no_argument, 0, 'f'},
        {"simulate", required_argument, 0, 's'},
        {"seed", required_argument, 0, 'S'},
        {"progress", no_argument, 0, 'P'},
        {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    *o = (sif_report_opts){sif_i18n_lang(), NULL, NULL, NULL, false, 0, 1, NULL, NULL};
    if (progress)
        *progress = false;
    const bool project = strcmp(cmd->name, "report") == 0;   /* not sif fund report */
    sif_error err;
    sif_error_init(&err);
    bool seeded = false;
    int c;
    optind = 0;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
        switch (c) {
        case 'x': o->xlsx_path = optarg; break;
        case 'm': o->xml_path = optarg; break;
        case 'p': o->prepared_by = optarg; break;
        case 'f': o->force = true; break;
        case 's': {
            long n;
            if (!project)
                return cli_usage(cmd, _("--simulate and --seed are options of sif report PROJECT"));
            if (!cli_int(optarg, 1, 10000000, &n))
                return cli_usage(cmd, _("--simulate: 1–10 000 000 runs, got \"%s\""), optarg);
            o->simulate_runs = n;
            break;
        }
        case 'S': {
            char *end;
            errno = 0;
            unsigned long long s = strtoull(optarg, &end, 10);
            if (!project)
                return cli_usage(cmd, _("--simulate and --seed are options of sif report PROJECT"));
            if (*optarg == '\0' || *optarg == '-' || *end != '\0' || errno == ERANGE)
                return cli_usage(cmd, _("--seed: \"%s\" is not a whole number"), optarg);
            o->simulate_seed = (uint64_t)s;
            seeded = true;
            break;
        }
        case 'P':
            if (progress == NULL)
                return cli_usage(cmd, _("--progress is an option of sif report PROJECT"));
            *progress = true;
            break;
        case 'l':
            if (sif_lang_parse(optarg, &o->lang, &err) != SIF_OK)
                return cli_usage(cmd, "--lang: %s", err.msg);
            sif_i18n_set(o->lang);   /* one language for the report and what sif says */
            break;
        case 'h': return cli_help(cmd, help);
        default: return cli_bad_option(cmd, c, argv);
        }
    }
    if (o->xlsx_path == NULL && o->xml_path == NULL)
        return cli_usage(cmd, "%s needs --xlsx FILE, --xml FILE or both", argv[0]);
    if (o->xlsx_path != NULL && o->xml_path != NULL && same_file(o->xlsx_path, o->xml_path))
        return cli_usage(cmd, "--xlsx and --xml name the same file %s: give each its own",
                         o->xml_path);
    /* the Monte Carlo is a sheet of the workbook: never ignore what was asked for */
    if (seeded && o->simulate_runs == 0)
        return cli_usage(cmd, "--seed S is the seed of --simulate N");
    if (o->simulate_runs > 0 && o->xlsx_path == NULL)
        return cli_usage(cmd, "--simulate adds a sheet to the workbook: give --xlsx FILE");
    *first = optind;
    return -1;
}
