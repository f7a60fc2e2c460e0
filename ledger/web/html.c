/* ledger/web/html.c — the page buffer and HTML escaping. */
#include "html.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void web_buf_init(web_buf *b)
{
    memset(b, 0, sizeof *b);
}

void web_buf_release(web_buf *b)
{
    free(b->p);
    web_buf_init(b);
}

char *web_buf_take(web_buf *b, size_t *len)
{
    char *p = b->oom ? NULL : b->p;
    *len = b->oom ? 0 : b->len;
    if (b->oom)
        free(b->p);
    web_buf_init(b);
    return p;
}

static bool grow(web_buf *b, size_t more)
{
    if (b->oom)
        return false;
    if (b->len + more + 1 <= b->cap)
        return true;
    size_t cap = b->cap ? b->cap : 4096;
    while (cap < b->len + more + 1)
        cap *= 2;
    char *p = realloc(b->p, cap);
    if (p == NULL) {
        b->oom = true;
        return false;
    }
    b->p = p;
    b->cap = cap;
    return true;
}

static void put(web_buf *b, const char *s, size_t n)
{
    if (!grow(b, n))
        return;
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}

void web_raw(web_buf *b, const char *html)
{
    put(b, html, strlen(html));
}

__attribute__((format(printf, 3, 0)))
static void vformat(web_buf *b, bool escape, const char *fmt, va_list ap)
    __attribute__((format(printf, 3, 0)));

static void vformat(web_buf *b, bool escape, const char *fmt, va_list ap)
{
    char small[512];
    va_list copy;
    va_copy(copy, ap);
    int n = vsnprintf(small, sizeof small, fmt, copy);
    va_end(copy);
    if (n < 0)
        return;
    if ((size_t)n < sizeof small) {
        if (escape)
            web_escn(b, small, (size_t)n);
        else
            put(b, small, (size_t)n);
        return;
    }
    char *big = malloc((size_t)n + 1);
    if (big == NULL) {
        b->oom = true;
        return;
    }
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    if (escape)
        web_escn(b, big, (size_t)n);
    else
        put(b, big, (size_t)n);
    free(big);
}

void web_rawf(web_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vformat(b, false, fmt, ap);
    va_end(ap);
}

void web_escf(web_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vformat(b, true, fmt, ap);
    va_end(ap);
}

void web_escn(web_buf *b, const char *text, size_t len)
{
    size_t from = 0;
    for (size_t i = 0; i < len; i++) {
        const char *ent = NULL;
        switch (text[i]) {
        case '&': ent = "&amp;"; break;
        case '<': ent = "&lt;"; break;
        case '>': ent = "&gt;"; break;
        case '"': ent = "&quot;"; break;
        case '\'': ent = "&#39;"; break;
        default: continue;
        }
        put(b, text + from, i - from);
        web_raw(b, ent);
        from = i + 1;
    }
    put(b, text + from, len - from);
}

void web_esc(web_buf *b, const char *text)
{
    if (text)
        web_escn(b, text, strlen(text));
}

void web_money_td(web_buf *b, sif_ore v)
{
    char m[48];
    web_raw(b, "<td class=\"n\">");
    web_esc(b, sif_ore_format(v, m, sizeof m, SIF_FMT_KRONOR));
    web_raw(b, "</td>");
}

void web_url(web_buf *b, const char *text)
{
    static const char hex[] = "0123456789ABCDEF";
    for (const unsigned char *p = (const unsigned char *)text; p && *p; p++) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
            *p == '-' || *p == '_' || *p == '.' || *p == '~') {
            put(b, (const char *)p, 1);
        } else {
            char e[3] = {'%', hex[*p >> 4], hex[*p & 15]};
            put(b, e, 3);
        }
    }
}
