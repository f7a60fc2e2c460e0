/* ledger/cli/report_args.c — --xlsx, --xml, --lang and --prepared-by for sif report and sif
 * fund report. */
#include "report_args.h"

#include <getopt.h>

int cli_report_args(const struct sif_cmd *cmd, const char *help, int argc, char **argv,
                    sif_report_opts *o, int *first)
{
    static const struct option opts[] = {
        {"xlsx", required_argument, 0, 'x'},
        {"xml", required_argument, 0, 'm'},
        {"lang", required_argument, 0, 'l'},
        {"prepared-by", required_argument, 0, 'p'},
        {"force", no_argument, 0, 'f'},
        {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    *o = (sif_report_opts){sif_i18n_lang(), NULL, NULL, NULL, false};
    sif_error err;
    sif_error_init(&err);
    int c;
    optind = 0;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
        switch (c) {
        case 'x': o->xlsx_path = optarg; break;
        case 'm': o->xml_path = optarg; break;
        case 'p': o->prepared_by = optarg; break;
        case 'f': o->force = true; break;
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
    *first = optind;
    return -1;
}
