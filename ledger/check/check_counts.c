/* ledger/check/check_counts.c — counts of people printed in a source (sif indicator control)
 * that differ from what the participant and outcome rows say (SPEC §12). Lists that do not
 * add up in real reports (1 + 1 + 2 + 15 = 19 stated as 18) are common; the ledger keeps
 * its rows and says where the source differs. */
#include "check_internal.h"
#include "../intl.h"

#include <stdio.h>
#include <string.h>
#include "sif/indicator.h"
#include "../intl.h"

static sif_status project_row(chk *c, sqlite3_stmt *q, sif_error *err)
{
    const char *code = sif_column_text(q, 0);
    sif_indicators *ind;
    sif_status rc = sif_indicators_build(c->st, code, &ind, err);
    for (size_t i = 0; rc == SIF_OK && i < ind->ncontrols; i++) {
        const sif_indicator_check *k = &ind->controls[i];
        if (k->difference == 0)
            continue;
        char sel[320] = "";
        size_t n = 0;
        if (k->sel.year)
            n += (size_t)snprintf(sel + n, sizeof sel - n, " %d", k->sel.year);
        if (k->sel.district[0] && n < sizeof sel)
            n += (size_t)snprintf(sel + n, sizeof sel - n, _(" in %s"), k->sel.district);
        if (k->sel.gender[0] && n < sizeof sel)
            snprintf(sel + n, sizeof sel - n, " (%s)",
                     sif_indicator_gender_label_in(sif_i18n_lang(), k->sel.gender));
        rc = chk_add(c, SIF_FINDING_COUNT_DIFFERENCE, code, err,
                     "%s%s: printed %lld, the rows count %lld, difference %+lld: check the "
                     "source's list; the ledger keeps its rows",
                     sif_indicator_what_label_in(sif_i18n_lang(), k->sel.what), sel, (long long)k->sel.count, (long long)k->actual,
                     (long long)k->difference);
    }
    sif_indicators_free(ind);
    return rc;
}

sif_status chk_count_difference(chk *c, sif_error *err)
{
    return chk_each(c,
        "SELECT DISTINCT p.code FROM project p JOIN count_control k ON k.project_id = p.id"
        " WHERE ?1 IS NULL OR p.code = ?1 ORDER BY p.code", project_row, err);
}
