/* bench/csv_fields.h — the few lines of CSV parsing the plain C yardsticks share: split a
 * line at ';' and read a Swedish amount as öre. Nothing is checked beyond what parsing needs
 * (the yardsticks measure SQLite, not validation). Header-only: each yardstick is one file. */
#ifndef SIF_BENCH_CSV_FIELDS_H
#define SIF_BENCH_CSV_FIELDS_H

#include <stddef.h>
#include <stdint.h>

/* Split line into at most 8 fields at ';', with "quoted" fields; returns the count. */
static int split(char *line, char **f, size_t *len)
{
    int n = 0;
    char *p = line;
    for (;;) {
        if (*p == '"') {
            char *w = ++p;
            f[n] = w;
            while (*p && !(*p == '"' && p[1] != '"')) {
                if (*p == '"')
                    p++;
                *w++ = *p++;
            }
            len[n] = (size_t)(w - f[n]);
            n++;
            if (*p == '"')
                p++;
        } else {
            f[n] = p;
            while (*p && *p != ';' && *p != '\r' && *p != '\n')
                p++;
            len[n] = (size_t)(p - f[n]);
            n++;
        }
        if (*p != ';' || n == 8)
            return n;
        p++;
    }
}

static int64_t amount(const char *s, size_t n)
{
    int64_t kr = 0, ore = 0;
    size_t i = 0;
    int neg = 0;
    if (i < n && s[i] == '-')
        neg = 1, i++;
    for (; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= '0' && c <= '9')
            kr = kr * 10 + (c - '0');
        else if (c == ' ' || c == 0xC2 || c == 0xA0)
            continue;
        else
            break;
    }
    if (i < n && (s[i] == ',' || s[i] == '.')) {
        int d = 0;
        for (i++; i < n && d < 2 && s[i] >= '0' && s[i] <= '9'; i++, d++)
            ore = ore * 10 + (s[i] - '0');
        if (d == 1)
            ore *= 10;
    }
    return (neg ? -1 : 1) * (kr * 100 + ore);
}

#endif
