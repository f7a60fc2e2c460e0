/* include/sif/cost.h — investment cost entries, their reversal, control totals, and the
 * role × year investment table of SPEC §2.
 *
 * @code
 *     sif_cost_add(st, batch, "HFO", "OV", 2017, 0, 105067900, "fund", NULL, &id, &err);
 *     sif_investment *inv;
 *     sif_investment_build(st, "HFO", NULL, &inv, &err);
 *     ... inv->cells[r * inv->nyears + y], inv->total ...
 *     sif_investment_free(inv);
 * @endcode
 *
 * Cost entries are never changed: sif_cost_reverse writes a new entry of the opposite amount
 * that refers to the original, with a reason. A closed year takes no new entry
 * (SIF_ERR_CLOSED). Funding is "fund", "esf" or "other:NAME"; only "fund" is the loan.
 */
#ifndef SIF_COST_H
#define SIF_COST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "sif/entity.h"

typedef struct sif_cost {
    int64_t id;
    int64_t project_id;
    char role_code[SIF_CODE_MAX];
    int year;
    int month;                 /* 1–12, 0 = the whole year */
    sif_ore amount_ore;
    char funding[72];          /* "fund", "grant", "esf", "other:NAME" */
    char note[SIF_TEXT_MAX];
    int64_t reverses;          /* id of the entry this one reverses, 0 = none */
    int64_t reversed_by;       /* id of the entry that reverses this one, 0 = none */
    char reason[SIF_TEXT_MAX];
    int64_t batch_id;
    char user[64];
    char at[32];
} sif_cost;

/* Parse a year given as text (a command-line argument, a form field): a whole number from
 * 1900 to 2999, else SIF_ERR_USAGE with the message "\"TEXT\" is not a year". */
sif_status sif_year_parse(const char *text, int *year, sif_error *err);

/* A funding source as stored ("fund", "grant", "esf", "other:NAME") from the words the command line
 * and every import accept alike: fund/fond/fonden/lån, grant/bidrag (fund money that is not a
 * loan, SPEC §12), esf/Europeiska socialfonden,
 * other:NAME/annan:NAME/övrig:NAME (any case, å and ö too; blanks before NAME dropped).
 * Written into out (72 bytes suffice).
 * SIF_ERR_DATA for anything else. */
sif_status sif_funding_parse(const char *text, char *out, size_t size, sif_error *err);

/* Check a funding source: anything sif_funding_parse takes. */
sif_status sif_funding_check(const char *funding, sif_error *err);

/* The Swedish label of a funding source for terminal tables: "fund" → "fonden", "esf" →
 * "ESF", "other:NAME" → "annan: NAME"; anything else is copied as it is. Written into buf
 * (size bytes, truncated if it must be) and returned. */
const char *sif_funding_label(const char *funding, char *buf, size_t size);

/* Add a cost entry. funding NULL or "" = "fund"; note may be NULL. month 0 = whole year. */
sif_status sif_cost_add(sif_store *st, int64_t batch, const char *project_code,
                        const char *role_code, int year, int month, sif_ore amount,
                        const char *funding, const char *note, int64_t *id, sif_error *err);

/* Reverse entry id with a reason (required). An entry is reversed at most once, and a
 * reversal is not itself reversed: enter the amount again instead. */
sif_status sif_cost_reverse(sif_store *st, int64_t batch, int64_t id, const char *reason,
                            int64_t *new_id, sif_error *err);

typedef int (*sif_cost_fn)(void *ctx, const sif_cost *c);
/* Entries of a project in id order (project_code NULL = every project). */
sif_status sif_cost_list(sif_store *st, const char *project_code, sif_cost_fn fn, void *ctx,
                         sif_error *err);

/* A total printed in a source, to compare with the ledger's own sum (SPEC §6.3).
 * scope "year" (year set, role NULL), "role" (role set, year 0) or "total". */
sif_status sif_control_add(sif_store *st, int64_t batch, const char *project_code,
                           const char *scope, int year, const char *role_code, sif_ore printed,
                           const char *note, sif_error *err);

/* One control total compared. */
typedef struct sif_control {
    char scope[8];
    int year;
    char role_code[SIF_CODE_MAX];
    sif_ore printed_ore;
    sif_ore computed_ore;
    sif_ore diff_ore;          /* computed − printed */
} sif_control;

/* The investment of a project as a role × year table, with totals per role, per year, per
 * funding source and in all, and the control totals compared. Heap object: free with
 * sif_investment_free. */
typedef struct sif_investment {
    size_t nroles;
    sif_role *roles;           /* nroles, in the order they were added */
    size_t nyears;
    int *years;                /* nyears, ascending: every year with an entry or in the
                                  project's start..end */
    sif_ore *cells;            /* nroles × nyears, cells[r * nyears + y] */
    sif_ore *role_totals;      /* nroles */
    sif_ore *year_totals;      /* nyears */
    sif_ore total;
    sif_ore fund_total;        /* funding "fund": the loan */
    sif_ore *fund_by_year;     /* nyears */
    sif_ore grant_total;       /* funding "grant": fund money that is not a loan */
    sif_ore esf_total;
    sif_ore other_total;
    size_t ncontrols;
    sif_control *controls;     /* ncontrols, years first (descending), then roles, total */
    size_t nfunding;
    char (*funding)[72];       /* nfunding distinct sources */
    sif_ore *funding_totals;   /* nfunding */
} sif_investment;

/* Build the table. funding NULL = every source, else only entries of that source; control
 * totals (printed over every source) are compared only with the unfiltered table, so a
 * filtered one has none. *out is NULL on failure. */
sif_status sif_investment_build(sif_store *st, const char *project_code, const char *funding,
                                sif_investment **out, sif_error *err);
void sif_investment_free(sif_investment *inv);

/* How many cells a control total sums (a year: its roles; a role: its years; the total:
 * roles × years), and whether rounding may explain its difference (SPEC §11.6: only when
 * |difference| <= 0,50 kr × cells). */
int64_t sif_control_cells(const sif_investment *inv, const sif_control *c);
bool sif_control_may_be_rounding(const sif_investment *inv, const sif_control *c);

#endif
