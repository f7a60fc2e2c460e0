/* ledger/cli/cmd_indicator.c — sif indicator: a project's participants and outcomes by gender
 * and district, against its targets and the counts printed in its sources (SPEC §12). */
#include <string.h>
#include "commands.h"

static const char *district_name(const char *d)
{
    return d[0] ? d : "okänt";
}

static void json_row(cli_json *j, const sif_indicators *ind, const sif_indicator_row *r)
{
    json_obj(j);
    json_key(j, "total"); json_int(j, r->total);
    json_key(j, "by_gender");
    json_obj(j);
    for (int g = 0; g < SIF_GENDER_COUNT_; g++) {
        json_key(j, sif_gender_name((sif_gender)g));
        json_int(j, r->by_gender[g]);
    }
    json_end_obj(j);
    json_key(j, "by_district");
    json_obj(j);
    for (size_t d = 0; d < ind->ndistricts; d++) {
        json_key(j, district_name(ind->districts[d]));
        json_int(j, r->by_district[d]);
    }
    json_end_obj(j);
    json_end_obj(j);
}

static void json_opt_str(cli_json *j, const char *key, const char *v)
{
    json_key(j, key);
    json_str(j, v[0] ? v : NULL);
}

static void json_opt_year(cli_json *j, int year)
{
    json_key(j, "year");
    if (year)
        json_int(j, year);
    else
        json_null(j);
}

static void print_json(const sif_indicators *ind)
{
    cli_json j;
    json_init(&j, stdout);
    json_obj(&j);
    json_key(&j, "participants");
    json_row(&j, ind, &ind->rows[SIF_IND_PARTICIPANTS]);
    json_key(&j, "households"); json_int(&j, ind->households);
    json_key(&j, "participants_in_households"); json_int(&j, ind->linked);
    json_key(&j, "outcomes");
    json_obj(&j);
    for (int k = 0; k < SIF_OUTCOME_COUNT_; k++) {
        json_key(&j, sif_outcome_name((sif_outcome_kind)k));
        json_row(&j, ind, &ind->rows[k]);
    }
    json_end_obj(&j);
    json_key(&j, "targets");
    json_arr(&j);
    for (size_t i = 0; i < ind->ntargets; i++) {
        const sif_indicator_check *t = &ind->targets[i];
        json_obj(&j);
        json_key(&j, "outcome"); json_str(&j, t->sel.what);
        json_opt_year(&j, t->sel.year);
        json_opt_str(&j, "district", t->sel.district);
        json_opt_str(&j, "gender", t->sel.gender);
        json_key(&j, "target"); json_int(&j, t->sel.count);
        json_key(&j, "actual"); json_int(&j, t->actual);
        json_end_obj(&j);
    }
    json_end_arr(&j);
    json_key(&j, "controls");
    json_arr(&j);
    for (size_t i = 0; i < ind->ncontrols; i++) {
        const sif_indicator_check *c = &ind->controls[i];
        json_obj(&j);
        json_key(&j, "outcome"); json_str(&j, c->sel.what);
        json_opt_str(&j, "district", c->sel.district);
        json_opt_str(&j, "gender", c->sel.gender);
        json_opt_year(&j, c->sel.year);
        json_key(&j, "printed"); json_int(&j, c->sel.count);
        json_key(&j, "actual"); json_int(&j, c->actual);
        json_key(&j, "difference"); json_int(&j, c->difference);
        json_end_obj(&j);
    }
    json_end_arr(&j);
    json_end_obj(&j);
    json_done(&j);
}

static void count_table(const sif_indicators *ind)
{
    size_t ncols = 2 + SIF_GENDER_COUNT_ + ind->ndistricts;
    cli_table *t = cli_table_new(ncols);
    static const char *const g[] = {N_("Women"), N_("Men"), NC_("gender", "Other"),
                                    N_("Gender unknown")};
    cli_table_head(t, 0, "", 'l');
    cli_table_head(t, 1, _(NC_("people", "Total")), 'r');
    for (int i = 0; i < SIF_GENDER_COUNT_; i++)
        cli_table_head(t, 2 + (size_t)i, _(g[i]), 'r');
    for (size_t d = 0; d < ind->ndistricts; d++)
        cli_table_head(t, 2 + SIF_GENDER_COUNT_ + d,
                       ind->districts[d][0] ? ind->districts[d] : _("District unknown"), 'r');
    for (int k = -1; k < SIF_OUTCOME_COUNT_; k++) {
        const sif_indicator_row *r = &ind->rows[k < 0 ? SIF_IND_PARTICIPANTS : k];
        cli_table_row(t);
        cli_table_cell(t, k < 0 ? _("Participants") : sif_outcome_label((sif_outcome_kind)k));
        cli_table_cellf(t, "%lld", (long long)r->total);
        for (int i = 0; i < SIF_GENDER_COUNT_; i++)
            cli_table_cellf(t, "%lld", (long long)r->by_gender[i]);
        for (size_t d = 0; d < ind->ndistricts; d++)
            cli_table_cellf(t, "%lld", (long long)r->by_district[d]);
        if (k < 0)
            cli_table_rule(t);
    }
    cli_table_print(t, stdout);
    cli_table_free(t);
}

void cli_indicator_checks(const sif_indicator_check *c, size_t n, bool controls, bool ids)
{
    static const char *const heads[] = {N_("What"), N_("Year"), N_("District"), N_("Gender")};
    size_t first = ids ? 1 : 0, ncols = first + 7;
    cli_table *t = cli_table_new(ncols);
    if (ids)
        cli_table_head(t, 0, _("Id"), 'l');
    for (size_t i = 0; i < 4; i++)
        cli_table_head(t, first + i, _(heads[i]), 'l');
    cli_table_head(t, first + 4, controls ? _("Printed") : _("Target"), 'r');
    cli_table_head(t, first + 5, _("Actual"), 'r');
    cli_table_head(t, first + 6, controls ? _(NC_("count", "Difference")) : _("Left to target"),
                   'r');
    sif_lang lang = sif_i18n_lang();
    for (size_t i = 0; i < n; i++) {
        cli_table_row(t);
        if (ids)
            cli_table_cellf(t, "%lld", (long long)c[i].sel.id);
        cli_table_cell(t, sif_indicator_what_label_in(lang, c[i].sel.what));
        if (c[i].sel.year)
            cli_table_cellf(t, "%d", c[i].sel.year);
        else
            cli_table_cell(t, _("all"));
        cli_table_cell(t, c[i].sel.district[0] ? c[i].sel.district : _("all"));
        cli_table_cell(t, c[i].sel.gender[0] ? sif_indicator_gender_label_in(lang, c[i].sel.gender)
                                             : _("all"));
        cli_table_cellf(t, "%lld", (long long)c[i].sel.count);
        cli_table_cellf(t, "%lld", (long long)c[i].actual);
        if (controls)
            cli_table_cellf(t, "%+lld", (long long)c[i].difference);
        else
            cli_table_cellf(t, "%lld", (long long)(c[i].difference < 0 ? -c[i].difference : 0));
    }
    cli_table_print(t, stdout);
    cli_table_free(t);
}

static void print_text(const sif_project *p, const sif_indicators *ind)
{
    printf(_("%s — %s: participants and outcomes (latest status per participant)"), p->code,
           p->name);
    printf("\n\n");
    count_table(ind);
    if (ind->linked) {
        printf("\n");
        printf(_("%lld participants belong to %lld households in the ledger."),
               (long long)ind->linked, (long long)ind->households);
        printf("\n");
    }
    if (ind->ntargets) {
        printf("\n%s\n", _("Targets"));
        cli_indicator_checks(ind->targets, ind->ntargets, false, false);
    }
    if (ind->ncontrols) {
        printf("\n%s\n", _("Printed counts (controls)"));
        cli_indicator_checks(ind->controls, ind->ncontrols, true, false);
    }
}

static void show(const sif_project *p, const sif_indicators *ind, bool json)
{
    if (json)
        print_json(ind);
    else
        print_text(p, ind);
}

static int cmd_indicator_run(const sif_cli *cli, int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "control") == 0)
        return cli_target_entry(cli, &sif_cmd_indicator, argc - 1, argv + 1, true);
    return cli_indicators_read(
        cli, &sif_cmd_indicator, argc, argv,
        N_("sif indicator PROJECT [--json]: participants and their outcomes by gender\n"
           "and district (an outcome counts the participants whose latest status it\n"
           "is), against the project's targets and printed counts.\n"
           "sif indicator control PROJECT OUTCOME COUNT [--district D] [--gender G]\n"
           "[--year YEAR] [--note TEXT]: keep a count printed in a source (OUTCOME,\n"
           "or deltagare for participants); a difference is a sif check finding.\n"),
        N_("indicator needs a PROJECT"), show);
}

const struct sif_cmd sif_cmd_indicator = {
    .name = "indicator",
    .usage = N_("sif indicator PROJECT [--json] | sif indicator control PROJECT OUTCOME COUNT ..."),
    .summary = N_("participants and outcomes by gender and district, against targets"),
    .run = cmd_indicator_run,
};
