/* importers/xlsx_zip.h — the parts of an XLSX (a zip archive) read as XML streams under
 * limits that make a zip bomb cheap to refuse.
 *
 * @code
 *     sif_zip *z;
 *     sif_zip_open("kostnader.xlsx", &z, &err);
 *     xmlTextReaderPtr r;
 *     if (sif_zip_xml_open(z, "xl/workbook.xml", &r, &err) == SIF_OK) {
 *         while (xmlTextReaderRead(r) == 1) ...
 *         sif_zip_xml_close(z, r, &err);          // checks the CRC and the limits
 *     }
 *     sif_zip_close(z);
 * @endcode
 *
 * Limits (SIF_ERR_DATA when broken): at most SIF_ZIP_MAX_ENTRIES entries, no encrypted
 * entry, at most SIF_ZIP_MAX_ENTRY bytes inflated per entry (declared and counted), and a
 * compression ratio of at most SIF_ZIP_MAX_RATIO:1 for entries over 1 MiB, checked on the
 * declared sizes before inflating and on the bytes actually inflated while reading. No part
 * may have a DOCTYPE. Only one part is open at a time. Internal to importers/.
 */
#ifndef SIF_IMPORT_XLSX_ZIP_H
#define SIF_IMPORT_XLSX_ZIP_H

#include <libxml/xmlreader.h>
#include "sif/error.h"

#define SIF_ZIP_MAX_ENTRIES 10000
#define SIF_ZIP_MAX_ENTRY   ((unsigned long long)64 << 20)
#define SIF_ZIP_MAX_RATIO   100

typedef struct sif_zip sif_zip;

/* Constructor: open the archive at path and check its entry count. *out is NULL on
 * failure (SIF_ERR_NOTFOUND, SIF_ERR_DATA "not an XLSX file", ...). */
sif_status sif_zip_open(const char *path, sif_zip **out, sif_error *err);
/* Destructor; accepts NULL. */
void sif_zip_close(sif_zip *z);

/* True when the archive has an entry called name. */
bool sif_zip_has(sif_zip *z, const char *name);

/* Open part name as a streaming XML reader (libxml2 xmlTextReader, no network, no entity
 * loading). *out is NULL on failure; SIF_ERR_DATA "... has no NAME" when it is missing. */
sif_status sif_zip_xml_open(sif_zip *z, const char *name, xmlTextReaderPtr *out,
                            sif_error *err);

/* Step the reader: 1 = a node, 0 = end, and on a broken limit, a DOCTYPE or an XML error
 * SIF_ERR_DATA into err (returns -1). Use instead of xmlTextReaderRead. */
int sif_zip_xml_next(sif_zip *z, xmlTextReaderPtr r, sif_error *err);

/* Close the part opened last; checks its CRC when it was read to the end. r may be NULL.
 * Returns SIF_OK or the first error seen (which err then holds). */
sif_status sif_zip_xml_close(sif_zip *z, xmlTextReaderPtr r, sif_error *err);

/* The archive's path, for messages. */
const char *sif_zip_path(const sif_zip *z);

#endif
