/* ledger/repay/repay_internal.h — what the repayment modules share inside the core. */
#ifndef SIF_REPAY_INTERNAL_H
#define SIF_REPAY_INTERNAL_H

#include "store_internal.h"
#include "sif/entity.h"

/* A project's position in its fund's books: the loan (fund-financed cost), what the ledger
 * says was repaid and written off. */
typedef struct repay_position {
    sif_ore loan_ore;
    sif_ore repaid_ore;
    sif_ore written_off_ore;
    sif_ore outstanding_ore;
} repay_position;

sif_status repay_position_get(sif_store *st, int64_t project_id, repay_position *out,
                              sif_error *err);

/* The balance of fund fund_id at the end of year, leaving out the repayments of project
 * exclude_id (0 = none): capital − loans out − grants + repaid, all up to and including
 * year — the balance of sif_fund_books_build (SPEC §12: a grant is no loan, but it leaves
 * the fund). */
sif_status repay_fund_base(sif_store *st, int64_t fund_id, int64_t exclude_id, int year,
                           sif_ore *out, sif_error *err);
/* The same for many years at once: the fund's net flows without project exclude_id (capital
 * + repaid − lent − grants), summed per year, ascending, into years[] and flows[] (at most max; *n
 * of them). SIF_ERR_OVERFLOW when there are more years than max: then ask per year. */
sif_status repay_fund_flows(sif_store *st, int64_t fund_id, int64_t exclude_id, int *years,
                            sif_ore *flows, size_t max, size_t *n, sif_error *err);

/* Insert a repayment row (kind "repayment" or "writeoff"); decision_id 0 = none. */
sif_status repay_row_add(sif_store *st, int64_t batch, const sif_project *p, int year,
                         const char *kind, sif_ore amount, int64_t decision_id,
                         const char *note, int64_t *id, sif_error *err);

#endif
