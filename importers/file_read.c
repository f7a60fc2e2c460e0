/* importers/file_read.c — read a whole input file into memory under a size cap. */
#include "file_read.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

sif_status sif_file_read(const char *path, size_t max, char **out, size_t *len,
                         sif_error *err)
{
    *out = NULL;
    *len = 0;
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return sif_error_at(err, errno == ENOENT ? SIF_ERR_NOTFOUND : SIF_ERR_IO, path, 0, 0,
                            "cannot open: %s", strerror(errno));
    struct stat sb;
    if (fstat(fileno(f), &sb) == 0) {
        if (S_ISDIR(sb.st_mode)) {
            fclose(f);
            return sif_error_at(err, SIF_ERR_DATA, path, 0, 0, "is a directory");
        }
        if (S_ISREG(sb.st_mode) && (unsigned long long)sb.st_size > max) {
            fclose(f);
            return sif_error_at(err, SIF_ERR_DATA, path, 0, 0,
                                "file of %lld bytes is larger than the limit of %zu",
                                (long long)sb.st_size, max);
        }
    }
    /* the size may change or be unknown (a pipe): read in chunks up to max + 1 bytes */
    size_t cap = S_ISREG(sb.st_mode) && sb.st_size > 0 ? (size_t)sb.st_size + 1 : 65536;
    char *buf = malloc(cap + 1);
    size_t n = 0;
    sif_status rc;
    if (buf == NULL) {
        rc = sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
        goto fail;
    }
    for (;;) {
        if (n == cap) {
            if (cap > max) {
                rc = sif_error_at(err, SIF_ERR_DATA, path, 0, 0,
                                  "file is larger than the limit of %zu bytes", max);
                goto fail;
            }
            size_t ncap = cap * 2 > max + 1 ? max + 1 : cap * 2;
            char *t = realloc(buf, ncap + 1);
            if (t == NULL) {
                rc = sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
                goto fail;
            }
            buf = t;
            cap = ncap;
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0) {
            if (ferror(f)) {
                rc = sif_error_at(err, SIF_ERR_IO, path, 0, 0, "read failed");
                goto fail;
            }
            break;
        }
    }
    if (n > max) {
        rc = sif_error_at(err, SIF_ERR_DATA, path, 0, 0,
                          "file is larger than the limit of %zu bytes", max);
        goto fail;
    }
    fclose(f);
    buf[n] = '\0';
    *out = buf;
    *len = n;
    return SIF_OK;
fail:
    free(buf);
    fclose(f);
    return rc;
}
