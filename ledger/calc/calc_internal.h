/* ledger/calc/calc_internal.h — what the calc modules share inside the core. */
#ifndef SIF_CALC_INTERNAL_H
#define SIF_CALC_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include "sif/saving.h"

/* The stored form of a calc's inputs and formulas (saving.inputs): lines of
 * "formula\tF", "shifted\tF", "input\tKEY\tUNIT\tVALUE\tLABEL". Caller frees *out. */
sif_status sif_calc_serialize(const sif_saving_calc *c, char **out, sif_error *err);
/* Parse it back into c (which has no inputs yet). */
sif_status sif_calc_parse(sif_saving_calc *c, const char *text, sif_error *err);
/* Copy src's inputs and derivation into a new calc. */
sif_status sif_calc_copy(const sif_saving_calc *src, sif_saving_calc **out, sif_error *err);

/* A growable text buffer for Swedish derivation lines and messages. */
typedef struct sif_sbuf {
    char *s;
    size_t len, cap;
} sif_sbuf;
/* Append printf-style; false when out of memory. */
bool sif_sbuf_printf(sif_sbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Append n bytes of p; false when out of memory. */
bool sif_sbuf_put(sif_sbuf *b, const char *p, size_t n);

/* A derivation line or input label in its stored form (calc_text.c): fmt an English message
 * id, each conversion's argument formatted now ("%s" of T_("word") translated when said).
 * Caller frees; NULL when out of memory. */
#include <stdarg.h>
char *sif_calc_encode(const char *fmt, va_list ap);
char *sif_calc_encodef(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Stored lines (or an older ledger's plain text, kept as it is) said in the chosen language.
 * Caller frees; NULL when out of memory. */
char *sif_calc_render(const char *stored);
/* Append stored lines (encoded or plain) to c: its stored form and what it says. */
sif_status sif_calc_append_stored(sif_saving_calc *c, const char *stored);

/* Whole kronor, Swedish grouping: "4 104 000" (öre shown when not 0). Returns buf (40 B). */
char *sif_kr(sif_ore v, char *buf);

#endif
