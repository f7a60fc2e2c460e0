/* ledger/cli/progress.h — the progress bar of a long command on stderr (sif import, sif
 * simulate, sif report --simulate), never on stdout, so --json stays clean:
 *
 *     importing costs.csv [###########-------------------]  37 %
 *
 * On a terminal it appears once the work has run a second; with --progress from the first
 * step, terminal or not. A message printed while it stands clears its line first. */
#ifndef SIF_CLI_PROGRESS_H
#define SIF_CLI_PROGRESS_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

typedef struct cli_progress {
    const char *verb;     /* translated, e.g. "importing"; borrowed */
    const char *what;     /* escaped for printing, e.g. the file; borrowed */
    bool on;              /* --progress, or stderr is a terminal */
    double start, last;
    double after;         /* seconds before the first bar: 1, or 0 with --progress */
    atomic_bool drawn;    /* steps may come from another thread (the import's reader) */
} cli_progress;

/* Set p up for a command that starts now; asked = --progress was given. */
void cli_progress_init(cli_progress *p, const char *verb, const char *what, bool asked);
/* done of total steps: redraw the bar (at most ten times a second). */
void cli_progress_step(cli_progress *p, uint64_t done, uint64_t total);
/* Clear the bar's line if a bar stands on it. */
void cli_progress_clear(cli_progress *p);

#endif
