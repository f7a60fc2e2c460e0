/* tests/unit/db_fixture.h — removing a test's temporary ledger file with everything SQLite
 * keeps beside it, so that no test leaves a -wal or -shm file in /tmp for the next run. */
#ifndef SIF_TEST_DB_FIXTURE_H
#define SIF_TEST_DB_FIXTURE_H

#include <stddef.h>
#include <stdio.h>
#include <unistd.h>

/* Unlink path and its -wal, -shm and -journal files; a file that is not there is no error.
 * Call it with the store closed. */
static inline void db_fixture_remove(const char *path)
{
    static const char *const suffix[] = {"", "-wal", "-shm", "-journal"};
    char p[600];
    for (size_t i = 0; i < sizeof suffix / sizeof suffix[0]; i++) {
        snprintf(p, sizeof p, "%s%s", path, suffix[i]);
        unlink(p);
    }
}

#endif
