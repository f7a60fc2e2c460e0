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
    rx_sheet summary, invest, params, prov;
    /* cells the summary refers to */
    char ref_inv_total[160];
    char ref_loan_total[160];
} rx_report;

void rxs_investment(rx_report *r);
void rxs_provenance(rx_report *r);
void rxs_summary(rx_report *r);

/* The workbook of a model at path. */
sif_status rpt_xlsx_write(const rpt_model *m, const char *path, sif_lang lang, sif_error *err);

/* "2014–2017", "2014", "" into buf. */
char *rpt_period_text(const sif_project *p, char *buf, size_t size);

#endif
