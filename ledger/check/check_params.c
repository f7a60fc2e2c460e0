/* ledger/check/check_params.c — two values for one parameter key, scope and year: the
 * ledger uses the later row, but a reader of the earlier report saw the other one.
 * Two rows with the same value are not a conflict. */
#include "check_internal.h"
#include "sif/param.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include "../intl.h"

static const char *value_text(const char *kind, int64_t num, int64_t den, char *buf, size_t size)
{
    if (strcmp(kind, "ore") == 0)
        return chk_kr(num, buf, size);
    if (strcmp(kind, "ratio") == 0)
        snprintf(buf, size, "%" PRId64 "/%" PRId64, num, den);
    else
        snprintf(buf, size, "%" PRId64, num);
    return buf;
}

static sif_status param_row(chk *c, sqlite3_stmt *q, sif_error *err)
{
    char years[32], va[48], vb[48];
    int from = sqlite3_column_int(q, 4), to = sqlite3_column_int(q, 5);
    if (from && from == to)
        snprintf(years, sizeof years, "%d", from);
    else if (from && to)
        snprintf(years, sizeof years, "%d–%d", from, to);
    else if (from)
        snprintf(years, sizeof years, _("from %d"), from);
    else if (to)
        snprintf(years, sizeof years, _("up to %d"), to);
    else
        snprintf(years, sizeof years, "%s", _("every year"));
    char kind_a[8], kind_b[8];
    sif_column_copy(q, 6, kind_a, sizeof kind_a);
    sif_column_copy(q, 9, kind_b, sizeof kind_b);
    return chk_add(c, SIF_FINDING_CONFLICTING_PARAMETER, sif_column_text(q, 1), err,
                   "parameter %s (%s) has two values, %s (row %lld) and %s (row %lld), and the "
                   "later one is used: keep the right one with sif param set --replace",
                   sif_column_text(q, 0), years,
                   value_text(kind_a, sqlite3_column_int64(q, 7), sqlite3_column_int64(q, 8),
                              va, sizeof va),
                   (long long)sqlite3_column_int64(q, 2),
                   value_text(kind_b, sqlite3_column_int64(q, 10), sqlite3_column_int64(q, 11),
                              vb, sizeof vb),
                   (long long)sqlite3_column_int64(q, 3));
}

sif_status chk_conflicting_parameter(chk *c, sif_error *err)
{
    /* overlapping years within one scope (a project, or every project); a general value
     * is shown with the project's own findings too, since it applies to the project */
    return chk_each(c,
        "SELECT a.key, coalesce(p.code, ''), a.id, b.id,"
        " coalesce(max(a.year_from, b.year_from), a.year_from, b.year_from, 0),"
        " coalesce(min(a.year_to, b.year_to), a.year_to, b.year_to, 0),"
        " a.kind, a.num, a.den, b.kind, b.num, b.den"
        " FROM param a JOIN param b ON b.key = a.key AND b.id > a.id"
        " AND a.project_id IS b.project_id"
        " AND coalesce(a.year_from, 0) <= coalesce(b.year_to, 9999)"
        " AND coalesce(b.year_from, 0) <= coalesce(a.year_to, 9999)"
        " LEFT JOIN project p ON p.id = a.project_id"
        " WHERE (?1 IS NULL OR a.project_id IS NULL OR p.code = ?1)"
        " AND (a.kind != b.kind OR a.num != b.num OR a.den != b.den)"
        /* a value replaced on purpose (param set --replace) is no conflict */
        " AND NOT EXISTS (SELECT 1 FROM batch bb WHERE bb.id = b.batch_id"
        "  AND bb.note = '" SIF_PARAM_REPLACE_NOTE "')"
        " ORDER BY coalesce(p.code, ''), a.key, a.id, b.id",
        param_row, err);
}
