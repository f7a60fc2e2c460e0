/* ledger/calc/calc_text.c — a saving's derivation and input labels, stored without a language
 * and said in the chosen one (SPEC §14).
 *
 * A stored line is "\001" FORMAT ("\037" ARG)*: FORMAT the English message id the method
 * wrote (its Swedish in po/sv.po), each ARG one conversion of it already formatted ("38",
 * "9 000", a district), or "\002" ID for a word that is itself translated (T_). Rendering
 * translates FORMAT and puts the ARGs in its conversions, in order or by position ("%2$s").
 * A line without "\001" is a ledger's older text (Swedish), said as it was stored. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "calc_internal.h"
#include "../intl.h"

#define MARK_LINE '\001'
#define MARK_WORD '\002'
#define SEP '\037'

/* One conversion "%[N$][flags][width][.prec][len]c" at p (after the '%'): its end, and the
 * position N (0 = none). */
static const char *conversion(const char *p, int *pos, char *len, char *conv)
{
    *pos = 0;
    const char *q = p;
    int n = 0;
    while (*q >= '0' && *q <= '9')
        n = n * 10 + (*q++ - '0');
    if (*q == '$' && n > 0)
        *pos = n, p = q + 1;
    while (*p && strchr("-+ #0", *p))
        p++;
    while ((*p >= '0' && *p <= '9') || *p == '.')
        p++;
    size_t l = 0;
    while (*p && strchr("hlzjt", *p) && l < 2)
        len[l++] = *p++;
    len[l] = '\0';
    *conv = *p;
    return *p ? p + 1 : p;
}

static bool put_char(sif_sbuf *b, char c) { return sif_sbuf_put(b, &c, 1); }

/* s with the marks that structure a stored line (and newlines) as spaces */
static void put_clean(sif_sbuf *b, const char *s, bool *ok)
{
    static const char marks[] = {'\n', SEP, MARK_LINE, '\0'};
    while (*s && *ok) {
        size_t n = strcspn(s, marks);
        *ok = sif_sbuf_put(b, s, n);
        s += n;
        if (*s && *ok) {
            *ok = put_char(b, ' ');
            s++;
        }
    }
}

char *sif_calc_encode(const char *fmt, va_list ap)
{
    sif_sbuf b = {0};
    bool ok = put_char(&b, MARK_LINE);
    put_clean(&b, fmt, &ok);
    for (const char *p = fmt; ok && (p = strchr(p, '%')) != NULL;) {
        p++;
        if (*p == '%') {
            p++;
            continue;
        }
        int pos;
        char len[3], conv, one[128];
        const char *body = p;
        p = conversion(p, &pos, len, &conv);
        /* the flags sif's messages use: a zero pad and a width ("%04d"), a precision ("%.140s") */
        int zero = 0, width = 0, prec = -1;
        const char *f = body;
        while (*f && strchr("-+ #0", *f))
            zero |= *f++ == '0';
        while (*f >= '0' && *f <= '9')
            width = width * 10 + (*f++ - '0');
        if (*f == '.')
            prec = atoi(f + 1);
        one[0] = '\0';
        switch (conv) {
        case 'd': case 'i': {
            long long v = strcmp(len, "ll") == 0 ? va_arg(ap, long long)
                          : strcmp(len, "l") == 0 ? va_arg(ap, long)
                          : strcmp(len, "z") == 0 ? (long long)va_arg(ap, ptrdiff_t)
                                                  : va_arg(ap, int);
            snprintf(one, sizeof one, zero ? "%0*lld" : "%*lld", width, v);
            break;
        }
        case 'u': {
            unsigned long long v = strcmp(len, "ll") == 0 ? va_arg(ap, unsigned long long)
                                   : strcmp(len, "l") == 0 ? va_arg(ap, unsigned long)
                                   : strcmp(len, "z") == 0 ? va_arg(ap, size_t)
                                                           : va_arg(ap, unsigned);
            snprintf(one, sizeof one, zero ? "%0*llu" : "%*llu", width, v);
            break;
        }
        case 's': {
            const char *s = va_arg(ap, const char *);
            ok = put_char(&b, SEP);
            if (ok && s && *s == MARK_WORD)
                ok = sif_sbuf_put(&b, s, strlen(s)); /* a word of ours, translated when said */
            else if (ok && s) {
                /* the precision of "%.140s" bounds a name; the name is kept whole otherwise */
                char *w = prec >= 0 ? malloc((size_t)prec + 1) : NULL;
                if (w)
                    snprintf(w, (size_t)prec + 1, "%s", s);
                put_clean(&b, w ? w : s, &ok);
                free(w);
            }
            continue;
        }
        default:
            break;
        }
        ok = ok && put_char(&b, SEP);
        put_clean(&b, one, &ok);
    }
    if (!ok) {
        free(b.s);
        return NULL;
    }
    return b.s ? b.s : calloc(1, 1);
}

char *sif_calc_encodef(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = sif_calc_encode(fmt, ap);
    va_end(ap);
    return s;
}

/* One stored line [p, end) said in the chosen language, appended to b. */
static bool render_line(sif_sbuf *b, const char *p, const char *end)
{
    if (p == end || *p != MARK_LINE)
        return sif_sbuf_printf(b, "%.*s", (int)(end - p), p);
    p++;
    const char *sep = memchr(p, SEP, (size_t)(end - p));
    size_t flen = (size_t)((sep ? sep : end) - p);
    char *fmt = malloc(flen + 1);
    if (fmt == NULL)
        return false;
    memcpy(fmt, p, flen);
    fmt[flen] = '\0';
    /* the arguments, each up to the next separator */
    const char *args[32];
    size_t alen[32], nargs = 0;
    for (const char *a = sep; a && a < end && nargs < 32; nargs++) {
        a++;
        const char *next = memchr(a, SEP, (size_t)(end - a));
        args[nargs] = a;
        alen[nargs] = (size_t)((next ? next : end) - a);
        a = next;
    }
    const char *t = _(fmt);
    bool ok = true;
    size_t next_arg = 0;
    for (const char *q = t; *q && ok;) {
        const char *pc = strchr(q, '%');
        if (pc == NULL) {
            ok = sif_sbuf_printf(b, "%s", q);
            break;
        }
        ok = sif_sbuf_printf(b, "%.*s", (int)(pc - q), q);
        if (pc[1] == '%') {
            ok = ok && sif_sbuf_printf(b, "%%");
            q = pc + 2;
            continue;
        }
        int pos;
        char len[3], conv;
        q = conversion(pc + 1, &pos, len, &conv);
        size_t i = pos > 0 ? (size_t)pos - 1 : next_arg++;
        if (!ok || i >= nargs)
            continue;
        if (alen[i] > 0 && args[i][0] == MARK_WORD) {
            char word[256];
            snprintf(word, sizeof word, "%.*s", (int)alen[i] - 1, args[i] + 1);
            ok = sif_sbuf_printf(b, "%s", _(word));
        } else {
            ok = sif_sbuf_printf(b, "%.*s", (int)alen[i], args[i]);
        }
    }
    free(fmt);
    return ok;
}

char *sif_calc_render(const char *stored)
{
    sif_sbuf b = {0};
    bool ok = true;
    const char *p = stored ? stored : "";
    while (ok) {
        const char *e = strchr(p, '\n');
        const char *end = e ? e : p + strlen(p);
        ok = render_line(&b, p, end);
        if (!e)
            break;
        ok = ok && sif_sbuf_printf(&b, "\n");
        p = e + 1;
    }
    if (!ok) {
        free(b.s);
        return NULL;
    }
    return b.s ? b.s : calloc(1, 1);
}
