/* ledger/report/xlsx_cells.c — the workbook, its formats, sheets and cell writers. */
#include "xlsx.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../intl.h"
#include "quiet_stderr.h"

#define MONEY_FMT "#,##0 \"kr\""

void rx_lxw_fail(rx *x, lxw_error e, const char *what)
{
    if (e == LXW_NO_ERROR || x->rc != SIF_OK)
        return;
    sif_status code = (e == LXW_ERROR_CREATING_XLSX_FILE || e == LXW_ERROR_CREATING_TMPFILE)
                          ? SIF_ERR_CANTCREATE
                      : (e == LXW_ERROR_MEMORY_MALLOC_FAILED) ? SIF_ERR_NOMEM
                      : (e == LXW_ERROR_ZIP_FILE_OPERATION || e == LXW_ERROR_ZIP_FILE_ADD ||
                         e == LXW_ERROR_ZIP_CLOSE || e == LXW_ERROR_ZIP_PARAMETER_ERROR ||
                         e == LXW_ERROR_ZIP_BAD_ZIP_FILE || e == LXW_ERROR_ZIP_INTERNAL_ERROR)
                          ? SIF_ERR_IO
                          : SIF_ERR_DATA;
    /* sif's own words, not lxw_strerror's: the library's text is English only */
    x->rc = code == SIF_ERR_IO
                ? sif_error_at(x->err, code, x->path, 0, 0,
                               "%s: could not write the file: the disk may be full or the file "
                               "too large (libxlsxwriter error %d)", _(what), (int)e)
            : code == SIF_ERR_CANTCREATE
                ? sif_error_at(x->err, code, x->path, 0, 0,
                               "%s: could not create the file or its temporary files: check that "
                               "the folder exists and can be written (libxlsxwriter error %d)",
                               _(what), (int)e)
            : code == SIF_ERR_NOMEM ? sif_error_set(x->err, code, "out of memory")
                                    : sif_error_at(x->err, code, x->path, 0, 0,
                                                   "%s: libxlsxwriter refused it (error %d)",
                                                   _(what), (int)e);
}

static lxw_format *fmt(rx *x)
{
    lxw_format *f = workbook_add_format(x->wb);
    if (f == NULL && x->rc == SIF_OK)
        x->rc = sif_error_set(x->err, SIF_ERR_NOMEM, "out of memory");
    return f;
}

/* Data cells align to the top, so a number sits beside the first line of a wrapped text. */
static void top(lxw_format *f)
{
    if (f)
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
}

static void formats(rx *x)
{
    if ((x->f.title = fmt(x))) {
        format_set_bold(x->f.title);
        format_set_font_size(x->f.title, 14);
    }
    if ((x->f.subtitle = fmt(x))) {
        format_set_bold(x->f.subtitle);
        format_set_font_size(x->f.subtitle, 12);
    }
    if ((x->f.head = fmt(x))) {
        format_set_bold(x->f.head);
        format_set_text_wrap(x->f.head);
        format_set_align(x->f.head, LXW_ALIGN_VERTICAL_BOTTOM);
        format_set_bottom(x->f.head, LXW_BORDER_THIN);
        format_set_bg_color(x->f.head, 0xDDE4EE);
    }
    if ((x->f.head_r = fmt(x))) {
        format_set_bold(x->f.head_r);
        format_set_text_wrap(x->f.head_r);
        format_set_align(x->f.head_r, LXW_ALIGN_RIGHT);
        format_set_align(x->f.head_r, LXW_ALIGN_VERTICAL_BOTTOM);
        format_set_bottom(x->f.head_r, LXW_BORDER_THIN);
        format_set_bg_color(x->f.head_r, 0xDDE4EE);
    }
    if ((x->f.text = fmt(x)))
        format_set_align(x->f.text, LXW_ALIGN_VERTICAL_TOP);
    if ((x->f.wrap = fmt(x))) {
        format_set_text_wrap(x->f.wrap);
        format_set_align(x->f.wrap, LXW_ALIGN_VERTICAL_TOP);
    }
    if ((x->f.note = fmt(x))) {
        format_set_italic(x->f.note);
        format_set_font_color(x->f.note, 0x555555);
    }
    if ((x->f.bold = fmt(x)))
        format_set_bold(x->f.bold);
    if ((x->f.money = fmt(x)))
        format_set_num_format(x->f.money, MONEY_FMT);
    if ((x->f.money_b = fmt(x))) {
        format_set_num_format(x->f.money_b, MONEY_FMT);
        format_set_bold(x->f.money_b);
    }
    if ((x->f.money_sum = fmt(x))) {
        format_set_num_format(x->f.money_sum, MONEY_FMT);
        format_set_bold(x->f.money_sum);
        format_set_top(x->f.money_sum, LXW_BORDER_THIN);
    }
    if ((x->f.money_in = fmt(x))) {
        format_set_num_format(x->f.money_in, MONEY_FMT);
        format_set_bg_color(x->f.money_in, 0xFFF6D5);
    }
    if ((x->f.money_warn = fmt(x))) {
        format_set_num_format(x->f.money_warn, MONEY_FMT);
        format_set_bold(x->f.money_warn);
        format_set_font_color(x->f.money_warn, 0xC00000);
    }
    if ((x->f.year = fmt(x))) {
        format_set_num_format(x->f.year, "0");
        format_set_align(x->f.year, LXW_ALIGN_LEFT);
    }
    if ((x->f.num = fmt(x)))
        format_set_num_format(x->f.num, "#,##0");
    if ((x->f.num_sum = fmt(x))) {
        format_set_num_format(x->f.num_sum, "#,##0");
        format_set_bold(x->f.num_sum);
    }
    if ((x->f.num_top = fmt(x))) {
        format_set_num_format(x->f.num_top, "General");
        format_set_align(x->f.num_top, LXW_ALIGN_VERTICAL_TOP);
    }
    if ((x->f.num_in = fmt(x))) {
        format_set_num_format(x->f.num_in, "#,##0");
        format_set_bg_color(x->f.num_in, 0xFFF6D5);
    }
    if ((x->f.pct = fmt(x)))
        format_set_num_format(x->f.pct, "0.0%");
    if ((x->f.pct_in = fmt(x))) {
        format_set_num_format(x->f.pct_in, "0.0%");
        format_set_bg_color(x->f.pct_in, 0xFFF6D5);
    }
    if ((x->f.dec2 = fmt(x)))
        format_set_num_format(x->f.dec2, "0.00");
    if ((x->f.bold_text = fmt(x))) {
        format_set_bold(x->f.bold_text);
        format_set_align(x->f.bold_text, LXW_ALIGN_VERTICAL_TOP);
    }
    if ((x->f.money_bold_in = fmt(x))) {
        format_set_num_format(x->f.money_bold_in, MONEY_FMT);
        format_set_bold(x->f.money_bold_in);
    }
    if ((x->f.int_ = fmt(x)))
        format_set_num_format(x->f.int_, "0");
    if ((x->f.text_r = fmt(x)))
        format_set_align(x->f.text_r, LXW_ALIGN_RIGHT);
    /* a total's label sits at the top of its row like the amounts beside it */
    if ((x->f.sum_label = fmt(x))) {
        format_set_bold(x->f.sum_label);
        format_set_top(x->f.sum_label, LXW_BORDER_THIN);
    }
    if ((x->f.bold_wrap = fmt(x))) {
        format_set_bold(x->f.bold_wrap);
        format_set_text_wrap(x->f.bold_wrap);
        format_set_indent(x->f.bold_wrap, 1);
    }
    if ((x->f.note_wrap = fmt(x))) {
        format_set_italic(x->f.note_wrap);
        format_set_font_color(x->f.note_wrap, 0x555555);
        format_set_text_wrap(x->f.note_wrap);
        format_set_align(x->f.note_wrap, LXW_ALIGN_VERTICAL_TOP);
        format_set_indent(x->f.note_wrap, 1);
    }
    /* a number that may be the text "nås inte": right-aligned either way */
    if ((x->f.dec2_r = fmt(x))) {
        format_set_num_format(x->f.dec2_r, "0.00");
        format_set_align(x->f.dec2_r, LXW_ALIGN_RIGHT);
    }
    if ((x->f.int_r = fmt(x))) {
        format_set_num_format(x->f.int_r, "0");
        format_set_align(x->f.int_r, LXW_ALIGN_RIGHT);
    }
    /* an assumption: a number, left like the text it replaces, bold for the ledger's own */
    lxw_format **slot[] = {&x->f.int_l, &x->f.int_bold, &x->f.pct_l, &x->f.pct_bold};
    for (int i = 0; i < 4; i++) {
        lxw_format *g = fmt(x);
        *slot[i] = g;
        if (g == NULL)
            continue;
        format_set_num_format(g, i < 2 ? "0" : "0%");
        format_set_align(g, LXW_ALIGN_LEFT);
        format_set_indent(g, 1);
        if (i % 2)
            format_set_bold(g);
    }
    if ((x->f.mono = fmt(x))) {
        format_set_font_name(x->f.mono, "Courier New");
        format_set_font_size(x->f.mono, 9);
    }
    lxw_format *data[] = {x->f.money, x->f.money_b, x->f.money_sum, x->f.money_in,
                          x->f.money_warn, x->f.year, x->f.num, x->f.num_in, x->f.pct,
                          x->f.pct_in, x->f.dec2, x->f.money_bold_in, x->f.int_, x->f.bold,
                          x->f.sum_label, x->f.note, x->f.text_r, x->f.mono,
                          x->f.bold_wrap, x->f.dec2_r, x->f.int_r, x->f.int_l,
                          x->f.int_bold, x->f.pct_l, x->f.pct_bold, x->f.num_sum};
    for (size_t i = 0; i < sizeof data / sizeof data[0]; i++)
        top(data[i]);
    /* left-aligned texts keep a little distance from a right-aligned number before them */
    lxw_format *left[] = {x->f.text, x->f.wrap, x->f.head, x->f.bold_text, x->f.note,
                          x->f.bold, x->f.sum_label, x->f.year};
    for (size_t i = 0; i < sizeof left / sizeof left[0]; i++)
        if (left[i])
            format_set_indent(left[i], 1);
}

void rx_open(rx *x, const char *path, sif_lang lang, sif_error *err)
{
    memset(x, 0, sizeof *x);
    x->lang = lang;
    x->path = path;
    x->err = err;
    /* libxlsxwriter opens the file only when it closes the workbook, and prints its own
     * message when that fails: find out first, so the error is ours and comes early */
    FILE *probe = fopen(path, "wb");
    if (probe == NULL) {
        x->rc = sif_error_at(err, SIF_ERR_CANTCREATE, path, 0, 0, "cannot create: %s",
                             strerror(errno));
        return;
    }
    fclose(probe);
    lxw_workbook_options o = {.constant_memory = LXW_FALSE, .tmpdir = NULL, .use_zip64 = LXW_FALSE};
    x->wb = workbook_new_opt(path, &o);
    if (x->wb == NULL) {
        x->rc = sif_error_at(err, SIF_ERR_CANTCREATE, path, 0, 0, "cannot create the workbook");
        return;
    }
    formats(x);
}

void rx_properties(rx *x, const char *title, const char *subject, const char *author,
                   const char *company, const char *keywords, const char *comments)
{
    if (x->rc != SIF_OK)
        return;
    /* checked like cell texts, but written as given: docProps know no _xHHHH_ escape */
    const char *in[6] = {title, subject, author, company, keywords, comments};
    for (int i = 0; i < 6 && x->rc == SIF_OK; i++) {
        char *t = rx_safe_text(in[i], "document property", x->err);
        if (t == NULL)
            x->rc = x->err ? x->err->code : SIF_ERR_DATA;
        free(t);
    }
    if (x->rc == SIF_OK) {
        lxw_doc_properties p;
        memset(&p, 0, sizeof p);
        p.title = (char *)in[0];
        p.subject = (char *)in[1];
        p.author = (char *)in[2];
        p.company = (char *)in[3];
        p.keywords = (char *)in[4];
        p.comments = (char *)in[5];
        rx_lxw_fail(x, workbook_set_properties(x->wb, &p), "document properties");
    }
}

sif_status rx_close(rx *x)
{
    if (x->wb == NULL)
        return x->rc;
    rx_stderr_quiet();   /* libxlsxwriter's own [ERROR] lines: sif says it (rx_lxw_fail) */
    lxw_error e = workbook_close(x->wb);   /* frees the workbook whatever happens */
    rx_stderr_restore();
    x->wb = NULL;
    rx_lxw_fail(x, e, N_("writing the workbook"));
    return x->rc;
}

const char *rx_l(const rx *x, rpt_label id)
{
    return rpt_label_text(x->lang, id);
}

void rx_sheet_add(rx *x, rx_sheet *s, const char *name)
{
    memset(s, 0, sizeof *s);
    s->last_row = -1;
    rx_sheet_name(name, s->name, sizeof s->name);
    if (x->rc != SIF_OK)
        return;
    s->ws = workbook_add_worksheet(x->wb, s->name);
    if (s->ws == NULL) {
        x->rc = sif_error_at(x->err, SIF_ERR_DATA, x->path, 0, 0, "cannot add the sheet %s",
                             s->name);
        return;
    }
    worksheet_set_landscape(s->ws);
    worksheet_set_paper(s->ws, 9);            /* A4 */
    worksheet_set_margins(s->ws, 0.5, 0.5, 0.6, 0.6);
    char footer[160];
    snprintf(footer, sizeof footer, "&L%s&R%s", s->name, rx_l(x, L_PAGE_FOOTER));
    /* '&' in a sheet name would be a footer code: the names are sif's own labels */
    if (strchr(s->name, '&') == NULL)
        rx_lxw_fail(x, worksheet_set_footer(s->ws, footer), "page footer");
}

static size_t u8chars(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        if (((unsigned char)*s & 0xC0) != 0x80)
            n++;
    return n;
}

static double longest_word(const char *s)
{
    size_t best = 0, cur = 0;
    for (; *s; s++) {
        if (*s == ' ' || *s == '\n') {
            cur = 0;
        } else if (((unsigned char)*s & 0xC0) != 0x80 && ++cur > best) {
            best = cur;
        }
    }
    return (double)best;
}

static void widen(rx_sheet *s, int col, double w)
{
    if (col >= 0 && col < RX_MAX_COLS && w > s->width[col])
        s->width[col] = w;
}

static void touch(const rx *x, rx_sheet *s, int row, const lxw_format *f)
{
    if (row > s->last_row)
        s->last_row = row;
    if (f && f == x->f.title)
        rx_row_tall(s, row, 19);
    else if (f && f == x->f.subtitle)
        rx_row_tall(s, row, 16);
}

static void note_wrap(rx_sheet *s, int row, int col, int last_col, const char *text)
{
    if (s->nwraps < RX_MAX_WRAPS)
        s->wraps[s->nwraps++] = (rx_wrap){row, col, last_col, (int)u8chars(text)};
}

static void text_cell(rx *x, rx_sheet *s, int row, int col, const char *text, lxw_format *f,
                      bool count)
{
    if (x->rc != SIF_OK || s->ws == NULL)
        return;
    char *safe = rx_safe_text(text, s->name, x->err);
    if (safe == NULL) {
        x->rc = x->err ? x->err->code : SIF_ERR_DATA;
        return;
    }
    if (count) {
        /* a wrapped text needs ~16 characters, or its longest word if that is longer */
        double w = (double)u8chars(safe);
        if (f == x->f.head || f == x->f.head_r || f == x->f.wrap || f == x->f.bold_wrap) {
            double word = longest_word(safe);
            w = w > 16 ? 16 : w;
            w = word > w ? word : w;
        }
        widen(s, col, w);
    }
    if (f == x->f.wrap || f == x->f.head || f == x->f.head_r || f == x->f.bold_wrap)
        note_wrap(s, row, col, col, safe);
    touch(x, s, row, f);
    rx_lxw_fail(x, worksheet_write_string(s->ws, (lxw_row_t)row, (lxw_col_t)col, safe, f),
                "writing a text");
    free(safe);
}

void rx_text(rx *x, rx_sheet *s, int row, int col, const char *text, lxw_format *f)
{
    text_cell(x, s, row, col, text, f, true);
}

void rx_text_wide(rx *x, rx_sheet *s, int row, int col, const char *text, lxw_format *f)
{
    text_cell(x, s, row, col, text, f, false);
}

void rx_text_merge(rx *x, rx_sheet *s, int row, int col, int last_col, const char *text,
                   lxw_format *f)
{
    if (x->rc != SIF_OK || s->ws == NULL)
        return;
    char *safe = rx_safe_text(text, s->name, x->err);
    if (safe == NULL) {
        x->rc = x->err ? x->err->code : SIF_ERR_DATA;
        return;
    }
    if (f == x->f.wrap || f == x->f.head || f == x->f.note_wrap || f == x->f.bold_wrap)
        note_wrap(s, row, col, last_col, safe);
    touch(x, s, row, f);
    rx_lxw_fail(x, worksheet_merge_range(s->ws, (lxw_row_t)row, (lxw_col_t)col, (lxw_row_t)row,
                                         (lxw_col_t)last_col, safe, f),
                "writing a text");
    free(safe);
}

static double money_width(sif_ore v)
{
    char buf[48];
    sif_ore_format(v, buf, sizeof buf, SIF_FMT_KRONOR | SIF_FMT_KR);
    return (double)u8chars(buf);
}

void rx_int(rx *x, rx_sheet *s, int row, int col, int64_t v, lxw_format *f)
{
    if (x->rc != SIF_OK || s->ws == NULL)
        return;
    touch(x, s, row, NULL);
    char buf[32];
    widen(s, col, (double)snprintf(buf, sizeof buf, "%lld", (long long)v));
    rx_lxw_fail(x, worksheet_write_number(s->ws, (lxw_row_t)row, (lxw_col_t)col, (double)v, f),
                "writing a number");
}

void rx_money(rx *x, rx_sheet *s, int row, int col, sif_ore v, lxw_format *f)
{
    if (x->rc != SIF_OK || s->ws == NULL)
        return;
    touch(x, s, row, NULL);
    widen(s, col, money_width(v));
    rx_lxw_fail(x, worksheet_write_number(s->ws, (lxw_row_t)row, (lxw_col_t)col,
                                          (double)v / SIF_ORE_PER_KR, f ? f : x->f.money),
                "writing an amount");
}

void rx_num(rx *x, rx_sheet *s, int row, int col, double v, int width, lxw_format *f)
{
    if (x->rc != SIF_OK || s->ws == NULL)
        return;
    touch(x, s, row, NULL);
    widen(s, col, width);
    rx_lxw_fail(x, worksheet_write_number(s->ws, (lxw_row_t)row, (lxw_col_t)col, v, f),
                "writing a number");
}

void rx_formula(rx *x, rx_sheet *s, int row, int col, const char *formula, double cached,
                int width, lxw_format *f)
{
    if (x->rc != SIF_OK || s->ws == NULL)
        return;
    touch(x, s, row, NULL);
    widen(s, col, width);
    rx_lxw_fail(x, worksheet_write_formula_num(s->ws, (lxw_row_t)row, (lxw_col_t)col, formula,
                                               f, cached),
                "writing a formula");
}

void rx_formula_text(rx *x, rx_sheet *s, int row, int col, const char *formula,
                     const char *cached, lxw_format *f)
{
    if (x->rc != SIF_OK || s->ws == NULL)
        return;
    touch(x, s, row, NULL);
    widen(s, col, (double)u8chars(cached));
    rx_lxw_fail(x, worksheet_write_formula_str(s->ws, (lxw_row_t)row, (lxw_col_t)col, formula,
                                               f, cached),
                "writing a formula");
}

void rx_formula_money(rx *x, rx_sheet *s, int row, int col, const char *formula,
                      sif_ore cached, lxw_format *f)
{
    rx_formula(x, s, row, col, formula, (double)cached / SIF_ORE_PER_KR,
               (int)money_width(cached), f ? f : x->f.money);
}

char *rx_cell(char *buf, size_t size, int row, int col, bool abs)
{
    char letters[8];
    int n = 0;
    char tmp[8];
    int c = col + 1;
    while (c > 0 && n < 7) {
        tmp[n++] = (char)('A' + (c - 1) % 26);
        c = (c - 1) / 26;
    }
    for (int i = 0; i < n; i++)
        letters[i] = tmp[n - 1 - i];
    letters[n] = '\0';
    snprintf(buf, size, "%s%s%s%d", abs ? "$" : "", letters, abs ? "$" : "", row + 1);
    return buf;
}

char *rx_ref(char *buf, size_t size, const rx_sheet *s, int row, int col)
{
    char quoted[260];
    size_t o = 0;
    for (const char *p = s->name; *p && o + 3 < sizeof quoted; p++) {
        if (*p == '\'')
            quoted[o++] = '\'';
        quoted[o++] = *p;
    }
    quoted[o] = '\0';
    char cell[16];
    snprintf(buf, size, "'%s'!%s", quoted, rx_cell(cell, sizeof cell, row, col, true));
    return buf;
}
