/* importers/templates_dir.h — where the import schemas (templates/sif-import-KIND-1.xsd) are found. */
#ifndef SIF_IMPORT_TEMPLATES_DIR_H
#define SIF_IMPORT_TEMPLATES_DIR_H

#include <stddef.h>
#include "sif/error.h"

/* Write the path of template file name into buf: $SIF_TEMPLATES/name when SIF_TEMPLATES is
 * set, else the source tree's templates/ when the file is there, else the installed data
 * directory. SIF_ERR_NOTFOUND when the file is in none of them (err names the places). */
sif_status sif_template_path(const char *name, char *buf, size_t size, sif_error *err);

#endif
