/* include/sif/decision.h — decisions on a project's repayment: waive, partial, reschedule.
 *
 * @code
 *     sif_decision d;
 *     sif_decision_init(&d);
 *     snprintf(d.kind, sizeof d.kind, "waive");
 *     snprintf(d.date, sizeof d.date, "2018-06-13");
 *     snprintf(d.body, sizeof d.body, "Kommunstyrelsen");
 *     snprintf(d.reference, sizeof d.reference, "STK-2016-52");
 *     d.draft = true;                                   // a proposal: changes nothing yet
 *     sif_decision_add(st, batch, "HFO", &d, &id, &err);  // inside a write
 * @endcode
 *
 * A decision is a plain struct owned by the caller. Decisions are never changed: a draft is
 * adopted by adding the decision again without the draft flag. A draft only shows in the
 * scenarios (scenario.h). A recorded decision moves the project to its scenario and, for
 * waive and partial, writes the remainder off in the fund's books in the same write: a
 * repayment row of kind writeoff in the decision's year, carrying the decision's id and
 * reference. Waive writes off everything still outstanding; partial writes off what lies
 * beyond percent_bp of the loan (nothing if the project has repaid more already);
 * reschedule writes nothing off and gives the full scenario new years and first year.
 */
#ifndef SIF_DECISION_H
#define SIF_DECISION_H

#include <stdbool.h>
#include <stdint.h>
#include "sif/entity.h"

typedef struct sif_decision {
    int64_t id;
    char project_code[SIF_CODE_MAX];
    char date[16];                  /* YYYY-MM-DD; its year is the decision's year */
    char body[SIF_NAME_MAX];        /* e.g. "Kommunstyrelsen" (required) */
    char reference[64];             /* dnr, e.g. "STK-2016-52" */
    char kind[16];                  /* "waive", "partial", "reschedule" */
    int percent_bp;                 /* partial: share repaid, 0..10000 */
    int years;                      /* reschedule: new number of instalments (0 = keep) */
    int first_year;                 /* reschedule: new first year (0 = keep) */
    bool draft;
    char text[SIF_TEXT_MAX];
    sif_ore written_off_ore;        /* list: what it wrote off in the books */
    int64_t batch_id;               /* list: who and when */
    char user[64];
    char at[32];
} sif_decision;

/* Fill d with an empty decision: no kind, percent 0, not a draft. */
void sif_decision_init(sif_decision *d);

/* The year of a date "YYYY-MM-DD", or 0 when the date is not valid. */
int sif_decision_year(const char *date);

/* Add decision d for a project (d->project_code is ignored), inside a write; *id (may be
 * NULL) receives its id. Checks the kind, the date, the body, the percent and the text;
 * SIF_ERR_DATA on a bad field, SIF_ERR_NOTFOUND for an unknown project. */
sif_status sif_decision_add(sif_store *st, int64_t batch, const char *project_code,
                            const sif_decision *d, int64_t *id, sif_error *err);

typedef int (*sif_decision_fn)(void *ctx, const sif_decision *d);
/* Decisions of a project (project_code NULL = every project), oldest first. */
sif_status sif_decision_list(sif_store *st, const char *project_code, sif_decision_fn fn,
                             void *ctx, sif_error *err);

#endif
