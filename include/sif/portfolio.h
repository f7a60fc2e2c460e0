/* include/sif/portfolio.h — a fund's projects summed per area, district and committee
 * (SPEC §12): what the fund's board reads.
 *
 * @code
 *     sif_portfolio *pf;
 *     if (sif_portfolio_build(st, NULL, &pf, &err) == SIF_OK) {
 *         for (size_t i = 0; i < pf->nareas; i++)
 *             ... pf->areas[i].name (has_name false: no area), .projects, .spent_ore ...
 *         sif_portfolio_free(pf);
 *     }
 * @endcode
 *
 * Per project: granted = the amount granted (--granted), spent = every cost (the ledger's own
 * investment total), loan = fund money lent (funding "fund"), grant = fund money given
 * (funding "grant", never part of a loan), savings = the result's savings after
 * adjustments. A group's figures are exact sums of its projects'. Groups come in name
 * order, the group without a name (has_name false) last.
 */
#ifndef SIF_PORTFOLIO_H
#define SIF_PORTFOLIO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "sif/entity.h"

typedef struct sif_portfolio_group {
    bool has_name;
    char name[SIF_NAME_MAX];
    int64_t projects;
    sif_ore granted_ore, spent_ore, loan_ore, grant_ore, savings_ore;
    sif_ore capital_ore;        /* committees: capital set aside for it (fund capital) */
} sif_portfolio_group;

typedef struct sif_portfolio {
    sif_ore grants_ore;         /* every cost with funding "grant" */
    sif_portfolio_group total;  /* every project */
    size_t nareas, ndistricts, ncommittees;
    sif_portfolio_group *areas, *districts, *committees;
} sif_portfolio;

/* Constructor: the portfolio of a fund (NULL or "" = the default fund). *out is NULL on
 * failure. Free with sif_portfolio_free. */
sif_status sif_portfolio_build(sif_store *st, const char *fund_code, sif_portfolio **out,
                               sif_error *err);
/* Destructor; accepts NULL. */
void sif_portfolio_free(sif_portfolio *pf);

/* Capital paid into a fund in a year and set aside for a committee (SPEC §12): a capital row
 * as sif_fund_capital_add, tagged with the committee. committee NULL or "" = the fund's own
 * capital, not set aside. */
sif_status sif_fund_capital_add_for(sif_store *st, int64_t batch, const char *fund_code,
                                    int year, sif_ore amount, const char *note,
                                    const char *committee, sif_error *err);

#endif
