/* ledger/check/check_periods.c — rows dated in a year that had been closed, written after
 * the close: while the year was reopened (the triggers refuse them while it is closed), or
 * in a table the triggers do not cover. Batches are numbered in the order they were
 * written, so "after the close" is a larger batch id than the close's. */
#include "check_internal.h"
#include "../intl.h"

static sif_status dated_row(chk *c, sqlite3_stmt *q, sif_error *err)
{
    long long n = sqlite3_column_int64(q, 3);
    int year = sqlite3_column_int(q, 1);
    return chk_add(c, SIF_FINDING_CLOSED_YEAR_CHANGED, sif_column_text(q, 0), err,
                   ngettext_("%lld %s row dated %d was written after %d was closed: compare it "
                             "with the closed accounts (sif log shows who and why it was reopened)",
                             "%lld %s rows dated %d were written after %d was closed: compare them "
                             "with the closed accounts (sif log shows who and why it was reopened)",
                             (unsigned long)n),
                   n, sif_column_text(q, 2), year, year);
}

/* The dated rows of every table; WHERE (F) limits each table's rows to one project, so that
 * a project's check reads its rows through the table's project index and no others. */
#define DATED(F) \
    "WITH dated(tbl, project_id, year, batch_id) AS (" \
    " SELECT 'cost', project_id, year, batch_id FROM cost" F " UNION ALL" \
    " SELECT 'saving', project_id, year, batch_id FROM saving" F " UNION ALL" \
    " SELECT 'repayment', project_id, year, batch_id FROM repayment" F " UNION ALL" \
    " SELECT 'control total', project_id, year, batch_id FROM control_total" F " UNION ALL" \
    " SELECT 'placement', project_id, year, batch_id FROM placement_record" F " UNION ALL" \
    " SELECT 'exit', project_id, CAST(substr(exit_date, 1, 4) AS INTEGER), batch_id" \
    "  FROM hh_exit" F " UNION ALL" \
    " SELECT 'decision', project_id, CAST(substr(date, 1, 4) AS INTEGER), batch_id" \
    "  FROM decision" F " UNION ALL" \
    " SELECT 'fund capital', NULL, year, batch_id FROM fund_capital)" \
    " SELECT coalesce(p.code, ''), d.year, d.tbl, COUNT(*) FROM dated d" \
    " LEFT JOIN project p ON p.id = d.project_id" \
    " WHERE d.year IS NOT NULL" \
    " AND EXISTS (SELECT 1 FROM period_event e WHERE e.year = d.year" \
    "  AND e.action = 'close' AND e.batch_id < d.batch_id)" \
    " GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"

sif_status chk_closed_year_changed(chk *c, sif_error *err)
{
    /* the fund's capital has no project: a project's check shows it too */
    if (c->project)
        return chk_each(c, DATED(" WHERE project_id = (SELECT id FROM project WHERE code = ?1)"),
                        dated_row, err);
    return chk_each(c, DATED(""), dated_row, err);
}
