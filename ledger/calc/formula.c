/* ledger/calc/formula.c — the tiny formula language of saving.h: exact evaluation over a
 * saving's inputs, and key replacement for the workbook. */
#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include "sif/saving.h"

/* An exact rational with den > 0; every operation checked. */
typedef struct rat {
    int64_t num, den;
} rat;

typedef struct parser {
    const char *s, *p;
    const sif_saving_input *in;
    size_t n;
    sif_error *err;
    sif_status rc;
} parser;

static int64_t gcd64(int64_t a, int64_t b)
{
    if (a < 0)
        a = -a;
    while (b) {
        int64_t t = a % b;
        a = b;
        b = t < 0 ? -t : t;
    }
    return a ? a : 1;
}

static bool fail(parser *ps, sif_status code, const char *what)
{
    if (ps->rc == SIF_OK)
        ps->rc = sif_error_set(ps->err, code, "formula \"%s\" at %ld: %s", ps->s,
                               (long)(ps->p - ps->s) + 1, what);
    return false;
}

static bool norm(parser *ps, rat *r)
{
    if (r->den == 0)
        return fail(ps, SIF_ERR_DATA, "division by zero");
    if (r->den < 0) {
        if (r->num == INT64_MIN || r->den == INT64_MIN)
            return fail(ps, SIF_ERR_OVERFLOW, "a value does not fit in 64 bits");
        r->num = -r->num;
        r->den = -r->den;
    }
    int64_t g = gcd64(r->num, r->den);
    r->num /= g;
    r->den /= g;
    return true;
}

static bool mul(parser *ps, rat a, rat b, rat *out)
{
    /* cross-reduce first so that exact results fit whenever they can */
    int64_t g1 = gcd64(a.num, b.den), g2 = gcd64(b.num, a.den);
    a.num /= g1; b.den /= g1; b.num /= g2; a.den /= g2;
    rat r;
    if (__builtin_mul_overflow(a.num, b.num, &r.num) || __builtin_mul_overflow(a.den, b.den, &r.den))
        return fail(ps, SIF_ERR_OVERFLOW, "a value does not fit in 64 bits");
    *out = r;
    return norm(ps, out);
}

static bool addsub(parser *ps, rat a, rat b, bool sub, rat *out)
{
    int64_t g = gcd64(a.den, b.den), bd = b.den / g, ad = a.den / g, x, y;
    rat r;
    if (__builtin_mul_overflow(a.num, bd, &x) || __builtin_mul_overflow(b.num, ad, &y) ||
        (sub ? __builtin_sub_overflow(x, y, &r.num) : __builtin_add_overflow(x, y, &r.num)) ||
        __builtin_mul_overflow(a.den, bd, &r.den))
        return fail(ps, SIF_ERR_OVERFLOW, "a value does not fit in 64 bits");
    *out = r;
    return norm(ps, out);
}

static void blanks(parser *ps)
{
    while (*ps->p == ' ' || *ps->p == '\t')
        ps->p++;
}

static bool expr(parser *ps, rat *out);

static bool key_start(char c) { return (c >= 'a' && c <= 'z') || c == '_'; }
static bool key_char(char c) { return key_start(c) || (c >= '0' && c <= '9'); }

static bool factor(parser *ps, rat *out)
{
    blanks(ps);
    char c = *ps->p;
    if (c == '(') {
        ps->p++;
        if (!expr(ps, out))
            return false;
        blanks(ps);
        if (*ps->p != ')')
            return fail(ps, SIF_ERR_DATA, "expected )");
        ps->p++;
        return true;
    }
    if (c >= '0' && c <= '9') {
        int64_t v = 0;
        while (*ps->p >= '0' && *ps->p <= '9') {
            if (__builtin_mul_overflow(v, 10, &v) || __builtin_add_overflow(v, *ps->p - '0', &v))
                return fail(ps, SIF_ERR_OVERFLOW, "number too large");
            ps->p++;
        }
        *out = (rat){v, 1};
        return true;
    }
    if (key_start(c)) {
        const char *b = ps->p;
        while (key_char(*ps->p))
            ps->p++;
        size_t len = (size_t)(ps->p - b);
        for (size_t i = 0; i < ps->n; i++) {
            const sif_saving_input *in = &ps->in[i];
            if (strlen(in->key) == len && memcmp(in->key, b, len) == 0) {
                int64_t den = strcmp(in->unit, "kr") == 0 ? 100 : strcmp(in->unit, "%") == 0 ? 10000 : 1;
                *out = (rat){in->value, den};
                return norm(ps, out);
            }
        }
        ps->p = b;
        return fail(ps, SIF_ERR_DATA, "unknown input");
    }
    return fail(ps, SIF_ERR_DATA, c ? "expected a key, a number or (" : "unexpected end");
}

static bool term(parser *ps, rat *out)
{
    if (!factor(ps, out))
        return false;
    for (;;) {
        blanks(ps);
        char op = *ps->p;
        if (op != '*' && op != '/')
            return true;
        ps->p++;
        rat r;
        if (!factor(ps, &r))
            return false;
        if (op == '/') {
            if (r.num == 0)
                return fail(ps, SIF_ERR_DATA, "division by zero");
            r = (rat){r.den, r.num};
            if (!norm(ps, &r))
                return false;
        }
        if (!mul(ps, *out, r, out))
            return false;
    }
}

static bool expr(parser *ps, rat *out)
{
    if (!term(ps, out))
        return false;
    for (;;) {
        blanks(ps);
        char op = *ps->p;
        if (op != '+' && op != '-')
            return true;
        ps->p++;
        rat r;
        if (!term(ps, &r) || !addsub(ps, *out, r, op == '-', out))
            return false;
    }
}

sif_status sif_formula_eval(const char *formula, const sif_saving_input *inputs, size_t n,
                            sif_ore *out, sif_error *err)
{
    if (formula == NULL || *formula == '\0')
        return sif_error_set(err, SIF_ERR_DATA, "empty formula");
    parser ps = {formula, formula, inputs, n, err, SIF_OK};
    rat r;
    if (!expr(&ps, &r))
        return ps.rc;
    blanks(&ps);
    if (*ps.p != '\0') {
        fail(&ps, SIF_ERR_DATA, "unexpected character");
        return ps.rc;
    }
    /* kronor → öre, the one rounding */
    return sif_muldiv(r.num, SIF_ORE_PER_KR, r.den, out, err);
}

sif_status sif_formula_map(const char *formula, sif_formula_map_fn map, void *ctx, char *buf,
                           size_t size, sif_error *err)
{
    size_t len = 0;
    const char *p = formula;
    char key[SIF_INPUT_KEY_MAX];
    while (*p) {
        const char *piece;
        size_t plen;
        if (key_start(*p)) {
            const char *b = p;
            while (key_char(*p))
                p++;
            if ((size_t)(p - b) >= sizeof key)
                return sif_error_set(err, SIF_ERR_DATA, "formula key too long");
            memcpy(key, b, (size_t)(p - b));
            key[p - b] = '\0';
            piece = map(ctx, key);
            if (piece == NULL)
                return sif_error_set(err, SIF_ERR_DATA, "formula key \"%s\" has no cell", key);
            plen = strlen(piece);
        } else {
            piece = p++;
            plen = 1;
        }
        if (len + plen + 1 > size)
            return sif_error_set(err, SIF_ERR_USAGE, "formula buffer too small");
        memcpy(buf + len, piece, plen);
        len += plen;
    }
    if (size == 0)
        return sif_error_set(err, SIF_ERR_USAGE, "formula buffer too small");
    buf[len] = '\0';
    return SIF_OK;
}
