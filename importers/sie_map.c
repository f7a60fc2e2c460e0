/* importers/sie_map.c — reading the SIE mapping file and matching #TRANS lines to rules. */
#include "sie_map.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "file_read.h"
#include "rowbuf.h"
#include "text_enc.h"

static bool parse_long(const char *s, size_t n, long *out)
{
    if (n == 0 || n > 12)
        return false;
    long v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return true;
}

static void trim(const char **s, size_t *n)
{
    while (*n > 0 && (**s == ' ' || **s == '\t')) {
        (*s)++;
        (*n)--;
    }
    while (*n > 0 && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t' || (*s)[*n - 1] == '\r'))
        (*n)--;
}

static sif_status copy_value(char *dst, size_t size, const char *v, size_t n, const char *path,
                             long line, const char *key, sif_error *err)
{
    if (n >= size)
        return sif_error_at(err, SIF_ERR_DATA, path, line, 0,
                            "%s: value longer than %zu characters", key, size - 1);
    memcpy(dst, v, n);
    dst[n] = '\0';
    return SIF_OK;
}

/* One "key=value" of a rule. */
static sif_status parse_pair(sif_sie_rule *r, unsigned *seen, const char *s, size_t n,
                             const char *path, long line, sif_error *err)
{
    const char *eq = memchr(s, '=', n);
    if (eq == NULL)
        return sif_error_at(err, SIF_ERR_DATA, path, line, 0,
                            "expected key=value, found \"%.*s\"", (int)(n > 60 ? 60 : n), s);
    const char *k = s, *v = eq + 1;
    size_t kn = (size_t)(eq - s), vn = n - kn - 1;
    trim(&k, &kn);
    trim(&v, &vn);
    static const char *keys[] = {"konto", "objekt", "projekt", "tjanst", "finansiering"};
    unsigned which = 0;
    while (which < 5 && !(strlen(keys[which]) == kn && memcmp(keys[which], k, kn) == 0))
        which++;
    if (which == 5)
        return sif_error_at(err, SIF_ERR_DATA, path, line, 0,
                            "unknown key \"%.*s\" (konto, objekt, projekt, tjanst, finansiering)",
                            (int)(kn > 40 ? 40 : kn), k);
    if (*seen & (1u << which))
        return sif_error_at(err, SIF_ERR_DATA, path, line, 0, "%s given twice", keys[which]);
    *seen |= 1u << which;
    switch (which) {
    case 0: {
        const char *dash = memchr(v, '-', vn);
        size_t an = dash ? (size_t)(dash - v) : vn;
        const char *a = v, *b = dash ? dash + 1 : v;
        size_t bn = dash ? vn - an - 1 : vn;
        trim(&a, &an);
        trim(&b, &bn);
        if (!parse_long(a, an, &r->konto_from) || !parse_long(b, bn, &r->konto_to) ||
            r->konto_from > r->konto_to)
            return sif_error_at(err, SIF_ERR_DATA, path, line, 0,
                                "konto: expected an account or FROM-TO, found \"%.*s\"",
                                (int)(vn > 40 ? 40 : vn), v);
        return SIF_OK;
    }
    case 1: {
        const char *colon = memchr(v, ':', vn);
        size_t dn = colon ? (size_t)(colon - v) : 0;
        const char *o = colon ? colon + 1 : v;
        size_t on = colon ? vn - dn - 1 : 0;
        trim(&o, &on);
        if (colon == NULL || !parse_long(v, dn, &r->dim) || r->dim == 0 || on == 0)
            return sif_error_at(err, SIF_ERR_DATA, path, line, 0,
                                "objekt: expected DIMENSION:OBJECT such as 1:4711, found "
                                "\"%.*s\"", (int)(vn > 40 ? 40 : vn), v);
        return copy_value(r->object, sizeof r->object, o, on, path, line, "objekt", err);
    }
    case 2:
        return copy_value(r->project, sizeof r->project, v, vn, path, line, "projekt", err);
    case 3:
        return copy_value(r->role, sizeof r->role, v, vn, path, line, "tjanst", err);
    default:
        return copy_value(r->funding, sizeof r->funding, v, vn, path, line, "finansiering", err);
    }
}

static sif_status parse_rule(sif_sie_rule *r, const char *s, size_t n, const char *path,
                             long line, sif_error *err)
{
    memset(r, 0, sizeof *r);
    r->line = line;
    unsigned seen = 0;
    while (n > 0) {
        const char *semi = memchr(s, ';', n);
        size_t pn = semi ? (size_t)(semi - s) : n;
        const char *p = s;
        size_t tn = pn;
        trim(&p, &tn);
        if (tn > 0) {
            sif_status rc = parse_pair(r, &seen, p, tn, path, line, err);
            if (rc != SIF_OK)
                return rc;
        }
        s += pn + (semi ? 1 : 0);
        n -= pn + (semi ? 1 : 0);
    }
    if (!(seen & 1u))
        return sif_error_at(err, SIF_ERR_DATA, path, line, 0, "rule without konto");
    if (!(seen & 4u) || r->project[0] == '\0')
        return sif_error_at(err, SIF_ERR_DATA, path, line, 0, "rule without projekt");
    if (!(seen & 8u) || r->role[0] == '\0')
        return sif_error_at(err, SIF_ERR_DATA, path, line, 0, "rule without tjanst");
    return SIF_OK;
}

sif_status sif_sie_map_load(const char *path, sif_sie_map *map, sif_error *err)
{
    map->rules = NULL;
    map->n = 0;
    char *buf;
    size_t len;
    sif_status rc = sif_file_read(path, (size_t)4 << 20, &buf, &len, err);
    if (rc != SIF_OK)
        return rc;
    const char *p = buf, *end = buf + len;
    if (len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
        p += 3;
    size_t cap = 0;
    for (long line = 1; p < end && rc == SIF_OK; line++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
        const char *s = p;
        size_t tn = n;
        p += n + (nl ? 1 : 0);
        trim(&s, &tn);
        if (tn == 0 || s[0] == '#')
            continue;
        if (memchr(s, '\0', tn) != NULL || !sif_utf8_valid(s, tn, NULL)) {
            rc = sif_error_at(err, SIF_ERR_DATA, path, line, 0, "not valid UTF-8 text");
            break;
        }
        if (map->n == SIF_SIE_MAP_MAX_RULES) {
            rc = sif_error_at(err, SIF_ERR_DATA, path, line, 0, "more than %d rules",
                              SIF_SIE_MAP_MAX_RULES);
            break;
        }
        if (map->n == cap) {
            cap = cap ? cap * 2 : 16;
            sif_sie_rule *t = realloc(map->rules, cap * sizeof *t);
            if (t == NULL) {
                rc = sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
                break;
            }
            map->rules = t;
        }
        rc = parse_rule(&map->rules[map->n], s, tn, path, line, err);
        if (rc == SIF_OK)
            map->n++;
    }
    free(buf);
    if (rc == SIF_OK && map->n == 0)
        rc = sif_error_at(err, SIF_ERR_DATA, path, 0, 0, "the mapping has no rules");
    return rc;
}

void sif_sie_map_release(sif_sie_map *map)
{
    if (map == NULL)
        return;
    free(map->rules);
    map->rules = NULL;
    map->n = 0;
}

const sif_sie_rule *sif_sie_map_match(const sif_sie_map *map, const char *konto,
                                      const sif_sie_object *objs, size_t nobjs)
{
    long k;
    if (!parse_long(konto, strlen(konto), &k))
        return NULL;
    for (size_t i = 0; i < map->n; i++) {
        const sif_sie_rule *r = &map->rules[i];
        if (k < r->konto_from || k > r->konto_to)
            continue;
        if (r->dim == 0)
            return r;
        for (size_t j = 0; j < nobjs; j++)
            if (objs[j].dim == r->dim && strcmp(objs[j].id, r->object) == 0)
                return r;
    }
    return NULL;
}
