/* ledger/report/names.c — names instead of codes, and local time (names.h). */
#include "names.h"
#include "../intl.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include "sif/check.h"
#include "sif/result.h"
#include "sif/saving.h"

static const struct {
    const char *key;
    rpt_label label;
} param_names[] = {
    {SIF_PARAM_BENEFIT_MONTH, L_PN_BENEFIT_MONTH},
    {SIF_PARAM_TREATMENT_HOUR, L_PN_TREATMENT_HOUR},
    {SIF_PARAM_PLACEMENT_DAY, L_PN_PLACEMENT_DAY},
    {SIF_PARAM_PLACEMENT_DAYS, L_PN_PLACEMENT_DAYS},
    {SIF_ADJ_DEADWEIGHT, L_PN_DEADWEIGHT},
    {SIF_ADJ_ATTRIBUTION, L_PN_ATTRIBUTION},
    {SIF_ADJ_DROPOFF, L_PN_DROPOFF},
    {SIF_ADJ_DISCOUNT, L_PN_DISCOUNT},
    {SIF_ADJ_OPTIMISM, L_PN_OPTIMISM},
    {SIF_ADJ_BASE_YEAR, L_PN_BASE_YEAR},
};

const char *rpt_param_name(sif_lang lang, const char *key, char *buf, size_t size)
{
    for (size_t i = 0; i < sizeof param_names / sizeof param_names[0]; i++)
        if (strcmp(param_names[i].key, key) == 0) {
            snprintf(buf, size, "%s", rpt_label_text(lang, param_names[i].label));
            return buf;
        }
    snprintf(buf, size, "%s", key);
    for (char *p = buf; *p; p++)
        if (*p == '_' || *p == '.')
            *p = ' ';
    if (buf[0] >= 'a' && buf[0] <= 'z')
        buf[0] = (char)toupper((unsigned char)buf[0]);
    return buf;
}

const char *rpt_param_kind_name(sif_lang lang, sif_param_kind kind)
{
    switch (kind) {
    case SIF_PARAM_ORE:
        return rpt_label_text(lang, L_PK_AMOUNT);
    case SIF_PARAM_RATIO:
        return rpt_label_text(lang, L_PK_RATIO);
    default:
        return rpt_label_text(lang, L_PK_COUNT);
    }
}

static const struct {
    const char *kind;
    rpt_label label;
} batch_names[] = {
    {"init", L_BK_INIT},           {"entry", L_BK_ENTRY},
    {"demo", L_BK_DEMO},           {"compute", L_BK_COMPUTE},
    {"period:close", L_BK_CLOSE},  {"period:reopen", L_BK_REOPEN},
    {"import:costs", L_BK_COSTS},  {"import:savings", L_BK_SAVINGS},
    {"import:exits", L_BK_EXITS},  {"import:payments", L_BK_PAYMENTS},
    {"import:treatment", L_BK_TREATMENT}, {"import:placements", L_BK_PLACEMENTS},
    {"import:params", L_BK_PARAMS},  {"import:participants", L_BK_PARTICIPANTS},
    {"import:outcomes", L_BK_OUTCOMES}, {"import:index", L_BK_INDEX},
    {"key", L_BK_KEY},
};

const char *rpt_batch_kind_name(sif_lang lang, const char *kind, char *buf, size_t size)
{
    for (size_t i = 0; i < sizeof batch_names / sizeof batch_names[0]; i++)
        if (strcmp(batch_names[i].kind, kind) == 0) {
            snprintf(buf, size, "%s", rpt_label_text(lang, batch_names[i].label));
            return buf;
        }
    /* a kind sif learns later: "import:x" reads "import (x)", others as they are */
    if (strncmp(kind, "import:", 7) == 0)
        snprintf(buf, size, "%s (%s)", rpt_label_text(lang, L_BK_IMPORT), kind + 7);
    else
        snprintf(buf, size, "%s", kind);
    return buf;
}

static const struct {
    const char *kind;
    rpt_label label;
} finding_names[] = {
    {SIF_FINDING_COST_OUTSIDE_YEARS, L_FK_COST_OUTSIDE},
    {SIF_FINDING_SAVING_BEFORE_START, L_FK_SAVING_BEFORE},
    {SIF_FINDING_LOAN_ABOVE_GRANTED, L_FK_LOAN_ABOVE},
    {SIF_FINDING_LENDING_ABOVE_CAPITAL, L_FK_LENDING_ABOVE},
    {SIF_FINDING_CONFLICTING_PARAMETER, L_FK_CONFLICTING},
    {SIF_FINDING_CONTROL_DIFFERENCE, L_FK_CONTROL},
    {SIF_FINDING_COUNT_DIFFERENCE, L_FK_COUNT},
    {SIF_FINDING_HOUSEHOLD_DOUBLE, L_FK_HOUSEHOLD},
    {SIF_FINDING_CLOSED_YEAR_CHANGED, L_FK_CLOSED_YEAR},
};

const char *rpt_finding_kind_name(sif_lang lang, const char *kind)
{
    for (size_t i = 0; i < sizeof finding_names / sizeof finding_names[0]; i++)
        if (strcmp(finding_names[i].kind, kind) == 0)
            return rpt_label_text(lang, finding_names[i].label);
    return kind;
}

const char *rpt_method_name(sif_lang lang, const char *method)
{
    static const struct {
        const char *method;
        rpt_label label;
    } en[] = {
        {"benefit_schablon", L_MN_BENEFIT_SCHABLON}, {"benefit_records", L_MN_BENEFIT_RECORDS},
        {"treatment", L_MN_TREATMENT},               {"placement", L_MN_PLACEMENT},
        {"other", L_MN_OTHER},                       {"manual", L_MN_MANUAL},
        {"import", L_MN_IMPORT},                     {"reversal", L_MN_REVERSAL},
    };
    if (lang != SIF_LANG_EN)
        return sif_saving_method_label(method);
    for (size_t i = 0; i < sizeof en / sizeof en[0]; i++)
        if (strcmp(en[i].method, method) == 0)
            return rpt_label_text(lang, en[i].label);
    return method;
}

const char *rpt_unit_name(sif_lang lang, const char *unit)
{
    static const struct {
        const char *stored, *msgid;
    } units[] = {
        {"st", NC_("unit", "no.")}, {"mån", NC_("unit", "months")}, {"dagar", NC_("unit", "days")},
    };
    for (size_t i = 0; i < sizeof units / sizeof units[0]; i++)
        if (strcmp(units[i].stored, unit) == 0)
            return sif_tr_in(lang, units[i].msgid);
    return unit;
}

/* The first "à-pris KEY" or "unit cost KEY" in p (a derivation said in Swedish or English),
 * and the length of its mark. */
static const char *find_mark(const char *p, size_t *len)
{
    static const char *const marks[] = {"à-pris ", "unit cost "};
    const char *best = NULL;
    for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++) {
        const char *h = strstr(p, marks[i]);
        if (h && (best == NULL || h < best))
            best = h, *len = strlen(marks[i]);
    }
    return best;
}

const char *rpt_names_in_text(sif_lang lang, const char *text, char *buf, size_t size)
{
    size_t o = 0, mlen = 0;
    buf[0] = '\0';
    const char *p = text;
    while (*p && o + 1 < size) {
        const char *hit = find_mark(p, &mlen);
        size_t n = hit ? (size_t)(hit - p) + mlen : strlen(p);
        if (n >= size - o)
            n = size - o - 1;
        memcpy(buf + o, p, n);
        o += n;
        buf[o] = '\0';
        p += n;
        if (!hit || p != hit + mlen)
            break;
        char key[SIF_PARAM_KEY_MAX], name[256];
        size_t k = 0;
        while ((islower((unsigned char)p[k]) || isdigit((unsigned char)p[k]) || p[k] == '_' ||
                p[k] == '.') && k + 1 < sizeof key)
            k++;
        /* a trailing full stop ends the sentence, not the key */
        while (k > 0 && p[k - 1] == '.')
            k--;
        memcpy(key, p, k);
        key[k] = '\0';
        if (k > 0) {
            int w = snprintf(buf + o, size - o, "%s", rpt_param_name(lang, key, name, sizeof name));
            o += w > 0 && (size_t)w < size - o ? (size_t)w : 0;
            p += k;
        }
    }
    return buf;
}

/* Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm). */
static long days_from_civil(long y, unsigned m, unsigned d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    unsigned yoe = (unsigned)(y - era * 400);
    unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (long)doe - 719468;
}

/* The UTC second of 01:00 on the last Sunday of a month (31 days: March, October). */
static long long last_sunday_0100(long y, unsigned m)
{
    long d = days_from_civil(y, m, 31);
    long wd = (d + 4) % 7;   /* 1970-01-01 was a Thursday: 0 = Sunday */
    if (wd < 0)
        wd += 7;
    return (long long)(d - wd) * 86400 + 3600;
}

const char *rpt_local_time(const char *utc, char *buf, size_t size)
{
    int y, mo, d, h, mi, s = 0;
    char sep;
    if (utc == NULL || sscanf(utc, "%4d-%2d-%2d%c%2d:%2d:%2d", &y, &mo, &d, &sep, &h, &mi, &s) < 6 ||
        (sep != 'T' && sep != ' ') || mo < 1 || mo > 12 || d < 1 || d > 31) {
        snprintf(buf, size, "%s", utc ? utc : "");
        return buf;
    }
    long long t = (long long)days_from_civil(y, (unsigned)mo, (unsigned)d) * 86400 + h * 3600 +
                  mi * 60 + s;
    bool summer = t >= last_sunday_0100(y, 3) && t < last_sunday_0100(y, 10);
    t += summer ? 7200 : 3600;
    time_t tt = (time_t)t;
    struct tm tm;
    gmtime_r(&tt, &tm);
    strftime(buf, size, "%Y-%m-%d %H:%M", &tm);
    return buf;
}
