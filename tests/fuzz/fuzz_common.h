/* tests/fuzz/fuzz_common.h — shared by the fuzz targets: the input as a temporary file (the
 * readers take paths, as `sif import` does) and a row callback that checks the contract of
 * importers/rows.h, aborting on a breach so that libFuzzer reports it. */
#ifndef SIF_FUZZ_COMMON_H
#define SIF_FUZZ_COMMON_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "rowbuf.h"
#include "rows.h"
#include "text_enc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char fuzz_paths[2][256];

static inline void fuzz_cleanup(void)
{
    for (int i = 0; i < 2; i++)
        if (fuzz_paths[i][0] != '\0')
            unlink(fuzz_paths[i]);
}

/* Write data to this process's scratch file for the given suffix (at most two suffixes per
 * process; the files are removed at exit); returns its path. */
static inline const char *fuzz_file(const uint8_t *data, size_t size, const char *suffix)
{
    char path[256];
    const char *dir = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
    snprintf(path, sizeof path, "%s/sif-fuzz-%ld%s", dir, (long)getpid(), suffix);
    int slot = 0;
    while (slot < 2 && fuzz_paths[slot][0] != '\0' && strcmp(fuzz_paths[slot], path) != 0)
        slot++;
    if (slot == 2)
        abort();
    if (fuzz_paths[slot][0] == '\0') {
        if (fuzz_paths[0][0] == '\0')
            atexit(fuzz_cleanup);
        memcpy(fuzz_paths[slot], path, sizeof path);
    }
    FILE *f = fopen(path, "wb");
    if (f == NULL)
        abort();
    if (size > 0 && fwrite(data, 1, size, f) != size)
        abort();
    fclose(f);
    return fuzz_paths[slot];
}

typedef struct fuzz_rows {
    size_t rows;
    size_t header_cells;
} fuzz_rows;

static inline sif_status fuzz_row(void *ctx, const sif_row *row, sif_error *err)
{
    fuzz_rows *fr = ctx;
    (void)err;
    if (row->is_header != (fr->rows == 0))
        abort();   /* the header comes first, and only once */
    if (row->ncells > SIF_IMPORT_MAX_CELLS || (row->ncells > 0 && row->cells == NULL))
        abort();
    for (size_t i = 0; i < row->ncells; i++) {
        const sif_cell *c = &row->cells[i];
        if (c->text == NULL || strlen(c->text) != c->len || c->len > SIF_IMPORT_MAX_LINE ||
            !sif_utf8_valid(c->text, c->len, NULL) || c->line < 0 || c->column < 0)
            abort();
    }
    if (row->is_header)
        fr->header_cells = row->ncells;
    fr->rows++;
    return SIF_OK;
}

#endif
