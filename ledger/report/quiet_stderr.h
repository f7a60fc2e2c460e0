/* ledger/report/quiet_stderr.h — stderr sent to /dev/null while libxlsxwriter closes a
 * workbook.
 *
 * libxlsxwriter prints "[ERROR][src/packager.c:...]" lines to stderr when it cannot finish
 * a file (a full disk), and the library of sif never prints: sif says what went wrong itself
 * (rx_lxw_fail). The redirection is process-wide, so it is counted under a mutex: the first
 * caller sends stderr to /dev/null, the last one to leave gives the saved stderr back, in
 * whatever order the threads of `sif serve` leave. A message another thread writes to
 * stderr in that moment is lost with the library's.
 */
#ifndef SIF_REPORT_QUIET_STDERR_H
#define SIF_REPORT_QUIET_STDERR_H

/* Send stderr to /dev/null (or keep it there). Every call is paired with one
 * rx_stderr_restore. When /dev/null cannot be opened stderr stays as it is. */
void rx_stderr_quiet(void);
/* Leave; the last to leave restores the stderr the first one saved. */
void rx_stderr_restore(void);

#endif
