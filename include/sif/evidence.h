/* include/sif/evidence.h — the savings evidence: household exits, the benefit payment
 * register, treatment records and placement records. The calculation methods read these;
 * the importers and the demo write them.
 *
 * @code
 *     sif_payment_writer *w;
 *     sif_payment_writer_open(st, batch, &w, &err);
 *     sif_payment_writer_add(w, "H0001", 201401, 900000, "Öster", &err);   // per row
 *     sif_payment_writer_close(w, &rows, &sum);
 * @endcode
 *
 * All writes run inside sif_write_begin/commit. Exits, treatment and placement records are
 * journaled row by row; the payment register, which runs to millions of rows, is checked per
 * batch (row count and sum of the batch, set by sif_write_commit from the writer's totals).
 */
#ifndef SIF_EVIDENCE_H
#define SIF_EVIDENCE_H

#include <stdint.h>
#include "sif/entity.h"

/* Exit reasons (avslutsorsak). Work and studies end the cost; moving away and a transfer to
 * Försäkringskassan shift it to another payer; "stopped" (slutade söka) and "other" are
 * counted as ended, as the reference case does. */
typedef enum sif_exit_reason {
    SIF_EXIT_WORK = 0,      /* "arbete": self-supporting through work */
    SIF_EXIT_STUDIES,       /* "studier" */
    SIF_EXIT_STOPPED,       /* "slutade_soka": stopped applying */
    SIF_EXIT_FK,            /* "forsakringskassan": other benefit from Försäkringskassan */
    SIF_EXIT_MOVED,         /* "flytt": moved to another municipality */
    SIF_EXIT_OTHER,         /* "annat" */
    SIF_EXIT_REASON_COUNT_
} sif_exit_reason;

/* The stored name of a reason ("arbete", "studier", ...). Static, never NULL. */
const char *sif_exit_reason_name(sif_exit_reason r);
/* Its label in the chosen language ("självförsörjande genom arbete", "self-supporting
 * through work", ...). Static. */
const char *sif_exit_reason_label(sif_exit_reason r);
/* Its label as a word of a saving's derivation: "\002" and the English message id, said in
 * the language of whoever reads the saving (sif_saving_calc_line). Static. */
const char *sif_exit_reason_word(sif_exit_reason r);
/* Parse a reason name; Swedish spellings with å/ä/ö and a few synonyms are accepted
 * ("arbete", "studier", "slutade söka", "försäkringskassan", "fk", "flytt", "annat"). */
sif_status sif_exit_reason_parse(const char *text, sif_exit_reason *out, sif_error *err);
/* True when the cost moved to another payer rather than ended (moved, Försäkringskassan). */
int sif_exit_reason_shifts(sif_exit_reason r);

typedef struct sif_exit {
    int64_t id;
    char household[64];     /* pseudonymised id */
    char exit_date[11];     /* YYYY-MM-DD */
    sif_exit_reason reason;
    sif_ratio share;        /* share of the benefit that stopped, (0, 1] */
    char district[SIF_NAME_MAX]; /* the household's stadsområde at exit, "" = not known */
} sif_exit;

/* Record a household's exit in a project. exit_date is YYYY-MM-DD (checked); a household id
 * that looks like a personnummer is refused (pseudonym.h). A district that is one the ledger
 * already has but for case or å ä ö ("öster" for Öster) is stored as the ledger spells it. */
sif_status sif_exit_add(sif_store *st, int64_t batch, const char *project_code,
                        const sif_exit *e, int64_t *id, sif_error *err);
typedef int (*sif_exit_fn)(void *ctx, const sif_exit *e);
/* project_code NULL = every project. In exit-date order. */
sif_status sif_exit_list(sif_store *st, const char *project_code, sif_exit_fn fn, void *ctx,
                         sif_error *err);

/* The payment register: a prepared insert kept open for a whole import. */
typedef struct sif_payment_writer sif_payment_writer;
/* Constructor; st must be in a write. *out is NULL on failure. */
sif_status sif_payment_writer_open(sif_store *st, int64_t batch, sif_payment_writer **out,
                                   sif_error *err);
/* month is YYYYMM (checked: 1900–2999, 01–12); district may be NULL. */
sif_status sif_payment_writer_add(sif_payment_writer *w, const char *household, int month,
                                  sif_ore amount, const char *district, sif_error *err);
/* As sif_payment_writer_add, with texts of given lengths that need not end in NUL. */
sif_status sif_payment_writer_add_n(sif_payment_writer *w, const char *household,
                                    size_t household_len, int month, sif_ore amount,
                                    const char *district, size_t district_len, sif_error *err);
/* Destructor; accepts NULL. Writes how many rows were added and their sum (either may be
 * NULL). The rows stay in the open write: commit with these totals. */
void sif_payment_writer_close(sif_payment_writer *w, int64_t *rows, sif_ore *sum);

/* One household's payments, month by month, in month order. */
typedef struct sif_payment {
    int month;              /* YYYYMM */
    sif_ore amount_ore;
} sif_payment;
typedef int (*sif_payment_fn)(void *ctx, const sif_payment *p);
sif_status sif_payment_list(sif_store *st, const char *household, sif_payment_fn fn, void *ctx,
                            sif_error *err);

/* The payments of every household that has an exit in the project, one row per household
 * and month, ordered by household (byte order) and month: one pass over the register, however
 * many households there are. household is borrowed for the call only. */
typedef int (*sif_household_payment_fn)(void *ctx, const char *household, const sif_payment *p);
sif_status sif_payment_list_exits(sif_store *st, const char *project_code,
                                  sif_household_payment_fn fn, void *ctx, sif_error *err);

/* The districts (stadsområde) the payment register gives the households that have an exit in
 * the project: one call per row with a district, ordered by household and month, in one pass
 * over the register. Texts are borrowed for the call only. */
typedef int (*sif_household_district_fn)(void *ctx, const char *household, int month,
                                         const char *district);
sif_status sif_payment_list_districts(sif_store *st, const char *project_code,
                                      sif_household_district_fn fn, void *ctx, sif_error *err);

/* Treatment records: one per family and phase kind. */
typedef struct sif_treatment {
    int64_t id;
    char family[64];
    char kind[16];          /* "intensive" or "ordinary" */
    int months;
    int hours_per_month;
    int therapists;
    int64_t hourly_ore;     /* 0 = use the unit cost parameter */
} sif_treatment;
sif_status sif_treatment_add(sif_store *st, int64_t batch, const char *project_code,
                             const sif_treatment *t, int64_t *id, sif_error *err);
typedef int (*sif_treatment_fn)(void *ctx, const sif_treatment *t);
sif_status sif_treatment_list(sif_store *st, const char *project_code, sif_treatment_fn fn,
                              void *ctx, sif_error *err);

/* Placement records: a child whose placement was prevented. */
typedef struct sif_placement {
    int64_t id;
    char child[64];
    int year;               /* 0 = not given */
    int days;
    int64_t daily_ore;      /* 0 = use the unit cost parameter */
} sif_placement;
sif_status sif_placement_add(sif_store *st, int64_t batch, const char *project_code,
                             const sif_placement *p, int64_t *id, sif_error *err);
typedef int (*sif_placement_fn)(void *ctx, const sif_placement *p);
sif_status sif_placement_list(sif_store *st, const char *project_code, sif_placement_fn fn,
                              void *ctx, sif_error *err);

#endif
