/* ledger/cli/show_investment.c — the role × year table of SPEC §2 on a terminal, with
 * funding sources and control totals. */
#include <string.h>
#include "cli.h"

/* Characters, not bytes: a source may be named "other:Stadsdelsförvaltning". */
static size_t chars(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

void cli_print_investment(const sif_project *p, const sif_investment *inv)
{
    printf(_("%s — %s: investment cost per role and year (kr)\n\n"), p->code, p->name);
    cli_table *t = cli_table_new(inv->nroles + 2);
    cli_table_head(t, 0, _("Year"), 'l');
    for (size_t r = 0; r < inv->nroles; r++)
        cli_table_head(t, r + 1, inv->roles[r].title, 'r');
    cli_table_head(t, inv->nroles + 1, _("Total"), 'r');
    char buf[48];
    for (size_t yi = inv->nyears; yi-- > 0;) {
        cli_table_row(t);
        cli_table_cellf(t, "%d", inv->years[yi]);
        for (size_t r = 0; r < inv->nroles; r++)
            cli_table_cell(t, sif_ore_format(inv->cells[r * inv->nyears + yi], buf, sizeof buf,
                                             SIF_FMT_KRONOR));
        cli_table_cell(t, sif_ore_format(inv->year_totals[yi], buf, sizeof buf, SIF_FMT_KRONOR));
    }
    cli_table_rule(t);
    cli_table_row(t);
    cli_table_cell(t, _("Total"));
    for (size_t r = 0; r < inv->nroles; r++)
        cli_table_cell(t, sif_ore_format(inv->role_totals[r], buf, sizeof buf, SIF_FMT_KRONOR));
    cli_table_cell(t, sif_ore_format(inv->total, buf, sizeof buf, SIF_FMT_KRONOR));
    cli_table_print(t, stdout);
    cli_table_free(t);

    if (inv->nfunding > 1 || (inv->nfunding == 1 && strcmp(inv->funding[0], "fund") != 0)) {
        printf("\n%s\n", _("Funding:"));
        size_t wn = 0, wa = 0;
        char src[96];
        for (size_t i = 0; i < inv->nfunding; i++) {
            size_t n = chars(sif_funding_label(inv->funding[i], src, sizeof src));
            size_t a = strlen(sif_ore_format(inv->funding_totals[i], buf, sizeof buf,
                                             SIF_FMT_KRONOR));
            wn = n > wn ? n : wn;
            wa = a > wa ? a : wa;
        }
        for (size_t i = 0; i < inv->nfunding; i++) {
            sif_funding_label(inv->funding[i], src, sizeof src);
            printf("  %s%*s  %*s\n", src, (int)(wn - chars(src)), "", (int)wa,
                   sif_ore_format(inv->funding_totals[i], buf, sizeof buf, SIF_FMT_KRONOR));
        }
    }
    if (inv->ncontrols == 0)
        return;
    printf("\n%s\n", _("Control totals (printed against computed):"));
    for (size_t i = 0; i < inv->ncontrols; i++) {
        const sif_control *c = &inv->controls[i];
        char pr[48], comp[48], d[48], what[64];
        if (strcmp(c->scope, "year") == 0)
            snprintf(what, sizeof what, "%d", c->year);
        else if (strcmp(c->scope, "role") == 0)
            snprintf(what, sizeof what, "%s", c->role_code);
        else
            snprintf(what, sizeof what, "%s", _("Total"));
        /* the sums in whole kronor like the table above; the difference in öre when it
         * is not whole kronor (SPEC §11.6) */
        sif_ore_format(c->printed_ore, pr, sizeof pr, SIF_FMT_KRONOR);
        sif_ore_format(c->computed_ore, comp, sizeof comp, SIF_FMT_KRONOR);
        sif_ore_format(c->diff_ore < 0 ? -c->diff_ore : c->diff_ore, d, sizeof d, SIF_FMT_AUTO);
        if (c->diff_ore == 0)
            printf(_("  %-6s printed %s, the rows sum to %s: agrees\n"), what, pr, comp);
        else
            printf(_("  %-6s printed %s, the rows sum to %s, difference %s%s kr%s\n"), what, pr,
                   comp, c->diff_ore < 0 ? "-" : "", d,
                   sif_control_may_be_rounding(inv, c) ? _(" — rounding?") : "");
    }
}

