/* include/sif/pseudonym.h — ids of people must be pseudonyms (SPEC §12).
 *
 * @code
 *     if (sif_id_check(household, "hushall", &err) != SIF_OK)
 *         ... err: "hushall looks like a personnummer: use a pseudonymised id" ...
 * @endcode
 *
 * A personnummer or samordningsnummer is 10 or 12 digits (YYMMDDNNNC or YYYYMMDDNNNC),
 * optionally with '-' or '+' before the last four, whose date part is a valid date (for a
 * samordningsnummer the day plus 60) and whose last digit is the Luhn check digit of the ten
 * digits from YYMMDD on. Every id column of every import (deltagare, hushall, familj, barn)
 * and every entry of such an id goes through sif_id_check, in the core, so no path can store
 * one. The message never repeats the id itself.
 */
#ifndef SIF_PSEUDONYM_H
#define SIF_PSEUDONYM_H

#include <stdbool.h>
#include <stddef.h>
#include "sif/error.h"

/* True when text[0..len) looks like a personnummer or samordningsnummer. Cheap: anything
 * that is not 10–13 bytes is answered at once. */
bool sif_id_is_personal_number(const char *text, size_t len);

/* SIF_ERR_DATA naming the field (what) when id looks like a personnummer or
 * samordningsnummer; SIF_OK otherwise. id may be NULL (SIF_OK). */
sif_status sif_id_check(const char *id, const char *what, sif_error *err);

#endif
