/* ledger/cli/cmd_target.c — sif target add|list: what a project set out to reach (SPEC §12),
 * and sif indicator control: a count printed in a source, kept beside the rows. */
#include <string.h>
#include "calc_opts.h"
#include "commands.h"

#define ADD_USAGE N_("sif target add PROJECT OUTCOME COUNT [--year YEAR] [--district D] [--gender G]")
#define LIST_USAGE N_("sif target list PROJECT [--json]")
#define CONTROL_USAGE N_("sif indicator control PROJECT OUTCOME COUNT [--district D] [--gender G]" \
                      " [--year YEAR] [--note TEXT]")

struct add_ctx {
    const char *project;
    sif_count_control c;
    bool control;
    int64_t id;
};

static sif_status do_add(sif_store *st, int64_t batch, void *ctx, int64_t *rows, sif_ore *sum,
                         sif_error *err)
{
    struct add_ctx *a = ctx;
    (void)sum;
    *rows = 1;
    return a->control ? sif_count_control_add(st, batch, a->project, &a->c, &a->id, err)
                      : sif_target_add(st, batch, a->project, &a->c.c, &a->id, err);
}

/* Shared by `target add` and `indicator control`: PROJECT OUTCOME COUNT and the selection. */
int cli_target_entry(const sif_cli *cli, const struct sif_cmd *cmd, int argc, char **argv,
                     bool control)
{
    calc_opt o[] = {{"year", 0, 0}, {"district", 0, 0}, {"gender", 0, 0}, {"note", 0, 0},
                    {NULL, 0, 0}};
    const char *pos[3];
    int done = calc_args(cmd, control ? CONTROL_USAGE : ADD_USAGE,
                         control ? "indicator control takes PROJECT OUTCOME COUNT"
                                 : "target add takes PROJECT OUTCOME COUNT",
                         argc, argv, o, pos, 3, 3);
    if (done >= 0)
        return done;
    struct add_ctx a;
    memset(&a, 0, sizeof a);
    a.project = pos[0];
    a.control = control;
    sif_target *t = &a.c.c;
    sif_error err;
    sif_error_init(&err);
    if (sif_indicator_what_parse(pos[1], t->what, &err) != SIF_OK)
        return cli_fail(&err);
    long n;
    if (!cli_int(pos[2], 0, 100000000L, &n))
        return cli_usage(cmd, "COUNT: \"%s\" is not a count", pos[2]);
    t->count = n;
    const char *v;
    if ((v = calc_get(o, "year"))) {
        if (!cli_int(v, 1900, 2999, &n))
            return cli_usage(cmd, "--year: \"%s\" is not a year", v);
        t->year = (int)n;
    }
    if ((v = calc_get(o, "district")) && cli_district(cmd, v, t->district, sizeof t->district))
        return 64;
    if ((v = calc_get(o, "gender"))) {
        sif_gender g;
        if (sif_gender_parse(v, &g, &err) != SIF_OK)
            return cli_fail(&err);
        snprintf(t->gender, sizeof t->gender, "%s", sif_gender_name(g));
    }
    if ((v = calc_get(o, "note"))) {
        if (!control)
            return cli_usage(cmd, "--note is for indicator control");
        snprintf(a.c.note, sizeof a.c.note, "%s", v);
    }
    sif_store *st = NULL;
    sif_project p;
    sif_status rc = cli_open(cli, 0, &st, &err);
    if (rc == SIF_OK)
        rc = cli_write(st, "entry", do_add, &a, &err);
    int64_t actual = 0;
    if (rc == SIF_OK && control && (rc = sif_project_find(st, a.project, &p, &err)) == SIF_OK)
        rc = sif_indicator_actual(st, p.id, t, &actual, &err);
    sif_store_close(st);
    if (rc != SIF_OK)
        return cli_fail(&err);
    if (control) {
        int64_t diff = actual - t->count;
        printf(_("%s: printed %lld, the rows count %lld, difference %+lld"),
               sif_indicator_what_label_in(sif_i18n_lang(), t->what), (long long)t->count,
               (long long)actual, (long long)diff);
        printf("\n");
    } else {
        printf("%lld\n", (long long)a.id);
    }
    return 0;
}

static int target_add(const sif_cli *cli, int argc, char **argv)
{
    return cli_target_entry(cli, &sif_cmd_target, argc, argv, false);
}

static void list_json(const sif_indicators *ind)
{
    cli_json j;
    json_init(&j, stdout);
    json_arr(&j);
    for (size_t i = 0; i < ind->ntargets; i++) {
        const sif_indicator_check *t = &ind->targets[i];
        json_obj(&j);
        json_key(&j, "id"); json_int(&j, t->sel.id);
        json_key(&j, "outcome"); json_str(&j, t->sel.what);
        json_key(&j, "year");
        if (t->sel.year)
            json_int(&j, t->sel.year);
        else
            json_null(&j);
        json_key(&j, "district"); json_str(&j, t->sel.district[0] ? t->sel.district : NULL);
        json_key(&j, "gender"); json_str(&j, t->sel.gender[0] ? t->sel.gender : NULL);
        json_key(&j, "target"); json_int(&j, t->sel.count);
        json_key(&j, "actual"); json_int(&j, t->actual);
        json_end_obj(&j);
    }
    json_end_arr(&j);
    json_done(&j);
}

static void list_show(const sif_project *p, const sif_indicators *ind, bool json)
{
    if (json)
        list_json(ind);
    else if (ind->ntargets)
        cli_indicator_checks(ind->targets, ind->ntargets, false, true);
    else
        fprintf(stderr, _("project %s has no targets (sif target add)\n"), p->code);
}

/* sif target list PROJECT [--json]: the targets with their ids, against the rows. */
static int target_list(const sif_cli *cli, int argc, char **argv)
{
    return cli_indicators_read(cli, &sif_cmd_target, argc, argv,
                               N_("Lists the project's targets with their ids and what the rows "
                                  "count for each.\n"),
                               N_("target list takes PROJECT"), list_show);
}

static const struct sif_subcmd subs[] = {
    {"add", ADD_USAGE, target_add},
    {"list", LIST_USAGE, target_list},
    {NULL, NULL, NULL},
};

const struct sif_cmd sif_cmd_target = {
    .subs = subs,
    .name = "target",
    .usage = N_("sif target add PROJECT OUTCOME COUNT ... | sif target list PROJECT [--json]"),
    .summary = N_("targets: how many participants, and how many to work, studies, ..."),
};
