/* importers/xlsx_number.h — an XLSX number cell ("1050679.5", "1.0506795E6",
 * "4.4999999999999998E-2") as plain decimal text ("1050679.5", "0.045"), exactly, without
 * floating point: rounded to 15 significant digits (what Excel shows, which hides binary
 * artefacts such as 0.30000000000000004) half away from zero, trailing zeros dropped.
 */
#ifndef SIF_IMPORT_XLSX_NUMBER_H
#define SIF_IMPORT_XLSX_NUMBER_H

#include <stdbool.h>
#include <stddef.h>

/* Write the plain form of the number in (len bytes) to out (size bytes, NUL-terminated).
 * false when in is not a number of the form [-]digits[.digits][E[+-]digits] or the plain
 * form would not fit in out (more than size - 1 characters). */
bool sif_xlsx_number_text(const char *in, size_t len, char *out, size_t size);

#endif
