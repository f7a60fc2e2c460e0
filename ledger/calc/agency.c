/* ledger/calc/agency.c — agencies and their exact shares of a saving (agency.h). */
#include <stdio.h>
#include <string.h>
#include "sif/agency.h"
#include "sif/share.h"
#include "../intl.h"

static const struct {
    const char *name, *alt, *label;
} agencies[SIF_AGENCY_COUNT_] = {
    {"kommun", "kommunen", N_("Municipality")},
    {"region", "regionen", N_("Region")},
    {"stat", "staten", N_("State")},
    {"forsakringskassan", "försäkringskassan", N_("Social Insurance Agency")},
    {"arbetsformedlingen", "arbetsförmedlingen", N_("Public Employment Service")},
    {"individ", "individen", N_("Individual")},
};

const char *sif_agency_name(sif_agency a)
{
    return (unsigned)a < SIF_AGENCY_COUNT_ ? agencies[a].name : "?";
}

const char *sif_agency_label(sif_agency a)
{
    return (unsigned)a < SIF_AGENCY_COUNT_ ? _(agencies[a].label) : "?";
}

sif_status sif_agency_parse_name(const char *text, size_t len, sif_agency *out, sif_error *err)
{
    for (int i = 0; i < SIF_AGENCY_COUNT_; i++)
        if ((strlen(agencies[i].name) == len && strncmp(text, agencies[i].name, len) == 0) ||
            (strlen(agencies[i].alt) == len && strncmp(text, agencies[i].alt, len) == 0)) {
            *out = (sif_agency)i;
            return SIF_OK;
        }
    return sif_error_set(err, SIF_ERR_DATA, "unknown agency \"%.*s\" (kommun, region, stat, "
                         "forsakringskassan, arbetsformedlingen, individ)", (int)len, text);
}

void sif_agency_default(sif_agency_shares *sh)
{
    memset(sh, 0, sizeof *sh);
    sh->share[SIF_AGENCY_KOMMUN] = (sif_ratio){1, 1};
}

bool sif_agency_is_default(const sif_agency_shares *sh)
{
    for (int i = 1; i < SIF_AGENCY_COUNT_; i++)
        if (sh->share[i].den != 0 && sh->share[i].num != 0)
            return false;
    return sh->share[0].den != 0 && sh->share[0].num == sh->share[0].den;
}

static int64_t gcd(int64_t a, int64_t b)
{
    if (a < 0)
        a = -a;
    while (b) {
        int64_t t = a % b;
        a = b;
        b = t;
    }
    return a ? a : 1;
}

static sif_ratio reduce(sif_ratio r)
{
    int64_t g = gcd(r.num, r.den);
    return (sif_ratio){r.num / g, r.den / g};
}

static sif_status parse_pair(const sif_kv *kv, sif_agency_shares *out, sif_error *err)
{
    if (!kv->has_value)
        return sif_error_set(err, SIF_ERR_DATA, "agency share \"%s\" needs NAME=SHARE, e.g. "
                             "kommun=70 %%", kv->key);
    sif_agency a;
    sif_status rc = sif_agency_parse_name(kv->key, strlen(kv->key), &a, err);
    if (rc != SIF_OK)
        return rc;
    if (out->share[a].den != 0)
        return sif_error_set(err, SIF_ERR_DATA, "agency %s is named twice", agencies[a].name);
    sif_ratio r;
    sif_error e2;
    if (sif_share_parse(kv->value, &r, &e2) != SIF_OK)
        return sif_error_set(err, SIF_ERR_DATA, "share of %s: %s", agencies[a].name, e2.msg);
    if (r.num < 0 || r.den <= 0 || r.num > r.den)
        return sif_error_set(err, SIF_ERR_DATA, "share of %s must lie between 0 and 100 %%",
                             agencies[a].name);
    out->share[a] = reduce(r);
    return SIF_OK;
}

sif_status sif_agency_parse(const char *text, sif_agency_shares *out, sif_error *err)
{
    sif_agency_shares sh;
    memset(&sh, 0, sizeof sh);
    sif_status rc = SIF_OK;
    sif_kv kv;
    const char *cur = text;
    while (rc == SIF_OK && sif_kv_next(&cur, &kv))
        if (kv.key[0] || kv.has_value)
            rc = parse_pair(&kv, &sh, err);
    if (rc != SIF_OK)
        return rc;
    /* the exact sum, reduced at every step: the denominators come from written shares */
    __int128 num = 0, den = 1;
    bool any = false;
    for (int i = 0; i < SIF_AGENCY_COUNT_; i++) {
        if (sh.share[i].den == 0)
            continue;
        any = true;
        num = num * sh.share[i].den + (__int128)sh.share[i].num * den;
        den *= sh.share[i].den;
        __int128 a = num, b = den;
        while (b) {
            __int128 t = a % b;
            a = b;
            b = t;
        }
        if (a > 1) {
            num /= a;
            den /= a;
        }
    }
    if (!any)
        return sif_error_set(err, SIF_ERR_DATA, "no agency shares given (e.g. kommun=70 %%,"
                             "region=30 %%)");
    if (num != den) {
        char d[SIF_AGENCY_TEXT_MAX];
        return sif_error_set(err, SIF_ERR_DATA, "agency shares %s sum to %lld/%lld, not 1",
                             sif_agency_describe(&sh, d, sizeof d), (long long)num,
                             (long long)den);
    }
    *out = sh;
    return SIF_OK;
}

char *sif_agency_format(const sif_agency_shares *sh, char *buf, size_t size)
{
    size_t at = 0;
    buf[0] = '\0';
    for (int i = 0; i < SIF_AGENCY_COUNT_ && at < size; i++) {
        if (sh->share[i].den == 0)
            continue;
        sif_ratio r = reduce(sh->share[i]);
        int w = snprintf(buf + at, size - at, "%s%s=%lld/%lld", at ? "," : "", agencies[i].name,
                         (long long)r.num, (long long)r.den);
        if (w < 0)
            break;
        at += (size_t)w;
    }
    return buf;
}

char *sif_agency_describe(const sif_agency_shares *sh, char *buf, size_t size)
{
    size_t at = 0;
    buf[0] = '\0';
    for (int i = 0; i < SIF_AGENCY_COUNT_ && at < size; i++) {
        if (sh->share[i].den == 0)
            continue;
        char r[40];
        sif_ratio x = reduce(sh->share[i]);
        /* a share a percentage cannot state exactly stays a fraction */
        if (100 % x.den == 0 || 10000 % x.den == 0)
            sif_ratio_format(x, r, sizeof r);
        else
            snprintf(r, sizeof r, "%lld/%lld", (long long)x.num, (long long)x.den);
        int w = snprintf(buf + at, size - at, "%s%s %s", at ? ", " : "", agencies[i].name, r);
        if (w < 0)
            break;
        at += (size_t)w;
    }
    return buf;
}

sif_status sif_agency_split(sif_ore amount, const sif_agency_shares *sh,
                            sif_ore out[SIF_AGENCY_COUNT_], sif_error *err)
{
    int64_t lcm = 1;
    for (int i = 0; i < SIF_AGENCY_COUNT_; i++)
        if (sh->share[i].den > 0) {
            int64_t d = sh->share[i].den / gcd(lcm, sh->share[i].den);
            if (__builtin_mul_overflow(lcm, d, &lcm))
                return sif_error_set(err, SIF_ERR_OVERFLOW, "agency shares too fine to split");
        }
    int64_t w[SIF_AGENCY_COUNT_];
    for (int i = 0; i < SIF_AGENCY_COUNT_; i++) {
        w[i] = 0;
        if (sh->share[i].den > 0 &&
            __builtin_mul_overflow(sh->share[i].num, lcm / sh->share[i].den, &w[i]))
            return sif_error_set(err, SIF_ERR_OVERFLOW, "agency shares too fine to split");
    }
    return sif_allocate(amount, w, SIF_AGENCY_COUNT_, out, err);
}
