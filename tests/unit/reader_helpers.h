/* tests/unit/reader_helpers.h — shared by the reader tests: temporary files and a row
 * collector that keeps every row a reader delivers. Header-only, static functions. */
#ifndef SIF_TEST_READER_HELPERS_H
#define SIF_TEST_READER_HELPERS_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "rows.h"

/* Write len bytes to a new temporary file whose name ends in suffix; returns its path
 * (static buffer, valid until the next call). */
static const char *tmp_write(const char *data, size_t len, const char *suffix)
{
    static char path[256];
    snprintf(path, sizeof path, "/tmp/sif-test-XXXXXX%s", suffix);
    int fd = mkstemps(path, (int)strlen(suffix));
    if (fd < 0)
        return NULL;
    size_t off = 0;
    while (off < len) {
        ssize_t w = write(fd, data + off, len - off);
        if (w <= 0)
            break;
        off += (size_t)w;
    }
    close(fd);
    return path;
}

static const char *tmp_write_str(const char *text, const char *suffix)
{
    return tmp_write(text, strlen(text), suffix);
}

/* Every row, flattened: "a|b|c" per row, the header first, with the line of each row's
 * first cell. */
typedef struct collected {
    int nrows;
    char rows[64][512];
    long line[64][16];
    long column[64][16];
    size_t ncells[64];
    int stop_at;        /* return SIF_ERR_DATA at this row (1-based), 0 = never */
} collected;

static sif_status collect_row(void *ctx, const sif_row *row, sif_error *err)
{
    collected *c = ctx;
    if (c->nrows >= 64)
        return sif_error_set(err, SIF_ERR_DATA, "test collector full");
    if (row->is_header != (c->nrows == 0))
        return sif_error_set(err, SIF_ERR_DATA, "header flag wrong at row %d", c->nrows);
    char *out = c->rows[c->nrows];
    out[0] = '\0';
    for (size_t i = 0; i < row->ncells; i++) {
        if (strlen(row->cells[i].text) != row->cells[i].len)
            return sif_error_set(err, SIF_ERR_DATA, "cell length wrong");
        if (i > 0)
            strncat(out, "|", 511 - strlen(out));
        strncat(out, row->cells[i].text, 511 - strlen(out));
        if (i < 16) {
            c->line[c->nrows][i] = row->cells[i].line;
            c->column[c->nrows][i] = row->cells[i].column;
        }
    }
    c->ncells[c->nrows] = row->ncells;
    c->nrows++;
    if (c->stop_at == c->nrows)
        return sif_error_at(err, SIF_ERR_DATA, row->file, row->cells[0].line, 0, "stop here");
    return SIF_OK;
}

/* The path of a file under tests/data (SIF_TEST_DATA). Static buffer. */
static const char *data_path(const char *rel)
{
    static char path[1024];
    const char *dir = getenv("SIF_TEST_DATA");
    snprintf(path, sizeof path, "%s/%s", dir ? dir : "tests/data", rel);
    return path;
}

#endif
