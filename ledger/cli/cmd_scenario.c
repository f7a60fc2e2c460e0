/* ledger/cli/cmd_scenario.c — sif scenario: a project's repayment scenarios side by side. */
#include <string.h>
#include "commands.h"

static void json_row(cli_json *j, const sif_scenario_row *r)
{
    json_obj(j);
    json_key(j, "year"); json_int(j, r->year);
    json_key(j, "opening_ore"); json_int(j, r->opening_ore);
    json_key(j, "repayment_ore"); json_int(j, r->repayment_ore);
    json_key(j, "closing_ore"); json_int(j, r->closing_ore);
    json_key(j, "written_off_ore"); json_int(j, r->written_off_ore);
    json_key(j, "recorded"); json_bool(j, r->recorded);
    json_key(j, "written_off_decision");
    if (r->written_off_decision_id)
        json_int(j, r->written_off_decision_id);
    else
        json_null(j);
    json_key(j, "committee"); json_str(j, r->committee);
    json_key(j, "budget_effect_ore"); json_int(j, r->budget_effect_ore);
    json_key(j, "fund_balance_ore"); json_int(j, r->fund_balance_ore);
    json_key(j, "payers");
    json_arr(j);
    for (size_t i = 0; i < r->npayers; i++) {
        const sif_scenario_payer *p = &r->payers[i];
        json_obj(j);
        json_key(j, "committee"); json_str(j, p->committee);
        json_key(j, "repayment_ore"); json_int(j, p->repayment_ore);
        json_key(j, "cash_ore"); json_int(j, p->cash_ore);
        json_key(j, "budget_effect_ore"); json_int(j, p->budget_effect_ore);
        json_end_obj(j);
    }
    json_end_arr(j);
    json_end_obj(j);
}

static void print_json(const sif_scenarios *sc)
{
    cli_json j;
    json_init(&j, stdout);
    json_obj(&j);
    json_key(&j, "project"); json_str(&j, sc->project_code);
    json_key(&j, "loan_ore"); json_int(&j, sc->loan_ore);
    json_key(&j, "realised_ore"); json_int(&j, sc->realised_ore);
    json_key(&j, "cashable_ore"); json_int(&j, sc->cashable_ore);
    json_key(&j, "rule");
    json_obj(&j);
    json_key(&j, "years"); json_int(&j, sc->rule.years);
    json_key(&j, "first_year"); json_int(&j, sc->rule.first_year);
    json_key(&j, "partial_bp"); json_int(&j, sc->rule.partial_bp);
    json_end_obj(&j);
    json_key(&j, "scenarios");
    json_arr(&j);
    for (size_t i = 0; i < sc->nscenarios; i++) {
        const sif_scenario *s = &sc->scenarios[i];
        json_obj(&j);
        json_key(&j, "name"); json_str(&j, s->name);
        json_key(&j, "label"); json_str(&j, s->label);
        json_key(&j, "current"); json_bool(&j, s->current);
        json_key(&j, "repaid_ore"); json_int(&j, s->repaid_ore);
        json_key(&j, "written_off_ore"); json_int(&j, s->written_off_ore);
        json_key(&j, "outstanding_ore"); json_int(&j, s->outstanding_ore);
        json_key(&j, "decision");
        if (s->decision_id) {
            json_obj(&j);
            json_key(&j, "id"); json_int(&j, s->decision_id);
            json_key(&j, "draft"); json_bool(&j, s->decision_draft);
            json_key(&j, "date"); json_str(&j, s->decision_date);
            json_key(&j, "body"); json_str(&j, s->decision_body);
            json_key(&j, "reference"); json_str(&j, s->decision_reference);
            json_end_obj(&j);
        } else {
            json_null(&j);
        }
        json_key(&j, "schedule");
        json_arr(&j);
        for (size_t r = 0; r < s->nrows; r++)
            json_row(&j, &s->rows[r]);
        json_end_arr(&j);
        json_end_obj(&j);
    }
    json_end_arr(&j);
    json_end_obj(&j);
    json_done(&j);
}

void cli_print_scenarios_summary(const sif_scenarios *sc)
{
    char a[48], b[48], c[48];
    printf(_("%s — %s: repayment scenarios\n"), sc->project_code, sc->project_name);
    printf(_("Loan from the fund: %s. Realised cost reductions: %s, of which cash: %s.\n"),
           sif_ore_format(sc->loan_ore, a, sizeof a, SIF_FMT_KRONOR | SIF_FMT_KR),
           sif_ore_format(sc->realised_ore, b, sizeof b, SIF_FMT_KRONOR | SIF_FMT_KR),
           sif_ore_format(sc->cashable_ore, c, sizeof c, SIF_FMT_KRONOR | SIF_FMT_KR));
    printf(ngettext_("Rule: %d year from %d.\n", "Rule: %d years from %d.\n",
                     (unsigned long)sc->rule.years), sc->rule.years, sc->rule.first_year);
    cli_table *t = cli_table_new(5);
    cli_table_head(t, 0, _("Scenario"), 'l');
    cli_table_head(t, 1, _("Repaid"), 'r');
    cli_table_head(t, 2, _("Written off"), 'r');
    cli_table_head(t, 3, _("Left"), 'r');
    cli_table_head(t, 4, _("Status"), 'l');
    for (size_t i = 0; i < sc->nscenarios; i++) {
        const sif_scenario *s = &sc->scenarios[i];
        cli_table_row(t);
        cli_table_cellf(t, "%s (%s)", s->label, s->name);
        cli_table_money(t, s->repaid_ore);
        cli_table_money(t, s->written_off_ore);
        cli_table_money(t, s->outstanding_ore);
        cli_table_cell(t, s->current ? _("in force") : "");
    }
    cli_table_print(t, stdout);
    cli_table_free(t);
}

static void print_scenario(const sif_scenario *s)
{
    printf("\n%s (%s)%s%s\n", s->label, s->name, s->current ? " — " : "", s->current ? _("in force") : "");
    if (s->decision_id)
        printf("%s: %s %s, %s\n", s->decision_draft ? _("Proposed decision") : _("Decision"),
               s->decision_body, s->decision_reference, s->decision_date);
    static const char *const heads[] = {N_("Year"), N_("Opening"), N_("Repayment"), N_("Closing"),
                                        N_("Written off"), N_("Paying committee"),
                                        N_("Budget effect"), N_("Fund balance"), N_("Source")};
    cli_table *t = cli_table_new(9);
    for (size_t i = 0; i < 9; i++)
        cli_table_head(t, i, _(heads[i]), i == 0 || i == 5 || i == 8 ? 'l' : 'r');
    for (size_t r = 0; r < s->nrows; r++) {
        const sif_scenario_row *row = &s->rows[r];
        cli_table_row(t);
        cli_table_cellf(t, "%d", row->year);
        cli_table_money(t, row->opening_ore);
        cli_table_money(t, row->repayment_ore);
        cli_table_money(t, row->closing_ore);
        cli_table_money(t, row->written_off_ore);
        if (row->npayers > 1)
            cli_table_cellf(t, _("%s and others"), row->committee);
        else
            cli_table_cell(t, row->committee);
        cli_table_money(t, row->budget_effect_ore);
        cli_table_money(t, row->fund_balance_ore);
        /* what the books hold, against what is only planned */
        cli_table_cell(t, row->recorded ? _("booked") : _("plan"));
    }
    cli_table_print(t, stdout);
    cli_table_free(t);
}

static int cmd_scenario_run(const sif_cli *cli, int argc, char **argv)
{
    if (cli_wants_help(argc, argv))
        return cli_help(&sif_cmd_scenario,
                        "Scenarios: full, savings, cashable, partial:P (P percent: the rule's share,\n"
                        "default 50 %; --partial SHARE adds one, e.g. --partial 75 % or 0,75, and may\n"
                        "be given again), waived (the waiver\n"
                        "decision or its draft). Each shows per year the opening balance, the\n"
                        "repayment, the closing balance, what is written off, the paying committee\n"
                        "of that year, the effect on its budget (cash freed − repayment) and the\n"
                        "fund's balance. The rule comes from 'sif rule set'.\n");
    const char *code = NULL;
    bool json = false;
    int partial[16];
    size_t npartial = 0;
    sif_error err;
    sif_error_init(&err);
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--json") == 0) {
            json = true;
        } else if (strcmp(argv[i], "--partial") == 0 || strncmp(argv[i], "--partial=", 10) == 0) {
            const char *v = argv[i][9] == '=' ? argv[i] + 10 : (i + 1 < argc ? argv[++i] : NULL);
            if (v == NULL)
                return cli_usage(&sif_cmd_scenario, "--partial needs a share");
            if (npartial == sizeof partial / sizeof partial[0])
                return cli_usage(&sif_cmd_scenario, "too many --partial");
            if (sif_share_parse_bp(v, "--partial", &partial[npartial], &err) != SIF_OK)
                return cli_usage(&sif_cmd_scenario, "%s", err.msg);
            npartial++;
        } else if (argv[i][0] == '-') {
            return cli_usage(&sif_cmd_scenario, "unknown option %s", argv[i]);
        } else if (code == NULL) {
            code = argv[i];
        } else {
            return cli_usage(&sif_cmd_scenario, "unexpected argument %s", argv[i]);
        }
    }
    if (code == NULL)
        return cli_usage(&sif_cmd_scenario, "scenario takes a PROJECT");
    sif_store *st = NULL;
    sif_scenarios *sc = NULL;
    sif_status rc = cli_open(cli, SIF_STORE_READONLY, &st, &err);
    if (rc == SIF_OK && (rc = sif_read_begin(st, &err)) == SIF_OK) {
        rc = sif_scenarios_build(st, code, partial, npartial, &sc, &err);
        sif_read_end(st);
    }
    sif_store_close(st);
    if (rc != SIF_OK)
        return cli_fail(&err);
    if (json) {
        print_json(sc);
    } else {
        cli_print_scenarios_summary(sc);
        for (size_t i = 0; i < sc->nscenarios; i++)
            print_scenario(&sc->scenarios[i]);
    }
    sif_scenarios_free(sc);
    return 0;
}

const struct sif_cmd sif_cmd_scenario = {
    .name = "scenario",
    .usage = N_("sif scenario PROJECT [--json] [--partial SHARE]..."),
    .summary = N_("repayment scenarios of a project, side by side"),
    .run = cmd_scenario_run,
};
