/* ledger/repay/simulate.c — Monte Carlo over months counted, unit costs and deadweight
 * (simulate.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../calc/adjust_internal.h"
#include "sif/result.h"
#include "sif/saving.h"
#include "sif/saving_econ.h"
#include "sif/scenario.h"
#include "sif/simulate.h"

#define MONTHS_KEY "manader"
#define MAX_YEARS 200

void sif_sim_opts_init(sif_sim_opts *o)
{
    memset(o, 0, sizeof *o);
    o->runs = 10000;
    o->seed = 1;
}

void sif_simulation_free(sif_simulation *sim)
{
    if (sim == NULL)
        return;
    free(sim->years);
    free(sim->net_sorted);
    free(sim);
}

sif_ratio sif_sim_share(const sif_simulation *sim, const sif_sim_year *y)
{
    return (sif_ratio){y->repaid_runs, sim->runs > 0 ? sim->runs : 1};
}

/* ---- the generator: xoshiro256**, seeded by splitmix64 (Blackman & Vigna) ---- */

typedef struct rng {
    uint64_t s[4];
} rng;

static uint64_t splitmix64(uint64_t *x)
{
    uint64_t z = (*x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

static uint64_t rotl(uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

static uint64_t rng_next(rng *r)
{
    uint64_t *s = r->s, result = rotl(s[1] * 5, 7) * 9, t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 45);
    return result;
}

static uint64_t isqrt(unsigned __int128 v)
{
    uint64_t lo = 0, hi = UINT64_C(1) << 63;
    /* the largest x with x² <= v, by bisection: exact and the same everywhere */
    if (v >= (unsigned __int128)hi * hi)
        return hi;
    while (hi - lo > 1) {
        uint64_t mid = lo + (hi - lo) / 2;
        if ((unsigned __int128)mid * mid <= v)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

/* A triangular draw on [a, b] with peak c, in thousandths of the unit, rounded half up to
 * the unit: the inverse of the distribution function at u = U / 2^32. */
static int64_t triangular(uint32_t u, int64_t a, int64_t c, int64_t b)
{
    if (b <= a)
        return a;
    const int64_t S = 1000;
    unsigned __int128 L = (unsigned __int128)((b - a) * S), U = u, two32 = (unsigned __int128)1 << 32;
    unsigned __int128 left = (unsigned __int128)((c - a) * S);
    int64_t x;
    if (U * L < left * two32)
        x = a * S + (int64_t)isqrt((U * L * left) >> 32);
    else
        x = b * S - (int64_t)isqrt(((two32 - U) * L * (unsigned __int128)((b - c) * S)) >> 32);
    return (x + S / 2) / S;
}

/* ---- the savings as the simulation sees them ---- */

typedef struct sim_saving {
    int year;
    bool realised;
    sif_saving_calc *calc;           /* NULL: the amount is fixed */
    sif_ore amount;
    sif_agency_shares shares;
} sim_saving;

typedef struct sim_data {
    sif_store *st;
    sim_saving *sv;
    size_t n, cap;
    int64_t base_months;
    size_t max_inputs;
    sif_status rc;
    sif_error *err;
} sim_data;

static int take_saving(void *ctx, const sif_saving *s)
{
    sim_data *d = ctx;
    if (d->n == d->cap) {
        size_t cap = d->cap ? d->cap * 2 : 16;
        sim_saving *n = realloc(d->sv, cap * sizeof *n);
        if (n == NULL) {
            d->rc = sif_error_set(d->err, SIF_ERR_NOMEM, "out of memory");
            return 1;
        }
        d->sv = n;
        d->cap = cap;
    }
    sim_saving *v = &d->sv[d->n];
    memset(v, 0, sizeof *v);
    v->year = s->year;
    v->realised = s->status == SIF_SAVING_REALISED;
    v->amount = s->amount_ore;
    sif_saving_econ e;
    if ((d->rc = sif_saving_econ_get(d->st, s->id, &e, d->err)) != SIF_OK ||
        (d->rc = sif_saving_calc_load(d->st, s->id, &v->calc, d->err)) != SIF_OK)
        return 1;
    d->n++;
    v->shares = e.agencies;
    if (v->calc->ninputs == 0 || v->calc->formula[0] == '\0') {
        sif_saving_calc_free(v->calc);
        v->calc = NULL;
        return 0;
    }
    if (v->calc->ninputs > d->max_inputs)
        d->max_inputs = v->calc->ninputs;
    const sif_saving_input *m = sif_saving_calc_find(v->calc, MONTHS_KEY);
    if (m && d->base_months == 0)
        d->base_months = m->value;
    return 0;
}

static void free_data(sim_data *d)
{
    for (size_t i = 0; i < d->n; i++)
        sif_saving_calc_free(d->sv[i].calc);
    free(d->sv);
}

static sif_status check_range(sif_sim_range *r, const char *what, int64_t dlo, int64_t dhi,
                              int64_t min, int64_t max, int64_t base, sif_error *err)
{
    if (!r->set) {
        r->lo = dlo;
        r->hi = dhi;
        r->set = true;
    }
    if (r->lo < min || r->hi > max || r->lo > r->hi)
        return sif_error_set(err, SIF_ERR_USAGE, "the range of %s is out of bounds", what);
    if (base < r->lo)
        r->lo = base;
    if (base > r->hi)
        r->hi = base;
    return SIF_OK;
}

static int cmp_ore(const void *a, const void *b)
{
    sif_ore x = *(const sif_ore *)a, y = *(const sif_ore *)b;
    return (x > y) - (x < y);
}

/* One saving's amount in a run: its formula with months and unit costs drawn. */
static sif_status run_amount(const sim_saving *v, sif_saving_input *scratch, int64_t months,
                             int64_t factor_bp, sif_ore *out, sif_error *err)
{
    if (v->calc == NULL) {
        *out = v->amount;
        return SIF_OK;
    }
    const sif_saving_calc *c = v->calc;
    memcpy(scratch, c->inputs, c->ninputs * sizeof *scratch);
    sif_status rc = SIF_OK;
    for (size_t k = 0; rc == SIF_OK && k < c->ninputs; k++) {
        if (strcmp(scratch[k].key, MONTHS_KEY) == 0)
            scratch[k].value = months;
        else if (strcmp(scratch[k].unit, "kr") == 0 && factor_bp != 10000)
            rc = sif_muldiv(scratch[k].value, factor_bp, 10000, &scratch[k].value, err);
    }
    return rc == SIF_OK ? sif_formula_eval(c->formula, scratch, c->ninputs, out, err) : rc;
}

typedef struct sim_plan {
    int first_year;          /* first year of the report */
    size_t nyears;
    int first_saving;
    sif_ore investment;
    sif_adjust adj;
    sif_ore loan_total;      /* the whole loan (the scenarios' in->loan) */
    sif_ore *drawn;          /* per year of the report: the loan drawn by its end (owned) */
} sim_plan;

/* how many runs between two calls of opts->on_progress */
#define PROGRESS_EVERY 4096

static sif_status run_all(const sim_data *d, const sim_plan *p, sif_simulation *sim,
                          const sif_sim_opts *opts, sif_error *err)
{
    sif_saving_input *scratch = malloc((d->max_inputs ? d->max_inputs : 1) * sizeof *scratch);
    sif_ore *kommun = calloc(p->nyears + 1, sizeof *kommun);
    if (scratch == NULL || kommun == NULL) {
        free(scratch);
        free(kommun);
        return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    }
    rng g;
    uint64_t seed = sim->seed;
    for (int i = 0; i < 4; i++)
        g.s[i] = splitmix64(&seed);
    sif_status rc = SIF_OK;
    for (int64_t run = 0; rc == SIF_OK && run < sim->runs; run++) {
        int64_t months = triangular((uint32_t)(rng_next(&g) >> 32), sim->months.lo,
                                    sim->base_months, sim->months.hi);
        int64_t factor = triangular((uint32_t)(rng_next(&g) >> 32), sim->unit_costs.lo, 10000,
                                    sim->unit_costs.hi);
        int64_t dw = triangular((uint32_t)(rng_next(&g) >> 32), sim->deadweight.lo,
                                sim->base_deadweight_bp, sim->deadweight.hi);
        sif_adjust a = p->adj;
        a.deadweight = (sif_ratio){dw, 10000};
        sif_ore net = -p->investment;
        memset(kommun, 0, (p->nyears + 1) * sizeof *kommun);
        for (size_t i = 0; rc == SIF_OK && i < d->n; i++) {
            const sim_saving *v = &d->sv[i];
            sif_ore amount, adjusted, part[SIF_AGENCY_COUNT_];
            if ((rc = run_amount(v, scratch, months, factor, &amount, err)) != SIF_OK ||
                (rc = sif_adjust_saving(&a, amount, v->year - p->first_saving, &adjusted, err)) != SIF_OK ||
                (rc = sif_ore_add(net, adjusted, &net, err)) != SIF_OK)
                break;
            if (!v->realised)
                continue;
            if (sif_agency_is_default(&v->shares))
                part[SIF_AGENCY_KOMMUN] = adjusted;
            else if ((rc = sif_agency_split(adjusted, &v->shares, part, err)) != SIF_OK)
                break;
            /* index 0 gathers every year up to the first of the report: carried into it */
            size_t y = v->year <= p->first_year ? 0 : (size_t)(v->year - p->first_year);
            if (y < p->nyears)
                rc = sif_ore_add(kommun[y], part[SIF_AGENCY_KOMMUN], &kommun[y], err);
        }
        sim->net_sorted[run] = net;
        /* the savings scenario's rule (scenario_schedule.c): each year repays its savings,
         * at most the balance and at most what was drawn by the year's end less what is
         * settled; what the cap leaves is not carried on */
        sif_ore balance = sim->loan_ore;
        for (size_t y = 0; rc == SIF_OK && y < p->nyears; y++) {
            sif_ore pay = kommun[y] < 0 ? 0 : kommun[y], done, avail;
            if ((rc = sif_ore_sub(p->loan_total, balance, &done, err)) != SIF_OK ||
                (rc = sif_ore_sub(p->drawn[y], done, &avail, err)) != SIF_OK)
                break;
            if (pay > balance)
                pay = balance;
            if (pay > avail)
                pay = avail < 0 ? 0 : avail;
            balance -= pay;
            if (balance == 0)
                sim->years[y].repaid_runs++;
        }
        if (opts->on_progress && (run + 1) % PROGRESS_EVERY == 0)
            opts->on_progress(opts->progress_ctx, (uint64_t)run + 1, (uint64_t)sim->runs);
    }
    if (rc == SIF_OK && opts->on_progress)
        opts->on_progress(opts->progress_ctx, (uint64_t)sim->runs, (uint64_t)sim->runs);
    free(scratch);
    free(kommun);
    return rc;
}

/* The report's years, the loan left and the investment, from the ledger's own result and
 * scenarios. */
static sif_status plan(sif_store *st, const char *code, const sim_data *d, sim_plan *p,
                       sif_simulation *sim, sif_error *err)
{
    sif_adjust adj;
    sif_result *r = NULL;
    sif_scenarios *sc = NULL;
    sif_status rc;
    if ((rc = sif_adjust_load(st, code, &adj, err)) != SIF_OK ||
        (rc = sif_result_build(st, code, &adj, &r, err)) != SIF_OK ||
        (rc = sif_scenarios_build(st, code, NULL, 0, &sc, err)) != SIF_OK)
        goto done;
    p->adj = r->adjust;
    p->investment = r->investment_ore;
    sim->base_deadweight_bp = 0;
    if (r->adjust.deadweight.num &&
        (rc = sif_muldiv(r->adjust.deadweight.num, 10000, r->adjust.deadweight.den,
                         &sim->base_deadweight_bp, err)) != SIF_OK)
        goto done;
    p->first_saving = 0;
    for (size_t i = 0; i < d->n; i++)
        if (d->sv[i].amount != 0 && (p->first_saving == 0 || d->sv[i].year < p->first_saving))
            p->first_saving = d->sv[i].year;
    const sif_scenario *s = sif_scenarios_find(sc, "savings");
    sif_ore recorded = 0;
    int first = sc->rule.first_year, last = first;
    for (size_t i = 0; s && i < s->nrows; i++) {
        if (s->rows[i].recorded &&
            ((rc = sif_ore_add(recorded, s->rows[i].repayment_ore, &recorded, err)) != SIF_OK ||
             (rc = sif_ore_add(recorded, s->rows[i].written_off_ore, &recorded, err)) != SIF_OK))
            goto done;
        if (first == 0 || s->rows[i].year < first)
            first = s->rows[i].year;
        if (s->rows[i].year > last)
            last = s->rows[i].year;
    }
    for (size_t i = 0; i < d->n; i++)
        if (d->sv[i].year > last)
            last = d->sv[i].year;
    if (first == 0)
        first = last;
    if (last - first + 1 > MAX_YEARS)
        last = first + MAX_YEARS - 1;
    p->first_year = first;
    p->nyears = first ? (size_t)(last - first + 1) : 0;
    p->loan_total = sc->loan_ore;
    p->drawn = calloc(p->nyears ? p->nyears : 1, sizeof *p->drawn);
    if (p->drawn == NULL) {
        rc = sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
        goto done;
    }
    /* the loan drawn by the end of each year: the fund's costs up to it (as
     * scenario_input.c's load_drawn) */
    const sif_investment *inv = r->investment;
    for (size_t y = 0; y < p->nyears; y++) {
        sif_ore sum = 0;
        for (size_t i = 0; rc == SIF_OK && i < inv->nyears && inv->years[i] <= first + (int)y; i++)
            rc = sif_ore_add(sum, inv->fund_by_year[i], &sum, err);
        if (rc != SIF_OK)
            goto done;
        p->drawn[y] = sum;
    }
    rc = sif_ore_sub(sc->loan_ore, recorded, &sim->loan_ore, err);
done:
    sif_result_free(r);
    sif_scenarios_free(sc);
    return rc;
}

sif_status sif_simulate(sif_store *st, const char *code, const sif_sim_opts *opts,
                        sif_simulation **out, sif_error *err)
{
    *out = NULL;
    if (opts->runs < 1 || opts->runs > 10000000)
        return sif_error_set(err, SIF_ERR_USAGE, "runs must lie between 1 and 10 000 000");
    sif_simulation *sim = calloc(1, sizeof *sim);
    sim_data d = {.st = st, .err = err};
    sim_plan p;
    memset(&p, 0, sizeof p);
    if (sim == NULL)
        return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    snprintf(sim->project_code, sizeof sim->project_code, "%s", code);
    sim->runs = opts->runs;
    sim->seed = opts->seed;
    sim->months = opts->months;
    sim->unit_costs = opts->unit_costs;
    sim->deadweight = opts->deadweight;
    sif_status rc = sif_read_begin(st, err);
    if (rc != SIF_OK)
        goto fail;
    rc = sif_saving_list(st, code, take_saving, &d, err);
    if (rc == SIF_OK)
        rc = d.rc;
    if (rc == SIF_OK)
        rc = plan(st, code, &d, &p, sim, err);
    sif_read_end(st);
    sim->base_months = d.base_months ? d.base_months : 12;
    if (rc != SIF_OK ||
        (rc = check_range(&sim->months, "months", 6, 36, 1, 1200, sim->base_months, err)) != SIF_OK ||
        (rc = check_range(&sim->unit_costs, "unit costs", 8000, 12000, 0, 100000, 10000, err)) != SIF_OK ||
        (rc = check_range(&sim->deadweight, "deadweight", 0, 5000, 0, 10000, sim->base_deadweight_bp, err)) != SIF_OK)
        goto fail;
    sim->nyears = p.nyears;
    sim->years = calloc(p.nyears ? p.nyears : 1, sizeof *sim->years);
    sim->net_sorted = malloc((size_t)sim->runs * sizeof *sim->net_sorted);
    if (sim->years == NULL || sim->net_sorted == NULL) {
        rc = sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
        goto fail;
    }
    for (size_t y = 0; y < p.nyears; y++)
        sim->years[y].year = p.first_year + (int)y;
    if ((rc = run_all(&d, &p, sim, opts, err)) != SIF_OK)
        goto fail;
    qsort(sim->net_sorted, (size_t)sim->runs, sizeof *sim->net_sorted, cmp_ore);
    /* nearest rank: the value at rank ceil(p × runs) */
    sim->p10_ore = sim->net_sorted[(sim->runs * 10 + 99) / 100 - 1];
    sim->p50_ore = sim->net_sorted[(sim->runs * 50 + 99) / 100 - 1];
    sim->p90_ore = sim->net_sorted[(sim->runs * 90 + 99) / 100 - 1];
    free_data(&d);
    free(p.drawn);
    *out = sim;
    return SIF_OK;
fail:
    free_data(&d);
    free(p.drawn);
    sif_simulation_free(sim);
    return rc;
}
