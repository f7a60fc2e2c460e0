/* importers/rowbuf.c — the row under construction shared by the XML, XLSX and SIE readers. */
#include "rowbuf.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "text_enc.h"

void sif_rowbuf_init(sif_rowbuf *rb)
{
    memset(rb, 0, sizeof *rb);
}

void sif_rowbuf_release(sif_rowbuf *rb)
{
    if (rb == NULL)
        return;
    free(rb->text);
    free(rb->cells);
    memset(rb, 0, sizeof *rb);
}

void sif_rowbuf_clear(sif_rowbuf *rb)
{
    rb->len = 0;
    rb->ncells = 0;
}

sif_status sif_rowbuf_add(sif_rowbuf *rb, const char *file, const char *text, size_t len,
                          long line, long column, sif_error *err)
{
    if (rb->ncells >= SIF_IMPORT_MAX_CELLS)
        return sif_error_at(err, SIF_ERR_DATA, file, line, column,
                            "more than %d columns in one row", SIF_IMPORT_MAX_CELLS);
    if (len > SIF_IMPORT_MAX_LINE)
        return sif_error_at(err, SIF_ERR_DATA, file, line, column,
                            "a value of %zu bytes is longer than the limit of %zu", len,
                            SIF_IMPORT_MAX_LINE);
    if (len > 0 && memchr(text, '\0', len) != NULL)
        return sif_error_at(err, SIF_ERR_DATA, file, line, column, "value contains a NUL byte");
    if (!sif_utf8_valid(text, len, NULL))
        return sif_error_at(err, SIF_ERR_DATA, file, line, column, "value is not valid UTF-8");
    if (rb->len + len + 1 > rb->cap) {
        size_t cap = rb->cap ? rb->cap : 256;
        while (cap < rb->len + len + 1)
            cap *= 2;
        char *t = realloc(rb->text, cap);
        if (t == NULL)
            return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
        rb->text = t;
        rb->cap = cap;
    }
    if (rb->ncells == rb->cap_cells) {
        size_t cap = rb->cap_cells ? rb->cap_cells * 2 : 16;
        sif_cell *c = realloc(rb->cells, cap * sizeof *c);
        if (c == NULL)
            return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
        rb->cells = c;
        rb->cap_cells = cap;
    }
    sif_cell *cell = &rb->cells[rb->ncells++];
    cell->text = (const char *)(uintptr_t)rb->len; /* an offset until emit */
    cell->len = len;
    cell->line = line;
    cell->column = column;
    if (len > 0)
        memcpy(rb->text + rb->len, text, len);
    rb->text[rb->len + len] = '\0';
    rb->len += len + 1;
    return SIF_OK;
}

/* Trim ASCII blanks in place; returns the new start. The case stays as the file writes it:
 * the import folds the name to match it (sif_fold) and names the column in messages as the
 * file does ("Födelseår", heading.h). */
static char *trim_name(char *s, size_t *len)
{
    size_t n = *len;
    while (n > 0 && (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')) {
        s++;
        n--;
    }
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n'))
        n--;
    s[n] = '\0';
    *len = n;
    return s;
}

sif_status sif_rowbuf_emit(sif_rowbuf *rb, const char *file, bool is_header, sif_row_fn fn,
                           void *ctx, sif_error *err)
{
    for (size_t i = 0; i < rb->ncells; i++) {
        char *t = rb->text + (uintptr_t)rb->cells[i].text;
        if (is_header)
            t = trim_name(t, &rb->cells[i].len);
        rb->cells[i].text = t;
    }
    sif_row row = {.file = file, .is_header = is_header, .ncells = rb->ncells,
                   .cells = rb->cells};
    sif_status rc = fn(ctx, &row, err);
    sif_rowbuf_clear(rb);
    return rc;
}
