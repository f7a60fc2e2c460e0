/* ledger/report/xlsx_report.h — the project workbook: its sheets and the cells one sheet
 * refers to on another.
 *
 * xlsx_report.c adds every sheet in reading order, then has each detail sheet written
 * (xlsx_sheet_*.c), and the summary last, because the summary's formulas point at cells
 * the detail sheets placed (the refs below, "'Sheet'!$B$5", "" when absent).
 */
#ifndef SIF_REPORT_XLSX_REPORT_H
#define SIF_REPORT_XLSX_REPORT_H

#include "model.h"
#include "xlsx.h"

typedef struct rx_report {
    rx x;
    const rpt_model *m;
    rx_sheet summary, invest, savings, net, pv, agencies, repay, sens, sim, params, effects, ind, prov;
    /* pv: Nuvärden, only with a discount; agencies: Aktörer, only when a saving is split
     * sim: Simulering, only with report --simulate (ws NULL otherwise) */
    /* cells other sheets refer to */
    char ref_inv_total[160];
    char ref_loan_total[160];
    char ref_printed_total[160];   /* the printed investment total (control "total") */
    int *inv_year_row;             /* per inv->years[y]: its row on Investering */
    int inv_sum_col;
    int *sav_row;                  /* per saving: the row of its amount (column B) */
    char ref_sav_total[160];       /* Nettoresultat: savings, net, investment totals */
    char ref_net_total[160];
    char ref_benefit_total[160];   /* Nettoresultat: the benefit savings' total */
    char ref_benefit_months[160];  /* Kostnadsminskningar: the months counted, when one
                                      benefit saving counts months ("" otherwise) */
    int nbenefit;                  /* benefit savings seen */
    char ref_net_inv_total[160];
    int net_head, net_first, net_last;  /* the rows of the years on Nettoresultat */
    int net_col_inv, net_col_sav;  /* its columns of the investment and the cost reductions */
    char ref_npv[160];             /* Nuvärden: the net present value, the benefit-cost ratio */
    char ref_bcr[160];
    char ref_sim_runs[160];        /* Simulering: the number of runs */
    char (*ref_scen)[3][160];      /* per scenario: repaid, written off, outstanding */
    char ref_rule_years[160];      /* Parametrar: the rule's years of repayment */
    char ref_rule_partial[160];    /* the rule's share in partial repayment */
    char ref_cash[4][160];         /* the rule's cashable share per category */
} rx_report;

void rxs_investment(rx_report *r);
void rxs_savings(rx_report *r);
void rxs_net(rx_report *r);
void rxs_pv(rx_report *r);
void rxs_agencies(rx_report *r);
void rxs_sim(rx_report *r);
void rxs_repay(rx_report *r);
void rxs_sensitivity(rx_report *r);
void rxs_params(rx_report *r);
void rxs_effects(rx_report *r);
void rxs_indicators(rx_report *r);
void rxs_provenance(rx_report *r);
void rxs_summary(rx_report *r);

/* The chart of costs and cost reductions per year and the chart of the cumulative net,
 * from the Nettoresultat table, inserted into s at row, col, each width_px × height_px,
 * the second below the first (stacked) or beside it; their rows are kept on one page. */
void rx_net_chart(rx_report *r, rx_sheet *s, int row, int col, double width_px,
                  double height_px, bool stacked);

/* The payback in years as a formula over the Nettoresultat table into f ("=IF(...)"),
 * when it gives the ledger's figure (xlsx_payback.c); false otherwise. */
bool rx_payback_formula(const rx_report *r, char *f, size_t size);

/* An Underlag sheet: every batch, the sif version, when and by whom, the chain's head
 * (anchor) and (findings not NULL) what sif check found. */
void rx_provenance_sheet(rx *x, rx_sheet *s, const char *subtitle, const rpt_batch *batches,
                         size_t nbatches, const char *generated, const char *user,
                         const sif_anchor *anchor, const sif_findings *findings);

/* True when the result's undiscounted amounts are the ledger's savings and costs as entered:
 * no adjustment but discounting (which only adds present values) and no haircut. */
bool rx_amounts_as_entered(const sif_result *res);

/* The label of a category. */
const char *rx_category(const rx *x, sif_category c);
/* A scenario's label in the report's language into buf (the ledger's own is Swedish). */
const char *rx_scenario_label(const rx *x, const sif_scenario *s, char *buf, size_t size);

/* The workbook of a model at path. */
sif_status rpt_xlsx_write(const rpt_model *m, const char *path, sif_lang lang, sif_error *err);

/* "2014–2017", "2014", "" into buf. */
char *rpt_period_text(const sif_project *p, char *buf, size_t size);

#endif
