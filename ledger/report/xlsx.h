/* ledger/report/xlsx.h — the workbook writer's shared kit: one context per workbook, the
 * formats, and the only functions that put anything into a cell.
 *
 * Text safety lives here (xlsx_safe.c): every text goes through rx_text, which checks the
 * UTF-8, escapes OOXML's _xHHHH_ sequences and writes with worksheet_write_string, so a
 * value beginning with = + - @ stays text. Formulas come only from sif's own code
 * (rx_formula), never from ledger text, and always carry the ledger's figure as the cached
 * value. Sheet and defined names are sanitised (rx_sheet_name, rx_defined_name).
 *
 * Errors are sticky: the first failure is kept in x->rc / x->err and later calls do
 * nothing, so a sheet writer can write its cells without checking each one.
 */
#ifndef SIF_REPORT_XLSX_H
#define SIF_REPORT_XLSX_H

#include <stdbool.h>
#include <xlsxwriter.h>
#include "labels.h"
#include "sif/money.h"

#define RX_MAX_COLS 40

#define RX_MAX_WRAPS 512
#define RX_MAX_KEEPS 256
#define RX_MAX_TALL 256

/* Every sheet prints at this scale on A4 landscape, so a committee reads one type size on
 * every page; a sheet too wide for it (a project with many posts) fits to width instead. */
#define RX_PRINT_SCALE 80

/* A wrapped text: its row gets the height its lines need once the widths are known. */
typedef struct rx_wrap {
    int row, col, last_col;
    int chars;
} rx_wrap;

/* Rows first..last that print on one page (a table, a chart, a derivation). */
typedef struct rx_keep {
    int first, last;
} rx_keep;

/* A row taller than the default 15 pt (a title in a larger font). */
typedef struct rx_tall {
    int row;
    double pt;
} rx_tall;

/* One worksheet, the widths its columns need and what its pages must keep together. */
typedef struct rx_sheet {
    lxw_worksheet *ws;
    char name[128];             /* sanitised, as given to libxlsxwriter */
    double width[RX_MAX_COLS];  /* characters */
    bool nocap[RX_MAX_COLS];    /* the column may be wider than the usual 60 (a hash) */
    rx_wrap wraps[RX_MAX_WRAPS];
    int nwraps;
    rx_keep keeps[RX_MAX_KEEPS];
    int nkeeps;
    rx_tall talls[RX_MAX_TALL];
    int ntalls;
    int last_row;               /* the last row written or kept, -1 = none */
    int repeat_rows;            /* print rows 0..repeat_rows-1 atop every page; 0 = up to
                                   the header row rx_sheet_finish is given */
    int nbreaks;                /* the page breaks rx_sheet_finish set */
    int breaks[64];             /* their rows (a break before each) */
} rx_sheet;

typedef struct rx {
    lxw_workbook *wb;
    sif_lang lang;
    const char *path;
    sif_status rc;
    sif_error *err;
    struct {
        lxw_format *title, *subtitle, *head, *head_r, *text, *wrap, *note, *bold,
            *money, *money_b, *money_sum, *money_in, *money_warn, *year, *num, *num_top, *num_in,
            *pct, *pct_in, *dec2, *int_, *sum_label, *bold_text, *money_bold_in, *text_r, *mono, *bold_wrap, *note_wrap,
            *dec2_r, *int_r, *int_l, *int_bold, *pct_l, *pct_bold,
            *num_sum;   /* a count's sum: bold, right like the counts above it */
    } f;
} rx;

/* Open a workbook at path with the standard formats. On failure x->rc is set. */
void rx_open(rx *x, const char *path, sif_lang lang, sif_error *err);
/* Set the document properties (texts are checked like cell texts). */
void rx_properties(rx *x, const char *title, const char *subject, const char *author,
                   const char *company, const char *keywords, const char *comments);
/* Close the workbook (writes the file) and return the first error of the whole run. */
sif_status rx_close(rx *x);

/* A new worksheet named by a label (sanitised), landscape, fit to width, footer. */
void rx_sheet_add(rx *x, rx_sheet *s, const char *name);
/* Set the column widths the cells needed, the heights of rows with wrapped text; freeze panes below header_row (-1 = none) and
 * repeat rows up to header_row when printing; print at RX_PRINT_SCALE with a page break
 * before every kept block that would otherwise be split (xlsx_page.c). */
void rx_sheet_finish(rx *x, rx_sheet *s, int header_row, int freeze_col);
/* Print rows first..last on one page when they fit on one. Blocks may nest: the largest
 * that fits a page is kept whole, else the inner ones. */
void rx_keep_rows(rx_sheet *s, int first, int last);
/* A chart of height_px pixels inserted at row: its rows are kept together. Returns the
 * first row below it. */
int rx_keep_chart(rx_sheet *s, int row, double height_px);
/* Insert a chart at row, col with options o (scale, offsets): it stands RX_CHART_INSET_PX
 * below the row's top, so when a page begins with that row the chart's frame prints on that
 * page (anchored on the row's edge, LibreOffice printed the top line at the foot of the page
 * before). Keep its rows with rx_keep_chart. */
#define RX_CHART_INSET_PX 6
void rx_insert_chart(rx *x, rx_sheet *s, int row, int col, lxw_chart *ch,
                     lxw_chart_options *o);
/* The printed width, in pixels at 100 %, that a sheet has at RX_PRINT_SCALE, and what its
 * columns 0..last_col take as their widths stand now (before rx_sheet_finish). */
double rx_page_width_px(void);
double rx_cols_width_px(const rx_sheet *s, int last_col);
/* Note that a row is taller than 15 pt. */
void rx_row_tall(rx_sheet *s, int row, double pt);

/* ---- cells ---- */
const char *rx_l(const rx *x, rpt_label id);
void rx_text(rx *x, rx_sheet *s, int row, int col, const char *text, lxw_format *f);
/* A text that does not widen its column (titles, notes spanning the sheet). */
void rx_text_wide(rx *x, rx_sheet *s, int row, int col, const char *text, lxw_format *f);
/* A text over the cells col..last_col of a row, merged (wrap it with x->f.wrap). */
void rx_text_merge(rx *x, rx_sheet *s, int row, int col, int last_col, const char *text,
                   lxw_format *f);
void rx_int(rx *x, rx_sheet *s, int row, int col, int64_t v, lxw_format *f);
/* Money in öre written as kronor (double). */
void rx_money(rx *x, rx_sheet *s, int row, int col, sif_ore v, lxw_format *f);
void rx_num(rx *x, rx_sheet *s, int row, int col, double v, int width, lxw_format *f);
/* A formula of sif's own making with its cached value. */
void rx_formula(rx *x, rx_sheet *s, int row, int col, const char *formula, double cached,
                int width, lxw_format *f);
/* A formula whose cached value is a text ("nås inte"). */
void rx_formula_text(rx *x, rx_sheet *s, int row, int col, const char *formula,
                     const char *cached, lxw_format *f);
void rx_formula_money(rx *x, rx_sheet *s, int row, int col, const char *formula,
                      sif_ore cached, lxw_format *f);

/* Cell names: "B5" (abs false) or "$B$5"; "'Sheet'!$B$5". buf of 16 / 160 bytes. */
char *rx_cell(char *buf, size_t size, int row, int col, bool abs);
char *rx_ref(char *buf, size_t size, const rx_sheet *s, int row, int col);

/* ---- text safety (xlsx_safe.c) ---- */
/* Check text (valid UTF-8, no control characters but tab and newline) and escape every
 * "_xHHHH_" as "_x005F_xHHHH_" so Excel shows it literally. Returns a heap string or NULL
 * with err set; free it. */
char *rx_safe_text(const char *text, const char *what, sif_error *err);
/* A sheet name Excel accepts: []:*?/\ replaced by '_', no leading or trailing apostrophe,
 * at most 31 characters, never empty. Writes into buf (>= 128 bytes). */
void rx_sheet_name(const char *in, char *buf, size_t size);
/* A defined name Excel accepts: letters, digits, '_' and '.', starting with a letter or '_',
 * not a cell reference, at most 255 bytes. */
void rx_defined_name(const char *in, char *buf, size_t size);

/* Map a libxlsxwriter error into x (sticky). what names the operation. */
void rx_lxw_fail(rx *x, lxw_error e, const char *what);

#endif
