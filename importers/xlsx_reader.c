/* importers/xlsx_reader.c — the XLSX reader: find the sheet, load the shared strings, stream
 * the sheet's rows. */
#include "xlsx_reader.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "rowbuf.h"
#include "xlsx_number.h"
#include "xlsx_zip.h"

#define REL_NS "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define ROW_TEXT_MAX ((size_t)4 << 20)   /* all the text of one sheet row */

/* A growable byte buffer with a cap. */
typedef struct strbuf {
    char *p;
    size_t len, cap, max;
} strbuf;

static bool sb_add(strbuf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->max)
        return false;
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *t = realloc(b->p, cap);
        if (t == NULL)
            return false;
        b->p = t;
        b->cap = cap;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
    return true;
}

static bool name_is(xmlTextReaderPtr r, const char *local)
{
    const xmlChar *n = xmlTextReaderConstLocalName(r);
    return n != NULL && strcmp((const char *)n, local) == 0;
}

static int node(xmlTextReaderPtr r)
{
    return xmlTextReaderNodeType(r);
}

/* ---- workbook: sheet name -> relationship id -> part name ---- */

static sif_status find_sheet_rid(sif_zip *z, const char *sheet, char *rid, size_t size,
                                 bool *date1904, sif_error *err)
{
    xmlTextReaderPtr r;
    sif_status rc = sif_zip_xml_open(z, "xl/workbook.xml", &r, err);
    if (rc != SIF_OK)
        return rc;
    char names[512] = "";
    bool found = false;
    int step = 0;
    while (!found && (step = sif_zip_xml_next(z, r, err)) == 1) {
        if (node(r) == XML_READER_TYPE_ELEMENT && name_is(r, "workbookPr")) {
            xmlChar *d = xmlTextReaderGetAttribute(r, (const xmlChar *)"date1904");
            *date1904 = d != NULL && (strcmp((const char *)d, "1") == 0 ||
                                      strcmp((const char *)d, "true") == 0);
            xmlFree(d);
        }
        if (node(r) != XML_READER_TYPE_ELEMENT || !name_is(r, "sheet"))
            continue;
        xmlChar *name = xmlTextReaderGetAttribute(r, (const xmlChar *)"name");
        xmlChar *id = xmlTextReaderGetAttributeNs(r, (const xmlChar *)"id",
                                                  (const xmlChar *)REL_NS);
        if (name != NULL && id != NULL &&
            (sheet == NULL || strcasecmp((const char *)name, sheet) == 0)) {
            snprintf(rid, size, "%s", (const char *)id);
            found = true;
        } else if (name != NULL && strlen(names) + strlen((const char *)name) + 8 < sizeof names) {
            strcat(names, names[0] ? ", \"" : "\"");
            strcat(names, (const char *)name);
            strcat(names, "\"");
        }
        xmlFree(name);
        xmlFree(id);
    }
    if (!found && step < 0) {
        sif_zip_xml_close(z, r, NULL);
        return SIF_ERR_DATA;
    }
    rc = sif_zip_xml_close(z, r, err);
    if (rc == SIF_OK && !found && sheet != NULL)
        rc = sif_error_at(err, SIF_ERR_DATA, sif_zip_path(z), 0, 0,
                          "no sheet named \"%s\" (sheets: %s)", sheet,
                          names[0] ? names : "none");
    else if (rc == SIF_OK && !found)
        rc = sif_error_at(err, SIF_ERR_DATA, sif_zip_path(z), 0, 0, "the workbook has no sheet");
    return rc;
}

/* The part a relationship of xl/workbook.xml points at, as an archive entry name. Targets
 * are relative to xl/ or absolute from the package root; ".." is refused. */
static sif_status find_target(sif_zip *z, const char *rid, const char *type_suffix,
                              char *part, size_t size, sif_error *err)
{
    part[0] = '\0';
    xmlTextReaderPtr r;
    sif_status rc = sif_zip_xml_open(z, "xl/_rels/workbook.xml.rels", &r, err);
    if (rc != SIF_OK)
        return rc;
    int step = 0;
    while (part[0] == '\0' && (step = sif_zip_xml_next(z, r, err)) == 1) {
        if (node(r) != XML_READER_TYPE_ELEMENT || !name_is(r, "Relationship"))
            continue;
        xmlChar *id = xmlTextReaderGetAttribute(r, (const xmlChar *)"Id");
        xmlChar *type = xmlTextReaderGetAttribute(r, (const xmlChar *)"Type");
        xmlChar *target = xmlTextReaderGetAttribute(r, (const xmlChar *)"Target");
        bool match = target != NULL &&
            (rid ? id != NULL && strcmp((const char *)id, rid) == 0
                 : type != NULL && strlen((const char *)type) >= strlen(type_suffix) &&
                       strcmp((const char *)type + strlen((const char *)type) -
                                  strlen(type_suffix), type_suffix) == 0);
        if (match) {
            const char *t = (const char *)target;
            if (strstr(t, "..") != NULL || strlen(t) + 4 > size)
                rc = sif_error_at(err, SIF_ERR_DATA, sif_zip_path(z), 0, 0,
                                  "unsupported relationship target \"%.200s\"", t);
            else if (t[0] == '/')
                snprintf(part, size, "%s", t + 1);
            else
                snprintf(part, size, "xl/%s", t);
        }
        xmlFree(id);
        xmlFree(type);
        xmlFree(target);
        if (rc != SIF_OK)
            break;
    }
    sif_status crc = sif_zip_xml_close(z, r, rc == SIF_OK ? err : NULL);
    if (rc != SIF_OK)
        return rc;
    if (step < 0 && part[0] == '\0')
        return SIF_ERR_DATA;
    return crc;
}

/* ---- shared strings ---- */

typedef struct shared {
    strbuf text;         /* every string, each followed by NUL */
    size_t *off;
    size_t n, cap;
} shared;

static void shared_release(shared *s)
{
    free(s->text.p);
    free(s->off);
}

/* Text of an <si> or <is>: every <t>, except those of phonetic runs (<rPh>). */
static sif_status read_rich_text(sif_zip *z, xmlTextReaderPtr r, const char *until, strbuf *out,
                                 sif_error *err)
{
    int depth = xmlTextReaderDepth(r);
    if (xmlTextReaderIsEmptyElement(r))
        return SIF_OK;
    bool in_t = false, in_rph = false;
    int step = 0;
    while ((step = sif_zip_xml_next(z, r, err)) == 1) {
        int t = node(r);
        if (t == XML_READER_TYPE_END_ELEMENT && xmlTextReaderDepth(r) == depth &&
            name_is(r, until))
            return SIF_OK;
        if (t == XML_READER_TYPE_ELEMENT && name_is(r, "rPh") && !xmlTextReaderIsEmptyElement(r))
            in_rph = true;
        else if (t == XML_READER_TYPE_END_ELEMENT && name_is(r, "rPh"))
            in_rph = false;
        else if (t == XML_READER_TYPE_ELEMENT && name_is(r, "t") && !xmlTextReaderIsEmptyElement(r))
            in_t = true;
        else if (t == XML_READER_TYPE_END_ELEMENT && name_is(r, "t"))
            in_t = false;
        else if (in_t && !in_rph && (t == XML_READER_TYPE_TEXT ||
                                     t == XML_READER_TYPE_SIGNIFICANT_WHITESPACE ||
                                     t == XML_READER_TYPE_WHITESPACE)) {
            const char *v = (const char *)xmlTextReaderConstValue(r);
            if (v != NULL && !sb_add(out, v, strlen(v)))
                return sif_error_at(err, SIF_ERR_DATA, sif_zip_path(z), 0, 0,
                                    "a text in the workbook is too long");
        }
    }
    return step < 0 ? SIF_ERR_DATA
                    : sif_error_at(err, SIF_ERR_DATA, sif_zip_path(z), 0, 0,
                                   "unexpected end of a text in the workbook");
}

static sif_status load_shared(sif_zip *z, shared *s, sif_error *err)
{
    char part[256];
    sif_status rc = find_target(z, NULL, "/sharedStrings", part, sizeof part, err);
    if (rc != SIF_OK)
        return rc;
    if (part[0] == '\0')
        snprintf(part, sizeof part, "xl/sharedStrings.xml");
    if (!sif_zip_has(z, part))
        return SIF_OK;   /* a workbook without strings */
    s->text.max = SIF_ZIP_MAX_ENTRY;
    xmlTextReaderPtr r;
    rc = sif_zip_xml_open(z, part, &r, err);
    if (rc != SIF_OK)
        return rc;
    int step = 0;
    while (rc == SIF_OK && (step = sif_zip_xml_next(z, r, err)) == 1) {
        if (node(r) != XML_READER_TYPE_ELEMENT || !name_is(r, "si"))
            continue;
        if (s->n == s->cap) {
            size_t cap = s->cap ? s->cap * 2 : 256;
            size_t *o = realloc(s->off, cap * sizeof *o);
            if (o == NULL) {
                rc = sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
                break;
            }
            s->off = o;
            s->cap = cap;
        }
        s->off[s->n++] = s->text.len;
        rc = read_rich_text(z, r, "si", &s->text, err);
        if (rc == SIF_OK && !sb_add(&s->text, "", 1))
            rc = sif_error_set(err, SIF_ERR_DATA, "shared strings too large");
    }
    if (rc == SIF_OK && step < 0)
        rc = SIF_ERR_DATA;
    sif_status crc = sif_zip_xml_close(z, r, rc == SIF_OK ? err : NULL);
    return rc != SIF_OK ? rc : crc;
}

/* ---- styles: which cell formats show a date ---- */

typedef struct styles {
    bool *date;          /* per cellXfs index: the number format is a date */
    size_t n, cap;
    int custom[256];     /* custom number formats (id >= 164) that are dates */
    size_t ncustom;
    bool date1904;       /* the workbook counts days from 1904-01-01 */
} styles;

/* Excel's built-in date formats (not the pure times 18-21, 45-47). */
static bool builtin_date(long id)
{
    return (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

/* A format code shows a date when it has a y or d outside quotes, brackets and escapes. */
static bool code_is_date(const char *code)
{
    bool quoted = false;
    for (const char *c = code; *c; c++) {
        if (*c == '"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (*c == '\\' && c[1])
            c++;
        else if (*c == '[')
            c += strcspn(c, "]") - (c[strcspn(c, "]")] ? 0 : 1);
        else if (*c == 'y' || *c == 'Y' || *c == 'd' || *c == 'D')
            return true;
    }
    return false;
}

static bool styles_add(styles *st, bool date)
{
    if (st->n == st->cap) {
        size_t cap = st->cap ? st->cap * 2 : 64;
        bool *d = realloc(st->date, cap * sizeof *d);
        if (d == NULL)
            return false;
        st->date = d;
        st->cap = cap;
    }
    st->date[st->n++] = date;
    return true;
}

static sif_status load_styles(sif_zip *z, styles *st, sif_error *err)
{
    char part[256];
    sif_status rc = find_target(z, NULL, "/styles", part, sizeof part, err);
    if (rc != SIF_OK)
        return rc;
    if (part[0] == '\0')
        snprintf(part, sizeof part, "xl/styles.xml");
    if (!sif_zip_has(z, part))
        return SIF_OK;   /* no styles: no dates */
    xmlTextReaderPtr r;
    if ((rc = sif_zip_xml_open(z, part, &r, err)) != SIF_OK)
        return rc;
    bool in_xfs = false;
    int step;
    while (rc == SIF_OK && (step = sif_zip_xml_next(z, r, err)) == 1) {
        int t = node(r);
        if (t == XML_READER_TYPE_END_ELEMENT && name_is(r, "cellXfs")) {
            in_xfs = false;
            continue;
        }
        if (t != XML_READER_TYPE_ELEMENT)
            continue;
        if (name_is(r, "cellXfs")) {
            in_xfs = !xmlTextReaderIsEmptyElement(r);
        } else if (name_is(r, "numFmt")) {
            xmlChar *id = xmlTextReaderGetAttribute(r, (const xmlChar *)"numFmtId");
            xmlChar *code = xmlTextReaderGetAttribute(r, (const xmlChar *)"formatCode");
            if (id != NULL && code != NULL && code_is_date((const char *)code) &&
                st->ncustom < sizeof st->custom / sizeof st->custom[0])
                st->custom[st->ncustom++] = atoi((const char *)id);
            xmlFree(id);
            xmlFree(code);
        } else if (in_xfs && name_is(r, "xf")) {
            xmlChar *id = xmlTextReaderGetAttribute(r, (const xmlChar *)"numFmtId");
            long n = id ? atol((const char *)id) : 0;
            bool date = builtin_date(n);
            for (size_t i = 0; !date && i < st->ncustom; i++)
                date = st->custom[i] == n;
            xmlFree(id);
            if (!styles_add(st, date))
                rc = sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
        }
    }
    if (rc == SIF_OK && step < 0)
        rc = SIF_ERR_DATA;
    sif_status crc = sif_zip_xml_close(z, r, rc == SIF_OK ? err : NULL);
    return rc != SIF_OK ? rc : crc;
}

/* An Excel date serial ("42380", "42380.5": the day counts, the time is dropped) as
 * YYYY-MM-DD into out (11 bytes); false when it is no day between 1900 and 2999. */
static bool serial_date(const char *num, bool date1904, char out[11])
{
    char *end;
    long serial = strtol(num, &end, 10);
    if (end == num || (*end != '\0' && *end != '.') || serial < 1 || serial > 400000)
        return false;
    /* days since 1970-01-01: Excel's 1900 system counts 1900-02-29, which never was */
    long days = date1904 ? serial - 24107 : serial >= 61 ? serial - 25569 : serial - 25568;
    if (!date1904 && serial == 60)
        return false;
    /* civil_from_days (H. Hinnant) */
    long zd = days + 719468;
    long era = (zd >= 0 ? zd : zd - 146096) / 146097;
    long doe = zd - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = yoe + era * 400, doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153, d = doy - (153 * mp + 2) / 5 + 1;
    long m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
    if (y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1 || d > 31)
        return false;
    snprintf(out, 11, "%04d-%02d-%02d", (int)y, (int)m, (int)d);
    return true;
}

/* ---- the sheet ---- */

typedef struct cellref {
    size_t off, len;     /* into sheet.text */
} cellref;

typedef struct sheet {
    sif_zip *z;
    const char *file;
    const shared *ss;
    const styles *styles;
    sif_row_fn fn;
    void *ctx;
    long row, col;       /* position now (1-based) */
    strbuf text;         /* the values of the current row */
    cellref cells[SIF_IMPORT_MAX_CELLS];
    long maxcol;         /* rightmost column with a value in this row, 0 = none */
    long width;          /* of the header, 0 = not seen yet */
    sif_rowbuf rb;
} sheet;

static void col_name(long col, char *buf)
{
    char tmp[8];
    int n = 0;
    for (; col > 0 && n < 7; col = (col - 1) / 26)
        tmp[n++] = (char)('A' + (col - 1) % 26);
    for (int i = 0; i < n; i++)
        buf[i] = tmp[n - 1 - i];
    buf[n] = '\0';
}

/* "B3" -> column 2, row 3; either may be missing (0). */
static void parse_ref(const char *s, long *col, long *row)
{
    long c = 0, r = 0;
    for (; *s >= 'A' && *s <= 'Z' && c < 100000; s++)
        c = c * 26 + (*s - 'A' + 1);
    for (; *s >= '0' && *s <= '9' && r < 100000000; s++)
        r = r * 10 + (*s - '0');
    *col = c;
    *row = r;
}

static void row_reset(sheet *sh)
{
    sh->text.len = 0;
    sh->maxcol = 0;
    memset(sh->cells, 0, sizeof sh->cells);
}

static sif_status cell_store(sheet *sh, const char *v, size_t n, sif_error *err)
{
    char where[16];
    while (n > 0 && (*v == ' ' || *v == '\t' || *v == '\r' || *v == '\n')) {
        v++;
        n--;
    }
    while (n > 0 && (v[n - 1] == ' ' || v[n - 1] == '\t' || v[n - 1] == '\r' || v[n - 1] == '\n'))
        n--;
    if (n == 0)
        return SIF_OK;
    if (sh->col > SIF_IMPORT_MAX_CELLS) {
        col_name(sh->col, where);
        return sif_error_at(err, SIF_ERR_DATA, sh->file, sh->row, sh->col,
                            "cell %s%ld: values beyond %d columns are not read", where, sh->row,
                            SIF_IMPORT_MAX_CELLS);
    }
    size_t off = sh->text.len;
    if (!sb_add(&sh->text, v, n))
        return sif_error_at(err, SIF_ERR_DATA, sh->file, sh->row, sh->col,
                            "row %ld holds more than %zu bytes of text", sh->row, ROW_TEXT_MAX);
    sh->cells[sh->col - 1] = (cellref){off, n};
    if (sh->col > sh->maxcol)
        sh->maxcol = sh->col;
    return SIF_OK;
}

/* Turn the raw value of a cell of type t and style index style into its text and keep it:
 * a number in a date format becomes YYYY-MM-DD. */
static sif_status cell_finish(sheet *sh, const char *t, long style, const char *v, size_t n,
                              sif_error *err)
{
    char where[16], num[64];
    col_name(sh->col, where);
    if (strcmp(t, "s") == 0) {
        if (n == 0)
            return SIF_OK;
        size_t idx = 0;
        for (size_t i = 0; i < n; i++) {
            if (v[i] < '0' || v[i] > '9' || idx > sh->ss->n)
                return sif_error_at(err, SIF_ERR_DATA, sh->file, sh->row, sh->col,
                                    "cell %s%ld: bad shared string index", where, sh->row);
            idx = idx * 10 + (size_t)(v[i] - '0');
        }
        if (idx >= sh->ss->n)
            return sif_error_at(err, SIF_ERR_DATA, sh->file, sh->row, sh->col,
                                "cell %s%ld: shared string %zu does not exist", where, sh->row,
                                idx);
        const char *s = sh->ss->text.p + sh->ss->off[idx];
        return cell_store(sh, s, strlen(s), err);
    }
    if (strcmp(t, "e") == 0)
        return sif_error_at(err, SIF_ERR_DATA, sh->file, sh->row, sh->col,
                            "cell %s%ld holds the Excel error %.*s", where, sh->row,
                            (int)(n > 32 ? 32 : n), v);
    if (strcmp(t, "b") == 0) {
        if (n == 0)
            return SIF_OK;
        bool on = n == 1 && v[0] == '1';
        if (!on && !(n == 1 && v[0] == '0'))
            return sif_error_at(err, SIF_ERR_DATA, sh->file, sh->row, sh->col,
                                "cell %s%ld: bad boolean", where, sh->row);
        return cell_store(sh, on ? "true" : "false", on ? 4 : 5, err);
    }
    if (strcmp(t, "inlineStr") == 0 || strcmp(t, "str") == 0 || strcmp(t, "d") == 0)
        return cell_store(sh, v, n, err);
    if (t[0] != '\0' && strcmp(t, "n") != 0)
        return sif_error_at(err, SIF_ERR_DATA, sh->file, sh->row, sh->col,
                            "cell %s%ld: unknown cell type \"%.16s\"", where, sh->row, t);
    if (n == 0)
        return SIF_OK;
    if (!sif_xlsx_number_text(v, n, num, sizeof num))
        return sif_error_at(err, SIF_ERR_DATA, sh->file, sh->row, sh->col,
                            "cell %s%ld: \"%.40s\" is not a number", where, sh->row, v);
    if (style >= 0 && (size_t)style < sh->styles->n && sh->styles->date[style]) {
        char date[11];
        if (!serial_date(num, sh->styles->date1904, date))
            return sif_error_at(err, SIF_ERR_DATA, sh->file, sh->row, sh->col,
                                "cell %s%ld: the date %s is not a day between 1900 and 2999",
                                where, sh->row, num);
        return cell_store(sh, date, strlen(date), err);
    }
    return cell_store(sh, num, strlen(num), err);
}

static sif_status row_finish(sheet *sh, sif_error *err)
{
    char where[16];
    if (sh->maxcol == 0)
        return SIF_OK;   /* nothing in it: skipped */
    bool header = sh->width == 0;
    if (header) {
        for (long c = 1; c <= sh->maxcol; c++)
            if (sh->cells[c - 1].len == 0) {
                col_name(c, where);
                return sif_error_at(err, SIF_ERR_DATA, sh->file, sh->row, c,
                                    "header cell %s%ld is empty", where, sh->row);
            }
        sh->width = sh->maxcol;
    } else if (sh->maxcol > sh->width) {
        col_name(sh->maxcol, where);
        return sif_error_at(err, SIF_ERR_DATA, sh->file, sh->row, sh->maxcol,
                            "cell %s%ld has a value but its column has no header", where,
                            sh->row);
    }
    sif_status rc = SIF_OK;
    for (long c = 1; c <= sh->width && rc == SIF_OK; c++) {
        cellref cr = sh->cells[c - 1];
        rc = sif_rowbuf_add(&sh->rb, sh->file, cr.len ? sh->text.p + cr.off : "", cr.len,
                            sh->row, c, err);
    }
    if (rc == SIF_OK)
        rc = sif_rowbuf_emit(&sh->rb, sh->file, header, sh->fn, sh->ctx, err);
    sif_rowbuf_clear(&sh->rb);
    return rc;
}

/* One <c> element: its type, then <v> or <is>, up to </c>. */
static sif_status read_cell(sheet *sh, xmlTextReaderPtr r, strbuf *val, sif_error *err)
{
    xmlChar *ref = xmlTextReaderGetAttribute(r, (const xmlChar *)"r");
    xmlChar *type = xmlTextReaderGetAttribute(r, (const xmlChar *)"t");
    xmlChar *sattr = xmlTextReaderGetAttribute(r, (const xmlChar *)"s");
    long style = sattr ? atol((const char *)sattr) : -1;
    xmlFree(sattr);
    long col = sh->col + 1, row = 0;
    if (ref != NULL)
        parse_ref((const char *)ref, &col, &row);
    sh->col = col > 0 ? col : sh->col + 1;
    char t[16];
    snprintf(t, sizeof t, "%s", type ? (const char *)type : "");
    xmlFree(ref);
    xmlFree(type);
    val->len = 0;
    sif_status rc = SIF_OK;
    /* A formula cell is read by its cached value. One with an empty cached value (written by a
     * program that does not calculate) is read as the text the user typed, "=" and all:
     * never evaluated, and an amount written so is refused by the amount parser. */
    strbuf formula = {.max = SIF_IMPORT_MAX_LINE + 1};
    bool in_f = false;
    if (!xmlTextReaderIsEmptyElement(r)) {
        int depth = xmlTextReaderDepth(r), step;
        bool in_v = false;
        while ((step = sif_zip_xml_next(sh->z, r, err)) == 1) {
            int nt = node(r);
            if (nt == XML_READER_TYPE_END_ELEMENT && xmlTextReaderDepth(r) == depth)
                break;
            if (nt == XML_READER_TYPE_ELEMENT && name_is(r, "v"))
                in_v = !xmlTextReaderIsEmptyElement(r);
            else if (nt == XML_READER_TYPE_END_ELEMENT && name_is(r, "v"))
                in_v = false;
            else if (nt == XML_READER_TYPE_ELEMENT && name_is(r, "f"))
                in_f = !xmlTextReaderIsEmptyElement(r) && sb_add(&formula, "=", 1);
            else if (nt == XML_READER_TYPE_END_ELEMENT && name_is(r, "f"))
                in_f = false;
            else if (in_f && nt == XML_READER_TYPE_TEXT) {
                const char *f = (const char *)xmlTextReaderConstValue(r);
                if (f != NULL && !sb_add(&formula, f, strlen(f)))
                    rc = sif_error_at(err, SIF_ERR_DATA, sh->file, sh->row, sh->col,
                                      "cell formula too long");
            }
            else if (nt == XML_READER_TYPE_ELEMENT && name_is(r, "is"))
                rc = read_rich_text(sh->z, r, "is", val, err);
            else if (in_v && nt == XML_READER_TYPE_TEXT) {
                const char *v = (const char *)xmlTextReaderConstValue(r);
                if (v != NULL && !sb_add(val, v, strlen(v)))
                    rc = sif_error_at(err, SIF_ERR_DATA, sh->file, sh->row, sh->col,
                                      "cell value too long");
            }
            if (rc != SIF_OK) {
                free(formula.p);
                return rc;
            }
        }
        if (step != 1) {
            free(formula.p);
            return step < 0 ? SIF_ERR_DATA
                            : sif_error_at(err, SIF_ERR_DATA, sh->file, sh->row, sh->col,
                                           "sheet ends inside a cell");
        }
    }
    if (val->len == 0 && formula.len > 0)
        rc = cell_finish(sh, "str", -1, formula.p, formula.len, err);
    else
        rc = cell_finish(sh, t, style, val->p ? val->p : "", val->len, err);
    free(formula.p);
    return rc;
}

static sif_status read_sheet(sheet *sh, const char *part, sif_error *err)
{
    xmlTextReaderPtr r;
    sif_status rc = sif_zip_xml_open(sh->z, part, &r, err);
    if (rc != SIF_OK)
        return rc;
    strbuf val = {.max = SIF_IMPORT_MAX_LINE + 1};
    int step = 0;
    while (rc == SIF_OK && (step = sif_zip_xml_next(sh->z, r, err)) == 1) {
        int nt = node(r);
        if (nt == XML_READER_TYPE_ELEMENT && name_is(r, "row")) {
            xmlChar *num = xmlTextReaderGetAttribute(r, (const xmlChar *)"r");
            long c, rownum = 0;
            if (num != NULL)
                parse_ref((const char *)num, &c, &rownum);
            xmlFree(num);
            sh->row = rownum > 0 ? rownum : sh->row + 1;
            sh->col = 0;
            row_reset(sh);
            if (xmlTextReaderIsEmptyElement(r))
                rc = row_finish(sh, err);
        } else if (nt == XML_READER_TYPE_ELEMENT && name_is(r, "c")) {
            rc = read_cell(sh, r, &val, err);
        } else if (nt == XML_READER_TYPE_END_ELEMENT && name_is(r, "row")) {
            rc = row_finish(sh, err);
        }
    }
    free(val.p);
    if (rc == SIF_OK && step < 0)
        rc = SIF_ERR_DATA;
    sif_status crc = sif_zip_xml_close(sh->z, r, rc == SIF_OK ? err : NULL);
    if (rc == SIF_OK && crc == SIF_OK && sh->width == 0)
        rc = sif_error_at(err, SIF_ERR_DATA, sh->file, 0, 0, "the sheet is empty");
    return rc != SIF_OK ? rc : crc;
}

sif_status sif_xlsx_read(const char *path, const char *sheet_name, sif_row_fn fn, void *ctx,
                         sif_error *err)
{
    sif_zip *z = NULL;
    sif_status rc = sif_zip_open(path, &z, err);
    if (rc != SIF_OK)
        return rc;
    shared ss = {0};
    styles sty = {0};
    sheet sh = {.z = z, .file = path, .ss = &ss, .styles = &sty, .fn = fn, .ctx = ctx};
    sh.text.max = ROW_TEXT_MAX;
    sif_rowbuf_init(&sh.rb);
    char rid[256], part[256];
    rc = find_sheet_rid(z, sheet_name, rid, sizeof rid, &sty.date1904, err);
    if (rc == SIF_OK)
        rc = find_target(z, rid, "", part, sizeof part, err);
    if (rc == SIF_OK && part[0] == '\0')
        rc = sif_error_at(err, SIF_ERR_DATA, path, 0, 0, "sheet relationship %s not found",
                          rid);
    if (rc == SIF_OK)
        rc = load_shared(z, &ss, err);
    if (rc == SIF_OK)
        rc = load_styles(z, &sty, err);
    if (rc == SIF_OK)
        rc = read_sheet(&sh, part, err);
    sif_rowbuf_release(&sh.rb);
    free(sh.text.p);
    shared_release(&ss);
    free(sty.date);
    sif_zip_close(z);
    return rc;
}
