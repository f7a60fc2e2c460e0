/* ledger/cli/progress.c — the progress bar on stderr (progress.h). */
#include "progress.h"

#include <stdio.h>
#include <time.h>
#include <unistd.h>

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void cli_progress_init(cli_progress *p, const char *verb, const char *what, bool asked)
{
    p->verb = verb;
    p->what = what;
    p->on = asked || isatty(STDERR_FILENO);
    p->start = now_s();
    p->last = 0;
    p->after = asked ? 0.0 : 1.0;
    atomic_init(&p->drawn, false);
}

void cli_progress_step(cli_progress *p, uint64_t done, uint64_t total)
{
    if (!p->on || total == 0)
        return;
    double t = now_s();
    if (t - p->start < p->after || t - p->last < 0.1)
        return;
    p->last = t;
    if (done > total)
        done = total;
    int pct = (int)(done * 100 / total), width = 30, fill = pct * width / 100;
    char bar[32];
    for (int i = 0; i < width; i++)
        bar[i] = i < fill ? '#' : '-';
    bar[width] = '\0';
    fprintf(stderr, "\r%s %s [%s] %3d %%", p->verb, p->what, bar, pct);
    fflush(stderr);
    atomic_store(&p->drawn, true);
}

void cli_progress_clear(cli_progress *p)
{
    if (atomic_exchange(&p->drawn, false)) {
        fputs("\r\033[K", stderr);
        fflush(stderr);
    }
}
