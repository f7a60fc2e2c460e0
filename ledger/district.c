/* ledger/district.c — a district in the spelling the ledger already has (district.h). */
#include "district.h"
#include "memo.h"

#include <stdio.h>
#include <string.h>
#include "sif/entity.h"
#include "sif/fold.h"

sif_status sif_district_spelling(sif_store *st, int64_t project_id, const char *district,
                                 char *out, size_t size, sif_error *err)
{
    snprintf(out, size, "%s", district);
    if (district[0] == '\0')
        return SIF_OK;
    char want[SIF_NAME_MAX], have[SIF_NAME_MAX], spelled[SIF_NAME_MAX];
    sif_fold(district, strlen(district), want, sizeof want);
    /* once per district and project in a write: the query reads the project's rows, and an
     * import asks for every row */
    sif_memo *memo = sif_store_memo(st);
    if (sif_memo_get(memo, SIF_MEMO_DISTRICT, project_id, want, spelled, sizeof spelled)) {
        snprintf(out, size, "%s", spelled);
        return SIF_OK;
    }
    sqlite3_stmt *s;
    sif_status rc = sif_store_prepare(st,
        "SELECT district FROM (SELECT district, 0 AS o, id FROM project_place"
        " WHERE district IS NOT NULL AND district <> ''"
        " UNION ALL SELECT district, 1, id FROM participant WHERE project_id = ?1"
        " AND district IS NOT NULL AND district <> ''"
        " UNION ALL SELECT d.district, 2, d.id FROM hh_exit_district d"
        " JOIN hh_exit e ON e.id = d.exit_id WHERE e.project_id = ?1) ORDER BY o, id", &s, err);
    if (rc != SIF_OK)
        return rc;
    sqlite3_bind_int64(s, 1, project_id);
    int step;
    while ((step = sqlite3_step(s)) == SQLITE_ROW) {
        const char *d = (const char *)sqlite3_column_text(s, 0);
        if (d == NULL)
            continue;
        sif_fold(d, strlen(d), have, sizeof have);
        if (strcmp(have, want) == 0) {
            snprintf(out, size, "%s", d);
            break;
        }
    }
    if (step != SQLITE_ROW && step != SQLITE_DONE)
        rc = sif_store_error(st, step, err);
    sqlite3_finalize(s);
    if (rc == SIF_OK) {
        /* found, or the row about to be written with it: the write's spelling from now on */
        snprintf(spelled, sizeof spelled, "%s", out);
        sif_memo_put(memo, SIF_MEMO_DISTRICT, project_id, want, spelled, sizeof spelled);
    }
    return rc;
}
