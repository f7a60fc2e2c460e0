/* ledger/web/csrf.c — random tokens and their constant-time comparison. */
#include "csrf.h"

#include <errno.h>
#include <string.h>
#include <sys/random.h>

bool web_random_hex(char *out, size_t nbytes)
{
    unsigned char raw[64];
    if (nbytes > sizeof raw)
        return false;
    size_t got = 0;
    while (got < nbytes) {
        ssize_t n = getrandom(raw + got, nbytes - got, 0);
        if (n < 0 && errno != EINTR)
            return false;
        if (n > 0)
            got += (size_t)n;
    }
    static const char hex[] = "0123456789abcdef";
    for (size_t i = 0; i < nbytes; i++) {
        out[2 * i] = hex[raw[i] >> 4];
        out[2 * i + 1] = hex[raw[i] & 15];
    }
    out[2 * nbytes] = '\0';
    return true;
}

static bool is_token(const char *t)
{
    size_t n = 0;
    for (; n <= WEB_TOKEN_LEN && t[n]; n++)
        if (!((t[n] >= '0' && t[n] <= '9') || (t[n] >= 'a' && t[n] <= 'f')))
            return false;
    return n == WEB_TOKEN_LEN;
}

bool web_token_equal(const char *a, const char *b)
{
    if (a == NULL || b == NULL || !is_token(a) || !is_token(b))
        return false;
    unsigned diff = 0;
    for (size_t i = 0; i < WEB_TOKEN_LEN; i++)
        diff |= (unsigned char)a[i] ^ (unsigned char)b[i];
    return diff == 0;
}
