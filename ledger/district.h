/* ledger/district.h — one place, one spelling: a district typed otherwise than the ledger
 * already spells it ("öster", "ÖSTER", "Oster" for Öster) is stored as the ledger spells it,
 * so that indicators and savings by district never count one place as two. Internal to the
 * ledger (store_internal.h's callers). */
#ifndef SIF_LEDGER_DISTRICT_H
#define SIF_LEDGER_DISTRICT_H

#include <stddef.h>
#include <stdint.h>
#include "store_internal.h"

/* Write to out (size bytes, the caller's) the spelling the ledger already gives district:
 * the first of a project's district (any project), a participant's in project_id or an exit's
 * in project_id that sif_fold makes the same word; district itself when there is none or it
 * is "". */
sif_status sif_district_spelling(sif_store *st, int64_t project_id, const char *district,
                                 char *out, size_t size, sif_error *err);

#endif
