/* ledger/evidence_keys.h — natural keys of the savings evidence (SPEC §11.1). Internal to
 * the core: sif_exit_add, sif_treatment_add and sif_placement_add call these before they
 * insert. Each returns SIF_ERR_DATA, naming the row and the batch that holds it already
 * (or saying it is given twice in this batch), when the key is taken. */
#ifndef SIF_EVIDENCE_KEYS_H
#define SIF_EVIDENCE_KEYS_H

#include "sif/evidence.h"

/* (project, household) */
sif_status sif_exit_key_check(sif_store *st, int64_t batch, const sif_project *p,
                              const char *household, sif_error *err);
/* (project, family, kind, months, hours per month) */
sif_status sif_treatment_key_check(sif_store *st, int64_t batch, const sif_project *p,
                                   const sif_treatment *t, sif_error *err);
/* (project, child, year) */
sif_status sif_placement_key_check(sif_store *st, int64_t batch, const sif_project *p,
                                   const sif_placement *pl, sif_error *err);

#endif
