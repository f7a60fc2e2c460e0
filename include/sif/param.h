/* include/sif/param.h — unit costs and other parameters (à-priser, schabloner), versioned.
 *
 * @code
 *     sif_param p;
 *     sif_param_init(&p, SIF_PARAM_BENEFIT_MONTH, SIF_PARAM_ORE, 900000);  // 9 000 kr
 *     p.year_from = 2014;
 *     snprintf(p.source, sizeof p.source, "Hela Familjen Innerstaden slutrapport 2016-10-05");
 *     sif_param_set(st, batch, &p, NULL, &err);
 *     sif_param_get(st, SIF_PARAM_BENEFIT_MONTH, "HFO", 2017, &p, &err);    // the value in force
 * @endcode
 *
 * A parameter row is never changed: a new value is a new row. For a key, a project and a
 * year the value in force is the latest row (highest id) whose years cover that year,
 * a row for that project winning over a row for every project. A saving stores the values
 * it used among its own inputs (saving.h), so a new value never changes a saving already
 * computed: only a new computation sees it.
 */
#ifndef SIF_PARAM_H
#define SIF_PARAM_H

#include <stdint.h>
#include "sif/entity.h"

/* Well-known keys used by the calculation methods (method.h). */
#define SIF_PARAM_BENEFIT_MONTH "forsorjningsstod_manad" /* ore: benefit per household/month */
#define SIF_PARAM_TREATMENT_HOUR "behandling_timme"      /* ore: per hour and therapist */
#define SIF_PARAM_PLACEMENT_DAY "hvb_dygn"               /* ore: placement per day */
#define SIF_PARAM_PLACEMENT_DAYS "placering_dagar"       /* count: days of a placement */

typedef enum sif_param_kind {
    SIF_PARAM_ORE = 0, /* "ore": an amount, num öre */
    SIF_PARAM_RATIO,   /* "ratio": num/den */
    SIF_PARAM_COUNT,   /* "count": a whole number num */
} sif_param_kind;

const char *sif_param_kind_name(sif_param_kind k);
sif_status sif_param_kind_parse(const char *text, sif_param_kind *out, sif_error *err);

#define SIF_PARAM_KEY_MAX 48

typedef struct sif_param {
    int64_t id;
    char key[SIF_PARAM_KEY_MAX];  /* [a-z0-9_.]+ */
    sif_param_kind kind;
    int64_t num;                  /* öre, count, or the ratio's numerator */
    int64_t den;                  /* 1 except for ratios (> 0) */
    int year_from;                /* 0 = from always */
    int year_to;                  /* 0 = for ever */
    char project_code[SIF_CODE_MAX]; /* "" = every project */
    char source[SIF_TEXT_MAX];    /* where the value comes from, e.g. "KOLL 2016–2018" */
    int64_t batch_id;
    char user[64];
    char at[32];
} sif_param;

/* Zero p and set key, kind, num and den 1. */
void sif_param_init(sif_param *p, const char *key, sif_param_kind kind, int64_t num);

/* Add a value (see above). Checks the key, den > 0, a count >= 0, years in order. A
 * different value for the same key, scope (the project, or every project) and any of the
 * same years is refused (SIF_ERR_DATA naming the row that has one; SPEC §11.1); the same
 * value again is harmless and accepted. */
sif_status sif_param_set(sif_store *st, int64_t batch, const sif_param *p, int64_t *id,
                         sif_error *err);

/* As sif_param_set; with replace, a value for those years may be there already and the new
 * one is used from now on (the old row stays, and in the log). Commit the batch with the
 * note SIF_PARAM_REPLACE_NOTE, so that sif check knows the two values are meant. */
#define SIF_PARAM_REPLACE_NOTE "param --replace"
sif_status sif_param_set_replace(sif_store *st, int64_t batch, const sif_param *p, bool replace,
                                 int64_t *id, sif_error *err);

/* The value in force for key, project (NULL or "" = only rows for every project) and year
 * (0 = any year: the latest row). SIF_ERR_NOTFOUND with a message naming the key and year
 * when none applies. */
sif_status sif_param_get(sif_store *st, const char *key, const char *project_code, int year,
                         sif_param *out, sif_error *err);

typedef int (*sif_param_fn)(void *ctx, const sif_param *p);
/* Every row (key NULL) or the rows of one key, by key then id. */
sif_status sif_param_list(sif_store *st, const char *key, sif_param_fn fn, void *ctx,
                          sif_error *err);

#endif
