/* ledger/cli/show_portfolio.c — a fund's projects per area, district and committee, as
 * `sif project list` and `sif fund show` print them (SPEC §12). */
#include "cli.h"

static void group_table(const char *title, const sif_portfolio_group *g, size_t n,
                        const sif_portfolio_group *total, bool capital, FILE *f)
{
    static const char *const heads[] = {"", N_("Projects"), N_("Granted"), N_("Spent"), N_("Loan"),
                                        N_("Grant"), N_("Savings"), N_("Capital")};
    size_t ncols = capital ? 8 : 7;
    cli_table *t = cli_table_new(ncols);
    for (size_t i = 0; i < ncols; i++)
        cli_table_head(t, i, i ? _(heads[i]) : title, i ? 'r' : 'l');
    for (size_t i = 0; i <= n; i++) {
        const sif_portfolio_group *x = i < n ? &g[i] : total;
        if (i == n)
            cli_table_rule(t);
        cli_table_row(t);
        cli_table_cell(t, i == n ? _("Total") : x->has_name ? x->name : _("(none)"));
        cli_table_cellf(t, "%lld", (long long)x->projects);
        cli_table_money(t, x->granted_ore);
        cli_table_money(t, x->spent_ore);
        cli_table_money(t, x->loan_ore);
        cli_table_money(t, x->grant_ore);
        cli_table_money(t, x->savings_ore);
        if (capital) {
            if (i == n || x->capital_ore == 0)
                cli_table_cell(t, "");
            else
                cli_table_money(t, x->capital_ore);
        }
    }
    cli_table_print(t, f);
    cli_table_free(t);
}

void cli_print_portfolio(const sif_portfolio *pf, FILE *f)
{
    group_table(_("Area"), pf->areas, pf->nareas, &pf->total, false, f);
    fputc('\n', f);
    group_table(_("District"), pf->districts, pf->ndistricts, &pf->total, false, f);
    fputc('\n', f);
    group_table(_("Committee"), pf->committees, pf->ncommittees, &pf->total, true, f);
}
