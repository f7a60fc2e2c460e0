/* ledger/cli/clock.c — the clock sif writes into every row.
 *
 * The shipped sif always uses the real clock: a timestamp in the ledger is evidence, and an
 * environment variable must not be able to backdate it. Tests that need reproducible output
 * run a separate binary built with SIF_TEST_CLOCK (CMake -DSIF_TEST_CLOCK=ON builds the
 * main binary that way too; the test suite always builds `sif-testclock`), in which $SIF_NOW
 * (seconds since the epoch) fixes the clock. */
#include "cli.h"

#include <stdlib.h>

void cli_set_clock(sif_store *st)
{
#ifdef SIF_TEST_CLOCK
    const char *now = getenv("SIF_NOW");
    long t;
    if (now && cli_int(now, 1, 32503680000L, &t))
        sif_store_set_clock(st, t);
#else
    (void)st;
#endif
}
