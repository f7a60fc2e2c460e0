/* ledger/demo.c — the reference case (SPEC §2) from slutrapport-hela-familjen-oster.txt. */
#include "store_internal.h"

#include <stdio.h>
#include <string.h>
#include "sif/cost.h"
#include "sif/decision.h"
#include "sif/demo.h"
#include "sif/effect.h"
#include "sif/evidence.h"
#include "sif/method.h"
#include "sif/param.h"
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
    /* The report does not state the fund's capital. The demo assumes 50 mnkr paid in the
     * year before the project, so that the fund's balance reads as a balance; the note on
     * the row says it is an assumption. */
    sif_status rc = sif_fund_capital_add(st, batch, NULL, 2013, KR(50000000),
                                         "antaget belopp för demonstrationen, "
                                         "står inte i slutrapporten", err);
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

/* The unit costs of the report with their sources. */
static sif_status build_params(sif_store *st, int64_t batch, int64_t *rows, sif_error *err)
{
    static const struct {
        const char *key;
        sif_param_kind kind;
        int64_t num;
        int year_from, year_to;
        const char *source;
    } params[] = {
        {SIF_PARAM_BENEFIT_MONTH, SIF_PARAM_ORE, KR(9000), 2014, 0,
         "Slutrapport sociala investeringsfonden: Hela Familjen Innerstaden 2016-10-05 "
         "(9 000 kr per barnfamilj och månad, 108 000 kr per år)"},
        {SIF_PARAM_TREATMENT_HOUR, SIF_PARAM_ORE, KR(295), 2014, 0,
         "Slutrapport Hela Familjen Öster: genomsnittlig månadslön med sociala avgifter och "
         "overhead (hyra, dator, telefon) omräknad till timkostnad per behandlare"},
        {SIF_PARAM_PLACEMENT_DAY, SIF_PARAM_ORE, KR(3500), 2017, 2017,
         "Slutrapport Hela Familjen Öster: genomsnittlig dygnskostnad för en HVB-placering 2017"},
        {SIF_PARAM_PLACEMENT_DAYS, SIF_PARAM_COUNT, 120, 2016, 2018,
         "KOLL 2016–2018: genomsnittlig resurstid för avslutade institutionsplaceringar"},
    };
    sif_status rc = SIF_OK;
    for (size_t i = 0; rc == SIF_OK && i < sizeof params / sizeof params[0]; i++) {
        sif_param p;
        sif_param_init(&p, params[i].key, params[i].kind, params[i].num);
        p.year_from = params[i].year_from;
        p.year_to = params[i].year_to;
        snprintf(p.source, sizeof p.source, "%s", params[i].source);
        rc = sif_param_set(st, batch, &p, NULL, err);
        ++*rows;
    }
    return rc;
}

/* The evidence: 41 exits, 16 treated families, 10 children. The report gives no exit dates;
 * every exit gets the placeholder 2017-12-31 (said in the batch note). */
static sif_status build_evidence(sif_store *st, int64_t batch, int64_t *rows, sif_error *err)
{
    static const struct {
        sif_exit_reason reason;
        int n;
    } exits[] = {{SIF_EXIT_WORK, 21}, {SIF_EXIT_STOPPED, 10}, {SIF_EXIT_STUDIES, 6},
                 {SIF_EXIT_FK, 3}, {SIF_EXIT_MOVED, 1}};
    sif_status rc = SIF_OK;
    int h = 0;
    for (size_t i = 0; rc == SIF_OK && i < sizeof exits / sizeof exits[0]; i++)
        for (int k = 0; rc == SIF_OK && k < exits[i].n; k++) {
            sif_exit e;
            memset(&e, 0, sizeof e);
            snprintf(e.household, sizeof e.household, "HFO-H%02d", ++h);
            snprintf(e.exit_date, sizeof e.exit_date, "2017-12-31");
            e.reason = exits[i].reason;
            e.share = (sif_ratio){1, 1};
            rc = sif_exit_add(st, batch, SIF_DEMO_PROJECT, &e, NULL, err);
            ++*rows;
        }
    /* a family: 7 months × 8 h and 3 months × 2 h intensive, against 36 months × 4 h */
    static const struct {
        const char *kind;
        int months, hours;
    } phases[] = {{"intensive", 7, 8}, {"intensive", 3, 2}, {"ordinary", 36, 4}};
    for (int f = 1; rc == SIF_OK && f <= 16; f++)
        for (size_t k = 0; rc == SIF_OK && k < 3; k++) {
            sif_treatment t;
            memset(&t, 0, sizeof t);
            snprintf(t.family, sizeof t.family, "HFO-F%02d", f);
            snprintf(t.kind, sizeof t.kind, "%s", phases[k].kind);
            t.months = phases[k].months;
            t.hours_per_month = phases[k].hours;
            t.therapists = 2;
            rc = sif_treatment_add(st, batch, SIF_DEMO_PROJECT, &t, NULL, err);
            ++*rows;
        }
    for (int c = 1; rc == SIF_OK && c <= 10; c++) {
        sif_placement pl;
        memset(&pl, 0, sizeof pl);
        snprintf(pl.child, sizeof pl.child, "HFO-B%02d", c);
        pl.year = 2017; /* days and daily cost 0: from KOLL and the 2017 daily cost */
        rc = sif_placement_add(st, batch, SIF_DEMO_PROJECT, &pl, NULL, err);
        ++*rows;
    }
    return rc;
}

static sif_status compute(sif_store *st, int64_t batch, const char *method, const char *unit,
                          int deadweight, int64_t *rows, sif_ore *sum, sif_error *err)
{
    sif_method_opts o;
    sif_method_opts_init(&o);
    o.year = 2017;
    o.status = SIF_SAVING_REALISED;
    o.deadweight = deadweight;
    snprintf(o.unit_code, sizeof o.unit_code, "%s", unit);
    sif_method_out *m;
    sif_status rc = sif_method_compute(st, SIF_DEMO_PROJECT, method, &o, &m, err);
    if (rc != SIF_OK)
        return rc;
    rc = sif_method_write(st, batch, m, NULL, err);
    for (size_t i = 0; rc == SIF_OK && i < m->n; i++) {
        rc = sif_ore_add(*sum, m->savings[i].amount_ore, sum, err);
        ++*rows;
    }
    sif_method_out_free(m);
    return rc;
}

static sif_status build_savings(sif_store *st, int64_t batch, int64_t *rows, sif_ore *sum,
                                sif_error *err)
{
    static const struct {
        const char *name, *description, *per, *source;
        long kr;
        int64_t quantity;   /* how many, where the report says; 0 = not known */
    } effects[] = {
        {"Barn med utåtagerande beteende på klinisk nivå",
         "55 barn i projektet med riskfaktorer; varje skyddsfaktor minskar risken", "barn och år",
         "Feldman m.fl.: Med många bäckar att stämma i, Skandia 2014", 100000, 55},
        {"Psykisk sjukdom", "", "person och år",
         "Nilsson & Wadeskog: Det är bättre att stanna i bäcken än i ån, Skandia 2008", 350000, 0},
        {"Alkohol- och drogmissbruk", "", "person och år",
         "Nilsson & Wadeskog: Det är bättre att stanna i bäcken än i ån, Skandia 2008", 620000, 0},
        {"Arbetslöshet", "", "person och år",
         "Nilsson & Wadeskog: Det är bättre att stanna i bäcken än i ån, Skandia 2008", 100000, 0},
    };
    sif_status rc;
    if ((rc = compute(st, batch, "benefit_schablon", "EKB", 3, rows, sum, err)) != SIF_OK ||
        (rc = compute(st, batch, "treatment", "OVE", 0, rows, sum, err)) != SIF_OK ||
        (rc = compute(st, batch, "placement", "MYN", 0, rows, sum, err)) != SIF_OK)
        return rc;
    static const struct {
        int category;
        long kr;
    } printed[] = {{-1, 9078080}, {SIF_CAT_BENEFIT, 4104000}, {SIF_CAT_TREATMENT, 774080},
                   {SIF_CAT_PLACEMENT, 4200000}};
    for (size_t i = 0; rc == SIF_OK && i < sizeof printed / sizeof printed[0]; i++) {
        rc = sif_saving_control_add(st, batch, SIF_DEMO_PROJECT, printed[i].category,
                                    KR(printed[i].kr), "tryckt i slutrapporten", err);
        ++*rows;
    }
    for (size_t i = 0; rc == SIF_OK && i < sizeof effects / sizeof effects[0]; i++) {
        sif_effect e;
        memset(&e, 0, sizeof e);
        snprintf(e.name, sizeof e.name, "%s", effects[i].name);
        snprintf(e.description, sizeof e.description, "%s", effects[i].description);
        snprintf(e.per, sizeof e.per, "%s", effects[i].per);
        snprintf(e.source, sizeof e.source, "%s", effects[i].source);
        e.has_unit_cost = true;
        e.unit_cost_ore = KR(effects[i].kr);
        e.has_quantity = effects[i].quantity > 0;
        e.quantity = effects[i].quantity;
        rc = sif_effect_add(st, batch, SIF_DEMO_PROJECT, &e, NULL, err);
        ++*rows;
    }
    return rc;
}

/* Second batch: unit costs, evidence, the computed savings and the long-term effects. */
static sif_status build_calc(sif_store *st, sif_error *err)
{
    int64_t batch, rows = 0;
    sif_ore sum = 0;
    sif_status rc = sif_write_begin(st, "demo", "slutrapport-hela-familjen-oster.txt", NULL,
                                    &batch, err);
    if (rc != SIF_OK)
        return rc;
    if ((rc = build_params(st, batch, &rows, err)) != SIF_OK ||
        (rc = build_evidence(st, batch, &rows, err)) != SIF_OK ||
        (rc = build_savings(st, batch, &rows, &sum, err)) != SIF_OK) {
        sif_write_abort(st);
        return rc;
    }
    return sif_write_commit(st, batch, rows, sum,
                            "referensfallet: à-priser, avslut, behandlingar, placeringar, "
                            "kostnadsminskningar och långsiktiga effekter. Rapporten anger inga "
                            "avslutsdatum: alla 41 avslut har platshållardatumet 2017-12-31 och "
                            "räknas ett år var enligt schablon (som i rapporten)", err);
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
    if ((rc = sif_write_commit(st, batch, 16, sum, "referensfallet Hela Familjen Öster", err)) != SIF_OK)
        return rc;
    return build_calc(st, err);
}

sif_status sif_demo_is_only(sif_store *st, bool *only, sif_error *err)
{
    *only = false;
    sqlite3_stmt *q;
    sif_status rc = sif_store_prepare(st,
        "SELECT (SELECT count(*) FROM batch WHERE kind = 'demo'),"
        " (SELECT count(*) FROM batch WHERE kind NOT IN ('init', 'demo'))", &q, err);
    if (rc != SIF_OK)
        return rc;
    int step = sqlite3_step(q);
    if (step == SQLITE_ROW)
        *only = sqlite3_column_int64(q, 0) > 0 && sqlite3_column_int64(q, 1) == 0;
    else
        rc = sif_store_error(st, step, err);
    sqlite3_finalize(q);
    return rc;
}
