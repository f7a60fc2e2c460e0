/* ledger/repay/decision.c — decisions on repayment, and the write-off a recorded one makes. */
#include "repay_internal.h"

#include <stdio.h>
#include <string.h>
#include "sif/decision.h"
#include "sif/rule.h"

void sif_decision_init(sif_decision *d)
{
    memset(d, 0, sizeof *d);
}

int sif_decision_year(const char *date)
{
    int y, m, d;
    char tail;
    if (date == NULL || strlen(date) != 10 || date[4] != '-' || date[7] != '-' ||
        sscanf(date, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3)
        return 0;
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
        return 0;
    if (m == 2 && d == 29 && !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)))
        return 0;
    return y;
}

static sif_status check(const sif_decision *d, sif_error *err)
{
    sif_status rc;
    if (strcmp(d->kind, "waive") != 0 && strcmp(d->kind, "partial") != 0 &&
        strcmp(d->kind, "reschedule") != 0)
        return sif_error_set(err, SIF_ERR_DATA, "decision kind \"%s\" is not waive, partial or "
                             "reschedule", d->kind);
    if (sif_decision_year(d->date) == 0)
        return sif_error_set(err, SIF_ERR_DATA, "decision date \"%s\" is not a date YYYY-MM-DD",
                             d->date);
    if (d->body[0] == '\0')
        return sif_error_set(err, SIF_ERR_DATA, "a decision needs the body that took it");
    if ((rc = sif_text_check(d->body, sizeof d->body, "body", err)) != SIF_OK ||
        (rc = sif_text_check(d->reference, sizeof d->reference, "reference", err)) != SIF_OK ||
        (rc = sif_text_check(d->text, sizeof d->text, "text", err)) != SIF_OK)
        return rc;
    if (strcmp(d->kind, "partial") == 0 && (d->percent_bp < 0 || d->percent_bp > SIF_BP_WHOLE))
        return sif_error_set(err, SIF_ERR_DATA, "partial share %d bp is not within 0..10000",
                             d->percent_bp);
    if (strcmp(d->kind, "reschedule") == 0) {
        if (d->years == 0 && d->first_year == 0)
            return sif_error_set(err, SIF_ERR_DATA, "a reschedule needs new years or a new "
                                 "first year");
        if (d->years < 0 || d->years > 100)
            return sif_error_set(err, SIF_ERR_DATA, "repayment years %d is not within 1..100",
                                 d->years);
        if (d->first_year && (d->first_year < 1900 || d->first_year > 2999))
            return sif_error_set(err, SIF_ERR_DATA, "first year %d is not a year",
                                 d->first_year);
    }
    return SIF_OK;
}

/* What a recorded decision writes off: waive everything outstanding, partial what lies
 * beyond its share of the loan. */
static sif_status writeoff_amount(const sif_decision *d, const repay_position *pos,
                                  sif_ore *out, sif_error *err)
{
    *out = 0;
    if (strcmp(d->kind, "waive") == 0) {
        *out = pos->outstanding_ore;
        return SIF_OK;
    }
    if (strcmp(d->kind, "partial") != 0)
        return SIF_OK;
    sif_ore keep, v;
    sif_status rc = sif_muldiv(pos->loan_ore, d->percent_bp, SIF_BP_WHOLE, &keep, err);
    if (rc != SIF_OK)
        return rc;
    if (pos->repaid_ore > keep)
        keep = pos->repaid_ore;
    if ((rc = sif_ore_sub(pos->loan_ore, keep, &v, err)) != SIF_OK ||
        (rc = sif_ore_sub(v, pos->written_off_ore, &v, err)) != SIF_OK)
        return rc;
    *out = v > 0 ? v : 0;
    return SIF_OK;
}

/* A recorded decision is known by its project, kind and reference (SPEC §11.1): the same
 * decision twice would write off twice. Drafts are proposals and may repeat. */
static sif_status check_recorded_once(sif_store *st, const sif_project *p, const sif_decision *d,
                                      sif_error *err)
{
    if (d->draft)
        return SIF_OK;
    if (d->reference[0] == '\0')
        return sif_error_set(err, SIF_ERR_DATA, "a recorded decision needs its reference "
                             "(--reference, e.g. KS-2019-1); a proposal is a --draft");
    sqlite3_stmt *s;
    sif_status rc = sif_store_prepare(st,
        "SELECT id, date FROM decision WHERE project_id = ?1 AND kind = ?2 AND reference = ?3"
        " AND draft = 0 ORDER BY id LIMIT 1", &s, err);
    if (rc != SIF_OK)
        return rc;
    sqlite3_bind_int64(s, 1, p->id);
    sif_bind_text(s, 2, d->kind);
    sif_bind_text(s, 3, d->reference);
    int step = sqlite3_step(s);
    if (step == SQLITE_ROW)
        rc = sif_error_set(err, SIF_ERR_DATA, "the %s decision %s of project %s is recorded "
                           "already (decision %lld of %s): a decision counts once", d->kind,
                           d->reference, p->code, (long long)sqlite3_column_int64(s, 0),
                           (const char *)sqlite3_column_text(s, 1));
    else if (step != SQLITE_DONE)
        rc = sif_store_error(st, step, err);
    sqlite3_finalize(s);
    return rc;
}

sif_status sif_decision_add(sif_store *st, int64_t batch, const char *project_code,
                            const sif_decision *d, int64_t *id, sif_error *err)
{
    sif_project p;
    sif_status rc = sif_project_find(st, project_code, &p, err);
    if (rc == SIF_OK)
        rc = check(d, err);
    if (rc == SIF_OK)
        rc = check_recorded_once(st, &p, d, err);
    if (rc != SIF_OK)
        return rc;
    bool partial = strcmp(d->kind, "partial") == 0;
    int64_t pct = d->percent_bp;
    char detail[160];
    snprintf(detail, sizeof detail, "%s %s%s %s", p.code, d->kind, d->draft ? " (draft)" : "",
             d->reference);
    int64_t did;
    rc = sif_row_insert(st, batch, "decision",
                        "project_id, date, body, reference, kind, percent_bp, years, "
                        "first_year, draft, text",
                        "IttttPyyit", "add", detail, NULL, &did, err, p.id, d->date, d->body,
                        d->reference, d->kind, partial ? &pct : NULL, d->years, d->first_year,
                        d->draft ? 1 : 0, d->text);
    if (rc != SIF_OK)
        return rc;
    if (id)
        *id = did;
    if (d->draft)
        return SIF_OK;
    repay_position pos;
    sif_ore off;
    if ((rc = repay_position_get(st, p.id, &pos, err)) != SIF_OK ||
        (rc = writeoff_amount(d, &pos, &off, err)) != SIF_OK || off <= 0)
        return rc;
    char note[SIF_TEXT_MAX];
    snprintf(note, sizeof note, "%s %s %s", d->body, d->reference, d->date);
    return repay_row_add(st, batch, &p, sif_decision_year(d->date), "writeoff", off, did, note,
                         NULL, err);
}

sif_status sif_decision_list(sif_store *st, const char *project_code, sif_decision_fn fn,
                             void *ctx, sif_error *err)
{
    sqlite3_stmt *s;
    char one[1024];
    sif_status rc = sif_store_prepare(st, sif_sql_bound(
        "SELECT d.id, p.code, d.date, d.body, d.reference, d.kind, coalesce(d.percent_bp, 0),"
        " coalesce(d.years, 0), coalesce(d.first_year, 0), d.draft, d.text,"
        " (SELECT coalesce(SUM(r.amount_ore), 0) FROM repayment r WHERE r.decision_id = d.id"
        "  AND r.kind = 'writeoff'), d.batch_id, d.user, d.at"
        " FROM decision d JOIN project p ON p.id = d.project_id"
        " WHERE ?1 IS NULL OR p.code = ?1 ORDER BY d.id", project_code != NULL, one, sizeof one),
        &s, err);
    if (rc != SIF_OK)
        return rc;
    sif_bind_text(s, 1, project_code);
    int step;
    while ((step = sqlite3_step(s)) == SQLITE_ROW) {
        sif_decision d;
        sif_decision_init(&d);
        d.id = sqlite3_column_int64(s, 0);
        sif_column_copy(s, 1, d.project_code, sizeof d.project_code);
        sif_column_copy(s, 2, d.date, sizeof d.date);
        sif_column_copy(s, 3, d.body, sizeof d.body);
        sif_column_copy(s, 4, d.reference, sizeof d.reference);
        sif_column_copy(s, 5, d.kind, sizeof d.kind);
        d.percent_bp = sqlite3_column_int(s, 6);
        d.years = sqlite3_column_int(s, 7);
        d.first_year = sqlite3_column_int(s, 8);
        d.draft = sqlite3_column_int(s, 9) != 0;
        sif_column_copy(s, 10, d.text, sizeof d.text);
        d.written_off_ore = sqlite3_column_int64(s, 11);
        d.batch_id = sqlite3_column_int64(s, 12);
        sif_column_copy(s, 13, d.user, sizeof d.user);
        sif_column_copy(s, 14, d.at, sizeof d.at);
        if (fn(ctx, &d))
            break;
    }
    if (step != SQLITE_ROW && step != SQLITE_DONE)
        rc = sif_store_error(st, step, err);
    sqlite3_finalize(s);
    return rc;
}
