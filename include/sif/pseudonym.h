/* include/sif/pseudonym.h — ids of people must be pseudonyms (SPEC §12).
 *
 * @code
 *     if (sif_id_check(household, "hushall", &err) != SIF_OK)
 *         ... err: "hushall looks like a personnummer: use a pseudonymised id" ...
 * @endcode
 *
 * A personnummer or samordningsnummer is 10 or 12 digits (YYMMDDNNNC or YYYYMMDDNNNC),
 * optionally with '-', '+' or ' ' before the last four (or an en dash, minus sign,
 * non-breaking hyphen or no-break space, as Word and Excel write them), whose date part is a valid date (for a
 * samordningsnummer the day plus 60) and whose last digit is the Luhn check digit of the ten
 * digits from YYMMDD on. Every id column of every import (deltagare, hushall, familj, barn)
 * and every entry of such an id goes through sif_id_check, in the core, so no path can store
 * one. So do nine digits that are one of those without its leading zero: Excel turns
 * 0512241233 typed into a number cell into 512241233. A district (stadsomrade, --district)
 * names a place, and sif_district_check refuses the same numbers there. The message never
 * repeats the id itself.
 */
#ifndef SIF_PSEUDONYM_H
#define SIF_PSEUDONYM_H

#include <stdbool.h>
#include <stddef.h>
#include "sif/error.h"

/* True when text[0..len) looks like a personnummer or samordningsnummer. Cheap: anything
 * that is not 10–15 bytes is answered at once. */
bool sif_id_is_personal_number(const char *text, size_t len);

/* True when text[0..len) is nine digits that, with a leading zero put back, look like a
 * personnummer or samordningsnummer (a date of 1900–1909 or 2000–2009 and the right check
 * digit): what Excel leaves of one typed into a number cell. */
bool sif_id_is_personal_number_without_zero(const char *text, size_t len);

/* SIF_ERR_DATA naming the field (what) when id looks like a personnummer or
 * samordningsnummer, with or without its leading zero; SIF_OK otherwise. id may be NULL
 * (SIF_OK). */
sif_status sif_id_check(const char *id, const char *what, sif_error *err);
/* sif_id_check of id[0..len), which need not be NUL-terminated. */
sif_status sif_id_check_n(const char *id, size_t len, const char *what, sif_error *err);

/* As sif_id_check_n for a district (what: "stadsomrade", "--district"): a district names a
 * place, and a personnummer in it is refused just the same. district may be NULL (SIF_OK). */
sif_status sif_district_check(const char *district, size_t len, const char *what,
                              sif_error *err);

#endif
