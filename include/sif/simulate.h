/* include/sif/simulate.h — Monte Carlo over the uncertain inputs of a project's savings
 * (SPEC §13): how likely the loan is repaid by each year in the savings scenario, and the
 * spread of the net result.
 *
 * @code
 *     sif_sim_opts o;
 *     sif_sim_opts_init(&o);                 // 10 000 runs, seed 1, the sensitivity ranges
 *     o.seed = 42;
 *     sif_simulation *sim;
 *     if (sif_simulate(st, "HFO", &o, &sim, &err) == SIF_OK) {
 *         ... sim->years[i].year, sim->years[i].repaid_runs / sim->runs,
 *             sim->p10_ore, sim->p50_ore, sim->p90_ore, sim->net_sorted[...] ...
 *         sif_simulation_free(sim);
 *     }
 * @endcode
 *
 * ## What is drawn
 *
 * Each run draws three numbers, each from a triangular distribution whose peak is the
 * ledger's own assumption and whose ends are the sensitivity sheet's range (or the range
 * given in opts; a range that does not hold the assumption is widened to it):
 *   months counted  the "manader" input of every saving that has one     default 6..36
 *   unit costs      every "kr" input of every saving, × a factor          default 80..120 %
 *   deadweight      the deadweight adjustment (result.h)                 default 0..50 %
 * One draw of each holds for every saving of the run (an error in a unit cost affects all
 * savings that use it). Each saving's own formula is re-evaluated with the drawn inputs by
 * the ledger's evaluator (saving.h), rounded once to öre, then adjusted as the result is
 * (deadweight drawn; attribution, drop-off and optimism bias as the ledger sets them).
 *
 * ## What is reported
 *
 *   net          savings − investment of each run (undiscounted, as net_ore of result.h);
 *                P10/P50/P90 by nearest rank: the value at rank ⌈p × runs⌉ of the sorted nets.
 *   repaid by Y  the share of runs in which the kommun part (agency.h) of the realised
 *                savings repays, by the savings scenario's rule, the loan less what the
 *                fund's books already record as repaid or written off by the end of Y: each
 *                year repays its savings, at most the balance and at most the loan drawn by
 *                the year's end less what is settled (what that cap leaves is not carried
 *                on, as in scenario_schedule.c). The years are those of the savings
 *                scenario's schedule (scenario.h) from the rule's first repayment year, at
 *                least to the last year with a saving; savings before the first repayment
 *                year are carried into it.
 *
 * ## Reproducible
 *
 * The generator is xoshiro256** seeded by splitmix64 from the seed; the triangular draws are
 * integer arithmetic (an integer square root), so the same seed gives the same figures on
 * every machine, and the output holds no time or date.
 */
#ifndef SIF_SIMULATE_H
#define SIF_SIMULATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "sif/money.h"
#include "sif/store.h"

/* An inclusive range; set false = the default. */
typedef struct sif_sim_range {
    bool set;
    int64_t lo, hi;
} sif_sim_range;

/* Called as the runs go: done of total runs (total when they are all run). The library
 * calls it from the simulating thread; it must not call back into the store. */
typedef void (*sif_sim_progress_fn)(void *ctx, uint64_t done, uint64_t total);

typedef struct sif_sim_opts {
    int64_t runs;              /* 1 .. 10 000 000; default 10 000 */
    uint64_t seed;             /* default 1 */
    sif_sim_range months;      /* months */
    sif_sim_range unit_costs;  /* basis points of the ledger's unit costs (10 000 = as is) */
    sif_sim_range deadweight;  /* basis points */
    sif_sim_progress_fn on_progress;   /* may be NULL (the default) */
    void *progress_ctx;
} sif_sim_opts;

void sif_sim_opts_init(sif_sim_opts *o);

typedef struct sif_sim_year {
    int year;
    int64_t repaid_runs;       /* runs in which the loan is repaid by the end of year */
} sif_sim_year;

/* Heap object: free with sif_simulation_free. */
typedef struct sif_simulation {
    char project_code[32];
    int64_t runs;
    uint64_t seed;
    sif_sim_range months, unit_costs, deadweight; /* as used (set true) */
    int64_t base_months;       /* the ledger's own assumptions: the peaks */
    int64_t base_deadweight_bp;
    sif_ore loan_ore;          /* the loan less what the books record repaid or written off */
    size_t nyears;
    sif_sim_year *years;
    sif_ore p10_ore, p50_ore, p90_ore;
    sif_ore *net_sorted;       /* runs entries, ascending: the distribution */
} sif_simulation;

/* Run the simulation for a project. SIF_ERR_USAGE for runs or ranges out of bounds,
 * SIF_ERR_NOTFOUND for an unknown project. *out NULL on failure. */
sif_status sif_simulate(sif_store *st, const char *project_code, const sif_sim_opts *opts,
                        sif_simulation **out, sif_error *err);
void sif_simulation_free(sif_simulation *sim);

/* The share of runs as an exact ratio repaid_runs/runs. */
sif_ratio sif_sim_share(const sif_simulation *sim, const sif_sim_year *y);

#endif
