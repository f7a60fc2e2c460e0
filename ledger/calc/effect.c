/* ledger/calc/effect.c — long-term effects: stored and listed, never counted. */
#include "../store_internal.h"

#include <string.h>
#include "sif/effect.h"

sif_status sif_effect_add(sif_store *st, int64_t batch, const char *project_code,
                          const sif_effect *e, int64_t *id, sif_error *err)
{
    sif_project p;
    sif_status rc = sif_project_find(st, project_code, &p, err);
    if (rc != SIF_OK ||
        (rc = sif_text_check(e->name, SIF_NAME_MAX, "name", err)) != SIF_OK ||
        (rc = sif_text_check(e->description, SIF_TEXT_MAX, "description", err)) != SIF_OK ||
        (rc = sif_text_check(e->per, sizeof e->per, "per", err)) != SIF_OK ||
        (rc = sif_text_check(e->source, SIF_TEXT_MAX, "source", err)) != SIF_OK)
        return rc;
    if (e->name[0] == '\0')
        return sif_error_set(err, SIF_ERR_USAGE, "an effect needs a name");
    if ((e->has_quantity && e->quantity < 0) || (e->has_unit_cost && e->unit_cost_ore < 0))
        return sif_error_set(err, SIF_ERR_DATA, "an effect's quantity and unit cost are >= 0");
    return sif_row_insert(st, batch, "effect",
                          "project_id, name, description, quantity, unit_cost_ore, per, source",
                          "IttPPtt", "add", p.code, NULL, id, err, p.id, e->name, e->description,
                          e->has_quantity ? &e->quantity : NULL,
                          e->has_unit_cost ? &e->unit_cost_ore : NULL, e->per, e->source);
}

sif_status sif_effect_list(sif_store *st, const char *project_code, sif_effect_fn fn, void *ctx,
                           sif_error *err)
{
    sqlite3_stmt *q;
    sif_status rc = sif_store_prepare(st,
        "SELECT e.id, e.name, e.description, e.quantity, e.unit_cost_ore, e.per, e.source"
        " FROM effect e JOIN project p ON p.id = e.project_id WHERE p.code = ? ORDER BY e.id",
        &q, err);
    if (rc != SIF_OK)
        return rc;
    sif_bind_text(q, 1, project_code);
    int step;
    while ((step = sqlite3_step(q)) == SQLITE_ROW) {
        sif_effect e;
        memset(&e, 0, sizeof e);
        e.id = sqlite3_column_int64(q, 0);
        sif_column_copy(q, 1, e.name, sizeof e.name);
        sif_column_copy(q, 2, e.description, sizeof e.description);
        e.has_quantity = sqlite3_column_type(q, 3) != SQLITE_NULL;
        e.quantity = sqlite3_column_int64(q, 3);
        e.has_unit_cost = sqlite3_column_type(q, 4) != SQLITE_NULL;
        e.unit_cost_ore = sqlite3_column_int64(q, 4);
        sif_column_copy(q, 5, e.per, sizeof e.per);
        sif_column_copy(q, 6, e.source, sizeof e.source);
        if (fn(ctx, &e))
            break;
    }
    if (step != SQLITE_ROW && step != SQLITE_DONE)
        rc = sif_store_error(st, step, err);
    sqlite3_finalize(q);
    return rc;
}
