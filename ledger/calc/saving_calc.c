/* ledger/calc/saving_calc.c — a saving's calculation: its structured inputs, formulas and
 * derivation lines, and their stored form. */
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "calc_internal.h"

/* room for n more bytes and a terminating NUL */
static bool sbuf_room(sif_sbuf *b, size_t n)
{
    if (b->len + n + 1 <= b->cap)
        return true;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + n + 1)
        cap *= 2;
    char *s = realloc(b->s, cap);
    if (s == NULL)
        return false;
    b->s = s;
    b->cap = cap;
    return true;
}

bool sif_sbuf_printf(sif_sbuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || !sbuf_room(b, (size_t)n))
        return false;
    va_start(ap, fmt);
    vsnprintf(b->s + b->len, b->cap - b->len, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return true;
}

bool sif_sbuf_put(sif_sbuf *b, const char *p, size_t n)
{
    if (!sbuf_room(b, n))
        return false;
    memcpy(b->s + b->len, p, n);
    b->len += n;
    b->s[b->len] = '\0';
    return true;
}

char *sif_kr(sif_ore v, char *buf)
{
    return sif_ore_format(v, buf, 40, SIF_FMT_AUTO);
}

sif_saving_calc *sif_saving_calc_new(void)
{
    return calloc(1, sizeof(sif_saving_calc));
}

void sif_saving_calc_uses(sif_saving_calc *c, int64_t param_id)
{
    if (c == NULL || param_id <= 0)
        return;
    for (size_t i = 0; i < c->nparams; i++)
        if (c->params[i] == param_id)
            return;
    if (c->nparams < SIF_CALC_PARAMS_MAX)
        c->params[c->nparams++] = param_id;
}

void sif_saving_calc_free(sif_saving_calc *c)
{
    if (c == NULL)
        return;
    free(c->inputs);
    free(c->derivation);
    free(c->stored);
    free(c);
}

static bool key_ok(const char *k)
{
    if (k == NULL || !((*k >= 'a' && *k <= 'z') || *k == '_'))
        return false;
    for (const char *p = k; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || *p == '_' || (*p >= '0' && *p <= '9')))
            return false;
    return strlen(k) < SIF_INPUT_KEY_MAX;
}

static bool has_tab_or_newline(const char *s)
{
    return strpbrk(s, "\t\n\r") != NULL;
}

sif_status sif_saving_calc_input(sif_saving_calc *c, const char *key, const char *label,
                                 int64_t value, const char *unit, sif_error *err)
{
    if (!key_ok(key))
        return sif_error_set(err, SIF_ERR_DATA, "input key \"%s\" is not [a-z_][a-z0-9_]*",
                             key ? key : "");
    if (sif_saving_calc_find(c, key))
        return sif_error_set(err, SIF_ERR_DATA, "input key \"%s\" given twice", key);
    label = label ? label : "";
    unit = unit ? unit : "";
    if (strlen(label) >= SIF_INPUT_LABEL_MAX || has_tab_or_newline(label))
        return sif_error_set(err, SIF_ERR_DATA, "input label of \"%s\" is too long or has a tab",
                             key);
    if (strlen(unit) >= SIF_INPUT_UNIT_MAX || has_tab_or_newline(unit))
        return sif_error_set(err, SIF_ERR_DATA, "input unit of \"%s\" is too long", key);
    sif_saving_input *n = realloc(c->inputs, (c->ninputs + 1) * sizeof *n);
    if (n == NULL)
        return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    c->inputs = n;
    sif_saving_input *in = &n[c->ninputs++];
    memset(in, 0, sizeof *in);
    snprintf(in->key, sizeof in->key, "%s", key);
    if (label[0] == '\001') {
        /* a method's label: stored as written, said in the chosen language */
        snprintf(in->label_src, sizeof in->label_src, "%s", label);
        char *said = sif_calc_render(label);
        if (said == NULL) {
            c->ninputs--;
            return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
        }
        snprintf(in->label, sizeof in->label, "%s", said);
        free(said);
    } else {
        snprintf(in->label, sizeof in->label, "%s", label);
    }
    snprintf(in->unit, sizeof in->unit, "%s", unit);
    in->value = value;
    return SIF_OK;
}

const sif_saving_input *sif_saving_calc_find(const sif_saving_calc *c, const char *key)
{
    for (size_t i = 0; i < c->ninputs; i++)
        if (strcmp(c->inputs[i].key, key) == 0)
            return &c->inputs[i];
    return NULL;
}

/* Append text and a newline before it (unless first) to *dst. */
static bool append(char **dst, const char *text)
{
    size_t old = *dst ? strlen(*dst) : 0, n = strlen(text);
    char *d = realloc(*dst, old + (old ? 1 : 0) + n + 1);
    if (d == NULL)
        return false;
    if (old)
        d[old++] = '\n';
    memcpy(d + old, text, n + 1);
    *dst = d;
    return true;
}

sif_status sif_calc_append_stored(sif_saving_calc *c, const char *stored)
{
    char *said = sif_calc_render(stored);
    bool ok = said && append(&c->stored, stored) && append(&c->derivation, said);
    free(said);
    return ok ? SIF_OK : SIF_ERR_NOMEM;
}

sif_status sif_saving_calc_line(sif_saving_calc *c, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *line = sif_calc_encode(fmt, ap);
    va_end(ap);
    if (line == NULL)
        return SIF_ERR_NOMEM;
    sif_status rc = sif_calc_append_stored(c, line);
    free(line);
    return rc;
}

sif_status sif_calc_serialize(const sif_saving_calc *c, char **out, sif_error *err)
{
    sif_sbuf b = {0};
    bool ok = sif_sbuf_printf(&b, "formula\t%s\n", c->formula);
    if (ok && c->shifted_formula[0])
        ok = sif_sbuf_printf(&b, "shifted\t%s\n", c->shifted_formula);
    for (size_t i = 0; ok && i < c->ninputs; i++)
        ok = sif_sbuf_printf(&b, "input\t%s\t%s\t%lld\t%s\n", c->inputs[i].key, c->inputs[i].unit,
                             (long long)c->inputs[i].value,
                             c->inputs[i].label_src[0] ? c->inputs[i].label_src : c->inputs[i].label);
    if (!ok) {
        free(b.s);
        return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    }
    *out = b.s;
    return SIF_OK;
}

/* Next tab-separated field of line [*p, end) into dst. */
static void field(const char **p, const char *end, char *dst, size_t size)
{
    const char *t = memchr(*p, '\t', (size_t)(end - *p));
    const char *e = t ? t : end;
    size_t n = (size_t)(e - *p);
    if (n >= size)
        n = size - 1;
    memcpy(dst, *p, n);
    dst[n] = '\0';
    *p = t ? t + 1 : end;
}

sif_status sif_calc_parse(sif_saving_calc *c, const char *text, sif_error *err)
{
    const char *p = text ? text : "";
    while (*p) {
        const char *end = strchr(p, '\n');
        if (end == NULL)
            end = p + strlen(p);
        char kind[16], key[SIF_INPUT_KEY_MAX], unit[SIF_INPUT_UNIT_MAX], num[32];
        char label[SIF_INPUT_LABEL_MAX];
        const char *q = p;
        field(&q, end, kind, sizeof kind);
        if (strcmp(kind, "formula") == 0) {
            field(&q, end, c->formula, sizeof c->formula);
        } else if (strcmp(kind, "shifted") == 0) {
            field(&q, end, c->shifted_formula, sizeof c->shifted_formula);
        } else if (strcmp(kind, "input") == 0) {
            field(&q, end, key, sizeof key);
            field(&q, end, unit, sizeof unit);
            field(&q, end, num, sizeof num);
            field(&q, end, label, sizeof label);
            char *e;
            long long v = strtoll(num, &e, 10);
            if (*num == '\0' || *e != '\0')
                return sif_error_set(err, SIF_ERR_DATA, "stored input \"%s\" is damaged", key);
            sif_status rc = sif_saving_calc_input(c, key, label, v, unit, err);
            if (rc != SIF_OK)
                return rc;
        } else {
            return sif_error_set(err, SIF_ERR_DATA, "stored calculation line \"%s\" is damaged",
                                 kind);
        }
        p = *end ? end + 1 : end;
    }
    return SIF_OK;
}

sif_status sif_calc_copy(const sif_saving_calc *src, sif_saving_calc **out, sif_error *err)
{
    sif_saving_calc *c = sif_saving_calc_new();
    if (c == NULL)
        return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    memcpy(c->formula, src->formula, sizeof c->formula);
    memcpy(c->shifted_formula, src->shifted_formula, sizeof c->shifted_formula);
    memcpy(c->params, src->params, sizeof c->params);
    c->nparams = src->nparams;
    for (size_t i = 0; i < src->ninputs; i++) {
        const sif_saving_input *in = &src->inputs[i];
        sif_status rc = sif_saving_calc_input(c, in->key, in->label_src[0] ? in->label_src : in->label,
                                              in->value, in->unit, err);
        if (rc != SIF_OK) {
            sif_saving_calc_free(c);
            return rc;
        }
    }
    const char *lines = src->stored ? src->stored : src->derivation;
    if (lines && sif_calc_append_stored(c, lines) != SIF_OK) {
        sif_saving_calc_free(c);
        return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    }
    *out = c;
    return SIF_OK;
}
