/* include/sif/scenario.h — repayment scenarios of one project, side by side (SPEC §5).
 *
 * @code
 *     sif_scenarios *sc;
 *     if (sif_scenarios_build(st, "HFO", NULL, 0, &sc, &err) != SIF_OK) return err.code;
 *     for (size_t i = 0; i < sc->nscenarios; i++) {
 *         const sif_scenario *s = &sc->scenarios[i];
 *         printf("%s (%s): repaid %lld\n", s->label, s->name, (long long)s->repaid_ore);
 *         for (size_t r = 0; r < s->nrows; r++)
 *             ... s->rows[r].year, .opening_ore, .repayment_ore, .closing_ore, .committee ...
 *     }
 *     sif_scenarios_free(sc);
 * @endcode
 *
 * The loan is the fund-financed part of the investment (funding "fund"; ESF and other money
 * are not lent).
 *
 * What happened comes first. Every scenario starts from the fund's books (fund_books.h):
 * the years up to and including the last year with a recorded repayment or write-off (the
 * repayment table) show what was recorded, one row a year (recorded = true), from the first
 * recorded year or the rule's first year, whichever is earlier. Recorded repayments and
 * recorded write-offs count in every scenario, whichever decision made them: the books hold
 * them (SPEC §11.7). The plan follows only after the recorded years, on the balance left. So
 * every scenario tells, year by year, the same story as the books, and its plan is what is
 * still expected if that scenario is followed from now on.
 *
 * The plans, in this order of scenarios:
 *   full       the balance in equal instalments over the rule's years still ahead (from the
 *              first repayment year, or the year after the last recorded one if later; when
 *              none is left, one instalment that year). Instalments are whole kronor,
 *              split by largest remainder (sif_allocate_kronor); öre of a balance that is
 *              not whole kronor go with the last, so the instalments sum to the balance.
 *   savings    each year repays what was realised (status realised, reversals netted) that
 *              year, until the loan is repaid. Nothing is due before the rule's first year
 *              nor in the recorded years: the savings of those years (less what the recorded
 *              years repaid) are carried into the first year of the plan; what the savings never cover stays outstanding.
 *              A year repays at most what has been drawn by its end (the fund-financed costs
 *              up to that year) less what is already repaid or written off: money not yet
 *              lent cannot be paid back. Savings beyond that are not carried forward.
 *   cashable   as savings, but each category counts only with its cashable share (the
 *              saving's own cash_bp, else the rule's share for its category).
 *   partial:P  P % of the loan (rounded once, half away from zero) less what is already
 *              repaid, in equal instalments as full; the rest is written off after the last
 *              one. One scenario for the rule's share (default 50 %), one more per share asked
 *              for and per partial decision.
 *   waived     the full plan until the year of the waiver decision (the latest recorded
 *              one, else the latest draft, else the first repayment year; never before the
 *              year after the recorded ones unless the waiver itself is recorded), where the
 *              remainder is written off.
 * A recorded (non-draft) reschedule decision replaces the rule's years and first year.
 *
 * Every scenario keeps: repaid + written_off + outstanding = loan; in every row
 * closing = opening − repayment; the next row opens at closing − written_off.
 *
 * Who pays: a year's repayment is split (largest remainder) over the units it comes from,
 * each paying through its committee *of that year* (units move between committees, see
 * sif_unit_move). In savings and cashable the units are where the counted savings landed
 * (a saving without a unit: the project's committee); in full, partial and waived they are
 * the units of the project's roles, in proportion to the fund-financed costs they carried.
 * Payers are per committee. The budget effect for a committee is the cash its units' savings
 * freed that year (cashable share of realised savings) minus what it repays: negative means
 * the repayment has to come out of the committee's existing budget.
 *
 * Ownership: sif_scenarios_build returns a heap object owned by the caller, freed with
 * sif_scenarios_free (NULL accepted); every array and string inside it lives until then.
 */
#ifndef SIF_SCENARIO_H
#define SIF_SCENARIO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "sif/entity.h"
#include "sif/rule.h"

typedef enum sif_scenario_kind {
    SIF_SCENARIO_FULL,
    SIF_SCENARIO_SAVINGS,
    SIF_SCENARIO_CASHABLE,
    SIF_SCENARIO_PARTIAL,
    SIF_SCENARIO_WAIVED,
} sif_scenario_kind;

/* One committee's part of a year's repayment. */
typedef struct sif_scenario_payer {
    char committee[SIF_NAME_MAX];   /* "" when neither unit nor project names one */
    sif_ore repayment_ore;
    sif_ore cash_ore;               /* cash freed that year by savings at its units */
    sif_ore budget_effect_ore;      /* cash_ore − repayment_ore */
} sif_scenario_payer;

/* One year of a schedule. */
typedef struct sif_scenario_row {
    int year;
    sif_ore opening_ore;
    sif_ore repayment_ore;
    sif_ore closing_ore;            /* opening − repayment */
    sif_ore written_off_ore;        /* written off at the end of the year */
    bool recorded;                  /* the year's figures are what the books recorded */
    int64_t written_off_decision_id; /* recorded: the decision behind the write-off, 0 = none
                                        (the largest one when several wrote off that year) */
    char committee[SIF_NAME_MAX];   /* the committee paying the largest part ("" if none) */
    sif_ore budget_effect_ore;      /* sum over payers */
    sif_ore fund_balance_ore;       /* the fund's balance at the end of the year if this
                                       scenario is followed (see fund_books.h) */
    size_t npayers;
    sif_scenario_payer *payers;     /* npayers, largest repayment first */
} sif_scenario_row;

typedef struct sif_scenario {
    sif_scenario_kind kind;
    char name[24];                  /* "full", "savings", "cashable", "partial:50", "waived" */
    char label[96];                 /* Swedish, for tables and reports */
    int partial_bp;                 /* partial: share of the loan repaid; else 0 */
    sif_ore repaid_ore;
    sif_ore written_off_ore;
    sif_ore outstanding_ore;
    bool current;                   /* the scenario the project is in: that of the latest
                                       recorded decision, else full */
    int64_t decision_id;            /* the decision behind it (waived, partial), 0 = none */
    bool decision_draft;            /* that decision is only a proposal */
    char decision_date[16];
    char decision_body[SIF_NAME_MAX];
    char decision_reference[64];
    size_t nrows;
    sif_scenario_row *rows;         /* nrows, ascending years */
} sif_scenario;

typedef struct sif_scenarios {
    char project_code[SIF_CODE_MAX];
    char project_name[SIF_NAME_MAX];
    sif_ore loan_ore;
    sif_rule rule;                  /* as applied: first_year resolved, reschedule applied */
    sif_ore realised_ore;           /* realised savings, all categories and years */
    sif_ore cashable_ore;           /* their cashable part */
    size_t nscenarios;
    sif_scenario *scenarios;        /* full, savings, cashable, partial:P..., waived */
} sif_scenarios;

/* Constructor. Builds every scenario of the project. The rule's partial share is always
 * built; partial_bp lists npartial more shares (each 0..10000; may be NULL when npartial is
 * 0); a partial decision's share is added too. Duplicates are built once. Run it inside a
 * read (sif_read_begin) for one consistent state. *out is NULL on failure. */
sif_status sif_scenarios_build(sif_store *st, const char *project_code, const int *partial_bp,
                               size_t npartial, sif_scenarios **out, sif_error *err);

/* Destructor; accepts NULL. */
void sif_scenarios_free(sif_scenarios *sc);

/* The scenario named name ("full", "partial:50", ...), or NULL. Borrowed from sc. */
const sif_scenario *sif_scenarios_find(const sif_scenarios *sc, const char *name);

#endif
