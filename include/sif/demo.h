/* include/sif/demo.h — the reference case of SPEC §2, Hela Familjen Öster 2014–2017.
 *
 * sif_demo_build writes the whole reference case into an initialised, empty ledger, in
 * batches of kind "demo": units and their committees over time, the project HFO and its
 * roles OV FS GR FR, the printed cost cells with the printed totals as control totals, and
 * (as later parts of sif land) the unit costs, exits, savings, effects and the waiver draft.
 */
#ifndef SIF_DEMO_H
#define SIF_DEMO_H

#include <stdbool.h>
#include "sif/store.h"

#define SIF_DEMO_PROJECT "HFO"

sif_status sif_demo_build(sif_store *st, sif_error *err);

/* Does the ledger hold only the demo: at least one batch of kind "demo" and none but "init"
 * and "demo"? Then sif demo may replace it (SPEC §11.3); anything else it refuses. */
sif_status sif_demo_is_only(sif_store *st, bool *only, sif_error *err);

#endif
