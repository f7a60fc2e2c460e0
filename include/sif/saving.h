/* include/sif/saving.h — savings (kostnadsminskningar) with the inputs and formula that
 * produced them, their reversal, and the tiny formula language a workbook can turn into real
 * Excel formulas.
 *
 * @code
 *     sif_saving_calc *c = sif_saving_calc_new();
 *     sif_saving_calc_input(c, "hushall", "Hushåll som lämnat försörjningsstöd", 41, "st", &err);
 *     sif_saving_calc_input(c, "dodvikt", "Hushåll som blivit självförsörjande ändå", 3, "st", &err);
 *     sif_saving_calc_input(c, "manadskostnad", "Försörjningsstöd per hushåll och månad",
 *                           900000, "kr", &err);           // kr inputs hold öre
 *     sif_saving_calc_input(c, "manader", "Månader som räknas", 12, "mån", &err);
 *     snprintf(c->formula, sizeof c->formula, "(hushall - dodvikt) * manadskostnad * manader");
 *     sif_saving_calc_line(c, "38 hushåll × 9 000 kr × 12 mån = 4 104 000 kr");
 *     sif_saving s = {.category = SIF_CAT_BENEFIT, .year = 2017, .amount_ore = 410400000,
 *                     .status = SIF_SAVING_REALISED, .cash_bp = -1};
 *     ... project_code, unit_code, method ...
 *     sif_saving_add(st, batch, &s, c, &id, &err);   // checks amount == formula
 *     sif_saving_calc_free(c);
 *
 *     // later, e.g. in the workbook writer:
 *     sif_saving_calc *l;
 *     sif_saving_calc_load(st, id, &l, &err);
 *     ... l->inputs[i].key/.label/.value/.unit, l->formula, l->derivation ...
 *     sif_saving_calc_free(l);
 * @endcode
 *
 * Savings are entries: never changed, corrected by a reversing entry (sif_saving_reverse)
 * that refers to the original and gives a reason. A closed year takes no new saving
 * (SIF_ERR_CLOSED). Every saving carries its method name, its structured inputs, a formula
 * over them and its derivation (said in the chosen language), so every krona can be traced back; a saving
 * entered by hand gets one input "belopp" and the formula "belopp".
 *
 * ## The formula language
 *
 *     expr   := term (("+" | "-") term)*
 *     term   := factor (("*" | "/") factor)*
 *     factor := KEY | INTEGER | "(" expr ")"
 *     KEY    := [a-z_][a-z0-9_]*      (an input's key)
 *     INTEGER:= [0-9]+                 (no sign, no decimals)
 *
 * Blanks are ignored. There is no unary minus (write "0 - x"). Each key is evaluated in the
 * unit a reader sees: an input of unit "kr" (value in öre) as kronor (value / 100), an input
 * of unit "%" (value in basis points) as a fraction (value / 10000), every other unit as its
 * value. The formula's result is therefore in kronor. Evaluation is exact (rationals with
 * checked int64 parts; SIF_ERR_OVERFLOW when a part does not fit), and the result is rounded
 * once to öre, half away from zero. A workbook that writes each input's cell as value/100
 * (kr), value/10000 (%) or value (else) and replaces each key by its cell reference gets
 * the ledger's figure from Excel (sif_formula_map does the replacing).
 */
#ifndef SIF_SAVING_H
#define SIF_SAVING_H

#include <stddef.h>
#include <stdint.h>
#include "sif/entity.h"

typedef enum sif_category {
    SIF_CAT_BENEFIT = 0,   /* "benefit": försörjningsstöd */
    SIF_CAT_TREATMENT,     /* "treatment": kortare behandling i öppenvård */
    SIF_CAT_PLACEMENT,     /* "placement": förhindrade placeringar */
    SIF_CAT_OTHER,         /* "other" */
    SIF_CAT_COUNT_
} sif_category;

/* Stored name ("benefit", ...) and label in the chosen language ("Försörjningsstöd",
 * "Benefit", ...). Static. */
const char *sif_category_name(sif_category c);
const char *sif_category_label(sif_category c);
/* A category from the stored name or its Swedish word, any case, the same for the command
 * line and every import: benefit/forsorjningsstod/försörjningsstöd, treatment/behandling/
 * öppenvård, placement/placering, other/ovrigt/övrigt/annat. SIF_ERR_DATA otherwise. */
sif_status sif_category_parse(const char *text, sif_category *out, sif_error *err);

typedef enum sif_saving_status {
    SIF_SAVING_PROJECTED = 0, /* "projected": expected, not yet seen */
    SIF_SAVING_REALISED,      /* "realised": followed up */
    SIF_SAVING_STATUS_COUNT_
} sif_saving_status;

const char *sif_saving_status_name(sif_saving_status s);   /* "projected", "realised" */
/* "prognostiserad", "realiserad" (in the chosen language) */
const char *sif_saving_status_label(sif_saving_status s);
/* A status, any case: projected/beraknad/beräknad/prognos/prognostiserad/planned,
 * realised/realized/realiserad/utfall; for the command line and every import alike. */
sif_status sif_saving_status_parse(const char *text, sif_saving_status *out, sif_error *err);

#define SIF_METHOD_MAX 32

/* The Swedish label of a saving's method name (sif_saving.method) for terminal tables:
 * "benefit_schablon" → "schablon (försörjningsstöd)", "manual" → "manuellt", "reversal" →
 * "återföring", ...; an unknown name is returned as it is. Static or method itself. */
const char *sif_saving_method_label(const char *method);

typedef struct sif_saving {
    int64_t id;
    int64_t project_id;
    char project_code[SIF_CODE_MAX];
    sif_category category;
    char label[SIF_NAME_MAX];     /* what was saved, e.g. "Försörjningsstöd, avslutade hushåll" */
    int year;
    sif_ore amount_ore;           /* the saving to the city */
    sif_ore shifted_ore;          /* the part of amount_ore whose cost moved to another payer
                                     (exits by moving or to Försäkringskassan, SPEC §4) */
    char unit_code[SIF_CODE_MAX]; /* receiving unit; "" = none given */
    sif_saving_status status;
    int cash_bp;                  /* cashable share in basis points; -1 = the project rule's
                                     default for the category */
    char method[SIF_METHOD_MAX];  /* "benefit_schablon", "benefit_records", "treatment",
                                     "placement", "other", "manual", "reversal" */
    int64_t reverses;             /* id of the saving this one reverses, 0 = none */
    int64_t reversed_by;          /* id of the saving that reverses this one, 0 = none */
    char reason[SIF_TEXT_MAX];
    int64_t batch_id;
    char user[64];
    char at[32];
} sif_saving;

/* One structured input of a saving's calculation. */
#define SIF_INPUT_KEY_MAX 32
#define SIF_INPUT_LABEL_MAX 160
#define SIF_INPUT_UNIT_MAX 12
typedef struct sif_saving_input {
    char key[SIF_INPUT_KEY_MAX];     /* [a-z_][a-z0-9_]*, unique within the saving */
    char label[SIF_INPUT_LABEL_MAX]; /* in the chosen language (SPEC §14), no tab or newline */
    char label_src[SIF_INPUT_LABEL_MAX]; /* its stored form when a method wrote it (a message
                                            id and arguments, see calc_text.c); "" else */
    int64_t value;                   /* "kr": öre; "%": basis points (2500 = 25 %); else as is */
    char unit[SIF_INPUT_UNIT_MAX];   /* "kr", "st", "mån", "h", "dagar", "%" or "" */
} sif_saving_input;

#define SIF_FORMULA_MAX 512
#define SIF_CALC_PARAMS_MAX 8

/* A saving's calculation: inputs, formula, optional shifted formula and derivation text.
 * Heap object: sif_saving_calc_new / sif_saving_calc_load, freed by sif_saving_calc_free. */
typedef struct sif_saving_calc {
    size_t ninputs;
    sif_saving_input *inputs;              /* ninputs, in the order they were added */
    char formula[SIF_FORMULA_MAX];         /* gives amount_ore (in kronor, see above) */
    char shifted_formula[SIF_FORMULA_MAX]; /* gives shifted_ore; "" = nothing shifted */
    char *derivation;                      /* lines separated by '\n' (no trailing newline) in
                                              the chosen language; NULL = none. Owned. */
    char *stored;                          /* the same lines as stored: message ids and their
                                              arguments, said anew in each language. Owned. */
    size_t nparams;                        /* the unit cost rows (param ids) a method computed */
    int64_t params[SIF_CALC_PARAMS_MAX];   /* it from, while it is written (not stored: the
                                              saving's price year and grade follow them,
                                              saving_econ.h) */
} sif_saving_calc;

/* Note that c was computed from the parameter row param_id (kept once; at most
 * SIF_CALC_PARAMS_MAX are kept). */
void sif_saving_calc_uses(sif_saving_calc *c, int64_t param_id);

/* Constructor of an empty calc; NULL when out of memory. */
sif_saving_calc *sif_saving_calc_new(void);
/* Destructor; accepts NULL. */
void sif_saving_calc_free(sif_saving_calc *c);
/* Add an input; SIF_ERR_DATA for a bad or duplicate key, a too long label or unit. A label
 * written with CL_("English") (ledger/intl.h) or sif_calc_label is a message id, said in the
 * chosen language; any other label is kept as given. */
sif_status sif_saving_calc_input(sif_saving_calc *c, const char *key, const char *label,
                                 int64_t value, const char *unit, sif_error *err);
/* The input with that key, or NULL. Borrowed from c. */
const sif_saving_input *sif_saving_calc_find(const sif_saving_calc *c, const char *key);
/* Append one derivation line (printf-style, no newline). fmt is an English message id with
 * its Swedish in po/sv.po: the line is stored as the id and its formatted arguments, and said
 * in the language chosen when it is read (a "%s" argument T_("word") is translated then too).
 * SIF_ERR_NOMEM or SIF_OK. */
sif_status sif_saving_calc_line(sif_saving_calc *c, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Load the calculation stored with saving id. *out is NULL on failure (SIF_ERR_NOTFOUND
 * when there is no such saving). */
sif_status sif_saving_calc_load(sif_store *st, int64_t id, sif_saving_calc **out,
                                sif_error *err);

/* Evaluate formula over inputs (see the language above) into öre, rounded once. */
sif_status sif_formula_eval(const char *formula, const sif_saving_input *inputs, size_t n,
                            sif_ore *out, sif_error *err);

/* Write formula into buf with every key replaced by map(ctx, key) (e.g. "$C$5"); numbers,
 * operators and parentheses are copied, blanks kept. map returning NULL is SIF_ERR_DATA.
 * SIF_ERR_USAGE when buf is too small. */
typedef const char *(*sif_formula_map_fn)(void *ctx, const char *key);
sif_status sif_formula_map(const char *formula, sif_formula_map_fn map, void *ctx, char *buf,
                           size_t size, sif_error *err);

/* Add a saving. s gives project_code, category, label, year, amount_ore, shifted_ore,
 * unit_code, status, cash_bp and method (empty = "manual"). With calc, amount_ore must equal
 * the formula's value and shifted_ore the shifted formula's (0 when it is empty), else
 * SIF_ERR_DATA: a saving never disagrees with its own derivation. calc NULL: the inputs are
 * one "belopp" (and "flyttat" when shifted_ore != 0). 0 <= shifted_ore <= amount_ore for a
 * positive amount (mirrored for a negative one). */
sif_status sif_saving_add(sif_store *st, int64_t batch, const sif_saving *s,
                          const sif_saving_calc *calc, int64_t *id, sif_error *err);

/* Reverse saving id with a reason (required): a new saving of the opposite amount and
 * shifted part, same project, category, year, unit and status, method "reversal", whose
 * formula is "0 - (original formula)" over the original's inputs. A saving is reversed at
 * most once; a reversal is not reversed. */
sif_status sif_saving_reverse(sif_store *st, int64_t batch, int64_t id, const char *reason,
                              int64_t *new_id, sif_error *err);

/* One saving by id. SIF_ERR_NOTFOUND when absent. */
sif_status sif_saving_get(sif_store *st, int64_t id, sif_saving *out, sif_error *err);

typedef int (*sif_saving_fn)(void *ctx, const sif_saving *s);
/* Savings of a project in id order (project_code NULL = every project); fn returns non-zero
 * to stop. Reversed savings and their reversals are both listed. */
sif_status sif_saving_list(sif_store *st, const char *project_code, sif_saving_fn fn,
                           void *ctx, sif_error *err);

/* A savings total printed in a source, compared by sif_result_build (SPEC §6.3):
 * category < 0 = the total of all savings, else that category's. */
sif_status sif_saving_control_add(sif_store *st, int64_t batch, const char *project_code,
                                  int category, sif_ore printed, const char *note,
                                  sif_error *err);

#endif
