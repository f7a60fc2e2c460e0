/* importers/sink_util.c — cell parsing and error positions shared by the import sinks. */
#include "sink.h"

#include <stdarg.h>
#include "sif/i18n.h"
#include <stdio.h>
#include <string.h>

sif_status sif_sink_fail(const sif_sink *s, const sif_cell *cell, sif_error *err)
{
    if (err == NULL)
        return SIF_ERR_DATA;
    if (err->code == SIF_ERR_NOTFOUND)
        err->code = SIF_ERR_DATA;
    if (err->line == 0 && cell) {
        snprintf(err->file, sizeof err->file, "%s", s->file);
        err->line = cell->line;
        err->column = cell->column;
    }
    return err->code;
}

sif_status sif_sink_error(const sif_sink *s, const sif_cell *cell, sif_error *err,
                          const char *fmt, ...)
{
    if (err == NULL)
        return SIF_ERR_DATA;
    va_list ap;
    va_start(ap, fmt);
    sif_error_init(err);
    err->code = SIF_ERR_DATA;
    vsnprintf(err->msg, sizeof err->msg, sif_tr(fmt), ap);   /* in the chosen language */
    va_end(ap);
    return sif_sink_fail(s, cell, err);
}

static bool blank_at(const char *p, const char *e, size_t *n)
{
    size_t left = (size_t)(e - p);
    if (left >= 1 && (*p == ' ' || *p == '\t')) {
        *n = 1;
        return true;
    }
    if (left >= 2 && (unsigned char)p[0] == 0xC2 && (unsigned char)p[1] == 0xA0) {
        *n = 2;
        return true;
    }
    return false;
}

void sif_cell_trim(const sif_cell *c, const char **text, size_t *len)
{
    if (c == NULL) {
        *text = "";
        *len = 0;
        return;
    }
    const char *p = c->text, *e = c->text + c->len;
    size_t n;
    while (blank_at(p, e, &n))
        p += n;
    while (e > p) {
        if (e[-1] == ' ' || e[-1] == '\t')
            e--;
        else if (e - p >= 2 && (unsigned char)e[-2] == 0xC2 && (unsigned char)e[-1] == 0xA0)
            e -= 2;
        else
            break;
    }
    *text = p;
    *len = (size_t)(e - p);
}

sif_status sif_cell_text(const sif_sink *s, const sif_cell *c, bool required, const char *what,
                         char *buf, size_t size, sif_error *err)
{
    const char *t;
    size_t n;
    sif_cell_trim(c, &t, &n);
    if (n == 0 && required)
        return sif_sink_error(s, c, err, "%s is empty", what);
    if (n >= size)
        return sif_sink_error(s, c, err, "%s is longer than %zu bytes", what, size - 1);
    memcpy(buf, t, n);
    buf[n] = '\0';
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)buf[i] < 0x20 && buf[i] != '\t')
            return sif_sink_error(s, c, err, "%s contains a control character", what);
    return SIF_OK;
}

sif_status sif_cell_note(const sif_sink *s, const sif_cell *c, const char *what, char *buf,
                         size_t size, sif_error *err)
{
    const char *t;
    size_t n, k = 0;
    sif_cell_trim(c, &t, &n);
    for (size_t i = 0; i < n; i++) {
        if (t[i] == '\r' || t[i] == '\n') {
            while (i + 1 < n && (t[i + 1] == '\r' || t[i + 1] == '\n'))
                i++;
            if (k + 1 < size)
                buf[k++] = ' ';
            continue;
        }
        if (k + 1 >= size)
            return sif_sink_error(s, c, err, "%s is longer than %zu bytes", what, size - 1);
        if ((unsigned char)t[i] < 0x20 && t[i] != '\t')
            return sif_sink_error(s, c, err, "%s contains a control character", what);
        buf[k++] = t[i];
    }
    buf[k] = '\0';
    return SIF_OK;
}

sif_status sif_cell_int(const sif_sink *s, const sif_cell *c, bool required, const char *what,
                        long min, long max, long dflt, long *out, sif_error *err)
{
    const char *t;
    size_t n;
    sif_cell_trim(c, &t, &n);
    if (n == 0) {
        if (required)
            return sif_sink_error(s, c, err, "%s is empty", what);
        *out = dflt;
        return SIF_OK;
    }
    long v = 0;
    size_t i = 0;
    bool neg = t[0] == '-';
    if (neg)
        i++;
    if (i == n)
        return sif_sink_error(s, c, err, "%s \"%.*s\" is not a whole number", what, (int)n, t);
    for (; i < n; i++) {
        if (t[i] < '0' || t[i] > '9' || v > 100000000L)
            return sif_sink_error(s, c, err, "%s \"%.*s\" is not a whole number", what, (int)n, t);
        v = v * 10 + (t[i] - '0');
    }
    if (neg)
        v = -v;
    if (v < min || v > max)
        return sif_sink_error(s, c, err, "%s %ld is outside %ld–%ld", what, v, min, max);
    *out = v;
    return SIF_OK;
}

sif_status sif_cell_amount(const sif_sink *s, const sif_cell *c, const char *what,
                           sif_ore *out, sif_error *err)
{
    if (c == NULL || c->len == 0)
        return sif_sink_error(s, c, err, "%s is empty", what);
    sif_status rc = sif_ore_parse_n(c->text, c->len, out, err);
    if (rc != SIF_OK) {
        err->line = 0;      /* the parser's column is a character offset: name the field */
        return sif_sink_fail(s, c, err);
    }
    return SIF_OK;
}
