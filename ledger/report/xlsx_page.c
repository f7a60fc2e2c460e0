/* ledger/report/xlsx_page.c — how a sheet prints: column widths, row heights, one print
 * scale for every sheet, and page breaks placed so no table, derivation or chart is split.
 *
 * Excel and LibreOffice place their own breaks by row heights they know only when they
 * lay the sheet out; sif knows its rows (15 pt, titles taller, wrapped texts as many lines
 * as they need) and puts a manual break before every kept block that would cross a page.
 * The estimate leaves a margin, so the application never needs a break of its own inside
 * a block. */
#include "xlsx.h"

#include <stdlib.h>

/* A4 landscape with the margins rx_sheet_add sets (0.5 in left and right, 0.6 in top and
 * bottom): 10.69 × 7.07 inches. */
#define PAGE_WIDTH_PX (10.69 * 96)
#define PAGE_HEIGHT_PT (7.07 * 72)
/* what of the page an estimate may fill */
#define PAGE_SAFETY 0.92
#define ROW_PT 15.0

void rx_keep_rows(rx_sheet *s, int first, int last)
{
    if (first < 0 || last < first || s->nkeeps >= RX_MAX_KEEPS)
        return;
    s->keeps[s->nkeeps++] = (rx_keep){first, last};
    if (last > s->last_row)
        s->last_row = last;
}

int rx_keep_chart(rx_sheet *s, int row, double height_px)
{
    int rows = (int)((height_px + RX_CHART_INSET_PX) * 0.75 / ROW_PT) + 2;
    rx_keep_rows(s, row, row + rows - 1);
    return row + rows;
}

void rx_insert_chart(rx *x, rx_sheet *s, int row, int col, lxw_chart *ch,
                     lxw_chart_options *o)
{
    if (x->rc != SIF_OK)
        return;
    o->y_offset += RX_CHART_INSET_PX;
    rx_lxw_fail(x, worksheet_insert_chart_opt(s->ws, (lxw_row_t)row, (lxw_col_t)col, ch, o),
                "chart");
}

void rx_row_tall(rx_sheet *s, int row, double pt)
{
    for (int i = 0; i < s->ntalls; i++)
        if (s->talls[i].row == row) {
            if (pt > s->talls[i].pt)
                s->talls[i].pt = pt;
            return;
        }
    if (s->ntalls < RX_MAX_TALL)
        s->talls[s->ntalls++] = (rx_tall){row, pt};
}

double rx_page_width_px(void)
{
    return PAGE_WIDTH_PX * 0.97 * 100.0 / RX_PRINT_SCALE;
}

double rx_cols_width_px(const rx_sheet *s, int last_col)
{
    double px = 0;
    for (int c = 0; c <= last_col && c < RX_MAX_COLS; c++) {
        double w = s->width[c] > 0 ? s->width[c] + 2 : 8.43;
        if (w > 60 && !s->nocap[c])
            w = 60;
        px += w * 7 + 5 + 7;
    }
    return px;
}

static double col_px(const rx_sheet *s, int c)
{
    double w = s->width[c] > 0 ? s->width[c] : 8.43;
    return w * 7 + 5;
}

/* The lines of every row with wrapped text, as many as its widest text needs. */
static void wrap_heights(rx *x, rx_sheet *s, double *h, int nrows)
{
    for (int i = 0; i < s->nwraps; i++) {
        const rx_wrap *w = &s->wraps[i];
        double room = 0;
        for (int c = w->col; c <= w->last_col && c < RX_MAX_COLS; c++)
            room += s->width[c] > 0 ? s->width[c] + 1 : 9;
        double lines = room > 0 ? (double)(int)((w->chars * 0.95) / room) + 1 : 1;
        if (w->row < nrows && lines * ROW_PT > h[w->row])
            h[w->row] = lines * ROW_PT;
    }
    /* LibreOffice does not grow a row that holds a merged cell by itself: set them all */
    for (int i = 0; i < s->nwraps; i++) {
        int r = s->wraps[i].row;
        if (r < nrows && h[r] > ROW_PT)
            rx_lxw_fail(x, worksheet_set_row(s->ws, (lxw_row_t)r, h[r], NULL), "row height");
    }
}

/* The kept block to break before when row r would cross the page that starts at start:
 * the outermost block around r that begins after start and fits a page, else r itself. */
static int break_before(const rx_sheet *s, const double *h, int start, int r, double page)
{
    int best = r;
    for (int i = 0; i < s->nkeeps; i++) {
        const rx_keep *k = &s->keeps[i];
        if (k->first > r || k->last < r || k->first <= start || k->first >= best)
            continue;
        double need = 0;
        for (int j = k->first; j <= k->last; j++)
            need += h[j];
        if (need <= page)
            best = k->first;
    }
    return best;
}

static void paginate(rx *x, rx_sheet *s, const double *h, int nrows, int header_row,
                     double scale)
{
    double page = PAGE_HEIGHT_PT * PAGE_SAFETY * 100.0 / scale, titles = 0;
    if (s->repeat_rows > 0)
        header_row = s->repeat_rows - 1;
    for (int r = 0; r <= header_row && r < nrows; r++)
        titles += h[r];
    lxw_row_t breaks[65];
    int start = 0;
    double used = 0;
    for (int r = 0; r < nrows; r++) {
        if (used + h[r] <= page) {
            used += h[r];
            continue;
        }
        int b = break_before(s, h, start, r, page - (header_row >= 0 ? titles : 0));
        if (b <= start) {   /* a row taller than a page: let it be */
            used += h[r];
            continue;
        }
        if (s->nbreaks >= 64)
            break;
        s->breaks[s->nbreaks] = b;
        breaks[s->nbreaks++] = (lxw_row_t)b;
        start = b;
        used = header_row >= 0 && b > header_row ? titles : 0;
        r = b - 1;   /* continue with the row after the break */
    }
    if (s->nbreaks > 0) {
        breaks[s->nbreaks] = 0;
        rx_lxw_fail(x, worksheet_set_h_pagebreaks(s->ws, breaks), "page breaks");
    }
}

void rx_sheet_finish(rx *x, rx_sheet *s, int header_row, int freeze_col)
{
    if (x->rc != SIF_OK || s->ws == NULL)
        return;
    double total_px = 0;
    for (int c = 0; c < RX_MAX_COLS; c++) {
        if (s->width[c] <= 0)
            continue;
        double w = s->width[c] + 2;
        if (w > 60 && !s->nocap[c])
            w = 60;
        s->width[c] = w - 1;   /* what the wrap estimate uses */
        rx_lxw_fail(x, worksheet_set_column(s->ws, (lxw_col_t)c, (lxw_col_t)c, w, NULL),
                    "column width");
    }
    for (int c = 0; c < RX_MAX_COLS; c++)
        if (s->width[c] > 0)
            total_px += col_px(s, c) + 7;
    /* one scale for every sheet; a sheet wider than the page at that scale fits to width */
    double scale = RX_PRINT_SCALE;
    if (total_px > rx_page_width_px()) {   /* 3 % to spare: fonts round up */
        worksheet_fit_to_pages(s->ws, 1, 0);
        scale = 100.0 * PAGE_WIDTH_PX / total_px;
    } else {
        worksheet_set_print_scale(s->ws, RX_PRINT_SCALE);
    }
    int nrows = s->last_row + 1;
    double *h = malloc((size_t)(nrows > 0 ? nrows : 1) * sizeof *h);
    if (h == NULL) {
        x->rc = sif_error_set(x->err, SIF_ERR_NOMEM, "out of memory");
        return;
    }
    for (int r = 0; r < nrows; r++)
        h[r] = ROW_PT;
    for (int i = 0; i < s->ntalls; i++)
        if (s->talls[i].row < nrows && s->talls[i].pt > h[s->talls[i].row])
            h[s->talls[i].row] = s->talls[i].pt;
    wrap_heights(x, s, h, nrows);
    paginate(x, s, h, nrows, header_row, scale);
    free(h);
    if (header_row >= 0) {
        worksheet_freeze_panes(s->ws, (lxw_row_t)(header_row + 1), (lxw_col_t)freeze_col);
        int last = s->repeat_rows > 0 ? s->repeat_rows - 1 : header_row;
        rx_lxw_fail(x, worksheet_repeat_rows(s->ws, 0, (lxw_row_t)last), "print titles");
    }
}
