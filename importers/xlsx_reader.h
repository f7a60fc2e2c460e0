/* importers/xlsx_reader.h — the XLSX reader: one sheet of a workbook as rows.
 *
 * @code
 *     sif_status rc = sif_xlsx_read("kostnader.xlsx", "Kostnader", on_row, ctx, &err);
 * @endcode
 *
 * The sheet is found by name (ASCII case-insensitive; NULL = the first sheet) through
 * xl/workbook.xml and xl/_rels/workbook.xml.rels, and streamed: memory holds the shared
 * strings and one row, whatever the number of rows. Zip-bomb limits: see xlsx_zip.h.
 *
 * Rows: the first row with any value is the header (names trimmed and lower-cased, no
 * empty name between two names); its width is the number of columns. Every later row with
 * at least one value is delivered with exactly that many cells, in column order, "" for an
 * empty or missing cell; rows whose cells are all empty are skipped. So a template row with
 * projekt/tjanst/ar filled in and belopp empty IS delivered: the costs sink skips rows
 * whose belopp is empty. A value in a column right of the header is an error, as is an
 * Excel error value (#N/A, #DIV/0!, ...). Cell positions: line = sheet row, column = sheet
 * column (A = 1).
 *
 * Values: shared and inline strings as written; numbers as plain decimal text with a point
 * ("1050679.5", "2016"; see xlsx_number.h); booleans "true"/"false"; a formula cell gives
 * its cached value (so a sum row on an import sheet would be read as a row: keep totals
 * off the sheet). A number whose cell format shows a date (a built-in date format, or a
 * custom one with y or d, from xl/styles.xml) arrives as the day YYYY-MM-DD, in the
 * workbook's date system (1900 or 1904); the time of day is dropped.
 */
#ifndef SIF_IMPORT_XLSX_READER_H
#define SIF_IMPORT_XLSX_READER_H

#include "rows.h"

/* SIF_ERR_NOTFOUND when the file does not exist, SIF_ERR_DATA for a damaged, hostile or
 * wrong workbook (no such sheet: the message lists the sheets), or fn's status. */
sif_status sif_xlsx_read(const char *path, const char *sheet, sif_row_fn fn, void *ctx,
                         sif_error *err);

#endif
