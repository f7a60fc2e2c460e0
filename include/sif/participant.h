/* include/sif/participant.h — the people a project reaches, and where they went (SPEC §12).
 *
 * @code
 *     sif_participant p = {0};
 *     snprintf(p.pseudonym, sizeof p.pseudonym, "D0001");
 *     p.gender = SIF_GENDER_WOMAN;
 *     snprintf(p.district, sizeof p.district, "Öster");
 *     snprintf(p.start_date, sizeof p.start_date, "2016-03-01");
 *     sif_participant_add(st, batch, "HFO", &p, &id, &err);
 *     sif_outcome_add(st, batch, "HFO", "D0001", "2017-01-15", SIF_OUTCOME_WORK, &id, &err);
 * @endcode
 *
 * Sources count individuals while savings count households: a participant may name the
 * household it belongs to (the id of the exits and the payment register), so a report can
 * say how many people a household saving concerns. Ids are pseudonyms (pseudonym.h).
 * An outcome is a dated status; a participant's outcome at a date is its latest status on
 * or before it. Rows are append-only; (project, participant) and (participant, date,
 * outcome) are unique. Writes run inside sif_write_begin/commit; a closed year (of the
 * start date, of the outcome's date) takes none.
 */
#ifndef SIF_PARTICIPANT_H
#define SIF_PARTICIPANT_H

#include <stdint.h>
#include "sif/entity.h"
#include "sif/i18n.h"

typedef enum sif_gender {
    SIF_GENDER_WOMAN = 0,   /* "kvinna" (also K) */
    SIF_GENDER_MAN,         /* "man" (also M) */
    SIF_GENDER_OTHER,       /* "annat" */
    SIF_GENDER_UNKNOWN,     /* "okänt" (also empty) */
    SIF_GENDER_COUNT_
} sif_gender;

/* The stored name: "kvinna", "man", "annat", "okänt". Static. */
const char *sif_gender_name(sif_gender g);
/* Parse kvinna/K/woman, man/M, annat/other, okänt/okant/unknown or "" (okänt). */
sif_status sif_gender_parse(const char *text, sif_gender *out, sif_error *err);

typedef enum sif_outcome_kind {
    SIF_OUTCOME_WORK = 0,       /* arbete */
    SIF_OUTCOME_STUDIES,        /* studier */
    SIF_OUTCOME_PRACTICE,       /* praktik */
    SIF_OUTCOME_WORK_TRAINING,  /* arbetsträning */
    SIF_OUTCOME_STEP,           /* stegförflyttning */
    SIF_OUTCOME_ONGOING,        /* pågående */
    SIF_OUTCOME_DROPPED,        /* avbrutit */
    SIF_OUTCOME_MOVED,          /* flytt */
    SIF_OUTCOME_FK,             /* försäkringskassan */
    SIF_OUTCOME_OTHER,          /* annat */
    SIF_OUTCOME_COUNT_
} sif_outcome_kind;

/* The stored name, ASCII: "arbete", "arbetstraning", "stegforflyttning", ... Static. */
const char *sif_outcome_name(sif_outcome_kind k);
/* The label in the chosen language (SPEC §14): "arbetsträning" / "work training". Static. */
const char *sif_outcome_label(sif_outcome_kind k);
/* As sif_outcome_label, in lang (a report written in its own --lang). Static. */
const char *sif_outcome_label_in(sif_lang lang, sif_outcome_kind k);
/* One person's gender in lang: "kvinna" / "woman". Static. */
const char *sif_gender_label_in(sif_lang lang, sif_gender g);
/* Parse a name, with or without å ä ö, any case. */
sif_status sif_outcome_parse(const char *text, sif_outcome_kind *out, sif_error *err);

/* The sheets of the XLSX templates (sif template participants|outcomes) that
 * `sif import participants|outcomes FILE.xlsx` reads. */
#define SIF_TEMPLATE_SHEET_PARTICIPANTS "Deltagare"
#define SIF_TEMPLATE_SHEET_OUTCOMES "Utfall"

typedef struct sif_participant {
    int64_t id;
    char pseudonym[64];
    sif_gender gender;
    char district[SIF_NAME_MAX];   /* "" = not known */
    char start_date[11];           /* YYYY-MM-DD */
    char end_date[11];             /* "" = still taking part */
    int birth_year;                /* 0 = not given */
    char household[64];            /* "" = not linked */
} sif_participant;

/* Add a participant to a project. Dates are checked, an id that looks like a personnummer
 * (in pseudonym or household) is SIF_ERR_DATA, a second row of the same participant is
 * SIF_ERR_DATA. A district spelt otherwise than one the ledger has (a project's, or a
 * participant's in this project) but the same word by sif_fold ("öster", "Oster" for Öster)
 * is stored in the ledger's spelling. *id may be NULL. */
sif_status sif_participant_add(sif_store *st, int64_t batch, const char *project_code,
                               const sif_participant *p, int64_t *id, sif_error *err);
typedef int (*sif_participant_fn)(void *ctx, const sif_participant *p);
/* A project's participants in pseudonym order (project_code NULL: every project). */
sif_status sif_participant_list(sif_store *st, const char *project_code, sif_participant_fn fn,
                                void *ctx, sif_error *err);

/* Record a participant's status at a date. The participant must exist in the project. */
sif_status sif_outcome_add(sif_store *st, int64_t batch, const char *project_code,
                           const char *pseudonym, const char *date, sif_outcome_kind kind,
                           int64_t *id, sif_error *err);

/* True when text is a date YYYY-MM-DD between 1900 and 2999. */
bool sif_date_valid(const char *text);

#endif
