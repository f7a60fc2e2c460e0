/* ledger/repay/scenario_internal.h — what the scenario builder reads from the ledger. */
#ifndef SIF_SCENARIO_INTERNAL_H
#define SIF_SCENARIO_INTERNAL_H

#include "repay_internal.h"
#include "sif/decision.h"
#include "sif/rule.h"
#include "sif/scenario.h"

/* An amount that belongs to a unit (0 = no unit). */
typedef struct scen_unit_amount {
    int64_t unit_id;
    sif_ore amount;
} scen_unit_amount;

/* Realised savings of one year at one unit, reversals netted. */
typedef struct scen_saving {
    int year;
    int64_t unit_id;
    sif_ore realised;
    sif_ore cash;            /* the cashable part */
} scen_saving;

/* What the fund's books recorded for the project in one year: repayments (decision_id 0) or
 * the write-offs of one decision. */
typedef struct scen_record {
    int year;
    sif_ore repaid;
    sif_ore written_off;
    int64_t decision_id;
} scen_record;

/* The loan drawn by the end of a year: the fund-financed costs of that year and before. */
typedef struct scen_drawn {
    int year;
    sif_ore cumulative;
} scen_drawn;

typedef struct scen_input {
    sif_project project;
    sif_ore loan;
    sif_rule rule;                  /* first_year resolved, recorded reschedule applied */
    size_t nloan_units;
    scen_unit_amount *loan_units;   /* fund-financed cost per unit of the roles */
    size_t nsavings;
    scen_saving *savings;           /* by year, then unit */
    sif_ore realised_total;
    sif_ore cash_total;
    bool has_waive;                 /* latest recorded waiver, else the latest draft */
    sif_decision waive;
    bool has_current;               /* latest recorded waive or partial */
    sif_decision current;
    size_t npartial;
    sif_decision *partial;          /* partial decisions, latest first */
    size_t nrecords;
    scen_record *records;           /* the repayment table, ascending years */
    int last_recorded_year;         /* the last year with a record, 0 = none */
    size_t ndrawn;
    scen_drawn *drawn;              /* ascending years, cumulative */
} scen_input;

/* The loan drawn by the end of year (cumulative fund-financed costs up to year). */
sif_ore scen_drawn_by(const scen_input *in, int year);

sif_status scen_input_load(sif_store *st, const char *project_code, scen_input *in,
                           sif_error *err);
void scen_input_release(scen_input *in);

#endif
