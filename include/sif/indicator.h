/* include/sif/indicator.h — outcome indicators: participants and outcomes by gender and
 * district, against targets and printed counts (SPEC §12).
 *
 * @code
 *     sif_target t = {.count = 120, .year = 2017};
 *     snprintf(t.what, sizeof t.what, "arbete");
 *     sif_target_add(st, batch, "HFO", &t, &id, &err);
 *     sif_indicators *ind;
 *     if (sif_indicators_build(st, "HFO", &ind, &err) == SIF_OK) {
 *         ... ind->rows[SIF_IND_PARTICIPANTS].total, ind->rows[SIF_OUTCOME_WORK].by_gender[0],
 *             ind->rows[k].by_district[d] for ind->districts[d] ...
 *         sif_indicators_free(ind);
 *     }
 * @endcode
 *
 * What is counted: "deltagare" counts participants; an outcome counts the participants whose
 * latest status is that outcome. With a year, participants are those taking part during that
 * year (started by its end, not ended before it began) and an outcome is the status at the
 * year's end. A target or a printed count may narrow to a district and a gender.
 *
 * A printed count (count control) is a figure from a source — "18 reached work" — kept
 * beside the rows it should equal; a difference is a count_difference finding of sif check.
 */
#ifndef SIF_INDICATOR_H
#define SIF_INDICATOR_H

#include <stddef.h>
#include <stdint.h>
#include "sif/participant.h"

/* The row of participants in sif_indicators.rows, after the outcomes. */
#define SIF_IND_PARTICIPANTS SIF_OUTCOME_COUNT_
#define SIF_IND_ROWS (SIF_OUTCOME_COUNT_ + 1)

/* What a target or control counts: "deltagare" or an outcome name. Parses Swedish spellings
 * (å ä ö) into the stored ASCII name (out holds at least 32 bytes). */
sif_status sif_indicator_what_parse(const char *text, char out[32], sif_error *err);

/* What a target or control counts (a stored what: "deltagare" or an outcome name), as a label
 * in lang: "deltagare" / "participants", "arbetsträning" / "work training". Static. */
const char *sif_indicator_what_label_in(sif_lang lang, const char *what);
/* A target's or control's stored gender ("kvinna", ...) in lang; "" stays "". Static. */
const char *sif_indicator_gender_label_in(sif_lang lang, const char *gender);

typedef struct sif_target {
    int64_t id;
    char project[SIF_CODE_MAX];  /* list: the project's code */
    char what[32];               /* "deltagare" or an outcome name */
    int64_t count;
    int year;                    /* 0 = the whole project */
    char district[SIF_NAME_MAX]; /* "" = every district */
    char gender[16];             /* "" = every gender, else a gender name */
} sif_target;

/* A target, in a write. A closed year (when given) takes none. */
sif_status sif_target_add(sif_store *st, int64_t batch, const char *project_code,
                          const sif_target *t, int64_t *id, sif_error *err);

/* A printed count: same fields as a target, count = the printed figure; note may be "". */
typedef struct sif_count_control {
    sif_target c;
    char note[SIF_TEXT_MAX];
} sif_count_control;
sif_status sif_count_control_add(sif_store *st, int64_t batch, const char *project_code,
                                 const sif_count_control *c, int64_t *id, sif_error *err);

/* What the rows say for a target's or control's selection (see above). */
sif_status sif_indicator_actual(sif_store *st, int64_t project_id, const sif_target *sel,
                                int64_t *out, sif_error *err);

typedef struct sif_indicator_row {
    int64_t total;
    int64_t by_gender[SIF_GENDER_COUNT_];
    int64_t *by_district;        /* ndistricts, in districts order */
} sif_indicator_row;

typedef struct sif_indicator_check {
    sif_target sel;              /* count = the target or the printed figure */
    int64_t actual;
    int64_t difference;          /* actual − count */
    char note[SIF_TEXT_MAX];     /* controls only */
} sif_indicator_check;

typedef struct sif_indicators {
    size_t ndistricts;
    char (*districts)[SIF_NAME_MAX];  /* sorted; "" (not known) last when present */
    sif_indicator_row rows[SIF_IND_ROWS]; /* outcomes by sif_outcome_kind, then participants */
    int64_t households;          /* participants linked to a household: distinct households */
    int64_t linked;              /* participants linked to a household */
    size_t ntargets;
    sif_indicator_check *targets;
    size_t ncontrols;
    sif_indicator_check *controls;
} sif_indicators;

/* Constructor: the indicators of a project (project_code NULL: of every project, by
 * district — the fund's roll-up). *out is NULL on failure; free with sif_indicators_free. */
sif_status sif_indicators_build(sif_store *st, const char *project_code, sif_indicators **out,
                                sif_error *err);
/* Destructor; accepts NULL. */
void sif_indicators_free(sif_indicators *ind);

#endif
