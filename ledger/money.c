/* ledger/money.c — checked öre arithmetic, the Swedish amount parser, formatting, rounding
 * and largest-remainder allocation. */
#include "sif/money.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

sif_status sif_ore_add(sif_ore a, sif_ore b, sif_ore *out, sif_error *err)
{
    sif_ore t;
    if (__builtin_add_overflow(a, b, &t))
        return sif_error_set(err, SIF_ERR_OVERFLOW, "amount overflow in addition");
    *out = t;
    return SIF_OK;
}

sif_status sif_ore_sub(sif_ore a, sif_ore b, sif_ore *out, sif_error *err)
{
    sif_ore t;
    if (__builtin_sub_overflow(a, b, &t))
        return sif_error_set(err, SIF_ERR_OVERFLOW, "amount overflow in subtraction");
    *out = t;
    return SIF_OK;
}

sif_status sif_ore_mul(sif_ore a, int64_t b, sif_ore *out, sif_error *err)
{
    sif_ore t;
    if (__builtin_mul_overflow(a, b, &t))
        return sif_error_set(err, SIF_ERR_OVERFLOW, "amount overflow in multiplication");
    *out = t;
    return SIF_OK;
}

sif_status sif_muldiv(int64_t a, int64_t b, int64_t c, int64_t *out, sif_error *err)
{
    if (c == 0)
        return sif_error_set(err, SIF_ERR_DATA, "division by zero");
    __int128 p = (__int128)a * b; /* |a*b| < 2^126: cannot overflow */
    bool neg = (p < 0) != (c < 0);
    unsigned __int128 up = p < 0 ? (unsigned __int128)(-p) : (unsigned __int128)p;
    unsigned __int128 uc = c < 0 ? (unsigned __int128)(-(__int128)c) : (unsigned __int128)c;
    unsigned __int128 q = up / uc, r = up % uc;
    if (r * 2 >= uc) /* half away from zero */
        q++;
    if ((!neg && q > (unsigned __int128)INT64_MAX) ||
        (neg && q > (unsigned __int128)INT64_MAX + 1))
        return sif_error_set(err, SIF_ERR_OVERFLOW, "amount overflow in calculation");
    *out = neg ? (int64_t)(-(__int128)q) : (int64_t)q;
    return SIF_OK;
}

sif_status sif_ore_mul_ratio(sif_ore a, sif_ratio r, sif_ore *out, sif_error *err)
{
    return sif_muldiv(a, r.num, r.den, out, err);
}

/* ---- parsing ---- */

/* Length of a thousands separator at s (space, NBSP, narrow NBSP, thin space), else 0. */
static size_t sep_len(const char *s, const char *end)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t left = (size_t)(end - s);
    if (left >= 1 && u[0] == ' ')
        return 1;
    if (left >= 2 && u[0] == 0xC2 && u[1] == 0xA0)
        return 2;
    if (left >= 3 && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0xAF || u[2] == 0x89))
        return 3;
    return 0;
}

static bool is_blank(const char *s, const char *end, size_t *len)
{
    size_t n = sep_len(s, end);
    if (n == 0 && s < end && (*s == '\t'))
        n = 1;
    *len = n;
    return n > 0;
}

/* 1-based character column of byte offset off in text. */
static long char_column(const char *text, size_t off)
{
    long col = 1;
    for (size_t i = 0; i < off; i++)
        if (((unsigned char)text[i] & 0xC0) != 0x80)
            col++;
    return col;
}

#define PARSE_FAIL(at, ...) \
    sif_error_at(err, SIF_ERR_DATA, NULL, 0, char_column(text, (size_t)((at) - text)), __VA_ARGS__)

sif_status sif_ore_parse_n(const char *text, size_t len, sif_ore *out, sif_error *err)
{
    const char *p = text, *end = text + len;
    size_t n;
    while (p < end && is_blank(p, end, &n))
        p += n;
    while (end > p) { /* trim trailing blanks */
        if (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r' || end[-1] == '\n')
            end--;
        else if (end - p >= 2 && (unsigned char)end[-2] == 0xC2 && (unsigned char)end[-1] == 0xA0)
            end -= 2;
        else if (end - p >= 3 && (unsigned char)end[-3] == 0xE2 && (unsigned char)end[-2] == 0x80 &&
                 ((unsigned char)end[-1] == 0xAF || (unsigned char)end[-1] == 0x89))
            end -= 3;
        else
            break;
    }
    if (p == end)
        return sif_error_set(err, SIF_ERR_DATA, "empty amount");
    for (const char *q = p; q < end; q++)
        if (*q == '\0')
            return PARSE_FAIL(q, "amount contains a NUL byte");

    bool neg = false;
    if (*p == '-' || *p == '+') {
        neg = *p == '-';
        p++;
    } else if (end - p >= 3 && (unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x88 &&
               (unsigned char)p[2] == 0x92) {
        neg = true;
        p += 3;
    }
    if (p == end || *p < '0' || *p > '9')
        return PARSE_FAIL(p, "amount \"%.*s\" is not a number", (int)len, text);

    int64_t kr = 0;
    int group = 0;      /* digits in the current group */
    bool grouped = false;
    const char *start = p, *bad_sep = NULL;
    while (p < end) {
        if (*p >= '0' && *p <= '9') {
            if (__builtin_mul_overflow(kr, 10, &kr) || __builtin_add_overflow(kr, *p - '0', &kr))
                return sif_error_set(err, SIF_ERR_OVERFLOW, "amount \"%.*s\" is too large",
                                     (int)len, text);
            group++;
            p++;
            continue;
        }
        size_t s = sep_len(p, end);
        if (s > 0 && p + s < end && p[s] >= '0' && p[s] <= '9') {
            /* a thousands separator: the group before it is 1–3 digits (first) or 3 */
            if (((grouped && group != 3) || (!grouped && group > 3)) && bad_sep == NULL)
                bad_sep = p;
            grouped = true;
            group = 0;
            p += s;
            continue;
        }
        break;
    }
    /* a bad grouping is reported only once the rest is known to be a number, so that
     * "1 05O 679" says "not a number" rather than blaming the separator */
    const char *bad_group = (grouped && group != 3) ? p : NULL;
    (void)start;

    /* decimals: kept as digits until the unit says how many öre one of them is worth */
    int64_t frac = 0;
    int d = 0;
    const char *frac_at[9] = {NULL};
    if (p < end && (*p == ',' || *p == '.')) {
        const char *mark = p++;
        while (p < end && *p >= '0' && *p <= '9') {
            if (d < 9)
                frac_at[d] = p;
            if (d < 8)
                frac = frac * 10 + (*p - '0');
            d++;
            p++;
        }
        if (d == 0 && !(p < end && *p == '-'))
            /* "100," alone is odd but harmless only as "100,-" */
            return PARSE_FAIL(mark, "decimal mark without decimals in \"%.*s\"", (int)len, text);
        if (d == 0)
            p++; /* "100,-" */
    }
    /* optional unit: kronor, thousands (tkr) or millions (mnkr) of kronor */
    while (p < end && is_blank(p, end, &n))
        p += n;
    int decimals = 2;       /* öre digits a krona's decimals may have */
    int64_t scale = 1;      /* kronor per unit */
    if (p < end) {
        static const struct { const char *word; int64_t scale; int decimals; } units[] = {
            {"kr", 1, 2}, {"Kr", 1, 2}, {"kr.", 1, 2}, {"SEK", 1, 2}, {":-", 1, 2},
            {"tkr", 1000, 5}, {"Tkr", 1000, 5}, {"tkr.", 1000, 5}, {"TSEK", 1000, 5},
            {"mnkr", 1000000, 8}, {"Mnkr", 1000000, 8}, {"mkr", 1000000, 8},
            {"Mkr", 1000000, 8}, {"MSEK", 1000000, 8},
        };
        size_t left = (size_t)(end - p), u = 0;
        while (u < sizeof units / sizeof units[0] &&
               !(strlen(units[u].word) == left && strncmp(p, units[u].word, left) == 0))
            u++;
        if (u == sizeof units / sizeof units[0])
            return PARSE_FAIL(p, "amount \"%.*s\" is not a number", (int)len, text);
        scale = units[u].scale;
        decimals = units[u].decimals;
    }
    if (d > decimals)
        return PARSE_FAIL(frac_at[decimals], "more than %d decimals in \"%.*s\"", decimals,
                          (int)len, text);
    for (int i = d; i < decimals; i++)
        frac *= 10;

    if (bad_sep == NULL)
        bad_sep = bad_group;
    if (bad_sep)
        return PARSE_FAIL(bad_sep, "misplaced thousands separator in \"%.*s\"", (int)len, text);
    int64_t v;
    if (__builtin_mul_overflow(kr, scale * SIF_ORE_PER_KR, &v) ||
        __builtin_add_overflow(v, frac, &v))
        return sif_error_set(err, SIF_ERR_OVERFLOW, "amount \"%.*s\" is too large", (int)len,
                             text);
    *out = neg ? -v : v;
    return SIF_OK;
}

sif_status sif_ore_parse(const char *text, sif_ore *out, sif_error *err)
{
    if (text == NULL)
        return sif_error_set(err, SIF_ERR_DATA, "empty amount");
    return sif_ore_parse_n(text, strlen(text), out, err);
}

sif_status sif_ratio_parse(const char *text, sif_ratio *out, sif_error *err)
{
    if (text == NULL || *text == '\0')
        return sif_error_set(err, SIF_ERR_DATA, "empty ratio");
    const char *p = text;
    while (*p == ' ')
        p++;
    bool neg = false;
    if (*p == '-') {
        neg = true;
        p++;
    } else if ((unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x88 &&
               (unsigned char)p[2] == 0x92) { /* U+2212 minus */
        neg = true;
        p += 3;
    }
    int64_t num = 0, den = 1;
    int digits = 0;
    while (*p >= '0' && *p <= '9') {
        if (__builtin_mul_overflow(num, 10, &num) || __builtin_add_overflow(num, *p - '0', &num))
            return sif_error_set(err, SIF_ERR_OVERFLOW, "ratio \"%s\" is too large", text);
        p++;
        digits++;
    }
    if (*p == ',' || *p == '.') {
        p++;
        while (*p >= '0' && *p <= '9') {
            if (den >= 1000000000000LL)
                return sif_error_set(err, SIF_ERR_DATA, "ratio \"%s\" has too many decimals",
                                     text);
            if (__builtin_mul_overflow(num, 10, &num) ||
                __builtin_add_overflow(num, *p - '0', &num))
                return sif_error_set(err, SIF_ERR_OVERFLOW, "ratio \"%s\" is too large", text);
            den *= 10;
            p++;
            digits++;
        }
    }
    if (digits == 0)
        return sif_error_set(err, SIF_ERR_DATA, "ratio \"%s\" is not a number", text);
    size_t blank;
    while (is_blank(p, p + strlen(p), &blank))
        p += blank;
    if (*p == '%') {
        den *= 100;
        p++;
    } else if (*p == '/') {
        p++;
        char *e;
        long long d = strtoll(p, &e, 10);
        if (e == p || d <= 0 || den != 1)
            return sif_error_set(err, SIF_ERR_DATA, "ratio \"%s\" is not a fraction", text);
        den = d;
        p = e;
    }
    while (*p == ' ')
        p++;
    if (*p != '\0')
        return sif_error_set(err, SIF_ERR_DATA, "ratio \"%s\" is not a number", text);
    out->num = neg ? -num : num;
    out->den = den;
    return SIF_OK;
}

/* ---- formatting ---- */

char *sif_ore_format(sif_ore v, char *buf, size_t size, unsigned flags)
{
    char digits[32];
    bool neg = v < 0;
    uint64_t u = neg ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    uint64_t kr = u / 100, ore = u % 100;
    bool show_ore;
    if (flags & SIF_FMT_KRONOR) {
        if (ore >= 50)
            kr++;
        ore = 0;
        show_ore = false;
    } else {
        show_ore = (flags & SIF_FMT_ORE) || ore != 0;
    }
    if (kr == 0 && ore == 0)
        neg = false;
    snprintf(digits, sizeof digits, "%llu", (unsigned long long)kr);
    char tmp[64];
    size_t t = 0, nd = strlen(digits);
    if (neg)
        tmp[t++] = '-';
    for (size_t i = 0; i < nd; i++) {
        if (i > 0 && (nd - i) % 3 == 0 && !(flags & SIF_FMT_PLAIN))
            tmp[t++] = ' ';
        tmp[t++] = digits[i];
    }
    if (show_ore) {
        tmp[t++] = (flags & SIF_FMT_PLAIN) ? '.' : ',';
        tmp[t++] = (char)('0' + ore / 10);
        tmp[t++] = (char)('0' + ore % 10);
    }
    tmp[t] = '\0';
    snprintf(buf, size, "%s%s", tmp, (flags & SIF_FMT_KR) ? " kr" : "");
    return buf;
}

char *sif_ratio_format(sif_ratio r, char *buf, size_t size)
{
    int64_t bp = 0; /* hundredths of a percent */
    if (r.den == 0 || sif_muldiv(r.num, 10000, r.den, &bp, NULL) != SIF_OK) {
        snprintf(buf, size, "?");
        return buf;
    }
    bool neg = bp < 0;
    uint64_t u = neg ? (uint64_t)0 - (uint64_t)bp : (uint64_t)bp;
    if (u % 100 == 0)
        snprintf(buf, size, "%s%llu %%", neg ? "-" : "", (unsigned long long)(u / 100));
    else if (u % 10 == 0)
        snprintf(buf, size, "%s%llu,%llu %%", neg ? "-" : "", (unsigned long long)(u / 100),
                 (unsigned long long)(u % 100 / 10));
    else
        snprintf(buf, size, "%s%llu,%02llu %%", neg ? "-" : "", (unsigned long long)(u / 100),
                 (unsigned long long)(u % 100));
    return buf;
}

/* ---- largest remainder ---- */

sif_status sif_allocate(sif_ore total, const int64_t *weights, size_t n, sif_ore *out,
                        sif_error *err)
{
    if (n == 0)
        return sif_error_set(err, SIF_ERR_USAGE, "nothing to allocate over");
    int64_t sum = 0;
    for (size_t i = 0; i < n; i++) {
        if (weights[i] < 0)
            return sif_error_set(err, SIF_ERR_DATA, "negative weight in allocation");
        if (__builtin_add_overflow(sum, weights[i], &sum))
            return sif_error_set(err, SIF_ERR_OVERFLOW, "weights overflow in allocation");
    }
    if (sum == 0)
        return sif_error_set(err, SIF_ERR_DATA, "weights sum to zero in allocation");
    bool neg = total < 0;
    unsigned __int128 ut = neg ? (unsigned __int128)(-(__int128)total) : (unsigned __int128)total;
    /* parts and remainders in unsigned 128 bits: |INT64_MIN| fits only there */
    unsigned __int128 *part = calloc(2 * n, sizeof *part), *rem = part + n;
    if (part == NULL)
        return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    unsigned __int128 given = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned __int128 p = ut * (unsigned __int128)weights[i];
        part[i] = p / (unsigned __int128)sum;
        rem[i] = p % (unsigned __int128)sum;
        given += part[i];
    }
    unsigned __int128 left = ut - given; /* < n */
    while (left > 0) {
        size_t best = 0;
        for (size_t i = 1; i < n; i++)
            if (rem[i] > rem[best])
                best = i;
        part[best]++;
        rem[best] = 0;
        left--;
    }
    for (size_t i = 0; i < n; i++) /* each part <= |total|, so it fits with total's sign */
        out[i] = (sif_ore)(neg ? -(__int128)part[i] : (__int128)part[i]);
    free(part);
    return SIF_OK;
}

bool sif_rounding_may_explain(sif_ore diff, int64_t cells)
{
    if (cells <= 0 || diff == INT64_MIN)
        return false;
    sif_ore d = diff < 0 ? -diff : diff;
    return d / (SIF_ORE_PER_KR / 2) < cells ||
           (d % (SIF_ORE_PER_KR / 2) == 0 && d / (SIF_ORE_PER_KR / 2) == cells);
}

sif_status sif_allocate_kronor(sif_ore total, const int64_t *weights, size_t n, sif_ore *out,
                               sif_error *err)
{
    sif_ore kronor = total / SIF_ORE_PER_KR, ore = total % SIF_ORE_PER_KR;
    sif_status rc = sif_allocate(kronor, weights, n, out, err);
    for (size_t i = 0; rc == SIF_OK && i < n; i++)
        out[i] *= SIF_ORE_PER_KR;   /* |out[i]| <= |kronor|: fits */
    if (rc == SIF_OK)
        out[n - 1] += ore;          /* same sign as total: still within it */
    return rc;
}
