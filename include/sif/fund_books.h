/* include/sif/fund_books.h — the fund's own books: capital, loans out, repayments,
 * write-offs, outstanding per project, and the balance per year.
 *
 * @code
 *     sif_repayment_add(st, batch, "HFO", 2018, 217369700, "första amorteringen", &id, &err);
 *     sif_fund_books *b;
 *     if (sif_fund_books_build(st, NULL, &b, &err) == SIF_OK) {
 *         ... b->projects[i].outstanding_ore, b->years[y].balance_ore, b->outstanding_ore ...
 *         sif_fund_books_free(b);
 *     }
 * @endcode
 *
 * A project's loan is its fund-financed cost (funding "fund"), lent in the years the costs
 * fall. Repaid and written off are what the ledger's repayment rows say (sif_repayment_add,
 * and the write-offs of recorded decisions, decision.h); outstanding = loan − repaid −
 * written off. Fund money given as a grant (funding "grant", SPEC §12) is never a loan: it
 * leaves the fund for good. The balance is the fund's money: capital paid in − loans out −
 * grants + repaid, so a write-off does not change the balance, only what the fund can still
 * expect back. Every total is the exact sum of the projects' own figures.
 */
#ifndef SIF_FUND_BOOKS_H
#define SIF_FUND_BOOKS_H

#include <stddef.h>
#include <stdint.h>
#include "sif/entity.h"

/* Record money a project actually repaid to its fund in a year, inside a write. The paying
 * committee stored with it is the project's committee. More than the outstanding loan is
 * SIF_ERR_DATA; amount must be > 0. *id may be NULL. */
sif_status sif_repayment_add(sif_store *st, int64_t batch, const char *project_code, int year,
                             sif_ore amount, const char *note, int64_t *id, sif_error *err);

/* One project's position in the books. */
typedef struct sif_fund_project {
    char code[SIF_CODE_MAX];
    char name[SIF_NAME_MAX];
    sif_ore loan_ore;
    sif_ore repaid_ore;
    sif_ore written_off_ore;
    sif_ore outstanding_ore;        /* loan − repaid − written off */
    sif_ore grant_ore;              /* fund money given as a grant: not a loan */
} sif_fund_project;

/* One year of the fund. Flows of the year, and the position at its end. */
typedef struct sif_fund_year {
    int year;
    sif_ore capital_ore;            /* capital paid in (negative: taken out) that year */
    sif_ore lent_ore;               /* loans drawn that year */
    sif_ore repaid_ore;
    sif_ore written_off_ore;
    sif_ore granted_ore;            /* grants paid out that year */
    sif_ore balance_ore;            /* end of year: capital − lent − grants + repaid */
    sif_ore outstanding_ore;        /* end of year: lent − repaid − written off, cumulative */
} sif_fund_year;

typedef struct sif_fund_books {
    sif_fund fund;
    sif_ore capital_ore;
    sif_ore loans_ore;
    sif_ore repaid_ore;
    sif_ore written_off_ore;
    sif_ore outstanding_ore;
    sif_ore balance_ore;
    sif_ore grants_ore;             /* fund money given as grants, every project */
    size_t nprojects;
    sif_fund_project *projects;     /* in code order */
    size_t nyears;
    sif_fund_year *years;           /* ascending, every year with a flow */
} sif_fund_books;

/* Constructor: the books of a fund (fund_code NULL or "" = the default fund). *out is NULL
 * on failure. Free with sif_fund_books_free. */
sif_status sif_fund_books_build(sif_store *st, const char *fund_code, sif_fund_books **out,
                                sif_error *err);
/* The same with the fund and its years only (capital, years[] with their balances): no
 * projects, and the totals over projects are 0. Reads each project's entries once instead of
 * twice, for a check that needs only the fund's balance per year. */
sif_status sif_fund_years_build(sif_store *st, const char *fund_code, sif_fund_books **out,
                                sif_error *err);
/* Destructor; accepts NULL. */
void sif_fund_books_free(sif_fund_books *b);

#endif
