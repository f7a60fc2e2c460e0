/* ledger/web/throttle.h — slowing down guessed passwords: after a failed login for a name,
 * the next attempt for that name waits, twice as long after each further failure (0,25 s,
 * 0,5 s, 1 s ... at most 8 s). A name with no failures waits not at all; a success, or a
 * quarter of an hour without failures, forgets them. Thread-safe. */
#ifndef SIF_WEB_THROTTLE_H
#define SIF_WEB_THROTTLE_H

#include <stdint.h>

typedef struct web_throttle web_throttle;

web_throttle *web_throttle_new(void);
void web_throttle_free(web_throttle *t);
/* Milliseconds to wait before checking a password for name, at now (seconds). */
int64_t web_throttle_delay_ms(web_throttle *t, const char *name, int64_t now);
void web_throttle_fail(web_throttle *t, const char *name, int64_t now);
void web_throttle_success(web_throttle *t, const char *name);

#endif
