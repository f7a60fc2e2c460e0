/* ledger/check/check_households.c — one household's exit from benefit counted by two
 * projects for overlapping months (SPEC §4, §11.1). An exit counts for a project when the
 * project books a benefit saving in the exit's year or later. Its window is twelve months
 * from the exit (the schablon convention); with the records method it runs to the horizon,
 * so a later exit of the same household always overlaps it. Within one project the
 * household-month rule refuses the second saving; across projects it is this finding. */
#include "check_internal.h"
#include "../intl.h"

static sif_status pair_row(chk *c, sqlite3_stmt *q, sif_error *err)
{
    long long n = sqlite3_column_int64(q, 2);
    return chk_add(c, SIF_FINDING_HOUSEHOLD_DOUBLE, sif_column_text(q, 1), err,
                   ngettext_("%lld household is counted by both %s and %s for overlapping months "
                             "(e.g. %s, exit %s): count each exit in one project only and "
                             "recompute the other's saving (sif saving compute --replace ID)",
                             "%lld households are counted by both %s and %s for overlapping "
                             "months (e.g. %s, exit %s): count each exit in one project only and "
                             "recompute the other's saving (sif saving compute --replace ID)",
                             (unsigned long)n),
                   n, sif_column_text(q, 0), sif_column_text(q, 1),
                   sif_column_text(q, 3), sif_column_text(q, 4));
}

sif_status chk_household_double(chk *c, sif_error *err)
{
    return chk_each(c,
        "WITH counted AS ("
        "  SELECT e.household, e.exit_date, p.code, p.id AS pid,"
        "   coalesce((SELECT max(s.method = 'benefit_records') FROM saving s"
        "    WHERE s.project_id = e.project_id AND s.category = 'benefit'), 0) AS rec"
        "  FROM hh_exit e JOIN project p ON p.id = e.project_id"
        "  WHERE (?1 IS NULL OR e.household IN (SELECT x.household FROM hh_exit x"
        "   WHERE x.project_id = (SELECT id FROM project WHERE code = ?1)))"
        "  AND (SELECT coalesce(SUM(s.amount_ore), 0) FROM saving s"
        "    WHERE s.project_id = e.project_id AND s.category = 'benefit'"
        "    AND s.year >= CAST(substr(e.exit_date, 1, 4) AS INTEGER)) > 0)"
        " SELECT a.code, b.code, COUNT(*), min(b.household), min(b.exit_date)"
        " FROM counted a JOIN counted b ON b.household = a.household AND b.pid != a.pid"
        " AND (a.exit_date < b.exit_date OR (a.exit_date = b.exit_date AND a.pid < b.pid))"
        " WHERE (b.exit_date < date(a.exit_date, '+12 months') OR a.rec)"
        " AND (?1 IS NULL OR a.code = ?1 OR b.code = ?1)"
        " GROUP BY a.code, b.code ORDER BY a.code, b.code",
        pair_row, err);
}
