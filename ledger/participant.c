/* ledger/participant.c — participants and their dated outcomes (SPEC §12). */
#include "store_internal.h"
#include "district.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "sif/fold.h"
#include "sif/participant.h"
#include "sif/pseudonym.h"
#include "intl.h"

static const char *const gender_names[SIF_GENDER_COUNT_] = {"kvinna", "man", "annat", "okänt"};

const char *sif_gender_name(sif_gender g)
{
    return (unsigned)g < SIF_GENDER_COUNT_ ? gender_names[g] : "okänt";
}

const char *sif_gender_label_in(sif_lang lang, sif_gender g)
{
    static const char *const labels[SIF_GENDER_COUNT_] = {
        NC_("person", "woman"), NC_("person", "man"), NC_("person", "other"),
        NC_("person", "unknown")};
    return sif_tr_in(lang, labels[(unsigned)g < SIF_GENDER_COUNT_ ? g : SIF_GENDER_UNKNOWN]);
}

sif_status sif_gender_parse(const char *text, sif_gender *out, sif_error *err)
{
    static const struct {
        const char *t;
        sif_gender g;
    } words[] = {
        {"kvinna", SIF_GENDER_WOMAN}, {"k", SIF_GENDER_WOMAN}, {"woman", SIF_GENDER_WOMAN},
        {"kvinnor", SIF_GENDER_WOMAN}, {"man", SIF_GENDER_MAN}, {"m", SIF_GENDER_MAN},
        {"men", SIF_GENDER_MAN}, {"annat", SIF_GENDER_OTHER},
        {"other", SIF_GENDER_OTHER}, {"okant", SIF_GENDER_UNKNOWN},
        {"unknown", SIF_GENDER_UNKNOWN}, {"", SIF_GENDER_UNKNOWN},
    };
    char f[32];
    sif_fold(text ? text : "", text ? strlen(text) : 0, f, sizeof f);
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (strcmp(f, words[i].t) == 0) {
            *out = words[i].g;
            return SIF_OK;
        }
    return sif_error_set(err, SIF_ERR_DATA, "gender \"%s\" is not kvinna (K), man (M), annat or "
                         "okänt", text);
}

static const struct {
    const char *name, *label;
} outcomes[SIF_OUTCOME_COUNT_] = {
    [SIF_OUTCOME_WORK] = {"arbete", NC_("outcome", "work")},
    [SIF_OUTCOME_STUDIES] = {"studier", NC_("outcome", "studies")},
    [SIF_OUTCOME_PRACTICE] = {"praktik", NC_("outcome", "work placement")},
    [SIF_OUTCOME_WORK_TRAINING] = {"arbetstraning", NC_("outcome", "work training")},
    [SIF_OUTCOME_STEP] = {"stegforflyttning", NC_("outcome", "a step closer to work")},
    [SIF_OUTCOME_ONGOING] = {"pagaende", NC_("outcome", "ongoing")},
    [SIF_OUTCOME_DROPPED] = {"avbrutit", NC_("outcome", "dropped out")},
    [SIF_OUTCOME_MOVED] = {"flytt", NC_("outcome", "moved away")},
    [SIF_OUTCOME_FK] = {"forsakringskassan", NC_("outcome", "Social Insurance Agency")},
    [SIF_OUTCOME_OTHER] = {"annat", NC_("outcome", "other")},
};

const char *sif_outcome_name(sif_outcome_kind k)
{
    return (unsigned)k < SIF_OUTCOME_COUNT_ ? outcomes[k].name : "annat";
}

const char *sif_outcome_label_in(sif_lang lang, sif_outcome_kind k)
{
    return sif_tr_in(lang, outcomes[(unsigned)k < SIF_OUTCOME_COUNT_ ? k : SIF_OUTCOME_OTHER].label);
}

const char *sif_outcome_label(sif_outcome_kind k)
{
    return sif_outcome_label_in(sif_i18n_lang(), k);
}

sif_status sif_outcome_parse(const char *text, sif_outcome_kind *out, sif_error *err)
{
    char f[64];
    sif_fold(text ? text : "", text ? strlen(text) : 0, f, sizeof f);
    for (int k = 0; k < SIF_OUTCOME_COUNT_; k++)
        if (strcmp(f, outcomes[k].name) == 0) {
            *out = (sif_outcome_kind)k;
            return SIF_OK;
        }
    if (strcmp(f, "fk") == 0) {
        *out = SIF_OUTCOME_FK;
        return SIF_OK;
    }
    /* spelled as the template's dropdown shows them (typed without å ä ö they read too) */
    return sif_error_set(err, SIF_ERR_DATA, "outcome \"%s\" is not arbete, studier, praktik, "
                         "arbetsträning, stegförflyttning, pågående, avbrutit, flytt, "
                         "Försäkringskassan or annat", text ? text : "");
}

bool sif_date_valid(const char *d)
{
    if (d == NULL || strlen(d) != 10 || d[4] != '-' || d[7] != '-')
        return false;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (d[i] < '0' || d[i] > '9'))
            return false;
    int y = (d[0] - '0') * 1000 + (d[1] - '0') * 100 + (d[2] - '0') * 10 + (d[3] - '0');
    int m = (d[5] - '0') * 10 + (d[6] - '0'), day = (d[8] - '0') * 10 + (d[9] - '0');
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1900 || y > 2999 || m < 1 || m > 12 || day < 1 || day > mdays[m - 1])
        return false;
    return !(m == 2 && day == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0));
}

sif_status sif_participant_add(sif_store *st, int64_t batch, const char *project_code,
                               const sif_participant *p, int64_t *id, sif_error *err)
{
    sif_project pr;
    sif_status rc;
    if ((rc = sif_project_find(st, project_code, &pr, err)) != SIF_OK)
        return rc;
    if ((rc = sif_text_check(p->pseudonym, sizeof p->pseudonym, "participant", err)) != SIF_OK)
        return sif_error_about(err, SIF_FIELD_PARTICIPANT, rc);
    if ((rc = sif_text_check(p->district, sizeof p->district, "district", err)) != SIF_OK)
        return rc;
    if ((rc = sif_text_check(p->household, sizeof p->household, "household", err)) != SIF_OK)
        return sif_error_about(err, SIF_FIELD_HOUSEHOLD, rc);
    if ((rc = sif_id_check(p->pseudonym, "deltagare", err)) != SIF_OK)
        return sif_error_about(err, SIF_FIELD_PARTICIPANT, rc);
    if ((rc = sif_id_check(p->household, "hushall", err)) != SIF_OK)
        return sif_error_about(err, SIF_FIELD_HOUSEHOLD, rc);
    if ((rc = sif_district_check(p->district, strlen(p->district), "stadsomrade", err)) != SIF_OK)
        return rc;
    if (p->pseudonym[0] == '\0')
        return sif_error_about(err, SIF_FIELD_PARTICIPANT,
                               sif_error_set(err, SIF_ERR_DATA, "a participant needs an id"));
    if ((unsigned)p->gender >= SIF_GENDER_COUNT_)
        return sif_error_set(err, SIF_ERR_DATA, "unknown gender");
    if (!sif_date_valid(p->start_date))
        return sif_error_about(err, SIF_FIELD_DATE, sif_error_set(err, SIF_ERR_DATA,
                               "start date \"%s\" is not a date (YYYY-MM-DD)", p->start_date));
    if (p->end_date[0] && !sif_date_valid(p->end_date))
        return sif_error_about(err, SIF_FIELD_END_DATE, sif_error_set(err, SIF_ERR_DATA,
                               "end date \"%s\" is not a date (YYYY-MM-DD)", p->end_date));
    if (p->end_date[0] && strcmp(p->end_date, p->start_date) < 0)
        return sif_error_about(err, SIF_FIELD_END_DATE, sif_error_set(err, SIF_ERR_DATA,
                               "end date %s is before the start date %s", p->end_date,
                               p->start_date));
    if (p->birth_year && (p->birth_year < 1900 || p->birth_year > 2999))
        return sif_error_set(err, SIF_ERR_DATA, "birth year %d is not a year", p->birth_year);
    if ((rc = sif_period_require_open(st, atoi(p->start_date), err)) != SIF_OK)
        return rc;
    char district[SIF_NAME_MAX];
    if ((rc = sif_district_spelling(st, pr.id, p->district, district, sizeof district, err)) !=
        SIF_OK)
        return rc;
    char dup[160], detail[128];
    snprintf(dup, sizeof dup, _("participant %s is in %s already"), p->pseudonym, pr.code);
    snprintf(detail, sizeof detail, "%s/%s", pr.code, p->pseudonym);
    rc = sif_row_insert(st, batch, "participant",
                        "project_id, pseudonym, gender, district, start_date, end_date,"
                        " birth_year, household", "IttttTyt", "add", detail, dup, id, err,
                        pr.id, p->pseudonym, sif_gender_name(p->gender), district,
                        p->start_date, p->end_date[0] ? p->end_date : NULL, p->birth_year,
                        p->household);
    if (err && rc != SIF_OK && err->field == SIF_FIELD_UNIQUE)
        err->field = SIF_FIELD_PARTICIPANT;   /* a participant is one pseudonym in a project */
    return rc;
}

struct participant_each {
    sif_participant_fn fn;
    void *ctx;
};

static int participant_row(void *ctx, sqlite3_stmt *s)
{
    const struct participant_each *each = ctx;
    sif_participant p;
    memset(&p, 0, sizeof p);
    p.id = sqlite3_column_int64(s, 0);
    sif_column_copy(s, 1, p.pseudonym, sizeof p.pseudonym);
    if (sif_gender_parse(sif_column_text(s, 2), &p.gender, NULL) != SIF_OK)
        p.gender = SIF_GENDER_UNKNOWN;
    sif_column_copy(s, 3, p.district, sizeof p.district);
    sif_column_copy(s, 4, p.start_date, sizeof p.start_date);
    sif_column_copy(s, 5, p.end_date, sizeof p.end_date);
    p.birth_year = sqlite3_column_int(s, 6);
    sif_column_copy(s, 7, p.household, sizeof p.household);
    return each->fn(each->ctx, &p);
}

sif_status sif_participant_list(sif_store *st, const char *project_code, sif_participant_fn fn,
                                void *ctx, sif_error *err)
{
    struct participant_each each = {fn, ctx};
    return sif_store_each(st,
        "SELECT x.id, x.pseudonym, x.gender, x.district, x.start_date, x.end_date,"
        " coalesce(x.birth_year, 0), x.household FROM participant x JOIN project p"
        " ON p.id = x.project_id WHERE ?1 IS NULL OR p.code = ?1 ORDER BY p.code, x.pseudonym",
        project_code, participant_row, &each, err);
}

sif_status sif_outcome_add(sif_store *st, int64_t batch, const char *project_code,
                           const char *pseudonym, const char *date, sif_outcome_kind kind,
                           int64_t *id, sif_error *err)
{
    sif_project pr;
    sif_status rc;
    if ((rc = sif_project_find(st, project_code, &pr, err)) != SIF_OK)
        return rc;
    if ((rc = sif_id_check(pseudonym, "deltagare", err)) != SIF_OK)
        return sif_error_about(err, SIF_FIELD_PARTICIPANT, rc);
    if ((unsigned)kind >= SIF_OUTCOME_COUNT_)
        return sif_error_set(err, SIF_ERR_DATA, "unknown outcome");
    if (!sif_date_valid(date))
        return sif_error_about(err, SIF_FIELD_DATE, sif_error_set(err, SIF_ERR_DATA,
                               "date \"%s\" is not a date (YYYY-MM-DD)", date ? date : ""));
    sqlite3_stmt *s;
    if ((rc = sif_store_prepare(st, "SELECT id FROM participant WHERE project_id = ? AND"
                                    " pseudonym = ?", &s, err)) != SIF_OK)
        return rc;
    sqlite3_bind_int64(s, 1, pr.id);
    sif_bind_text(s, 2, pseudonym);
    int step = sqlite3_step(s);
    int64_t pid = step == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
    if (step != SQLITE_ROW && step != SQLITE_DONE)
        rc = sif_store_error(st, step, err);
    sqlite3_finalize(s);
    if (rc != SIF_OK)
        return rc;
    if (pid == 0)
        return sif_error_about(err, SIF_FIELD_PARTICIPANT, sif_error_set(err, SIF_ERR_DATA,
                               "no participant %s in %s (import participants first)", pseudonym,
                               pr.code));
    if ((rc = sif_period_require_open(st, atoi(date), err)) != SIF_OK)
        return rc;
    char dup[160], detail[160];
    snprintf(dup, sizeof dup, _("%s has the outcome %s on %s already"), pseudonym,
             sif_outcome_name(kind), date);
    snprintf(detail, sizeof detail, "%s/%s %s %s", pr.code, pseudonym, date,
             sif_outcome_name(kind));
    return sif_row_insert(st, batch, "outcome", "participant_id, date, outcome", "Itt", "add",
                          detail, dup, id, err, pid, date, sif_outcome_name(kind));
}
