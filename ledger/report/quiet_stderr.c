/* ledger/report/quiet_stderr.c — stderr quiet while libxlsxwriter closes a workbook. */
#include "quiet_stderr.h"

#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static pthread_mutex_t quiet_lock = PTHREAD_MUTEX_INITIALIZER;
static int quiet_depth;      /* callers inside, under quiet_lock */
static int quiet_saved = -1; /* the stderr the first one saved; -1 = nothing changed */

void rx_stderr_quiet(void)
{
    pthread_mutex_lock(&quiet_lock);
    if (quiet_depth++ == 0) {
        fflush(stderr);
        int saved = fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 3);
        int null = open("/dev/null", O_WRONLY | O_CLOEXEC);
        if (saved < 0 || null < 0 || dup2(null, STDERR_FILENO) < 0) {
            if (saved >= 0)
                close(saved);
            saved = -1;
        }
        if (null >= 0)
            close(null);
        quiet_saved = saved;
    }
    pthread_mutex_unlock(&quiet_lock);
}

void rx_stderr_restore(void)
{
    pthread_mutex_lock(&quiet_lock);
    if (quiet_depth > 0 && --quiet_depth == 0 && quiet_saved >= 0) {
        fflush(stderr);
        dup2(quiet_saved, STDERR_FILENO);
        close(quiet_saved);
        quiet_saved = -1;
    }
    pthread_mutex_unlock(&quiet_lock);
}
