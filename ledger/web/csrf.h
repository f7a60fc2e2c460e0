/* ledger/web/csrf.h — random tokens (session ids, CSRF tokens, upload ids) and comparing
 * them without leaking, through timing, how much of a guess was right. */
#ifndef SIF_WEB_CSRF_H
#define SIF_WEB_CSRF_H

#include <stdbool.h>
#include <stddef.h>

#define WEB_TOKEN_BYTES 32
#define WEB_TOKEN_LEN (2 * WEB_TOKEN_BYTES)   /* hex digits */

/* nbytes random bytes from the kernel as lowercase hex into out (2 * nbytes + 1 bytes).
 * False when the kernel gave none. */
bool web_random_hex(char *out, size_t nbytes);

/* True when a and b are the same token: both WEB_TOKEN_LEN lowercase hex digits. The time
 * taken does not depend on where they differ. NULL is never equal. */
bool web_token_equal(const char *a, const char *b);

#endif
