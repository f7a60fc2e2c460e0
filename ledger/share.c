/* ledger/share.c — shares as SPEC §11.2 writes them, and KEY=VALUE lists. */
#include "sif/share.h"

#include <stdio.h>
#include <string.h>

/* Write num / 10^exp as a decimal with a comma ("0,035"), num >= 0. */
static void decimal_text(int64_t num, int exp, char *buf, size_t size)
{
    char raw[24], digits[48];
    int n = snprintf(raw, sizeof raw, "%lld", (long long)num);
    int pad = n <= exp ? exp + 1 - n : 0; /* 35 / 10^3: "035" → "0,035" */
    if (pad + n >= (int)sizeof digits)
        pad = 0;
    memset(digits, '0', (size_t)pad);
    memcpy(digits + pad, raw, (size_t)n + 1);
    n += pad;
    int whole = n - exp;
    int last = n; /* drop trailing zeros of the decimals */
    while (last > whole && digits[last - 1] == '0')
        last--;
    if (last == whole)
        snprintf(buf, size, "%.*s", whole, digits);
    else
        snprintf(buf, size, "%.*s,%.*s", whole, digits, last - whole, digits + whole);
}

sif_status sif_share_parse_n(const char *text, size_t len, sif_ratio *out, sif_error *err)
{
    char buf[80];
    while (len > 0 && (*text == ' ' || *text == '\t')) {
        text++;
        len--;
    }
    while (len > 0 && (text[len - 1] == ' ' || text[len - 1] == '\t'))
        len--;
    if (len == 0)
        return sif_error_set(err, SIF_ERR_DATA, "empty share");
    if (len >= sizeof buf || memchr(text, '\0', len))
        return sif_error_set(err, SIF_ERR_DATA, "share \"%.*s\" is not a number", (int)len,
                             text);
    memcpy(buf, text, len);
    buf[len] = '\0';
    sif_ratio r;
    sif_error e;
    sif_error_init(&e);
    if (sif_ratio_parse(buf, &r, &e) != SIF_OK)
        return sif_error_set(err, e.code,
                             "share \"%s\" is not a share: write 50 %%, 0,5, 0.5 or 1/2", buf);
    bool bare = strchr(buf, '%') == NULL && strchr(buf, '/') == NULL;
    if (bare && r.num > r.den) {
        /* r.den is a power of ten here: "3,5" is 35/10, meant as 3,5 % = 35/1000 */
        int exp = 2;
        for (int64_t d = r.den; d > 1; d /= 10)
            exp++;
        char dec[48];
        decimal_text(r.num, exp, dec, sizeof dec);
        if (r.num > r.den * 100) /* the decimal would be above 1 too */
            return sif_error_set(err, SIF_ERR_DATA, "share \"%s\" is above 1: write %s %%",
                                 buf, buf);
        return sif_error_set(err, SIF_ERR_DATA, "share \"%s\" is above 1: write %s %% or %s",
                             buf, buf, dec);
    }
    *out = r;
    return SIF_OK;
}

sif_status sif_share_parse(const char *text, sif_ratio *out, sif_error *err)
{
    if (text == NULL)
        return sif_error_set(err, SIF_ERR_DATA, "empty share");
    return sif_share_parse_n(text, strlen(text), out, err);
}

sif_status sif_share_bp(sif_ratio r, const char *what, int *bp, sif_error *err)
{
    int64_t v;
    if (r.den <= 0 || r.num < 0 || r.num > r.den)
        return sif_error_set(err, SIF_ERR_DATA, "%s must be a share from 0 to 100 %%", what);
    sif_status rc = sif_muldiv(r.num, 10000, r.den, &v, err);
    if (rc == SIF_OK)
        *bp = (int)v;
    return rc;
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static void copy_trimmed(char *dst, size_t size, const char *s, const char *e)
{
    while (s < e && (*s == ' ' || *s == '\t'))
        s++;
    while (e > s && (e[-1] == ' ' || e[-1] == '\t'))
        e--;
    size_t n = (size_t)(e - s);
    if (n >= size)
        n = size - 1;
    memcpy(dst, s, n);
    dst[n] = '\0';
}

bool sif_kv_next(const char **cursor, sif_kv *out)
{
    const char *p = *cursor;
    if (p == NULL)
        return false;
    while (*p == ';' || *p == ',' || *p == ' ')
        p++;
    if (*p == '\0') {
        *cursor = p;
        return false;
    }
    const char *start = p;
    while (*p && *p != ';' && !(*p == ',' && !(p > start && is_digit(p[-1]) && is_digit(p[1]))))
        p++;
    const char *eq = start;
    while (eq < p && *eq != '=')
        eq++;
    if (eq == p)
        eq = NULL;
    if (eq) {
        copy_trimmed(out->key, sizeof out->key, start, eq);
        copy_trimmed(out->value, sizeof out->value, eq + 1, p);
    } else {
        copy_trimmed(out->key, sizeof out->key, start, p);
        out->value[0] = '\0';
    }
    out->has_value = eq != NULL;
    *cursor = *p ? p + 1 : p;
    return true;
}
