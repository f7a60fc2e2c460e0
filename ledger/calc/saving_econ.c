/* ledger/calc/saving_econ.c — agency shares, price year and confidence of a saving
 * (saving_econ.h). */
#include "../store_internal.h"

#include <stdio.h>
#include <string.h>
#include "sif/saving.h"
#include "sif/saving_econ.h"
#include "../intl.h"

static const struct {
    const char *name, *label, *alt1, *alt2;
} grades[SIF_CONFIDENCE_COUNT_] = {
    {"", "", "", ""},
    {"high", N_("high"), "hog", "hög"},
    {"medium", N_("medium"), "medel", "mellan"},
    {"low", N_("low"), "lag", "låg"},
};

const char *sif_confidence_name(sif_confidence c)
{
    return (unsigned)c < SIF_CONFIDENCE_COUNT_ ? grades[c].name : "";
}

const char *sif_confidence_label(sif_confidence c)
{
    return (unsigned)c < SIF_CONFIDENCE_COUNT_ && grades[c].label[0] ? _(grades[c].label) : "";
}

sif_status sif_confidence_parse(const char *text, sif_confidence *out, sif_error *err)
{
    for (int i = 1; i < SIF_CONFIDENCE_COUNT_; i++)
        if (strcmp(text, grades[i].name) == 0 || strcmp(text, grades[i].alt1) == 0 ||
            strcmp(text, grades[i].alt2) == 0) {
            *out = (sif_confidence)i;
            return SIF_OK;
        }
    return sif_error_set(err, SIF_ERR_DATA, "unknown confidence grade \"%s\" (high, medium, "
                         "low)", text);
}

const char *sif_confidence_param_key(sif_confidence c)
{
    static const char *const keys[SIF_CONFIDENCE_COUNT_] = {
        NULL, "adj_confidence_high", "adj_confidence_medium", "adj_confidence_low"};
    return (unsigned)c < SIF_CONFIDENCE_COUNT_ ? keys[c] : NULL;
}

void sif_saving_econ_default(sif_saving_econ *e)
{
    memset(e, 0, sizeof *e);
    sif_agency_default(&e->agencies);
}

bool sif_saving_econ_is_default(const sif_saving_econ *e)
{
    return sif_agency_is_default(&e->agencies) && e->price_year == 0 &&
           e->confidence == SIF_CONFIDENCE_NONE;
}

sif_status sif_saving_econ_set(sif_store *st, int64_t batch, int64_t saving_id,
                               const sif_saving_econ *e, sif_error *err)
{
    if (sif_saving_econ_is_default(e))
        return SIF_OK;
    if (e->price_year && (e->price_year < 1900 || e->price_year > 2999))
        return sif_error_about(err, SIF_FIELD_YEAR, sif_error_set(err, SIF_ERR_DATA,
                               "price year %d is not a year", e->price_year));
    char text[SIF_AGENCY_TEXT_MAX];
    sif_agency_format(&e->agencies, text, sizeof text);
    return sif_row_insert(st, batch, "saving_econ", "saving_id, agencies, price_year, confidence",
                          "Ityt", "add", text, "the saving already has its agencies", NULL, err,
                          saving_id, text, e->price_year, sif_confidence_name(e->confidence));
}

sif_status sif_saving_econ_get(sif_store *st, int64_t saving_id, sif_saving_econ *out,
                               sif_error *err)
{
    sif_saving_econ_default(out);
    sqlite3_stmt *q;
    sif_status rc = sif_store_prepare(st,
        "SELECT e.agencies, coalesce(e.price_year, 0), coalesce(e.confidence, '')"
        " FROM saving s JOIN saving_econ e ON e.saving_id = coalesce(s.reverses, s.id)"
        " WHERE s.id = ?", &q, err);
    if (rc != SIF_OK)
        return rc;
    sqlite3_bind_int64(q, 1, saving_id);
    int step = sqlite3_step(q);
    if (step == SQLITE_ROW) {
        rc = sif_agency_parse(sif_column_text(q, 0), &out->agencies, err);
        out->price_year = sqlite3_column_int(q, 1);
        const char *c = sif_column_text(q, 2);
        if (rc == SIF_OK && c[0])
            rc = sif_confidence_parse(c, &out->confidence, err);
    } else if (step != SQLITE_DONE) {
        rc = sif_store_error(st, step, err);
    }
    sqlite3_finalize(q);
    return rc;
}

sif_status sif_param_econ_set(sif_store *st, int64_t batch, int64_t param_id,
                              const sif_param_econ *e, sif_error *err)
{
    if (e->price_year == 0 && e->confidence == SIF_CONFIDENCE_NONE)
        return SIF_OK;
    if (e->price_year && (e->price_year < 1800 || e->price_year > 2999))
        return sif_error_set(err, SIF_ERR_DATA, "price year %d is not a year", e->price_year);
    return sif_row_insert(st, batch, "param_econ", "param_id, price_year, confidence", "Iyt",
                          "add", NULL, "the parameter already has its price year", NULL, err,
                          param_id, e->price_year, sif_confidence_name(e->confidence));
}

sif_status sif_param_econ_get(sif_store *st, int64_t param_id, sif_param_econ *out,
                              sif_error *err)
{
    memset(out, 0, sizeof *out);
    sqlite3_stmt *q;
    sif_status rc = sif_store_prepare(st,
        "SELECT coalesce(price_year, 0), coalesce(confidence, '') FROM param_econ"
        " WHERE param_id = ?", &q, err);
    if (rc != SIF_OK)
        return rc;
    sqlite3_bind_int64(q, 1, param_id);
    int step = sqlite3_step(q);
    if (step == SQLITE_ROW) {
        out->price_year = sqlite3_column_int(q, 0);
        const char *c = sif_column_text(q, 1);
        if (c[0])
            rc = sif_confidence_parse(c, &out->confidence, err);
    } else if (step != SQLITE_DONE) {
        rc = sif_store_error(st, step, err);
    }
    sqlite3_finalize(q);
    return rc;
}

sif_status sif_saving_econ_from_params(sif_store *st, const sif_saving_calc *c,
                                       sif_saving_econ *e, sif_error *err)
{
    if (c == NULL)
        return SIF_OK;
    const bool own_year = e->price_year != 0, own_grade = e->confidence != SIF_CONFIDENCE_NONE;
    for (size_t i = 0; i < c->nparams; i++) {
        sif_param_econ pe;
        sif_status rc = sif_param_econ_get(st, c->params[i], &pe, err);
        if (rc != SIF_OK)
            return rc;
        if (!own_year && e->price_year == 0 && pe.price_year)
            e->price_year = pe.price_year;
        if (!own_grade && pe.confidence > e->confidence)
            e->confidence = pe.confidence;   /* low is the largest: the lowest grade wins */
    }
    return SIF_OK;
}

sif_status sif_saving_params_set(sif_store *st, int64_t batch, int64_t saving_id,
                                 const sif_saving_calc *c, sif_error *err)
{
    sif_status rc = SIF_OK;
    for (size_t i = 0; c && rc == SIF_OK && i < c->nparams; i++) {
        char detail[64];
        snprintf(detail, sizeof detail, "%lld <- %lld", (long long)saving_id,
                 (long long)c->params[i]);
        rc = sif_row_insert(st, batch, "saving_param", "saving_id, param_id", "II", "add",
                            detail, "the saving already names that unit cost", NULL, err,
                            saving_id, c->params[i]);
    }
    return rc;
}

sif_status sif_saving_params_get(sif_store *st, int64_t saving_id, int64_t *ids, size_t max,
                                 size_t *n, sif_error *err)
{
    *n = 0;
    sqlite3_stmt *q;
    sif_status rc = sif_store_prepare(st,
        "SELECT sp.param_id FROM saving s JOIN saving_param sp"
        " ON sp.saving_id = coalesce(s.reverses, s.id) WHERE s.id = ? ORDER BY sp.param_id",
        &q, err);
    if (rc != SIF_OK)
        return rc;
    sqlite3_bind_int64(q, 1, saving_id);
    int step;
    while ((step = sqlite3_step(q)) == SQLITE_ROW)
        if (*n < max)
            ids[(*n)++] = sqlite3_column_int64(q, 0);
    if (step != SQLITE_DONE)
        rc = sif_store_error(st, step, err);
    sqlite3_finalize(q);
    return rc;
}
