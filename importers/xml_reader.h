/* importers/xml_reader.h — the XML import reader: one document of one import kind, checked
 * against the kind's schema (templates/sif-import-<kind>-1.xsd, namespace urn:sif:import:1)
 * before any row is handed on.
 *
 * @code
 *     sif_status rc = sif_xml_read("kostnader.xml", "costs", on_row, ctx, &err);
 * @endcode
 *
 * The format (README "## XML-import"): a root element per kind (<kostnader>, <avslut>,
 * <utbetalningar>, <besparingar>, <behandlingar>, <placeringar>, <parametrar>) holding one
 * or more <rad>, each with one child element per column; the element names are the CSV
 * column names (projekt, tjanst, ar, belopp, ...), in any order, optional ones may be left
 * out. The document must be UTF-8.
 *
 * Hostile input is refused with SIF_ERR_DATA before it can cost anything: a file over
 * SIF_IMPORT_MAX_XML, a compressed file (gzip, bzip2, xz, zstd, zip), any DOCTYPE (so no
 * DTD, no entities, no entity expansion), and the parser never touches the network or the
 * file system beyond the given file (external entity loader disabled while reading).
 * Schema errors are all collected (up to SIF_IMPORT_MAX_ERRORS): err holds the first one's
 * line and a message listing as many as fit. Memory: the document plus one row (it is
 * streamed twice, once to validate, once to deliver; no tree is built).
 *
 * Rows: the header lists the columns that occur in the document in order of first
 * appearance; each <rad> then becomes one record with a cell per header column, in header
 * order. A cell's line is the line of its element (of the <rad> when the element is absent,
 * the text then ""), column 0. Texts are trimmed of leading and trailing XML white space.
 * Templates are found in $SIF_TEMPLATES when set, else in the source tree's templates/,
 * else in the installed data directory.
 */
#ifndef SIF_IMPORT_XML_READER_H
#define SIF_IMPORT_XML_READER_H

#include "rows.h"

/* kind: costs, savings, exits, payments, treatment, placements or params (else
 * SIF_ERR_USAGE). Returns SIF_ERR_NOTFOUND/SIF_ERR_IO when the file cannot be read,
 * SIF_ERR_DATA for a document that is malformed, hostile or invalid, or fn's status. */
sif_status sif_xml_read(const char *path, const char *kind, sif_row_fn fn, void *ctx,
                        sif_error *err);

/* The root element name of an import kind ("costs" -> "kostnader"), NULL if unknown. */
const char *sif_xml_root_name(const char *kind);

#endif
