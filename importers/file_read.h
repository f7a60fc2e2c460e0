/* importers/file_read.h — read a whole input file into memory under a size cap. */
#ifndef SIF_IMPORT_FILE_READ_H
#define SIF_IMPORT_FILE_READ_H

#include <stddef.h>
#include "sif/error.h"

/* Read the file at path, at most max bytes, into a new buffer with a NUL after the data
 * (*out is the caller's, freed with free(); NULL on failure). SIF_ERR_NOTFOUND when it
 * does not exist, SIF_ERR_IO when it cannot be read, SIF_ERR_DATA when it is a directory or
 * holds more than max bytes (only max + 1 bytes are ever read). */
sif_status sif_file_read(const char *path, size_t max, char **out, size_t *len,
                         sif_error *err);

#endif
