/* ledger/web/html.h — building a page: a growing buffer, and every value HTML-escaped on the
 * way in. Nothing a user or a file typed reaches a page without web_esc. */
#ifndef SIF_WEB_HTML_H
#define SIF_WEB_HTML_H

#include <stdbool.h>
#include <stddef.h>
#include "sif/money.h"

/* Caller-owned (usually on the stack); web_buf_release frees the text, web_buf_take hands it
 * over. After an allocation failure every call does nothing and oom is true. */
typedef struct web_buf {
    char *p;
    size_t len, cap;
    bool oom;
} web_buf;

void web_buf_init(web_buf *b);
void web_buf_release(web_buf *b);
/* The text (NUL-terminated, malloc'd, the caller's to free) and its length; b is empty after.
 * NULL after an allocation failure. */
char *web_buf_take(web_buf *b, size_t *len);

/* Markup written as it is: only for text of the program's own. */
void web_raw(web_buf *b, const char *html);
void web_rawf(web_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Text: & < > " ' become entities, so it is text inside elements and quoted attributes. */
void web_esc(web_buf *b, const char *text);
void web_escn(web_buf *b, const char *text, size_t len);
void web_escf(web_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Whole kronor in Swedish ("1 050 679"), in a right-aligned cell: <td class="n">…</td>. */
void web_money_td(web_buf *b, sif_ore v);
/* Percent-encode text for a path segment or a query value. */
void web_url(web_buf *b, const char *text);

#endif
