/* ledger/calc/result_internal.h — the parts of sif_result_build in their own files. */
#ifndef SIF_RESULT_INTERNAL_H
#define SIF_RESULT_INTERNAL_H

#include "sif/result.h"

/* Fill r->by_agency and each year's by_agency from the savings' agency shares
 * (result_agency.c); r's years and savings_ore must be final. */
sif_status sif_result_agencies(sif_store *st, sif_result *r, sif_error *err);

/* With a price year (adj.price_index set), a saving's amount and shifted part in that year's
 * prices: its price year is its own --price-year, else its year (result_price.c). The
 * restatement is recorded in r->restated. Without one, copies. */
sif_status sif_result_price_saving(sif_store *st, sif_result *r, const sif_saving *s,
                                   sif_ore *amount, sif_ore *shifted, sif_error *err);
/* A year's cost in the price year's prices (its price year is its own year); record says
 * whether to list it in r->restated. */
sif_status sif_result_price_cost(sif_store *st, sif_result *r, int year, sif_ore amount,
                                 bool record, sif_ore *out, sif_error *err);

/* A graded saving's amount and shifted part after its grade's haircut (parameter
 * adj_confidence_<grade> of the project, else general; none: unchanged), recorded in
 * r->haircuts (result_confidence.c). */
sif_status sif_result_confidence(sif_store *st, sif_result *r, const sif_saving *s,
                                 sif_ore *amount, sif_ore *shifted, sif_error *err);

#endif
