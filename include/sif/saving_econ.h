/* include/sif/saving_econ.h — what SPEC §13 adds to a saving and a unit cost: who gains
 * (agency shares), the year of its prices and the confidence grade of its evidence.
 *
 * @code
 *     sif_saving_econ e;
 *     sif_saving_econ_default(&e);                         // kommun 100 %, no year, no grade
 *     sif_agency_parse("kommun=70%,region=30%", &e.agencies, &err);
 *     e.confidence = SIF_CONFIDENCE_LOW;
 *     sif_saving_add(st, batch, &s, calc, &id, &err);
 *     sif_saving_econ_set(st, batch, id, &e, &err);        // same write, same batch
 *     sif_saving_econ_get(st, id, &e, &err);
 * @endcode
 *
 * The row lives beside the saving (table saving_econ), is written in the saving's own
 * transaction and never changed. A saving without one has the defaults. A reversal has the
 * row of the saving it reverses, so the two net out agency by agency.
 */
#ifndef SIF_SAVING_ECON_H
#define SIF_SAVING_ECON_H

#include <stdbool.h>
#include <stdint.h>
#include "sif/agency.h"
#include "sif/store.h"

typedef enum sif_confidence {
    SIF_CONFIDENCE_NONE = 0, /* no grade: no haircut */
    SIF_CONFIDENCE_HIGH,     /* "high" (hög) */
    SIF_CONFIDENCE_MEDIUM,   /* "medium" (medel) */
    SIF_CONFIDENCE_LOW,      /* "low" (låg) */
    SIF_CONFIDENCE_COUNT_
} sif_confidence;

/* "high", "medium", "low" ("" for none); Swedish "hög", "medel", "låg". */
const char *sif_confidence_name(sif_confidence c);
const char *sif_confidence_label(sif_confidence c);
/* Accepts the English and Swedish words (hog, hög, medel, lag, låg). */
sif_status sif_confidence_parse(const char *text, sif_confidence *out, sif_error *err);
/* The parameter key of a grade's haircut: "adj_confidence_high", ... (NULL for none). */
const char *sif_confidence_param_key(sif_confidence c);

typedef struct sif_saving_econ {
    sif_agency_shares agencies;  /* default kommun = 1 */
    int price_year;              /* the year of its prices; 0 = none stated */
    sif_confidence confidence;
} sif_saving_econ;

void sif_saving_econ_default(sif_saving_econ *e);
bool sif_saving_econ_is_default(const sif_saving_econ *e);

/* Write e for saving_id in the open write (batch): nothing when e is the default. */
sif_status sif_saving_econ_set(sif_store *st, int64_t batch, int64_t saving_id,
                               const sif_saving_econ *e, sif_error *err);
/* The row of saving_id (of the saving it reverses, for a reversal), else the defaults. */
sif_status sif_saving_econ_get(sif_store *st, int64_t saving_id, sif_saving_econ *out,
                               sif_error *err);

/* SPEC §13: a computed saving takes what it does not state itself from the unit costs it
 * was computed from (c->params): the price year of the first that states one, and the
 * lowest confidence grade among them (so its haircut applies). *e is changed in place. */
struct sif_saving_calc;
/* Record, in the open write, that saving_id was computed from the parameter rows c->params
 * (table saving_param, one row each, journaled). */
sif_status sif_saving_params_set(sif_store *st, int64_t batch, int64_t saving_id,
                                 const struct sif_saving_calc *c, sif_error *err);
/* The parameter ids saving_id (or the saving it reverses) was computed from, at most max
 * into ids, in id order; their number in *n. */
sif_status sif_saving_params_get(sif_store *st, int64_t saving_id, int64_t *ids, size_t max,
                                 size_t *n, sif_error *err);
sif_status sif_saving_econ_from_params(sif_store *st, const struct sif_saving_calc *c,
                                       sif_saving_econ *e, sif_error *err);

/* A unit cost's (parameter's) price year and confidence grade, beside the parameter row
 * (table param_econ), written with it and never changed. */
typedef struct sif_param_econ {
    int price_year;              /* 0 = none stated */
    sif_confidence confidence;
} sif_param_econ;

/* Write e for param_id in the open write: nothing when both are unset. */
sif_status sif_param_econ_set(sif_store *st, int64_t batch, int64_t param_id,
                              const sif_param_econ *e, sif_error *err);
/* The row of param_id, else zeros. */
sif_status sif_param_econ_get(sif_store *st, int64_t param_id, sif_param_econ *out,
                              sif_error *err);

#endif
