/* importers/heading.c — a problem named the way the file names it (heading.h). */
#include "heading.h"

#include <stdio.h>
#include <string.h>
#include "intl.h"

void sif_headings_add(sif_headings *h, long column, const char *key, const char *text,
                      size_t len)
{
    if (h->n >= SIF_HEADINGS_MAX)
        return;
    h->col[h->n].column = column;
    snprintf(h->col[h->n].key, sizeof h->col[h->n].key, "%s", key);
    snprintf(h->col[h->n].text, sizeof h->col[h->n].text, "%.*s", (int)len, text);
    h->n++;
}

/* Part of a word: ASCII letters and digits, '_', and every byte of a multi-byte character. */
static bool word_byte(char c)
{
    unsigned char u = (unsigned char)c;
    return u >= 0x80 || u == '_' || (u >= '0' && u <= '9') || ((u | 0x20) >= 'a' && (u | 0x20) <= 'z');
}

/* Where word stands as a whole word in s, or NULL. */
static char *find_word(char *s, const char *word)
{
    size_t n = strlen(word);
    if (n == 0)
        return NULL;
    for (char *p = strstr(s, word); p; p = strstr(p + 1, word))
        if ((p == s || !word_byte(p[-1])) && !word_byte(p[n]))
            return p;
    return NULL;
}

/* "G5": column letters, then the row. */
static void cell_name(long column, long row, char *buf, size_t size)
{
    char letters[8];
    int n = 0;
    for (long c = column; c > 0 && n < 7; c = (c - 1) / 26)
        letters[n++] = (char)('A' + (c - 1) % 26);
    char rev[8];   /* at most 7 letters */
    for (int i = 0; i < n; i++)
        rev[i] = letters[n - 1 - i];
    rev[n] = '\0';
    snprintf(buf, size, "%s%ld", rev, row);
}

void sif_headings_name(const sif_headings *h, sif_error *e)
{
    if (e->column <= 0)
        return;
    const char *text = NULL, *key = NULL;
    for (size_t i = 0; i < h->n; i++)
        if (h->col[i].column == e->column) {
            key = h->col[i].key;
            text = h->col[i].text;
        }
    bool named = false;
    if (text && text[0]) {
        char *at = find_word(e->msg, key);
        size_t klen = strlen(key), tlen = strlen(text), mlen = strlen(e->msg);
        if (at && strcmp(key, text) != 0 && mlen - klen + tlen < sizeof e->msg) {
            memmove(at + tlen, at + klen, mlen - (size_t)(at - e->msg) - klen + 1);
            memcpy(at, text, tlen);
            named = true;
        } else {
            named = at != NULL || find_word(e->msg, text) != NULL;
        }
    }
    if (!h->cells || e->line <= 0)
        return;
    char cell[32];
    cell_name(e->column, e->line, cell, sizeof cell);
    if (find_word(e->msg, cell))   /* the reader named it already */
        return;
    char where[160];
    if (text && text[0] && !named)
        snprintf(where, sizeof where, _("cell %s, column %s"), cell, text);
    else
        snprintf(where, sizeof where, _("cell %s"), cell);
    size_t m = strlen(e->msg);
    if (m + strlen(where) + 4 < sizeof e->msg)
        snprintf(e->msg + m, sizeof e->msg - m, " (%s)", where);
}
