/* ledger/demo.c — the reference case (SPEC §2) from slutrapport-hela-familjen-oster.txt. */
#include <stdio.h>
#include <string.h>
#include "sif/cost.h"
#include "sif/demo.h"
#include "sif/decision.h"
#include "sif/rule.h"

#define KR(x) ((sif_ore)(x) * SIF_ORE_PER_KR)

static const struct {
    const char *code, *name, *committee, *committee_2017;
} units[] = {
    {"EKB", "Enhet ekonomiskt bistånd", "Stadsområdesnämnd Öster",
     "Arbetsmarknads- och socialnämnden"},
    {"OVE", "Barn och familj, öppenvård", "Stadsområdesnämnd Öster",
     "Arbetsmarknads- och socialnämnden"},
    {"MYN", "Barn och familj, myndighet", "Stadsområdesnämnd Öster",
     "Arbetsmarknads- och socialnämnden"},
    {"GRF", "Grundskoleförvaltningen", "Grundskolenämnden", NULL},
    {"FOF", "Fritid och förebyggande", "Stadsområdesnämnd Öster", "Fritidsnämnden"},
};

static const struct {
    const char *code, *title, *unit;
    int fte_milli;
} roles[] = {
    {"OV", "2 soc sekr Öppenvård", "OVE", 2000},
    {"FS", "1 soc sekr Försörjningsstöd", "EKB", 1000},
    {"GR", "1 lärare Grundskoleförvaltningen", "GRF", 1000},
    {"FR", "1 fritidsass Fritid och förebyggande", "FOF", 1000},
};

/* The printed cells of the report, kronor: year, OV, FS, GR, FR, printed row sum. */
static const long cost_rows[][6] = {
    {2017, 1050679, 515248, 668242, 477981, 2712150},
    {2016, 935470, 407716, 568977, 412979, 2325141},
    {2015, 767879, 352503, 569498, 371977, 2061857},
    {2014, 486195, 434409, 575091, 99944, 1595638},
};
/* The printed column sums and grand total. */
static const long printed_role_totals[] = {3240223, 1709876, 2381808, 1362881};
static const long printed_total = 8694786;

static sif_status build_master(sif_store *st, int64_t batch, sif_error *err)
{
    sif_status rc = SIF_OK;
    for (size_t i = 0; rc == SIF_OK && i < sizeof units / sizeof units[0]; i++) {
        rc = sif_unit_add(st, batch, units[i].code, units[i].name, units[i].committee, NULL, err);
        /* May 2017: the city districts were dissolved (SPEC §2, the report's background) */
        if (rc == SIF_OK && units[i].committee_2017)
            rc = sif_unit_move(st, batch, units[i].code, 2017, units[i].committee_2017, err);
    }
    if (rc != SIF_OK)
        return rc;
    sif_project p;
    memset(&p, 0, sizeof p);
    snprintf(p.code, sizeof p.code, "%s", SIF_DEMO_PROJECT);
    snprintf(p.name, sizeof p.name, "Hela Familjen Öster");
    snprintf(p.committee, sizeof p.committee, "Arbetsmarknads- och socialnämnden");
    snprintf(p.dnr, sizeof p.dnr, "STK-2016-52");
    p.start_year = 2014;
    p.end_year = 2017;
    if ((rc = sif_project_add(st, batch, &p, NULL, err)) != SIF_OK)
        return rc;
    for (size_t i = 0; rc == SIF_OK && i < sizeof roles / sizeof roles[0]; i++) {
        sif_role r;
        memset(&r, 0, sizeof r);
        snprintf(r.code, sizeof r.code, "%s", roles[i].code);
        snprintf(r.title, sizeof r.title, "%s", roles[i].title);
        snprintf(r.unit_code, sizeof r.unit_code, "%s", roles[i].unit);
        r.fte_milli = roles[i].fte_milli;
        rc = sif_role_add(st, batch, SIF_DEMO_PROJECT, &r, NULL, err);
    }
    return rc;
}

static sif_status build_costs(sif_store *st, int64_t batch, sif_ore *sum, sif_error *err)
{
    static const char note[] = "Slutrapport Hela Familjen Öster 2018-05-04, tabell "
                               "investeringskostnad";
    sif_status rc = SIF_OK;
    for (size_t y = 0; rc == SIF_OK && y < sizeof cost_rows / sizeof cost_rows[0]; y++) {
        int year = (int)cost_rows[y][0];
        for (size_t r = 0; rc == SIF_OK && r < 4; r++) {
            rc = sif_cost_add(st, batch, SIF_DEMO_PROJECT, roles[r].code, year, 0,
                              KR(cost_rows[y][r + 1]), "fund", note, NULL, err);
            if (rc == SIF_OK)
                rc = sif_ore_add(*sum, KR(cost_rows[y][r + 1]), sum, err);
        }
        if (rc == SIF_OK)
            rc = sif_control_add(st, batch, SIF_DEMO_PROJECT, "year", year, NULL,
                                 KR(cost_rows[y][5]), "tryckt radsumma", err);
    }
    for (size_t r = 0; rc == SIF_OK && r < 4; r++)
        rc = sif_control_add(st, batch, SIF_DEMO_PROJECT, "role", 0, roles[r].code,
                             KR(printed_role_totals[r]), "tryckt kolumnsumma", err);
    if (rc == SIF_OK)
        rc = sif_control_add(st, batch, SIF_DEMO_PROJECT, "total", 0, NULL, KR(printed_total),
                             "tryckt totalsumma", err);
    return rc;
}

/* Repayment: a rule after the report's own judgement that none of the reductions freed
 * cash (placements included: "inte samma sak som att pengarna kan sättas undan"), and the
 * report's closing proposal, recorded as a draft decision that only shows in the scenarios.
 * The report names no repayment period: four years from 2018 is the demo's assumption. */
static sif_status build_repayment(sif_store *st, int64_t batch, sif_error *err)
{
    sif_rule r;
    sif_rule_init(&r);
    r.years = 4;
    r.first_year = 2018;
    r.cash_placement_bp = 0;
    sif_status rc = sif_rule_set(st, batch, SIF_DEMO_PROJECT, &r, err);
    if (rc != SIF_OK)
        return rc;
    sif_decision d;
    sif_decision_init(&d);
    snprintf(d.kind, sizeof d.kind, "waive");
    snprintf(d.date, sizeof d.date, "2018-05-04");
    snprintf(d.body, sizeof d.body, "Kommunstyrelsen");
    snprintf(d.reference, sizeof d.reference, "STK-2016-52");
    snprintf(d.text, sizeof d.text, "Särskild prövning. Mot bakgrund av ovanstående föreslås "
             "Kommunstyrelsen göra en särskild prövning avseende att häva kravet på "
             "återbetalning.");
    d.draft = true;
    return sif_decision_add(st, batch, SIF_DEMO_PROJECT, &d, NULL, err);
}

sif_status sif_demo_build(sif_store *st, sif_error *err)
{
    int64_t batch;
    sif_status rc = sif_write_begin(st, "demo", "slutrapport-hela-familjen-oster.txt", NULL,
                                    &batch, err);
    if (rc != SIF_OK)
        return rc;
    sif_ore sum = 0;
    if ((rc = build_master(st, batch, err)) != SIF_OK ||
        (rc = build_costs(st, batch, &sum, err)) != SIF_OK ||
        (rc = build_repayment(st, batch, err)) != SIF_OK) {
        sif_write_abort(st);
        return rc;
    }
    return sif_write_commit(st, batch, 16, sum, "referensfallet Hela Familjen Öster", err);
}
