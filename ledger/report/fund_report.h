/* ledger/report/fund_report.h — the fund portfolio report: what it shows, read once, and
 * its two writers (fund_xlsx.c, fund_xml.c). */
#ifndef SIF_REPORT_FUND_REPORT_H
#define SIF_REPORT_FUND_REPORT_H

#include "model.h"
#include "sif/fund_books.h"
#include "sif/indicator.h"
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

/* Participants and outcomes summed over the fund's projects (SPEC §12): count[k] for the
 * outcomes by sif_outcome_kind and SIF_IND_PARTICIPANTS; by_gender for the whole fund and per
 * area (a project's participants are counted by their own district, not by gender there). */
typedef struct rpt_ind_group {
    bool has_name;              /* false: projects without an area, people without district */
    char name[SIF_NAME_MAX];
    int64_t count[SIF_IND_ROWS];
    int64_t by_gender[SIF_IND_ROWS][SIF_GENDER_COUNT_];
} rpt_ind_group;

typedef struct rpt_fund {
    sif_fund_books *books;      /* owned */
    sif_portfolio *portfolio;   /* owned: per area, district and committee (SPEC §12) */
    rpt_fund_project *projects; /* owned, in code order */
    size_t nprojects;
    sif_ore granted_ore, spent_ore, savings_ore, net_ore;   /* sums over the projects */
    rpt_ind_group ind_total;    /* participants and outcomes of every project of the fund */
    rpt_ind_group *ind_areas;   /* owned, by the project's area, name order, none last */
    rpt_ind_group *ind_districts; /* owned, by the participant's district, unknown last */
    size_t ind_nareas, ind_ndistricts;
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
