/* importers/sie_reader.h — SIE 4 cost import: the #TRANS lines of mapped accounts and
 * objects as cost rows.
 *
 * @code
 *     sif_status rc = sif_sie_read("bokforing.se", "sie-map.txt", on_row, ctx, &err);
 * @endcode
 *
 * The SIE file is read as SIE 4 (#SIETYP 4; another type is refused), in its character set
 * #FORMAT PC8 = code page 437 (the default when #FORMAT is absent; any other is refused),
 * transcoded to UTF-8. Labels read: #FORMAT, #SIETYP, #VER serie vernr verdatum vertext,
 * the block { ... } after it, and its #TRANS konto {dim objekt ...} belopp transdat
 * "transtext"; #FLAGGA, #PROGRAM, #RAR, #DIM, #OBJEKT, #RTRANS, #BTRANS (SIE 4 repeats an
 * added transaction as a #TRANS after its #RTRANS) and unknown labels are read and
 * skipped. Fields are separated by blanks; "quoted fields" may hold blanks and \" for a
 * quote.
 *
 * Rows (sif_row_fn): a header projekt, tjanst, ar, belopp, finansiering, kommentar, then one
 * row per #TRANS that a mapping rule (sie_map.h) matches, in file order: projekt and tjanst
 * and finansiering from the rule, ar = the year of the transaction date (of the
 * verification date when the #TRANS has none), belopp as written in the file (a debit on a
 * cost account is a cost: positive; a credit, e.g. a correction, is negative), kommentar
 * "ver A 12 2016-03-01 konto 5010: <transtext, else vertext>". Every cell has the #TRANS
 * line as its line and the SIE field number it came from as its column (0 for values from
 * the mapping). No matched #TRANS at all is an error: the mapping is probably wrong.
 *
 * Errors (SIF_ERR_DATA, FILE:LINE:FIELD): a line over SIF_IMPORT_MAX_LINE, a NUL or other
 * control byte, a bad date or amount, an unclosed quote, object list or #VER block, a
 * #TRANS outside a #VER block. The file is streamed: memory stays flat in its size.
 */
#ifndef SIF_IMPORT_SIE_READER_H
#define SIF_IMPORT_SIE_READER_H

#include "rows.h"

/* map_path: the mapping file (sie_map.h). SIF_ERR_NOTFOUND when either file does not
 * exist, SIF_ERR_DATA for bad input in either, or fn's status. */
sif_status sif_sie_read(const char *path, const char *map_path, sif_row_fn fn, void *ctx,
                        sif_error *err);

#endif
