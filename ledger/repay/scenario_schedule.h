/* ledger/repay/scenario_schedule.h — the rows of one scenario: the years the fund's books
 * recorded, then the plan on what is left (the rules are in include/sif/scenario.h). */
#ifndef SIF_SCENARIO_SCHEDULE_H
#define SIF_SCENARIO_SCHEDULE_H

#include "scenario_internal.h"

/* Where a schedule stands after its recorded years. */
typedef struct scen_pos {
    sif_ore balance;        /* what the next row opens at */
    sif_ore repaid;         /* repaid in the recorded years */
    int next_year;          /* the first year the plan may use (0 = no recorded year) */
} scen_pos;

/* The recorded years of s, from min(start, first recorded year) up to the last recorded year
 * of the project: recorded repayments; write-offs when all_writeoffs (the current scenario)
 * or made by s->decision_id (when it is not a draft). Fills *pos. */
sif_status scen_history(sif_store *st, const scen_input *in, sif_scenario *s, int start,
                        bool all_writeoffs, scen_pos *pos, sif_error *err);

/* Equal instalments of amount (at most pos->balance) over the rule's years still ahead; at
 * stop_year (0 = none; not before pos->next_year) the rows stop and the balance is written
 * off; after the last instalment whatever is left is written off. */
sif_status scen_plan_fixed(sif_store *st, const scen_input *in, sif_scenario *s,
                           const scen_pos *pos, sif_ore amount, int stop_year, sif_error *err);

/* Each year after the recorded ones repays what its savings count for (all, or the cashable
 * part), at most the balance and what has been drawn and not yet repaid or written off. */
sif_status scen_plan_savings(sif_store *st, const scen_input *in, sif_scenario *s,
                             const scen_pos *pos, bool cash_only, sif_error *err);

#endif
