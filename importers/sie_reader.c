/* importers/sie_reader.c — SIE 4 files streamed line by line: transcode, split into fields,
 * follow #VER blocks, hand mapped #TRANS lines on as cost rows. */
#include "sie_reader.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cp437.h"
#include "rowbuf.h"
#include "sie_map.h"
#include "sif/money.h"

#define MAX_FIELDS 64
#define MAX_OBJECTS 32

/* ---- lines ---- */

typedef struct lines {
    FILE *f;
    char chunk[65536];
    size_t pos, len;
    bool eof;
} lines;

/* A buffer that grows on demand up to a limit. */
typedef struct growbuf {
    char *p;
    size_t cap;
} growbuf;

static bool grow(growbuf *g, size_t need)
{
    if (need <= g->cap)
        return true;
    size_t cap = g->cap ? g->cap : 4096;
    while (cap < need)
        cap *= 2;
    char *t = realloc(g->p, cap);
    if (t == NULL)
        return false;
    g->p = t;
    g->cap = cap;
    return true;
}

/* Next line into buf (at most max bytes, without the newline; a CR before it is dropped).
 * 1 = a line, 0 = end of file, -1 = longer than max, -2 = read error, -3 = out of memory. */
static int next_line(lines *ls, growbuf *buf, size_t max, size_t *out)
{
    size_t n = 0;
    bool any = false;
    for (;;) {
        if (ls->pos == ls->len) {
            if (ls->eof)
                break;
            ls->len = fread(ls->chunk, 1, sizeof ls->chunk, ls->f);
            ls->pos = 0;
            if (ls->len == 0) {
                if (ferror(ls->f))
                    return -2;
                ls->eof = true;
                break;
            }
        }
        any = true;
        const char *s = ls->chunk + ls->pos;
        size_t avail = ls->len - ls->pos;
        const char *nl = memchr(s, '\n', avail);
        size_t take = nl ? (size_t)(nl - s) : avail;
        if (n + take > max)
            return -1;
        if (!grow(buf, n + take + 1))
            return -3;
        memcpy(buf->p + n, s, take);
        n += take;
        ls->pos += take + (nl ? 1 : 0);
        if (nl)
            break;
    }
    if (!any && n == 0)
        return 0;
    if (n > 0 && buf->p[n - 1] == '\r')
        n--;
    *out = n;
    return 1;
}

/* ---- fields ---- */

typedef struct field {
    const char *s;      /* unescaped text, NUL-terminated, in the scratch buffer */
    size_t n;
    bool list;          /* an object list {...}: s is its inner text, raw */
} field;

/* Split line (UTF-8, NUL-terminated) into fields; unescaped texts go to scratch (as large
 * as the line). Returns the number of fields or -1 with *bad = 1-based field number. */
static int split(const char *line, char *scratch, field *fs, int max, int *bad, const char **why)
{
    int nf = 0;
    const char *p = line;
    char *o = scratch;
    for (;;) {
        while (*p == ' ' || *p == '\t')
            p++;
        if (*p == '\0')
            return nf;
        if (nf == max) {
            *bad = nf + 1;
            *why = "too many fields";
            return -1;
        }
        field *f = &fs[nf++];
        f->list = false;
        f->s = o;
        if (*p == '"') {
            for (p++; *p != '"'; p++) {
                if (*p == '\0') {
                    *bad = nf;
                    *why = "quote not closed";
                    return -1;
                }
                if (*p == '\\' && (p[1] == '"' || p[1] == '\\'))
                    p++;
                *o++ = *p;
            }
            p++;
        } else if (*p == '{') {
            const char *q = p + 1;
            bool in_quote = false;
            for (; *q != '\0' && (in_quote || *q != '}'); q++) {
                if (*q == '\\' && q[1] != '\0')
                    q++;
                else if (*q == '"')
                    in_quote = !in_quote;
                else if (*q == '{' && !in_quote)
                    break;
            }
            if (*q != '}') {
                *bad = nf;
                *why = "object list not closed with }";
                return -1;
            }
            memcpy(o, p + 1, (size_t)(q - p - 1));
            o += q - p - 1;
            f->list = true;
            p = q + 1;
        } else {
            while (*p != '\0' && *p != ' ' && *p != '\t')
                *o++ = *p++;
        }
        f->n = (size_t)(o - f->s);
        *o++ = '\0';
    }
}

static bool is_date(const field *f)
{
    if (f->n != 8)
        return false;
    for (size_t i = 0; i < 8; i++)
        if (f->s[i] < '0' || f->s[i] > '9')
            return false;
    int m = (f->s[4] - '0') * 10 + (f->s[5] - '0'), d = (f->s[6] - '0') * 10 + (f->s[7] - '0');
    return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

static bool is_account(const field *f)
{
    if (f->n == 0 || f->n > 12 || f->list)
        return false;
    for (size_t i = 0; i < f->n; i++)
        if (f->s[i] < '0' || f->s[i] > '9')
            return false;
    return true;
}

/* ---- the reader ---- */

typedef struct sie {
    const char *path;
    sif_sie_map map;
    sif_row_fn fn;
    void *ctx;
    sif_rowbuf rb;
    long line;
    enum { OUTSIDE, VER_OPENED, IN_BLOCK } state;
    long ver_line;
    char ver_series[32], ver_number[32], ver_date[9], ver_text[160];
    long traced, matched;
} sie;

#define FAIL(field_no, ...) sif_error_at(err, SIF_ERR_DATA, s->path, s->line, (field_no), __VA_ARGS__)

static void copy_trunc(char *dst, size_t size, const char *src, size_t n)
{
    if (n >= size) {   /* cut at a character boundary */
        n = size - 1;
        while (n > 0 && ((unsigned char)src[n] & 0xC0) == 0x80)
            n--;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
}

static sif_status on_ver(sie *s, const field *fs, int nf, sif_error *err)
{
    if (s->state != OUTSIDE)
        return FAIL(1, "#VER inside the block of the #VER on line %ld", s->ver_line);
    if (nf < 4 || !is_date(&fs[3]))
        return FAIL(nf < 4 ? 0 : 4, "#VER needs series, number and a date YYYYMMDD");
    copy_trunc(s->ver_series, sizeof s->ver_series, fs[1].s, fs[1].n);
    copy_trunc(s->ver_number, sizeof s->ver_number, fs[2].s, fs[2].n);
    memcpy(s->ver_date, fs[3].s, 8);
    s->ver_date[8] = '\0';
    copy_trunc(s->ver_text, sizeof s->ver_text, nf > 4 ? fs[4].s : "", nf > 4 ? fs[4].n : 0);
    s->state = VER_OPENED;
    s->ver_line = s->line;
    return SIF_OK;
}

static sif_status add(sie *s, const char *text, size_t n, long column, sif_error *err)
{
    return sif_rowbuf_add(&s->rb, s->path, text, n, s->line, column, err);
}

static sif_status on_trans(sie *s, field *fs, int nf, char *scratch, sif_error *err)
{
    if (s->state != IN_BLOCK)
        return FAIL(1, "#TRANS outside a #VER block");
    if (nf < 4 || !is_account(&fs[1]) || !fs[2].list)
        return FAIL(nf < 2 ? 0 : !is_account(&fs[1]) ? 2 : 3,
                    "#TRANS needs an account, an object list {...} and an amount");
    s->traced++;
    sif_ore amount;
    sif_error aerr;
    if (fs[3].list || sif_ore_parse_n(fs[3].s, fs[3].n, &amount, &aerr) != SIF_OK)
        return FAIL(4, "amount \"%.*s\" is not a number", (int)(fs[3].n > 40 ? 40 : fs[3].n),
                    fs[3].s);
    bool has_date = nf > 4 && fs[4].n > 0;
    if (has_date && !is_date(&fs[4]))
        return FAIL(5, "transaction date \"%.*s\" is not YYYYMMDD",
                    (int)(fs[4].n > 20 ? 20 : fs[4].n), fs[4].s);
    /* the object list: pairs of dimension and object */
    field inner[2 * MAX_OBJECTS];
    int bad = 0;
    const char *why = "";
    int ni = split(fs[2].s, scratch, inner, 2 * MAX_OBJECTS, &bad, &why);
    if (ni < 0 || ni % 2 != 0)
        return FAIL(3, "object list: %s", ni < 0 ? why : "expected pairs of dimension and object");
    sif_sie_object objs[MAX_OBJECTS];
    for (int i = 0; i < ni; i += 2) {
        if (!is_account(&inner[i]))
            return FAIL(3, "object list: dimension \"%.*s\" is not a number",
                        (int)(inner[i].n > 20 ? 20 : inner[i].n), inner[i].s);
        objs[i / 2].dim = strtol(inner[i].s, NULL, 10);
        objs[i / 2].id = inner[i + 1].s;
    }
    const sif_sie_rule *r = sif_sie_map_match(&s->map, fs[1].s, objs, (size_t)ni / 2);
    if (r == NULL)
        return SIF_OK;
    s->matched++;
    const char *date = has_date ? fs[4].s : s->ver_date;
    const char *text = nf > 5 && fs[5].n > 0 ? fs[5].s : s->ver_text;
    char note[320];
    snprintf(note, sizeof note, "ver %s %s %.4s-%.2s-%.2s konto %s: %.200s", s->ver_series,
             s->ver_number, date, date + 4, date + 6, fs[1].s, text);
    sif_status rc = add(s, r->project, strlen(r->project), 0, err);
    if (rc == SIF_OK)
        rc = add(s, r->role, strlen(r->role), 0, err);
    if (rc == SIF_OK)
        rc = add(s, date, 4, has_date ? 5 : 0, err);
    if (rc == SIF_OK)
        rc = add(s, fs[3].s, fs[3].n, 4, err);
    if (rc == SIF_OK)
        rc = add(s, r->funding, strlen(r->funding), 0, err);
    if (rc == SIF_OK)
        rc = add(s, note, strlen(note), 0, err);
    if (rc == SIF_OK)
        rc = sif_rowbuf_emit(&s->rb, s->path, false, s->fn, s->ctx, err);
    sif_rowbuf_clear(&s->rb);
    return rc;
}

/* One line, already UTF-8. */
static sif_status on_line(sie *s, char *line, char *scratch, sif_error *err)
{
    const char *p = line;
    while (*p == ' ' || *p == '\t')
        p++;
    size_t n = strlen(p);
    while (n > 0 && (p[n - 1] == ' ' || p[n - 1] == '\t'))
        n--;
    if (n == 0)
        return SIF_OK;
    if (n == 1 && *p == '{') {
        if (s->state != VER_OPENED)
            return FAIL(1, "{ without a #VER before it");
        s->state = IN_BLOCK;
        return SIF_OK;
    }
    if (n == 1 && *p == '}') {
        if (s->state != IN_BLOCK)
            return FAIL(1, "} without a block to close");
        s->state = OUTSIDE;
        return SIF_OK;
    }
    if (s->state == VER_OPENED)
        return FAIL(1, "expected { on the line after the #VER on line %ld", s->ver_line);
    if (*p != '#')
        return FAIL(1, "expected a #LABEL, { or }");
    field fs[MAX_FIELDS];
    int bad = 0;
    const char *why = "";
    int nf = split(p, scratch, fs, MAX_FIELDS, &bad, &why);
    if (nf < 0)
        return FAIL(bad, "%s", why);
    const char *label = fs[0].s;
    if (strcmp(label, "#FORMAT") == 0) {
        if (nf < 2 || strcmp(fs[1].s, "PC8") != 0)
            return FAIL(2, "#FORMAT %s is not supported: SIE files are PC8 (code page 437)",
                        nf < 2 ? "(empty)" : fs[1].s);
    } else if (strcmp(label, "#SIETYP") == 0) {
        if (nf < 2 || strcmp(fs[1].s, "4") != 0)
            return FAIL(2, "SIE type %s has no verifications: export SIE type 4",
                        nf < 2 ? "(empty)" : fs[1].s);
    } else if (strcmp(label, "#VER") == 0) {
        return on_ver(s, fs, nf, err);
    } else if (strcmp(label, "#TRANS") == 0) {
        char *inner_scratch = scratch + (size_t)(fs[nf - 1].s - scratch) + fs[nf - 1].n + 1;
        return on_trans(s, fs, nf, inner_scratch, err);
    } else if ((strcmp(label, "#RTRANS") == 0 || strcmp(label, "#BTRANS") == 0) &&
               s->state != IN_BLOCK) {
        return FAIL(1, "%s outside a #VER block", label);
    }
    return SIF_OK;   /* #FLAGGA, #PROGRAM, #RAR, #DIM, #OBJEKT, ... and unknown labels */
}

/* Length of a valid multi-byte UTF-8 sequence at p (at most n bytes), else 0. */
static size_t utf8_seq(const unsigned char *p, size_t n)
{
    size_t len = p[0] >= 0xC2 && p[0] <= 0xDF ? 2 : p[0] >= 0xE0 && p[0] <= 0xEF ? 3
               : p[0] >= 0xF0 && p[0] <= 0xF4 ? 4 : 0;
    if (len == 0 || len > n)
        return 0;
    for (size_t i = 1; i < len; i++)
        if ((p[i] & 0xC0) != 0x80)
            return 0;
    return len;
}

/* SIE 4 text is PC8 (CP437). A file saved as UTF-8, or as Windows-1252, decodes to garbage
 * there ("L├╢n", "L÷n") without any error, so both are refused with the likely encoding named:
 * valid multi-byte UTF-8, or bytes that are box-drawing, Greek or math signs in CP437 where
 * Windows-1252 has its Swedish letters (å E5 σ, ä E4 Σ, ö F6 ÷, Å C5 ┼, Ä C4 ─, Ö D6 ╓, é E9 Θ).
 * Real PC8 Swedish uses 0x84, 0x86, 0x8E, 0x8F, 0x94, 0x99, 0x82 and never these. */
static sif_status check_pc8(const sie *s, const char *line, size_t n, sif_error *err)
{
    const unsigned char *u = (const unsigned char *)line;
    for (size_t i = 0; i < n; i++) {
        if (u[i] < 0x80)
            continue;
        if (utf8_seq(u + i, n - i))
            return sif_error_at(err, SIF_ERR_DATA, s->path, s->line, (long)i + 1,
                                "the file is UTF-8, not PC8 (code page 437) as SIE 4 requires: "
                                "export it again as PC8, or convert it (iconv -f UTF-8 -t CP437)");
        if ((u[i] >= 0xB0 && u[i] <= 0xEF && u[i] != 0xE1) || u[i] == 0xF6)
            return sif_error_at(err, SIF_ERR_DATA, s->path, s->line, (long)i + 1,
                                "the file seems to be Windows-1252 (byte 0x%02X would read as a "
                                "box-drawing, Greek or math sign in PC8), not PC8 (code page 437)"
                                " as SIE 4 requires: convert it (iconv -f WINDOWS-1252 -t CP437)",
                                u[i]);
    }
    return SIF_OK;
}

sif_status sif_sie_read(const char *path, const char *map_path, sif_row_fn fn, void *ctx,
                        sif_error *err)
{
    sie st = {.path = path, .fn = fn, .ctx = ctx};
    sie *s = &st;
    sif_rowbuf_init(&st.rb);
    sif_status rc = sif_sie_map_load(map_path, &st.map, err);
    FILE *f = NULL;
    growbuf raw = {0}, utf8 = {0}, scratch = {0};   /* grown to the longest line */
    if (rc != SIF_OK)
        goto done;
    f = fopen(path, "rb");
    if (f == NULL) {
        rc = sif_error_at(err, errno == ENOENT ? SIF_ERR_NOTFOUND : SIF_ERR_IO, path, 0, 0,
                          "cannot open: %s", strerror(errno));
        goto done;
    }
    lines *ls = calloc(1, sizeof *ls);
    if (ls == NULL) {
        rc = sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
        goto done;
    }
    ls->f = f;
    static const char *head[] = {"projekt", "tjanst", "ar", "belopp", "finansiering",
                                 "kommentar"};
    for (size_t i = 0; i < 6 && rc == SIF_OK; i++)
        rc = sif_rowbuf_add(&st.rb, path, head[i], strlen(head[i]), 0, 0, err);
    if (rc == SIF_OK)
        rc = sif_rowbuf_emit(&st.rb, path, true, fn, ctx, err);
    size_t n;
    int got;
    while (rc == SIF_OK && (got = next_line(ls, &raw, SIF_IMPORT_MAX_LINE, &n)) != 0) {
        st.line++;
        if (got == -1) {
            rc = FAIL(0, "line longer than %zu bytes", SIF_IMPORT_MAX_LINE);
            break;
        }
        if (got == -2) {
            rc = sif_error_at(err, SIF_ERR_IO, path, st.line, 0, "read failed");
            break;
        }
        /* UTF-8 takes up to 3 bytes per CP437 byte; the fields and then an object list take
         * as much again each, plus a NUL per field (at most MAX_FIELDS and 2 × MAX_OBJECTS) */
        if (got == -3 || !grow(&utf8, 3 * n + 1) ||
            !grow(&scratch, 2 * (3 * n + 1) + MAX_FIELDS + 2 * MAX_OBJECTS + 2)) {
            rc = sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
            break;
        }
        for (size_t i = 0; i < n; i++) {
            unsigned char c = (unsigned char)raw.p[i];
            if ((c < 0x20 && c != '\t') || c == 0x7F) {
                rc = FAIL(0, "control byte 0x%02X at byte %zu", c, i + 1);
                break;
            }
        }
        if (rc == SIF_OK)
            rc = check_pc8(s, raw.p, n, err);
        if (rc != SIF_OK)
            break;
        sif_cp437_to_utf8(raw.p, n, utf8.p);
        rc = on_line(&st, utf8.p, scratch.p, err);
    }
    free(ls);
    if (rc == SIF_OK && st.state != OUTSIDE)
        rc = sif_error_at(err, SIF_ERR_DATA, path, st.ver_line, 0,
                          "the #VER on line %ld is not closed with }", st.ver_line);
    if (rc == SIF_OK && st.matched == 0)
        rc = sif_error_at(err, SIF_ERR_DATA, path, 0, 0,
                          "no #TRANS line matched the mapping %s (%ld #TRANS lines read)",
                          map_path, st.traced);
done:
    if (f != NULL)
        fclose(f);
    free(raw.p);
    free(utf8.p);
    free(scratch.p);
    sif_rowbuf_release(&st.rb);
    sif_sie_map_release(&st.map);
    return rc;
}
