/* ledger/report/fund_report.h — the fund portfolio report: what it shows, read once, and
 * its two writers (fund_xlsx.c, fund_xml.c). */
#ifndef SIF_REPORT_FUND_REPORT_H
#define SIF_REPORT_FUND_REPORT_H

#include "model.h"
#include "sif/fund_books.h"
#include "sif/portfolio.h"
#include "sif/report.h"

/* One project of the fund, side by side with the others. */
typedef struct rpt_fund_project {
    sif_project p;
    sif_ore spent_ore;          /* the investment, every funding source */
    sif_ore loan_ore;           /* its fund-financed part */
    sif_ore savings_ore;
    sif_ore net_ore;
    sif_ore repaid_ore;
    sif_ore written_off_ore;
    sif_ore outstanding_ore;
} rpt_fund_project;

typedef struct rpt_fund {
    sif_fund_books *books;      /* owned */
    sif_portfolio *portfolio;   /* owned: per area, district and committee (SPEC §12) */
    rpt_fund_project *projects; /* owned, in code order */
    size_t nprojects;
    sif_ore granted_ore, spent_ore, savings_ore, net_ore;   /* sums over the projects */
    rpt_batch *batches;         /* owned */
    size_t nbatches;
    sif_anchor anchor;          /* the chain's head when the report was read */
    char generated[32], generated_text[40], user[64];
} rpt_fund;

sif_status rpt_fund_xlsx_write(const rpt_fund *f, const char *path, sif_lang lang,
                               sif_error *err);
sif_status rpt_fund_xml_write(const rpt_fund *f, const char *path, sif_lang lang,
                              sif_error *err);

#endif
