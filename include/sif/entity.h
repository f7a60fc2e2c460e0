/* include/sif/entity.h — the ledger's master data: funds, units, projects and roles.
 *
 * @code
 *     int64_t batch, id;
 *     sif_write_begin(st, "entry", NULL, NULL, &batch, &err);
 *     sif_project p = {0};
 *     snprintf(p.code, sizeof p.code, "HFO");
 *     snprintf(p.name, sizeof p.name, "Hela Familjen Öster");
 *     sif_project_add(st, batch, &p, &id, &err);
 *     sif_write_commit(st, batch, 1, 0, NULL, &err);
 * @endcode
 *
 * Records are plain structs with fixed-size text fields, owned by the caller; nothing
 * returned here needs freeing. Every _add must run inside sif_write_begin/commit and takes
 * the batch id that begin gave. Rows are never updated: a unit's move to another committee
 * is a new row (sif_unit_move), a changed repayment rule is a new rule row.
 * List functions call fn once per record, in code order; fn returns non-zero to stop.
 * Text longer than its field, or not valid UTF-8, is refused with SIF_ERR_DATA.
 */
#ifndef SIF_ENTITY_H
#define SIF_ENTITY_H

#include <stdbool.h>
#include <stdint.h>
#include "sif/error.h"
#include "sif/money.h"
#include "sif/store.h"

#define SIF_CODE_MAX 32
#define SIF_NAME_MAX 200
#define SIF_TEXT_MAX 1024

/* The fund created by sif_init: code "SIF". */
#define SIF_DEFAULT_FUND "SIF"

typedef struct sif_fund {
    int64_t id;
    char code[SIF_CODE_MAX];
    char name[SIF_NAME_MAX];
    char municipality[SIF_NAME_MAX];
} sif_fund;

sif_status sif_fund_add(sif_store *st, int64_t batch, const sif_fund *f, int64_t *id,
                        sif_error *err);
/* Find a fund by code (NULL or "" = the default fund). SIF_ERR_NOTFOUND if absent. */
sif_status sif_fund_find(sif_store *st, const char *code, sif_fund *out, sif_error *err);
typedef int (*sif_fund_fn)(void *ctx, const sif_fund *f);
sif_status sif_fund_list(sif_store *st, sif_fund_fn fn, void *ctx, sif_error *err);
/* Capital paid into a fund in a year (negative: taken out). */
sif_status sif_fund_capital_add(sif_store *st, int64_t batch, const char *fund_code, int year,
                                sif_ore amount, const char *note, sif_error *err);

typedef struct sif_unit {
    int64_t id;
    char code[SIF_CODE_MAX];
    char name[SIF_NAME_MAX];
    char committee[SIF_NAME_MAX]; /* in force for the year asked for (list: the latest) */
} sif_unit;

/* committee may be NULL or "" (not yet known). */
sif_status sif_unit_add(sif_store *st, int64_t batch, const char *code, const char *name,
                        const char *committee, int64_t *id, sif_error *err);
/* From from_year on, the unit belongs to committee (a reorganisation). */
sif_status sif_unit_move(sif_store *st, int64_t batch, const char *code, int from_year,
                         const char *committee, sif_error *err);
sif_status sif_unit_find(sif_store *st, const char *code, sif_unit *out, sif_error *err);
/* The committee of a unit in a year: the latest move with from_year <= year; "" if none. */
sif_status sif_unit_committee(sif_store *st, int64_t unit_id, int year, char *buf, size_t size,
                              sif_error *err);
/* A unit's committee rows (table unit_committee) ordered by from_year, then id: its
 * history. from_year 0 = from the start (the committee given to sif_unit_add). Of two rows
 * with the same from_year the later one is in force (a corrected move). fn returns nonzero
 * to stop; committee is valid only during the call. */
typedef int (*sif_unit_committee_fn)(void *ctx, int from_year, const char *committee);
sif_status sif_unit_committee_list(sif_store *st, int64_t unit_id, sif_unit_committee_fn fn,
                                   void *ctx, sif_error *err);
typedef int (*sif_unit_fn)(void *ctx, const sif_unit *u);
sif_status sif_unit_list(sif_store *st, sif_unit_fn fn, void *ctx, sif_error *err);

typedef struct sif_project {
    int64_t id;
    char code[SIF_CODE_MAX];
    char name[SIF_NAME_MAX];
    char committee[SIF_NAME_MAX];
    char dnr[64];
    int start_year;          /* 0 = not given */
    int end_year;            /* 0 = not given */
    bool has_granted;
    sif_ore granted_ore;     /* amount granted by the fund */
    char fund_code[SIF_CODE_MAX]; /* "" on add = the default fund */
    int64_t fund_id;
    char area[SIF_NAME_MAX];     /* insatsområde, "" = none (SPEC §12) */
    char district[SIF_NAME_MAX]; /* stadsområde, "" = none */
} sif_project;

sif_status sif_project_add(sif_store *st, int64_t batch, const sif_project *p, int64_t *id,
                           sif_error *err);
/* Set a project's area and district (either may be ""), in a write; the latest row wins.
 * sif_project_add does this itself when p has either. */
sif_status sif_project_place(sif_store *st, int64_t batch, const char *project_code,
                             const char *area, const char *district, sif_error *err);
sif_status sif_project_find(sif_store *st, const char *code, sif_project *out, sif_error *err);
typedef int (*sif_project_fn)(void *ctx, const sif_project *p);
sif_status sif_project_list(sif_store *st, sif_project_fn fn, void *ctx, sif_error *err);

typedef struct sif_role {
    int64_t id;
    int64_t project_id;
    char code[SIF_CODE_MAX];
    char title[SIF_NAME_MAX];
    int64_t unit_id;
    char unit_code[SIF_CODE_MAX];
    int fte_milli;           /* 1000 = one full-time post */
} sif_role;

#define SIF_ROLE_FTE_DEFAULT (-1) /* fte_milli: one full-time post (1000) */

/* Add role r (code, title, unit_code, fte_milli: 0..100000, SIF_ROLE_FTE_DEFAULT = 1000) to
 * the project with that code. 0 is stored as 0: a post without paid time. */
sif_status sif_role_add(sif_store *st, int64_t batch, const char *project_code,
                        const sif_role *r, int64_t *id, sif_error *err);
sif_status sif_role_find(sif_store *st, int64_t project_id, const char *code, sif_role *out,
                         sif_error *err);
typedef int (*sif_role_fn)(void *ctx, const sif_role *r);
/* Roles of one project in the order they were added. */
sif_status sif_role_list(sif_store *st, int64_t project_id, sif_role_fn fn, void *ctx,
                         sif_error *err);

/* Check a text for a field: valid UTF-8, no control characters but tab, at most max-1 bytes.
 * what names the field in the message. */
sif_status sif_text_check(const char *text, size_t max, const char *what, sif_error *err);

/* Set up a new ledger: the default fund (code SIF_DEFAULT_FUND) with the given name and
 * municipality (either may be NULL), in its own batch. Running it on a ledger that has its
 * default fund is SIF_OK and changes nothing (*created false). */
sif_status sif_ledger_init(sif_store *st, const char *fund_name, const char *municipality,
                           bool *created, sif_error *err);

#endif
