/* ledger/report/model.h — what a project report shows, read from the ledger once.
 *
 * rpt_model_build reads everything in one read transaction; the workbook and the XML writer
 * then only format it. Both writers show the same figures because they read the same model.
 */
#ifndef SIF_REPORT_MODEL_H
#define SIF_REPORT_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include "sif/anchor.h"
#include "sif/check.h"
#include "sif/cost.h"
#include "sif/decision.h"
#include "sif/effect.h"
#include "sif/entity.h"
#include "sif/evidence.h"
#include "sif/indicator.h"
#include "sif/param.h"
#include "sif/period.h"
#include "sif/result.h"
#include "sif/saving.h"
#include "sif/scenario.h"
#include "sif/simulate.h"

/* A role with its unit and the committee that carried it in each year of the table. */
typedef struct rpt_role {
    const sif_role *role;        /* borrowed from inv->roles */
    char unit_name[SIF_NAME_MAX];
    char (*committee)[SIF_NAME_MAX]; /* inv->nyears entries */
} rpt_role;

/* One batch of the ledger: who wrote what from which file. */
typedef struct rpt_batch {
    int64_t id;
    char kind[40];
    char source[256];
    char sha256[65];
    char user[64];
    char at[32];
    int64_t rows;                /* rows journaled in the batch (the payment register: 0) */
} rpt_batch;

/* A saving with its calculation (inputs, formula, derivation). */
typedef struct rpt_saving {
    sif_saving s;
    sif_saving_calc *calc;       /* owned */
    char unit_name[SIF_NAME_MAX]; /* the name of s.unit_code, "" without a unit */
} rpt_saving;

/* One line of the sensitivity table: a variant of the assumptions and its outcome. */
typedef struct rpt_sens {
    char group[16];              /* "deadweight", "months", "unit_costs" */
    int64_t value;               /* bp for deadweight and unit costs, months for months */
    bool base;                   /* the ledger's own assumption */
    sif_ore savings_ore;
    sif_ore net_ore;
    bool has_payback;
    sif_ratio payback_years;
    int payback_months;
} rpt_sens;

/* A cost entry's note (sif cost add --note, an import's kommentar column). */
typedef struct rpt_note {
    int64_t cost_id;
    char role_code[SIF_CODE_MAX];
    int year;
    sif_ore amount_ore;
    char text[SIF_TEXT_MAX];
} rpt_note;

typedef struct rpt_model {
    sif_project project;
    sif_fund fund;
    sif_investment *inv;         /* owned */
    rpt_role *roles;             /* inv->nroles, owned */
    rpt_batch *batches;          /* owned */
    size_t nbatches;
    sif_anchor anchor;           /* the chain's head when the report was read (SPEC §11.9) */
    char generated[32];          /* when the report was made, UTC, "2026-11-23T16:31:27Z" */
    char generated_text[40];     /* the same for readers in Swedish time, "2026-11-23 17:31" */
    char user[64];               /* the ledger's user who ran the report */
    char prepared_by[SIF_NAME_MAX]; /* the author named with --prepared-by, "" if none */
    sif_result *result;          /* owned: savings, net per year, payback (adjusted) */
    rpt_saving *savings;         /* owned, in id order */
    size_t nsavings;
    sif_param *params;           /* owned: rows for every project and for this one */
    size_t nparams;
    sif_effect *effects;         /* owned */
    size_t neffects;
    sif_decision *decisions;     /* owned, oldest first */
    size_t ndecisions;
    sif_scenarios *scenarios;    /* owned */
    char (*adjustments)[256];    /* owned: the non-default adjustments, one line each */
    size_t nadjustments;
    rpt_sens *sens;              /* owned */
    size_t nsens;
    rpt_note *notes;             /* owned: the project's cost entries with a note */
    size_t nnotes;
    sif_findings *findings;      /* owned: sif check for the project and its fund */
    sif_indicators *indicators;  /* owned: participants and outcomes (SPEC §12) */
    int exits_by_reason[SIF_EXIT_REASON_COUNT_]; /* households that left benefit */
    int64_t treatment_families;  /* distinct families in the treatment records */
    int64_t placement_children;  /* distinct children in the placement records */
    sif_simulation *sim;         /* owned: the Monte Carlo run asked for (report --simulate),
                                    NULL when none */
} rpt_model;

/* Constructor. SIF_ERR_NOTFOUND when the project does not exist; *out NULL on failure. */
sif_status rpt_model_build(sif_store *st, const char *project_code, rpt_model **out,
                           sif_error *err);
/* Destructor; accepts NULL. */
void rpt_model_free(rpt_model *m);

/* The sensitivity table (sensitivity.c): net result and payback as deadweight, months
 * counted and unit costs vary, computed with the ledger's own result and formulas. */
sif_status rpt_sensitivity_build(sif_store *st, rpt_model *m, sif_error *err);

/* Read every batch of the ledger, oldest first, into a heap array the caller frees. */
sif_status rpt_batches_read(sif_store *st, rpt_batch **out, size_t *n, sif_error *err);

#endif
