/* ledger/cli/table.c — aligned terminal tables, widths counted in characters not bytes. */
#include "cli.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

struct cli_table {
    size_t ncols;
    char **head;
    char *align;
    size_t nrows, cap;
    char ***rows;     /* NULL row = a rule */
    size_t cur;       /* next cell in the current row */
};

cli_table *cli_table_new(size_t ncols)
{
    cli_table *t = calloc(1, sizeof *t);
    if (t == NULL)
        return NULL;
    t->ncols = ncols;
    t->head = calloc(ncols, sizeof *t->head);
    t->align = calloc(ncols, 1);
    if (!t->head || !t->align) {
        cli_table_free(t);
        return NULL;
    }
    memset(t->align, 'l', ncols);
    return t;
}

void cli_table_head(cli_table *t, size_t col, const char *title, char align)
{
    if (t == NULL || col >= t->ncols)
        return;
    free(t->head[col]);
    t->head[col] = strdup(title);
    t->align[col] = align;
}

static void push(cli_table *t, char **row)
{
    if (t->nrows == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 16;
        char ***n = realloc(t->rows, cap * sizeof *n);
        if (n == NULL)
            return;
        t->rows = n;
        t->cap = cap;
    }
    t->rows[t->nrows++] = row;
}

void cli_table_row(cli_table *t)
{
    if (t == NULL)
        return;
    push(t, calloc(t->ncols, sizeof(char *)));
    t->cur = 0;
}

void cli_table_rule(cli_table *t)
{
    if (t)
        push(t, NULL);
}

void cli_table_cell(cli_table *t, const char *text)
{
    if (t == NULL || t->nrows == 0 || t->rows[t->nrows - 1] == NULL || t->cur >= t->ncols)
        return;
    t->rows[t->nrows - 1][t->cur++] = cli_escape_dup(text ? text : "");
}

void cli_table_cellf(cli_table *t, const char *fmt, ...)
{
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    cli_table_cell(t, buf);
}

/* SPEC §11.6: every view shows whole kronor, rounded once from the exact öre of the cell
 * (a total from its öre sum, never from rounded cells); --json keeps the öre */
void cli_table_money(cli_table *t, sif_ore v)
{
    char buf[48];
    cli_table_cell(t, sif_ore_format(v, buf, sizeof buf, SIF_FMT_KRONOR));
}

static size_t width(const char *s)
{
    size_t w = 0;
    for (; s && *s; s++)
        if (((unsigned char)*s & 0xC0) != 0x80)
            w++;
    return w;
}

static void pad(FILE *f, size_t n)
{
    while (n--)
        fputc(' ', f);
}

static void print_row(cli_table *t, char **cells, const size_t *w, FILE *f)
{
    for (size_t c = 0; c < t->ncols; c++) {
        const char *s = cells[c] ? cells[c] : "";
        size_t sw = width(s);
        if (c)
            fputs("  ", f);
        if (t->align[c] == 'r') {
            pad(f, w[c] - sw);
            fputs(s, f);
        } else {
            fputs(s, f);
            if (c + 1 < t->ncols)
                pad(f, w[c] - sw);
        }
    }
    fputc('\n', f);
}

void cli_table_print(cli_table *t, FILE *f)
{
    if (t == NULL)
        return;
    size_t *w = calloc(t->ncols, sizeof *w);
    if (w == NULL)
        return;
    size_t total = 0;
    for (size_t c = 0; c < t->ncols; c++) {
        w[c] = width(t->head[c]);
        for (size_t r = 0; r < t->nrows; r++)
            if (t->rows[r] && t->rows[r][c] && width(t->rows[r][c]) > w[c])
                w[c] = width(t->rows[r][c]);
        total += w[c] + (c ? 2 : 0);
    }
    print_row(t, t->head, w, f);
    for (size_t i = 0; i < total; i++)
        fputc('-', f);
    fputc('\n', f);
    for (size_t r = 0; r < t->nrows; r++) {
        if (t->rows[r] == NULL) {
            for (size_t i = 0; i < total; i++)
                fputc('-', f);
            fputc('\n', f);
        } else {
            print_row(t, t->rows[r], w, f);
        }
    }
    free(w);
}

void cli_table_free(cli_table *t)
{
    if (t == NULL)
        return;
    for (size_t r = 0; r < t->nrows; r++) {
        if (t->rows[r]) {
            for (size_t c = 0; c < t->ncols; c++)
                free(t->rows[r][c]);
            free(t->rows[r]);
        }
    }
    for (size_t c = 0; c < t->ncols; c++)
        free(t->head[c]);
    free(t->head);
    free(t->align);
    free(t->rows);
    free(t);
}

void cli_list_begin(cli_list *l, bool json, size_t ncols, const char *const *heads,
                    const char *align)
{
    l->j = NULL;
    l->t = NULL;
    if (json) {
        json_init(&l->json, stdout);
        json_arr(&l->json);
        l->j = &l->json;
        return;
    }
    l->t = cli_table_new(ncols);
    for (size_t i = 0; i < ncols; i++)
        cli_table_head(l->t, i, heads[i][0] ? _(heads[i]) : "", align[i]);
}

void cli_list_end(cli_list *l)
{
    if (l->j) {
        json_end_arr(l->j);
        json_done(l->j);
    } else {
        cli_table_print(l->t, stdout);
        cli_table_free(l->t);
    }
    l->j = NULL;
    l->t = NULL;
}
