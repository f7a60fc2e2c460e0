/* ledger/cli/cmd_simulate.c — sif simulate: how likely the loan is repaid by each year, and
 * the spread of the net result, over drawn months, unit costs and deadweight (simulate.h). */
#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include "calc_opts.h"
#include "commands.h"
#include "progress.h"

#define USAGE N_("sif simulate PROJECT [--runs N] [--seed S] [--json] [--progress] " \
              "[--months LO..HI] [--unit-costs LO..HI] [--deadweight LO..HI]")

static void on_progress(void *ctx, uint64_t done, uint64_t total)
{
    cli_progress_step(ctx, done, total);
}

/* "6..36" (months) or "80 %..120 %" (shares, into basis points). */
static bool parse_range(const char *text, bool shares, sif_sim_range *r, sif_error *err)
{
    const char *dots = strstr(text, "..");
    char lo[64];
    if (dots == NULL || (size_t)(dots - text) >= sizeof lo) {
        sif_error_set(err, SIF_ERR_USAGE, "range \"%s\" must be written LO..HI", text);
        return false;
    }
    memcpy(lo, text, (size_t)(dots - text));
    lo[dots - text] = '\0';
    const char *parts[2] = {lo, dots + 2};
    int64_t v[2];
    for (int i = 0; i < 2; i++) {
        if (!shares) {
            long n;
            if (!cli_int(parts[i], 1, 1200, &n)) {
                sif_error_set(err, SIF_ERR_USAGE, "\"%s\" is not a number of months", parts[i]);
                return false;
            }
            v[i] = n;
        } else {
            sif_ratio q;
            if (sif_share_parse(parts[i], &q, err) != SIF_OK ||
                sif_muldiv(q.num, 10000, q.den, &v[i], err) != SIF_OK)
                return false;
        }
    }
    r->set = true;
    r->lo = v[0];
    r->hi = v[1];
    return true;
}

static void print_json(const sif_simulation *sim)
{
    cli_json j;
    char q[40];
    json_init(&j, stdout);
    json_obj(&j);
    json_key(&j, "project"); json_str(&j, sim->project_code);
    json_key(&j, "runs"); json_int(&j, sim->runs);
    json_key(&j, "seed");
    snprintf(q, sizeof q, "%" PRIu64, sim->seed);
    json_raw(&j, q);
    json_key(&j, "loan_ore"); json_int(&j, sim->loan_ore);
    json_key(&j, "p_repaid_by");
    json_arr(&j);
    for (size_t i = 0; i < sim->nyears; i++) {
        json_obj(&j);
        json_key(&j, "year"); json_int(&j, sim->years[i].year);
        json_key(&j, "p");
        json_raw(&j, sif_ratio_decimal(sif_sim_share(sim, &sim->years[i]), 4, q, sizeof q));
        json_end_obj(&j);
    }
    json_end_arr(&j);
    json_key(&j, "net_ore");
    json_obj(&j);
    json_key(&j, "p10"); json_int(&j, sim->p10_ore);
    json_key(&j, "p50"); json_int(&j, sim->p50_ore);
    json_key(&j, "p90"); json_int(&j, sim->p90_ore);
    json_end_obj(&j);
    json_key(&j, "ranges");
    json_obj(&j);
    const struct {
        const char *name;
        const sif_sim_range *r;
        int64_t peak;
    } rs[] = {{"months", &sim->months, sim->base_months},
              {"unit_costs_bp", &sim->unit_costs, 10000},
              {"deadweight_bp", &sim->deadweight, sim->base_deadweight_bp}};
    for (size_t i = 0; i < 3; i++) {
        json_key(&j, rs[i].name);
        json_obj(&j);
        json_key(&j, "low"); json_int(&j, rs[i].r->lo);
        json_key(&j, "peak"); json_int(&j, rs[i].peak);
        json_key(&j, "high"); json_int(&j, rs[i].r->hi);
        json_end_obj(&j);
    }
    json_end_obj(&j);
    json_end_obj(&j);
    json_done(&j);
}

static void print_text(const sif_simulation *sim)
{
    char a[48], b[48], c[48], q[40];
    printf(ngettext_("%s: %lld run, seed %llu\n", "%s: %lld runs, seed %llu\n",
                     (unsigned long)sim->runs),
           sim->project_code, (long long)sim->runs,
           (unsigned long long)sim->seed);
    printf("%s\n", _("Drawn (triangular distribution, peaking at the ledger's own assumption):"));
    printf(_("  months counted %lld–%lld (peak %lld)\n"), (long long)sim->months.lo,
           (long long)sim->months.hi, (long long)sim->base_months);
    printf(_("  unit costs %s–%s of the ledger's\n"), sif_ratio_format((sif_ratio){sim->unit_costs.lo, 10000}, a, sizeof a),
           sif_ratio_format((sif_ratio){sim->unit_costs.hi, 10000}, b, sizeof b));
    printf(_("  deadweight %s–%s (peak %s)\n"), sif_ratio_format((sif_ratio){sim->deadweight.lo, 10000}, a, sizeof a),
           sif_ratio_format((sif_ratio){sim->deadweight.hi, 10000}, b, sizeof b),
           sif_ratio_format((sif_ratio){sim->base_deadweight_bp, 10000}, c, sizeof c));
    printf(_("\nProbability that the loan (%s kr) is repaid in the savings scenario, at the end of the year:\n"),
           sif_ore_format(sim->loan_ore, a, sizeof a, SIF_FMT_KRONOR));
    for (size_t i = 0; i < sim->nyears; i++) {
        sif_ratio p = sif_sim_share(sim, &sim->years[i]);
        sif_ratio_decimal((sif_ratio){p.num * 100, p.den}, 1, q, sizeof q);
        char *dot = strchr(q, '.');
        if (dot)
            *dot = ',';
        printf("  %d  %s %%\n", sim->years[i].year, q);
    }
    printf(_("\nNet result: P10 %s kr, P50 %s kr, P90 %s kr\n"),
           sif_ore_format(sim->p10_ore, a, sizeof a, SIF_FMT_KRONOR),
           sif_ore_format(sim->p50_ore, b, sizeof b, SIF_FMT_KRONOR),
           sif_ore_format(sim->p90_ore, c, sizeof c, SIF_FMT_KRONOR));
}

static int cmd_simulate_run(const sif_cli *cli, int argc, char **argv)
{
    if (cli_wants_help(argc, argv))
        return cli_help(&sif_cmd_simulate,
                        "Draws months counted, unit costs and deadweight (triangular, peaking at the\n"
                        "ledger's own assumption; default ranges as the sensitivity sheet: 6..36\n"
                        "months, 80 %..120 % of unit costs, 0..50 % deadweight), re-evaluates every\n"
                        "saving's formula, and reports the probability that the loan is repaid by\n"
                        "the end of each year in the savings scenario (kommun part only) and\n"
                        "P10/P50/P90 of the net result. Same seed, same output, byte for byte.\n"
                        "  --runs N (default 10 000)  --seed S (default 1)  --json\n"
                        "  --progress  draw the progress bar on stderr from the start, also when\n"
                        "              stderr is not a terminal (by default: on a terminal, after\n"
                        "              a second; never on stdout)\n");
    calc_opt opts[] = {{"json", true, NULL}, {"progress", true, NULL}, {"runs", false, NULL},
                       {"seed", false, NULL},
                       {"months", false, NULL}, {"unit-costs", false, NULL},
                       {"deadweight", false, NULL}, {NULL, false, NULL}};
    const char *code = NULL;
    int done = calc_args(&sif_cmd_simulate, USAGE, "simulate takes PROJECT", argc, argv, opts,
                         &code, 1, 1);
    if (done >= 0)
        return done;
    sif_sim_opts o;
    sif_sim_opts_init(&o);
    sif_error err;
    sif_error_init(&err);
    const char *v;
    long n;
    if ((v = calc_get(opts, "runs"))) {
        if (!cli_int(v, 1, 10000000, &n))
            return cli_usage(&sif_cmd_simulate, "--runs: 1–10 000 000, got \"%s\"", v);
        o.runs = n;
    }
    if ((v = calc_get(opts, "seed"))) {
        char *end;
        errno = 0;
        unsigned long long s = strtoull(v, &end, 10);
        if (*v == '\0' || *v == '-' || *end != '\0' || errno == ERANGE)
            return cli_usage(&sif_cmd_simulate, "--seed: \"%s\" is not a whole number", v);
        o.seed = (uint64_t)s;
    }
    if (((v = calc_get(opts, "months")) && !parse_range(v, false, &o.months, &err)) ||
        ((v = calc_get(opts, "unit-costs")) && !parse_range(v, true, &o.unit_costs, &err)) ||
        ((v = calc_get(opts, "deadweight")) && !parse_range(v, true, &o.deadweight, &err)))
        return cli_fail(&err);
    char shown[256];
    cli_progress bar;
    cli_progress_init(&bar, _("simulating"), cli_escape(code, shown, sizeof shown),
                      calc_get(opts, "progress") != NULL);
    if (bar.on) {
        o.on_progress = on_progress;
        o.progress_ctx = &bar;
    }
    sif_store *st = NULL;
    sif_simulation *sim = NULL;
    if (cli_open(cli, SIF_STORE_READONLY, &st, &err) != SIF_OK ||
        sif_simulate(st, code, &o, &sim, &err) != SIF_OK) {
        cli_progress_clear(&bar);
        sif_store_close(st);
        return cli_fail(&err);
    }
    cli_progress_clear(&bar);
    if (calc_get(opts, "json"))
        print_json(sim);
    else
        print_text(sim);
    sif_simulation_free(sim);
    sif_store_close(st);
    return 0;
}

const struct sif_cmd sif_cmd_simulate = {
    .name = "simulate",
    .usage = USAGE,
    .summary = N_("Monte Carlo: probability of repayment by year, spread of the net result"),
    .run = cmd_simulate_run,
};
