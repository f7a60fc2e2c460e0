/* ledger/calc/result_internal.h — the parts of sif_result_build in their own files. */
#ifndef SIF_RESULT_INTERNAL_H
#define SIF_RESULT_INTERNAL_H

#include "sif/result.h"

/* Fill r->by_agency and each year's by_agency from the savings' agency shares
 * (result_agency.c); r's years and savings_ore must be final. */
sif_status sif_result_agencies(sif_store *st, sif_result *r, sif_error *err);

#endif
