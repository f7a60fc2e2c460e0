/* ledger/calc/method_schablon.c — benefit avoided by schablon (SPEC §4 a): households per
 * exit reason, minus deadweight, × monthly cost × months. The reference case's method. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "method_internal.h"
#include "../intl.h"

/* In the order of the reference report. */
static const sif_exit_reason order[] = {SIF_EXIT_WORK, SIF_EXIT_STOPPED, SIF_EXIT_STUDIES,
                                        SIF_EXIT_FK, SIF_EXIT_MOVED, SIF_EXIT_OTHER};
#define NREASONS (sizeof order / sizeof order[0])

struct count_ctx {
    int *counts;
    int partial;
    char household[64];
    char upto[11];      /* the household-month rule: exits dated on or before this day... */
    char after[11];     /* ...and after this one ("" = none), which an earlier year counted */
    int later, earlier; /* exits left out by the rule */
    const char *district;       /* "" = every district */
};

static int count_exit(void *ctx, const sif_exit *e)
{
    struct count_ctx *c = ctx;
    if (c->district[0] && strcmp(c->district, e->district) != 0)
        return 0;
    if (strcmp(e->exit_date, c->upto) > 0) {
        c->later++;
        return 0;
    }
    if (c->after[0] && strcmp(e->exit_date, c->after) <= 0) {
        c->earlier++;
        return 0;
    }
    if (e->share.num != e->share.den) {
        c->partial = 1;
        snprintf(c->household, sizeof c->household, "%s", e->household);
        return 1;
    }
    c->counts[e->reason]++;
    return 0;
}

static sif_status add_inputs(sif_saving_calc *c, const int *counts, int dw, sif_ore monthly,
                             int months, sif_error *err)
{
    sif_status rc = SIF_OK;
    for (size_t i = 0; rc == SIF_OK && i < NREASONS; i++) {
        if (counts[order[i]] == 0)
            continue;
        char *label = sif_calc_encodef("Households: %s", sif_exit_reason_word(order[i]));
        rc = label ? sif_saving_calc_input(c, sif_exit_reason_name(order[i]), label,
                                           counts[order[i]], "st", err)
                   : sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
        free(label);
    }
    if (rc == SIF_OK && dw)
        rc = sif_saving_calc_input(c, "dodvikt", CL_("Households that became self-supporting anyway (deadweight)"),
                                   dw, "st", err);
    if (rc == SIF_OK)
        rc = sif_saving_calc_input(c, "manadskostnad", CL_("Benefit per household and month"),
                                   monthly, "kr", err);
    if (rc == SIF_OK)
        rc = sif_saving_calc_input(c, "manader", CL_("Months counted per household"), months, "mån",
                                   err);
    return rc;
}

static void formulas(sif_saving_calc *c, const int *counts, int dw)
{
    size_t len = 0, slen = 0;
    char sum[256] = "", shifted[128] = "";
    for (size_t i = 0; i < NREASONS; i++) {
        if (counts[order[i]] == 0)
            continue;
        const char *k = sif_exit_reason_name(order[i]);
        len += (size_t)snprintf(sum + len, sizeof sum - len, "%s%s", len ? " + " : "", k);
        if (sif_exit_reason_shifts(order[i]))
            slen += (size_t)snprintf(shifted + slen, sizeof shifted - slen, "%s%s",
                                     slen ? " + " : "", k);
    }
    if (dw)
        snprintf(sum + len, sizeof sum - len, " - dodvikt");
    snprintf(c->formula, sizeof c->formula, "(%s) * manadskostnad * manader", sum);
    if (slen)
        snprintf(c->shifted_formula, sizeof c->shifted_formula, "(%s) * manadskostnad * manader",
                 shifted);
}

sif_status sif_method_schablon(sif_store *st, const sif_project *p, const sif_method_opts *o,
                               sif_method_out *m, sif_error *err)
{
    int year = o->year ? o->year : p->end_year;
    if (year == 0)
        return sif_error_set(err, SIF_ERR_USAGE, "give the saving's year (--year)");
    int counts[SIF_EXIT_REASON_COUNT_] = {0};
    sif_status rc = SIF_OK;
    if (o->has_counts && o->district[0])
        return sif_error_set(err, SIF_ERR_USAGE, "--district counts the project's exits of that "
                             "district: leave out --count");
    struct count_ctx cc = {counts, 0, "", "", "", 0, 0, o->district};
    int after = 0;
    if (o->has_counts) {
        memcpy(counts, o->counts, sizeof counts);
    } else {
        /* The household-month rule (SPEC §11.1): a saving of year Y counts the exits dated on
         * or before the end of Y that no earlier schablon saving of the project counted: each
         * counts its exits up to the end of its year, and each exit once. */
        int64_t other = 0, conflict = 0;
        int conflict_year = 0;
        if ((rc = sif_method_exit_bounds(st, p, o->district, year, o->replace_id, &after, &conflict,
                                         &conflict_year, err)) != SIF_OK ||
            (rc = sif_method_other_benefit(st, p, "benefit_schablon", o->replace_id, &other,
                                           err)) != SIF_OK)
            return rc;
        snprintf(cc.upto, sizeof cc.upto, "%04d-12-31", year);
        if (after)
            snprintf(cc.after, sizeof cc.after, "%04d-12-31", after);
        if ((rc = sif_exit_list(st, p->code, count_exit, &cc, err)) != SIF_OK)
            return rc;
        if (cc.partial)
            return sif_error_set(err, SIF_ERR_DATA,
                                 "household %s left with a share below 1: the schablon method "
                                 "counts whole households (use benefit_records)", cc.household);
        if (other)
            return sif_error_set(err, SIF_ERR_DATA, "the households of project %s are counted by "
                                 "saving %lld (benefit_records) already: count them once, by "
                                 "one method", p->code, (long long)other);
        if (conflict)
            return sif_error_set(err, SIF_ERR_DATA, "the exits of project %s up to %d are "
                                 "counted by saving %lld (benefit_schablon %d) already: each "
                                 "exit counts once (to compute it anew, --replace %lld)",
                                 p->code, year, (long long)conflict, conflict_year,
                                 (long long)conflict);
    }
    int total = 0, shifted_hh = 0;
    for (int i = 0; i < SIF_EXIT_REASON_COUNT_; i++) {
        if (counts[i] < 0)
            return sif_error_set(err, SIF_ERR_DATA, "a household count cannot be negative");
        total += counts[i];
        if (sif_exit_reason_shifts((sif_exit_reason)i))
            shifted_hh += counts[i];
    }
    if (total == 0 && o->district[0])
        return sif_error_set(err, SIF_ERR_DATA, "project %s has no household exits in %s "
                             "(the exits' stadsomrade)", p->code, o->district);
    if (total == 0 && (cc.later || cc.earlier))
        return sif_error_set(err, SIF_ERR_DATA, "project %s has no household exit to count in "
                             "%d: %d dated after it, %d counted by an earlier year's saving",
                             p->code, year, cc.later, cc.earlier);
    if (total == 0)
        return sif_error_set(err, SIF_ERR_DATA, "project %s has no household exits "
                             "(sif import exits, or give the counts)", p->code);
    if (o->deadweight < 0 || o->deadweight > counts[SIF_EXIT_WORK])
        return sif_error_set(err, SIF_ERR_DATA, "deadweight of %d households is more than the %d "
                             "who left through work", o->deadweight, counts[SIF_EXIT_WORK]);
    int months = o->months ? o->months : 12;
    if (months < 0 || months > 1200)
        return sif_error_set(err, SIF_ERR_DATA, "months %d out of range", months);
    sif_ore monthly = o->monthly_ore;
    sif_param par;
    memset(&par, 0, sizeof par);
    if (!o->has_monthly &&
        (rc = sif_method_param(st, SIF_PARAM_BENEFIT_MONTH, p->code, year, &monthly, &par, err)) != SIF_OK)
        return rc;
    int hh = total - o->deadweight;
    sif_ore per_hh, amount, shifted_per, shifted;
    if ((rc = sif_ore_mul(monthly, months, &per_hh, err)) != SIF_OK ||
        (rc = sif_ore_mul(per_hh, hh, &amount, err)) != SIF_OK ||
        (rc = sif_ore_mul(monthly, months, &shifted_per, err)) != SIF_OK ||
        (rc = sif_ore_mul(shifted_per, shifted_hh, &shifted, err)) != SIF_OK)
        return rc;

    sif_saving_calc *c = sif_saving_calc_new();
    if (c == NULL)
        return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    if (!o->has_monthly)
        sif_saving_calc_uses(c, par.id);
    if ((rc = add_inputs(c, counts, o->deadweight, monthly, months, err)) != SIF_OK ||
        (after && (rc = sif_saving_calc_input(c, SIF_INPUT_EXITS_AFTER, CL_("Exits counted after "
                                              "the year (earlier years counted by an earlier "
                                              "cost reduction)"), after, "", err)) != SIF_OK)) {
        sif_saving_calc_free(c);
        return rc;
    }
    formulas(c, counts, o->deadweight);
    char a[40], b[40], d[40];
    rc = o->district[0] ? CALC_LINE(c, err, SIF_DISTRICT_LINE_SCHABLON, o->district) : SIF_OK;
    if (rc == SIF_OK)
        rc = CALC_LINE(c, err, "Exit reasons that reduce the municipality's costs:");
    for (size_t i = 0; rc == SIF_OK && i < NREASONS; i++)
        if (counts[order[i]])
            rc = CALC_LINE(c, err, counts[order[i]] == 1 ? N_("  %d household: %s%s")
                                                          : N_("  %d households: %s%s"),
                           counts[order[i]],
                           sif_exit_reason_word(order[i]),
                           sif_exit_reason_shifts(order[i]) ? T_(" (cost moved to another payer)")
                                                            : "");
    if (rc == SIF_OK && o->deadweight)
        rc = CALC_LINE(c, err, "  minus %d households that became self-supporting anyway (deadweight)",
                       o->deadweight);
    if (rc == SIF_OK && (cc.later || cc.earlier))
        rc = CALC_LINE(c, err, "  (exits up to %d-12-31 not counted before; left out: "
                       "%d dated later, %d counted for an earlier year)", year, cc.later,
                       cc.earlier);
    if (rc == SIF_OK)
        rc = CALC_LINE(c, err, hh == 1 ? N_("  = %d household") : N_("  = %d households"), hh);
    if (rc == SIF_OK)
        rc = o->has_monthly
                 ? CALC_LINE(c, err, "Benefit per household and month: %s kr (given)",
                             sif_kr(monthly, a))
                 : CALC_LINE(c, err, "Benefit per household and month: %s kr (unit cost %s, "
                             "source: %s)", sif_kr(monthly, a), par.key,
                             par.source[0] ? par.source : T_("not stated"));
    if (rc == SIF_OK)
        rc = CALC_LINE(c, err, hh == 1 ? N_("%d household × %s kr × %d months = %s kr")
                                        : N_("%d households × %s kr × %d months = %s kr"), hh, sif_kr(monthly, a),
                       months, sif_kr(amount, b));
    if (rc == SIF_OK && shifted_hh)
        rc = CALC_LINE(c, err, shifted_hh == 1 ? N_("Of which moved to another payer: %d household × "
                                               "%s kr × %d months = %s kr")
                                           : N_("Of which moved to another payer: %d households "
                                               "× %s kr × %d months = %s kr"), shifted_hh, sif_kr(monthly, a), months,
                       sif_kr(shifted, d));
    if (rc != SIF_OK) {
        sif_saving_calc_free(c);
        return rc;
    }
    sif_saving s;
    char *label = sif_calc_encodef("Benefit, households that left it%s%.140s",
                                   o->district[0] ? ", " : "", o->district);
    if (label == NULL) {
        sif_saving_calc_free(c);
        return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    }
    sif_mout_base(p, o, SIF_CAT_BENEFIT, "benefit_schablon", label, year, &s);
    free(label);
    s.amount_ore = amount;
    s.shifted_ore = shifted;
    return sif_mout_add(m, &s, c, err);
}
