/* ledger/evidence.c — household exits, the payment register, treatment and placement
 * records: the inputs of the calculation methods. */
#include "store_internal.h"
#include "district.h"

#define SIF_PAYMENT_YEARS 1100 /* 1900 to 2999 */
#include "money_guard.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "evidence_keys.h"
#include "sif/evidence.h"
#include "sif/pseudonym.h"
#include "intl.h"

static const struct {
    const char *name, *label;
    int shifts;
} reasons[SIF_EXIT_REASON_COUNT_] = {
    /* the labels are message ids marked as words of a derivation (T_, calc_text.c) */
    [SIF_EXIT_WORK] = {"arbete", T_("self-supporting through work"), 0},
    [SIF_EXIT_STUDIES] = {"studier", T_("started studies"), 0},
    [SIF_EXIT_STOPPED] = {"slutade_soka", T_("stopped applying for benefit"), 0},
    [SIF_EXIT_FK] = {"forsakringskassan", T_("other benefit from Försäkringskassan"), 1},
    [SIF_EXIT_MOVED] = {"flytt", T_("moved to another municipality"), 1},
    [SIF_EXIT_OTHER] = {"annat", T_("other reason"), 0},
};

const char *sif_exit_reason_name(sif_exit_reason r)
{
    return (unsigned)r < SIF_EXIT_REASON_COUNT_ ? reasons[r].name : "annat";
}

const char *sif_exit_reason_label(sif_exit_reason r)
{
    return _(sif_exit_reason_word(r) + 1);
}

const char *sif_exit_reason_word(sif_exit_reason r)
{
    return reasons[(unsigned)r < SIF_EXIT_REASON_COUNT_ ? r : SIF_EXIT_OTHER].label;
}

int sif_exit_reason_shifts(sif_exit_reason r)
{
    return (unsigned)r < SIF_EXIT_REASON_COUNT_ ? reasons[r].shifts : 0;
}

sif_status sif_exit_reason_parse(const char *text, sif_exit_reason *out, sif_error *err)
{
    static const struct {
        const char *text;
        sif_exit_reason r;
    } synonyms[] = {
        {"arbete", SIF_EXIT_WORK}, {"work", SIF_EXIT_WORK},
        {"självförsörjande", SIF_EXIT_WORK}, {"sjalvforsorjande", SIF_EXIT_WORK},
        {"studier", SIF_EXIT_STUDIES}, {"studies", SIF_EXIT_STUDIES},
        {"slutade_soka", SIF_EXIT_STOPPED}, {"slutade söka", SIF_EXIT_STOPPED},
        {"slutade soka", SIF_EXIT_STOPPED}, {"stopped", SIF_EXIT_STOPPED},
        {"forsakringskassan", SIF_EXIT_FK}, {"försäkringskassan", SIF_EXIT_FK},
        {"fk", SIF_EXIT_FK},
        {"flytt", SIF_EXIT_MOVED}, {"flyttade", SIF_EXIT_MOVED}, {"moved", SIF_EXIT_MOVED},
        {"annat", SIF_EXIT_OTHER}, {"other", SIF_EXIT_OTHER},
    };
    char low[64];
    size_t n = text ? strlen(text) : 0;
    if (n == 0 || n >= sizeof low)
        return sif_error_set(err, SIF_ERR_DATA, "exit reason \"%s\" is not known", text ? text : "");
    for (size_t i = 0; i <= n; i++) {
        unsigned char c = (unsigned char)text[i];
        low[i] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
        /* Å Ä Ö → å ä ö */
        if (i > 0 && (unsigned char)text[i - 1] == 0xC3 && (c == 0x85 || c == 0x84 || c == 0x96))
            low[i] = (char)(c + 0x20);
    }
    for (size_t i = 0; i < sizeof synonyms / sizeof synonyms[0]; i++)
        if (strcmp(low, synonyms[i].text) == 0) {
            *out = synonyms[i].r;
            return SIF_OK;
        }
    return sif_error_set(err, SIF_ERR_DATA,
                         "exit reason \"%s\" is not arbete, studier, slutade_soka, "
                         "forsakringskassan, flytt or annat", text);
}

static int date_ok(const char *d)
{
    int y, m, day;
    char tail;
    if (strlen(d) != 10 || sscanf(d, "%4d-%2d-%2d%c", &y, &m, &day, &tail) != 3)
        return 0;
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1900 || y > 2999 || m < 1 || m > 12 || day < 1 || day > mdays[m - 1])
        return 0;
    if (m == 2 && day == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 0;
    return d[4] == '-' && d[7] == '-';
}

sif_status sif_exit_add(sif_store *st, int64_t batch, const char *project_code,
                        const sif_exit *e, int64_t *id, sif_error *err)
{
    sif_project p;
    sif_status rc = sif_project_find(st, project_code, &p, err);
    if (rc != SIF_OK)
        return rc;
    if ((rc = sif_text_check(e->household, sizeof e->household, "household", err)) != SIF_OK)
        return sif_error_about(err, SIF_FIELD_HOUSEHOLD, rc);
    if ((rc = sif_text_check(e->district, sizeof e->district, "district", err)) != SIF_OK)
        return rc;
    if ((rc = sif_id_check(e->household, "hushall", err)) != SIF_OK)
        return sif_error_about(err, SIF_FIELD_HOUSEHOLD, rc);
    if ((rc = sif_district_check(e->district, strlen(e->district), "stadsomrade", err)) != SIF_OK)
        return rc;
    if (e->household[0] == '\0')
        return sif_error_about(err, SIF_FIELD_HOUSEHOLD,
                               sif_error_set(err, SIF_ERR_DATA, "an exit needs a household"));
    if (!date_ok(e->exit_date))
        return sif_error_about(err, SIF_FIELD_DATE, sif_error_set(err, SIF_ERR_DATA,
                               "exit date \"%s\" is not a date (YYYY-MM-DD)", e->exit_date));
    if ((unsigned)e->reason >= SIF_EXIT_REASON_COUNT_)
        return sif_error_set(err, SIF_ERR_DATA, "unknown exit reason");
    sif_ratio share = e->share.den ? e->share : (sif_ratio){1, 1};
    if (share.den <= 0 || share.num <= 0 || share.num > share.den)
        return sif_error_set(err, SIF_ERR_DATA, "share must be more than 0 and at most 1");
    if ((rc = sif_exit_key_check(st, batch, &p, e->household, err)) != SIF_OK)
        return rc;
    int64_t xid;
    rc = sif_row_insert(st, batch, "hh_exit",
                        "project_id, household, exit_date, reason, share_num, share_den",
                        "ItttII", "add", e->household, NULL, &xid, err, p.id, e->household,
                        e->exit_date, sif_exit_reason_name(e->reason), share.num, share.den);
    if (rc == SIF_OK && id)
        *id = xid;
    char district[sizeof e->district];
    if (rc == SIF_OK && e->district[0])
        rc = sif_district_spelling(st, p.id, e->district, district, sizeof district, err);
    if (rc == SIF_OK && e->district[0])
        rc = sif_row_insert(st, batch, "hh_exit_district", "exit_id, district", "It", "add",
                            district, NULL, NULL, err, xid, district);
    return rc;
}

struct exit_each {
    sif_exit_fn fn;
    void *ctx;
};

static int exit_row(void *ctx, sqlite3_stmt *s)
{
    const struct exit_each *each = ctx;
    sif_exit e;
    memset(&e, 0, sizeof e);
    e.id = sqlite3_column_int64(s, 0);
    sif_column_copy(s, 1, e.household, sizeof e.household);
    sif_column_copy(s, 2, e.exit_date, sizeof e.exit_date);
    if (sif_exit_reason_parse(sif_column_text(s, 3), &e.reason, NULL) != SIF_OK)
        e.reason = SIF_EXIT_OTHER;
    e.share.num = sqlite3_column_int64(s, 4);
    e.share.den = sqlite3_column_int64(s, 5);
    sif_column_copy(s, 6, e.district, sizeof e.district);
    return each->fn(each->ctx, &e);
}

sif_status sif_exit_list(sif_store *st, const char *project_code, sif_exit_fn fn, void *ctx,
                         sif_error *err)
{
    struct exit_each each = {fn, ctx};
    return sif_store_each(st,
        "SELECT e.id, e.household, e.exit_date, e.reason, e.share_num, e.share_den, d.district"
        " FROM hh_exit e JOIN project p ON p.id = e.project_id"
        " LEFT JOIN hh_exit_district d ON d.exit_id = e.id WHERE ?1 IS NULL OR p.code = ?1"
        " ORDER BY e.exit_date, e.id", project_code, exit_row, &each, err);
}

/* ---- the payment register ---- */

struct sif_payment_writer {
    sif_store *st;
    sqlite3_stmt *insert;
    int64_t batch, rows;
    sif_ore sum;
    sif_sha256 digest;  /* over every row written, in order (sif_payment_row_digest) */
    bool closed[SIF_PAYMENT_YEARS]; /* closed years (1900 + i), read once under the lock */
};

/* The closed years, once per writer: the write lock is held, so they cannot change. */
static sif_status read_closed_years(sif_payment_writer *w, sif_error *err)
{
    sqlite3_stmt *s;
    sif_status rc = sif_store_prepare(w->st,
        "SELECT e.year FROM period_event e WHERE e.action = 'close' AND e.id ="
        " (SELECT max(id) FROM period_event WHERE year = e.year)", &s, err);
    if (rc != SIF_OK)
        return rc;
    int step;
    while ((step = sqlite3_step(s)) == SQLITE_ROW) {
        int y = sqlite3_column_int(s, 0);
        if (y >= 1900 && y < 1900 + SIF_PAYMENT_YEARS)
            w->closed[y - 1900] = true;
    }
    if (step != SQLITE_DONE)
        rc = sif_store_error(w->st, step, err);
    sqlite3_finalize(s);
    return rc;
}

void sif_payment_row_digest(sif_sha256 *h, const char *household, size_t household_len,
                            int month, sif_ore amount, const char *district, size_t district_len)
{
    /* lengths first, integers little-endian: no two different rows feed the same bytes */
    unsigned char b[16];
    b[0] = (unsigned char)household_len;
    sif_sha256_update(h, b, 1);
    sif_sha256_update(h, household, household_len);
    uint64_t a = (uint64_t)amount;
    for (int i = 0; i < 4; i++)
        b[i] = (unsigned char)((uint32_t)month >> (8 * i));
    for (int i = 0; i < 8; i++)
        b[4 + i] = (unsigned char)(a >> (8 * i));
    b[12] = district ? 1 : 0;
    b[13] = (unsigned char)(district ? district_len : 0);
    sif_sha256_update(h, b, 14);
    if (district)
        sif_sha256_update(h, district, district_len);
}

sif_status sif_payment_writer_open(sif_store *st, int64_t batch, sif_payment_writer **out,
                                   sif_error *err)
{
    *out = NULL;
    if (!sif_store_in_write(st))
        return sif_error_set(err, SIF_ERR_USAGE, "payments written outside a transaction");
    sif_payment_writer *w = calloc(1, sizeof *w);
    if (w == NULL)
        return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    w->st = st;
    w->batch = batch;
    sif_status rc = sif_store_prepare(st, "INSERT INTO payment(household, month, amount_ore,"
                                          " district, batch_id) VALUES (?,?,?,?,?)", &w->insert, err);
    if (rc != SIF_OK) {
        free(w);
        return rc;
    }
    sqlite3_bind_int64(w->insert, 5, batch);
    sif_sha256_init(&w->digest);
    if ((rc = read_closed_years(w, err)) != SIF_OK) {
        sqlite3_finalize(w->insert);
        free(w);
        return rc;
    }
    *out = w;
    return SIF_OK;
}

sif_status sif_payment_writer_add_n(sif_payment_writer *w, const char *household,
                                    size_t household_len, int month, sif_ore amount,
                                    const char *district, size_t district_len, sif_error *err)
{
    if (household_len == 0 || household_len >= 64)
        return sif_error_set(err, SIF_ERR_DATA, "household id must be 1 to 63 bytes");
    sif_status rc = sif_id_check_n(household, household_len, "hushall", err);
    if (rc == SIF_OK)
        rc = sif_district_check(district, district_len, "stadsomrade", err);
    if (rc != SIF_OK)
        return rc;
    if (month / 100 < 1900 || month / 100 > 2999 || month % 100 < 1 || month % 100 > 12)
        return sif_error_set(err, SIF_ERR_DATA, "month %d is not YYYYMM", month);
    if (w->closed[month / 100 - 1900])
        return sif_period_require_open(w->st, month / 100, err);
    sif_ore sum;
    rc = sif_ore_add(w->sum, amount, &sum, err);
    if (rc == SIF_OK)
        rc = sif_money_reserve(w->st, amount, err);
    if (rc != SIF_OK)
        return rc;
    sqlite3_bind_text(w->insert, 1, household, (int)household_len, SQLITE_STATIC);
    sqlite3_bind_int(w->insert, 2, month);
    sqlite3_bind_int64(w->insert, 3, amount);
    if (district && district_len)
        sqlite3_bind_text(w->insert, 4, district, (int)district_len, SQLITE_STATIC);
    else
        sqlite3_bind_null(w->insert, 4);
    int step = sqlite3_step(w->insert);
    sqlite3_reset(w->insert);
    if (step != SQLITE_DONE)
        return sif_store_error(w->st, step, err);
    if (sqlite3_changes(sif_store_db(w->st)) != 1)
        return sif_error_set(err, SIF_ERR_TAMPERED, "no payment row was written: the ledger's "
                             "schema was changed outside sif (see 'sif verify')");
    bool has_district = district && district_len;
    sif_payment_row_digest(&w->digest, household, household_len, month, amount,
                           has_district ? district : NULL, has_district ? district_len : 0);
    w->sum = sum;
    w->rows++;
    return SIF_OK;
}

sif_status sif_payment_writer_add(sif_payment_writer *w, const char *household, int month,
                                  sif_ore amount, const char *district, sif_error *err)
{
    return sif_payment_writer_add_n(w, household, household ? strlen(household) : 0, month,
                                    amount, district, district ? strlen(district) : 0, err);
}

void sif_payment_writer_close(sif_payment_writer *w, int64_t *rows, sif_ore *sum)
{
    if (w == NULL)
        return;
    if (rows)
        *rows = w->rows;
    if (sum)
        *sum = w->sum;
    if (rows && w->rows > 0) {
        /* written with the batch at commit (sif_write_commit): the register's digest */
        char hex[65];
        sif_sha256_hex(&w->digest, hex);
        sif_store_set_payment_digest(w->st, w->rows, hex);
    }
    sqlite3_finalize(w->insert);
    free(w);
}

struct payment_each {
    sif_payment_fn fn;
    void *ctx;
};

static int payment_row(void *ctx, sqlite3_stmt *s)
{
    const struct payment_each *each = ctx;
    sif_payment p = {sqlite3_column_int(s, 0), sqlite3_column_int64(s, 1)};
    return each->fn(each->ctx, &p);
}

sif_status sif_payment_list(sif_store *st, const char *household, sif_payment_fn fn, void *ctx,
                            sif_error *err)
{
    struct payment_each each = {fn, ctx};
    return sif_store_each(st, "SELECT month, SUM(amount_ore) FROM payment"
                              " WHERE household = ? GROUP BY month ORDER BY month",
                          household, payment_row, &each, err);
}

struct household_payment_each {
    sif_household_payment_fn fn;
    void *ctx;
};

static int household_payment_row(void *ctx, sqlite3_stmt *s)
{
    const struct household_payment_each *each = ctx;
    sif_payment pay = {sqlite3_column_int(s, 1), sqlite3_column_int64(s, 2)};
    return each->fn(each->ctx, sif_column_text(s, 0), &pay);
}

sif_status sif_payment_list_exits(sif_store *st, const char *project_code,
                                  sif_household_payment_fn fn, void *ctx, sif_error *err)
{
    struct household_payment_each each = {fn, ctx};
    return sif_store_each(st,
        "SELECT household, month, SUM(amount_ore) FROM payment WHERE household IN"
        " (SELECT e.household FROM hh_exit e JOIN project p ON p.id = e.project_id"
        "  WHERE p.code = ?1) GROUP BY household, month ORDER BY household, month",
        project_code, household_payment_row, &each, err);
}

struct household_district_each {
    sif_household_district_fn fn;
    void *ctx;
};

static int household_district_row(void *ctx, sqlite3_stmt *s)
{
    const struct household_district_each *each = ctx;
    return each->fn(each->ctx, sif_column_text(s, 0), sqlite3_column_int(s, 1),
                    sif_column_text(s, 2));
}

sif_status sif_payment_list_districts(sif_store *st, const char *project_code,
                                      sif_household_district_fn fn, void *ctx, sif_error *err)
{
    struct household_district_each each = {fn, ctx};
    return sif_store_each(st,
        "SELECT household, month, district FROM payment WHERE district IS NOT NULL AND"
        " household IN (SELECT e.household FROM hh_exit e JOIN project p ON p.id = e.project_id"
        "  WHERE p.code = ?1) ORDER BY household, month", project_code, household_district_row,
        &each, err);
}

/* ---- treatment and placement records ---- */

sif_status sif_treatment_add(sif_store *st, int64_t batch, const char *project_code,
                             const sif_treatment *t, int64_t *id, sif_error *err)
{
    sif_project p;
    sif_status rc = sif_project_find(st, project_code, &p, err);
    if (rc != SIF_OK)
        return rc;
    if ((rc = sif_text_check(t->family, sizeof t->family, "family", err)) != SIF_OK ||
        (rc = sif_id_check(t->family, "familj", err)) != SIF_OK)
        return sif_error_about(err, SIF_FIELD_FAMILY, rc);
    if (t->family[0] == '\0')
        return sif_error_about(err, SIF_FIELD_FAMILY, sif_error_set(err, SIF_ERR_DATA,
                               "a treatment record needs a family"));
    if (strcmp(t->kind, "intensive") != 0 && strcmp(t->kind, "ordinary") != 0)
        return sif_error_set(err, SIF_ERR_DATA, "treatment kind \"%s\" is not intensive or ordinary",
                             t->kind);
    if (t->months < 0 || t->months > 1200 || t->hours_per_month < 0 || t->hours_per_month > 744 ||
        t->therapists < 1 || t->therapists > 100 || t->hourly_ore < 0)
        return sif_error_set(err, SIF_ERR_DATA, "treatment months, hours or therapists out of range");
    if ((rc = sif_treatment_key_check(st, batch, &p, t, err)) != SIF_OK)
        return rc;
    return sif_row_insert(st, batch, "treatment_record",
                          "project_id, family, kind, months, hours_per_month, therapists, hourly_ore",
                          "IttiiiP", "add", t->family, NULL, id, err, p.id, t->family, t->kind,
                          t->months, t->hours_per_month, t->therapists,
                          t->hourly_ore ? &t->hourly_ore : NULL);
}

struct treatment_each {
    sif_treatment_fn fn;
    void *ctx;
};

static int treatment_row(void *ctx, sqlite3_stmt *s)
{
    const struct treatment_each *each = ctx;
    sif_treatment t;
    memset(&t, 0, sizeof t);
    t.id = sqlite3_column_int64(s, 0);
    sif_column_copy(s, 1, t.family, sizeof t.family);
    sif_column_copy(s, 2, t.kind, sizeof t.kind);
    t.months = sqlite3_column_int(s, 3);
    t.hours_per_month = sqlite3_column_int(s, 4);
    t.therapists = sqlite3_column_int(s, 5);
    t.hourly_ore = sqlite3_column_int64(s, 6);
    return each->fn(each->ctx, &t);
}

sif_status sif_treatment_list(sif_store *st, const char *project_code, sif_treatment_fn fn,
                              void *ctx, sif_error *err)
{
    struct treatment_each each = {fn, ctx};
    return sif_store_each(st,
        "SELECT t.id, t.family, t.kind, t.months, t.hours_per_month, t.therapists,"
        " coalesce(t.hourly_ore, 0) FROM treatment_record t JOIN project p ON p.id = t.project_id"
        " WHERE ?1 IS NULL OR p.code = ?1 ORDER BY t.id", project_code, treatment_row, &each,
        err);
}

sif_status sif_placement_add(sif_store *st, int64_t batch, const char *project_code,
                             const sif_placement *pl, int64_t *id, sif_error *err)
{
    sif_project p;
    sif_status rc = sif_project_find(st, project_code, &p, err);
    if (rc != SIF_OK)
        return rc;
    if ((rc = sif_text_check(pl->child, sizeof pl->child, "child", err)) != SIF_OK ||
        (rc = sif_id_check(pl->child, "barn", err)) != SIF_OK)
        return sif_error_about(err, SIF_FIELD_CHILD, rc);
    if (pl->child[0] == '\0')
        return sif_error_about(err, SIF_FIELD_CHILD, sif_error_set(err, SIF_ERR_DATA,
                               "a placement record needs a child"));
    if (pl->days < 0 || pl->days > 36600 || pl->daily_ore < 0 ||
        (pl->year && (pl->year < 1900 || pl->year > 2999)))
        return sif_error_set(err, SIF_ERR_DATA, "placement days, year or daily cost out of range");
    if (pl->year && (rc = sif_period_require_open(st, pl->year, err)) != SIF_OK)
        return rc;   /* the message names the year, which the ledger's trigger cannot */
    if ((rc = sif_placement_key_check(st, batch, &p, pl, err)) != SIF_OK)
        return rc;
    return sif_row_insert(st, batch, "placement_record", "project_id, child, year, days, daily_ore",
                          "ItyiP", "add", pl->child, NULL, id, err, p.id, pl->child, pl->year,
                          pl->days, pl->daily_ore ? &pl->daily_ore : NULL);
}

struct placement_each {
    sif_placement_fn fn;
    void *ctx;
};

static int placement_row(void *ctx, sqlite3_stmt *s)
{
    const struct placement_each *each = ctx;
    sif_placement pl;
    memset(&pl, 0, sizeof pl);
    pl.id = sqlite3_column_int64(s, 0);
    sif_column_copy(s, 1, pl.child, sizeof pl.child);
    pl.year = sqlite3_column_int(s, 2);
    pl.days = sqlite3_column_int(s, 3);
    pl.daily_ore = sqlite3_column_int64(s, 4);
    return each->fn(each->ctx, &pl);
}

sif_status sif_placement_list(sif_store *st, const char *project_code, sif_placement_fn fn,
                              void *ctx, sif_error *err)
{
    struct placement_each each = {fn, ctx};
    return sif_store_each(st,
        "SELECT c.id, c.child, coalesce(c.year, 0), c.days, coalesce(c.daily_ore, 0)"
        " FROM placement_record c JOIN project p ON p.id = c.project_id"
        " WHERE ?1 IS NULL OR p.code = ?1 ORDER BY c.id", project_code, placement_row, &each,
        err);
}
