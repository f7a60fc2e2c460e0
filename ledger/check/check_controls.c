/* ledger/check/check_controls.c — printed totals (costs and savings) that differ from the
 * sum of the ledger's rows (SPEC §6.3). The ledger keeps its own sum; the finding says by how
 * much the source differs, and "rounding?" only where rounding can explain it (§11.6). */
#include "check_internal.h"

#include <stdio.h>
#include <string.h>
#include "sif/result.h"
#include "../intl.h"

static sif_status difference(chk *c, const char *project, const char *what, sif_ore printed,
                             sif_ore computed, sif_ore diff, int64_t cells, sif_error *err)
{
    char p[48], k[48], d[48];
    return chk_add(c, SIF_FINDING_CONTROL_DIFFERENCE, project, err,
                   "%s: printed %s, rows sum to %s, difference %s%s: check the source; the "
                   "ledger keeps the sum of its rows",
                   what, chk_kr(printed, p, sizeof p), chk_kr(computed, k, sizeof k),
                   chk_kr(diff, d, sizeof d),
                   sif_rounding_may_explain(diff, cells) ? _(" (rounding?)") : "");
}

static sif_status cost_controls(chk *c, const char *code, const sif_investment *inv,
                                sif_error *err)
{
    sif_status rc = SIF_OK;
    for (size_t i = 0; rc == SIF_OK && i < inv->ncontrols; i++) {
        const sif_control *ct = &inv->controls[i];
        if (ct->diff_ore == 0)
            continue;
        char what[64];
        if (strcmp(ct->scope, "year") == 0)
            snprintf(what, sizeof what, _("costs %d"), ct->year);
        else if (strcmp(ct->scope, "role") == 0)
            snprintf(what, sizeof what, _("costs of %s"), ct->role_code);
        else
            snprintf(what, sizeof what, "%s", _("total costs"));
        rc = difference(c, code, what, ct->printed_ore, ct->computed_ore, ct->diff_ore,
                        sif_control_cells(inv, ct), err);
    }
    return rc;
}

static sif_status project_row(chk *c, sqlite3_stmt *q, sif_error *err)
{
    const char *code = sif_column_text(q, 0);
    sif_result *r;
    sif_status rc = sif_result_build(c->st, code, NULL, &r, err);
    if (rc != SIF_OK)
        return rc;
    rc = cost_controls(c, code, r->investment, err);
    for (size_t i = 0; rc == SIF_OK && i < r->ncontrols; i++) {
        const sif_saving_control *ct = &r->controls[i];
        if (ct->diff_ore == 0)
            continue;
        char what[64];
        if (ct->category >= 0)
            snprintf(what, sizeof what, _("%s savings"), sif_category_label((sif_category)ct->category));
        else
            snprintf(what, sizeof what, "%s", _("savings"));
        rc = difference(c, code, what, ct->printed_ore, ct->computed_ore, ct->diff_ore,
                        (int64_t)r->nsavings, err);
    }
    sif_result_free(r);
    return rc;
}

sif_status chk_control_difference(chk *c, sif_error *err)
{
    return chk_each(c, "SELECT code FROM project WHERE ?1 IS NULL OR code = ?1 ORDER BY code",
                    project_row, err);
}
