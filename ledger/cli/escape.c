/* ledger/cli/escape.c — text from the ledger or the command line made safe for a terminal.
 * A user name, project name or file name may hold a newline, a carriage return or an escape
 * sequence; printed raw it could forge a line of `sif log` or rewrite what is on screen. */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static size_t put(char *out, size_t size, size_t n, const char *s)
{
    for (; *s; s++, n++)
        if (n + 1 < size)
            out[n] = *s;
    return n;
}

char *cli_escape(const char *in, char *out, size_t size)
{
    size_t n = 0;
    const unsigned char *p = (const unsigned char *)(in ? in : "");
    for (; *p; p++) {
        char esc[8] = "";
        if (*p == '\n')
            snprintf(esc, sizeof esc, "\\n");
        else if (*p == '\r')
            snprintf(esc, sizeof esc, "\\r");
        else if (*p == '\t')
            snprintf(esc, sizeof esc, "\\t");
        else if (*p < 0x20 || *p == 0x7f)
            snprintf(esc, sizeof esc, "\\x%02x", *p);
        else if (*p == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f) /* C1 controls in UTF-8 */
            snprintf(esc, sizeof esc, "\\u%04x", p[1]), p++;
        if (esc[0]) {
            n = put(out, size, n, esc);
        } else {
            if (n + 1 < size)
                out[n] = (char)*p;
            n++;
        }
    }
    if (size)
        out[n < size ? n : size - 1] = '\0';
    return out;
}

char *cli_escape_dup(const char *in)
{
    size_t len = strlen(in ? in : "");
    size_t size = len * 6 + 1; /* "\u009b" is the longest stand-in, for two bytes */
    char *out = malloc(size);
    return out ? cli_escape(in, out, size) : NULL;
}
