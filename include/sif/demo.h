/* include/sif/demo.h — the reference case of SPEC §2, Hela Familjen Öster 2014–2017.
 *
 * sif_demo_build writes the whole reference case into an initialised, empty ledger, in
 * batches of kind "demo": units and their committees over time, the project HFO and its
 * roles OV FS GR FR, the printed cost cells with the printed totals as control totals, and
 * (as later parts of sif land) the unit costs, exits, savings, effects and the waiver draft.
 */
#ifndef SIF_DEMO_H
#define SIF_DEMO_H

#include "sif/store.h"

#define SIF_DEMO_PROJECT "HFO"

sif_status sif_demo_build(sif_store *st, sif_error *err);

#endif
