/* tests/unit/step_count.h — how much SQLite work a piece of sif does, as the virtual machine
 * steps of every statement it runs: a measure of scaling that does not depend on the
 * machine's speed (test_report_scale.c, test_district_scale.c).
 *
 * @code
 *     long long steps = 0;
 *     steps_begin(sif_store_db(st), &steps);
 *     ... the work ...
 *     steps_end(sif_store_db(st));
 * @endcode */
#ifndef SIF_TEST_STEP_COUNT_H
#define SIF_TEST_STEP_COUNT_H

#include <sqlite3.h>

/* SQLite's profile callback: each statement's steps of the run just ended, added to *ctx */
static int steps_profile(unsigned type, void *ctx, void *stmt, void *x)
{
    (void)x;
    if (type == SQLITE_TRACE_PROFILE)
        *(long long *)ctx += sqlite3_stmt_status(stmt, SQLITE_STMTSTATUS_VM_STEP, 1);
    return 0;
}

/* Count into *steps from now on; the statements kept from earlier work start from 0. */
static inline void steps_begin(sqlite3 *db, long long *steps)
{
    for (sqlite3_stmt *s = sqlite3_next_stmt(db, NULL); s; s = sqlite3_next_stmt(db, s))
        sqlite3_stmt_status(s, SQLITE_STMTSTATUS_VM_STEP, 1);
    sqlite3_trace_v2(db, SQLITE_TRACE_PROFILE, steps_profile, steps);
}

/* Stop counting. */
static inline void steps_end(sqlite3 *db) { sqlite3_trace_v2(db, 0, NULL, NULL); }

#endif
