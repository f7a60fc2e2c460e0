/* ledger/check/check_years.c — entries dated outside a project's years: costs before its
 * start or after its end, savings before its start. Savings after the end are the point of
 * the project and are not findings. A year whose entries were reversed to zero is clean. */
#include "check_internal.h"

#include <stdio.h>
#include "../intl.h"

static sif_status cost_row(chk *c, sqlite3_stmt *q, sif_error *err)
{
    char amount[48];
    const char *code = sif_column_text(q, 0);
    int year = sqlite3_column_int(q, 1);
    int start = sqlite3_column_int(q, 3), end = sqlite3_column_int(q, 4);
    char span[32];
    if (start && end)
        snprintf(span, sizeof span, "%d–%d", start, end);
    else if (start)
        snprintf(span, sizeof span, _("from %d"), start);
    else
        snprintf(span, sizeof span, _("up to %d"), end);
    return chk_add(c, SIF_FINDING_COST_OUTSIDE_YEARS, code, err,
                   "costs of %s in %d lie outside the project's years (%s): correct the year "
                   "(sif cost reverse, then add it again) or the project's years",
                   chk_kr(sqlite3_column_int64(q, 2), amount, sizeof amount), year, span);
}

sif_status chk_cost_outside_years(chk *c, sif_error *err)
{
    return chk_each(c,
        "SELECT p.code, k.year, SUM(k.amount_ore), coalesce(p.start_year, 0),"
        " coalesce(p.end_year, 0) FROM cost k JOIN project p ON p.id = k.project_id"
        " WHERE (?1 IS NULL OR p.code = ?1)"
        " AND (k.year < p.start_year OR k.year > p.end_year)"
        " GROUP BY p.code, k.year HAVING SUM(k.amount_ore) != 0 ORDER BY p.code, k.year",
        cost_row, err);
}

static sif_status saving_row(chk *c, sqlite3_stmt *q, sif_error *err)
{
    char amount[48];
    return chk_add(c, SIF_FINDING_SAVING_BEFORE_START, sif_column_text(q, 0), err,
                   "savings of %s in %d lie before the project started in %d: correct the year "
                   "(sif saving reverse, then add it again)",
                   chk_kr(sqlite3_column_int64(q, 2), amount, sizeof amount),
                   sqlite3_column_int(q, 1), sqlite3_column_int(q, 3));
}

sif_status chk_saving_before_start(chk *c, sif_error *err)
{
    return chk_each(c,
        "SELECT p.code, s.year, SUM(s.amount_ore), p.start_year FROM saving s"
        " JOIN project p ON p.id = s.project_id"
        " WHERE (?1 IS NULL OR p.code = ?1) AND s.year < p.start_year"
        " GROUP BY p.code, s.year HAVING SUM(s.amount_ore) != 0 ORDER BY p.code, s.year",
        saving_row, err);
}
