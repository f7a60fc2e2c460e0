/* importers/csv.c — the streaming CSV reader (see csv.h).
 *
 * Two passes over each record, both inside one reused buffer: find where the record ends
 * (a line feed after an even number of quotes), then split it in place — cells become
 * NUL-terminated slices of the buffer, doubled quotes are folded as we go. A record that
 * does not fit in the buffer is longer than SIF_IMPORT_MAX_LINE by construction.
 */
#include "csv.h"

#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "intl.h"
#include "text_enc.h"

#define CHUNK ((size_t)256 << 10)

typedef struct reader {
    const char *name;
    int fd;                     /* -1: read from mem */
    const char *mem;
    size_t mem_len, mem_pos;
    char *buf;                  /* cap + 1 bytes: room for a NUL after the last record */
    size_t cap, start, end;     /* unread data is buf[start..end) */
    bool eof, first_read;
    uint64_t done, total;
    long line;                  /* line number of buf[start] */
    char delim;
    bool have_header;
    sif_csv_encoding enc;
    sif_cp1252 *cp;
    char *scratch;              /* Windows-1252 cells transcoded, 3 × record + NULs */
    size_t scratch_cap;
    const sif_csv_opts *opts;
    sif_row_fn fn;
    void *ctx;
    sif_csv_info *info;
    sif_cell cells[SIF_IMPORT_MAX_CELLS];
} reader;

const char *sif_csv_encoding_name(sif_csv_encoding e)
{
    switch (e) {
    case SIF_CSV_UTF8: return "utf-8";
    case SIF_CSV_UTF8_BOM: return "utf-8 (bom)";
    case SIF_CSV_CP1252: return "windows-1252";
    default: return "ascii";
    }
}

static sif_status fail(reader *r, sif_error *err, long line, long col, const char *msg)
{
    return sif_error_at(err, SIF_ERR_DATA, r->name, line, col, "%s", _(msg));
}

/* Move the unread data to the front and read more after it. */
static sif_status fill(reader *r, sif_error *err)
{
    if (r->start > 0) {
        memmove(r->buf, r->buf + r->start, r->end - r->start);
        r->end -= r->start;
        r->start = 0;
    }
    size_t room = r->cap - r->end, n;
    if (room == 0)
        return SIF_OK;
    if (r->fd >= 0) {
        ssize_t got;
        do
            got = read(r->fd, r->buf + r->end, room);
        while (got < 0 && errno == EINTR);
        if (got < 0)
            return sif_error_at(err, SIF_ERR_IO, r->name, 0, 0, "read error: %s", strerror(errno));
        n = (size_t)got;
    } else {
        n = r->mem_len - r->mem_pos < room ? r->mem_len - r->mem_pos : room;
        memcpy(r->buf + r->end, r->mem + r->mem_pos, n);
        r->mem_pos += n;
    }
    if (n == 0)
        r->eof = true;
    if (n && r->opts && r->opts->hash)   /* the bytes hashed are the bytes parsed */
        sif_sha256_update(r->opts->hash, r->buf + r->end, n);
    r->done += n;
    if (r->done > SIF_IMPORT_MAX_FILE)
        return sif_error_at(err, SIF_ERR_DATA, r->name, 0, 0, "file is larger than %zu bytes",
                            SIF_IMPORT_MAX_FILE);
    r->end += n;
    /* a BOM only at the file's very start: a second one after it is data, not a BOM */
    if (r->first_read && r->done == r->end && r->end >= 3 &&
        memcmp(r->buf, "\xEF\xBB\xBF", 3) == 0) {
        r->start += 3;
        r->enc = SIF_CSV_UTF8_BOM;
    }
    if (r->first_read && r->end - r->start >= 4) {
        const unsigned char *m = (const unsigned char *)r->buf + r->start;
        if (m[0] == 0x1F && m[1] == 0x8B)
            return sif_error_at(err, SIF_ERR_DATA, r->name, 1, 1, "this is a gzip file, not CSV text");
        /* Excel's "Unicode text" is UTF-16 with a BOM; without one, ASCII shows as x\0x\0 */
        if ((m[0] == 0xFF && m[1] == 0xFE) || (m[0] == 0xFE && m[1] == 0xFF) ||
            (m[0] && !m[1] && m[2] && !m[3]) || (!m[0] && m[1] && !m[2] && m[3]))
            return sif_error_at(err, SIF_ERR_DATA, r->name, 1, 1,
                                "this is UTF-16 text (Excel's \"Unicode text\"): save it as "
                                "\"CSV UTF-8\" or \"CSV (semicolon delimited)\" and import that");
        if (m[0] == 'P' && m[1] == 'K' && m[2] == 3 && m[3] == 4)
            return sif_error_at(err, SIF_ERR_DATA, r->name, 1, 1,
                                "this is a zip file (an Excel workbook?), not CSV text");
    }
    if (r->first_read && (r->end - r->start >= 4 || r->eof))
        r->first_read = false;
    if (n && r->opts && r->opts->progress)
        r->opts->progress(r->opts->progress_ctx, r->done, r->total);
    return SIF_OK;
}

/* The delimiter of the header line s[0..len): the most frequent of ; tab , outside quotes. */
static char detect_delimiter(const char *s, size_t len)
{
    size_t semi = 0, tab = 0, comma = 0;
    bool quoted = false;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '"')
            quoted = !quoted;
        else if (!quoted)
            semi += s[i] == ';', tab += s[i] == '\t', comma += s[i] == ',';
    }
    if (comma > semi && comma > tab)
        return ',';
    if (tab > semi)
        return '\t';
    return ';';
}

/* Split buf[s..e) into r->cells. quotes: the record has a '"' somewhere. */
static sif_status split(reader *r, size_t s, size_t e, bool quotes, size_t *ncells,
                        long *next_line, sif_error *err)
{
    char *p = r->buf + s, *end = r->buf + e;
    long line = r->line;
    size_t n = 0;
    if (end > p && end[-1] == '\r')
        end--;
    for (;;) {
        if (n == SIF_IMPORT_MAX_CELLS)
            return fail(r, err, line, (long)n + 1, N_("more than 256 fields in one line"));
        sif_cell *c = &r->cells[n++];
        c->line = line;
        c->column = (long)n;
        if (quotes && p < end && *p == '"') {
            char *w = p, *q = p + 1;
            c->text = w;
            for (;;) {
                if (q >= end) {
                    c->len = 0;
                    return fail(r, err, c->line, c->column, N_("quoted field is never closed"));
                }
                if (*q == '"') {
                    if (q + 1 < end && q[1] == '"') {
                        *w++ = '"';
                        q += 2;
                        continue;
                    }
                    q++;
                    break;
                }
                if (*q == '\n')
                    line++;
                *w++ = *q++;
            }
            c->len = (size_t)(w - c->text);
            *w = '\0';
            if (q < end && *q != r->delim)
                return fail(r, err, c->line, c->column, N_("text after the closing quote of a field"));
            p = q;
        } else {
            char *d = memchr(p, r->delim, (size_t)(end - p));
            char *stop = d ? d : end;
            if (quotes && memchr(p, '"', (size_t)(stop - p)))
                return fail(r, err, line, c->column,
                            N_("quote inside an unquoted field (quote the whole field)"));
            c->text = p;
            c->len = (size_t)(stop - p);
            p = stop;
        }
        if (p >= end) {
            *p = '\0';       /* the '\r', '\n' or the spare byte after the data */
            break;
        }
        *p++ = '\0';         /* the delimiter */
    }
    *ncells = n;
    *next_line = line + 1;
    return SIF_OK;
}

/* Check or transcode the cells of a record that has a byte above 0x7F; valid_utf8: the
 * whole record was found to be UTF-8 before it was split. */
static sif_status decode(reader *r, size_t ncells, bool valid_utf8, sif_error *err)
{
    if (r->enc == SIF_CSV_ASCII)
        r->enc = valid_utf8 ? SIF_CSV_UTF8 : SIF_CSV_CP1252;
    if (r->enc != SIF_CSV_CP1252) {
        if (valid_utf8)
            return SIF_OK;
        /* find the cell to blame */
        for (size_t i = 0; i < ncells; i++) {
            size_t bad;
            if (!sif_utf8_valid(r->cells[i].text, r->cells[i].len, &bad))
                return sif_error_at(err, SIF_ERR_DATA, r->name, r->cells[i].line,
                                    r->cells[i].column, "invalid UTF-8 (byte 0x%02X at byte %zu "
                                    "of the field) in a UTF-8 file",
                                    (unsigned char)r->cells[i].text[bad], bad + 1);
        }
        return SIF_OK;
    }
    if (r->cp == NULL) {
        sif_status rc = sif_cp1252_open(&r->cp, err);
        if (rc != SIF_OK)
            return rc;
        r->scratch_cap = 3 * (SIF_IMPORT_MAX_LINE + CHUNK) + SIF_IMPORT_MAX_CELLS + 1;
        r->scratch = malloc(r->scratch_cap);
        if (r->scratch == NULL)
            return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    }
    size_t used = 0;
    for (size_t i = 0; i < ncells; i++) {
        sif_cell *c = &r->cells[i];
        bool high = false;
        for (size_t k = 0; k < c->len && !high; k++)
            high = (unsigned char)c->text[k] >= 0x80;
        if (!high)
            continue;
        size_t out, bad;
        if (!sif_cp1252_to_utf8(r->cp, c->text, c->len, r->scratch + used, r->scratch_cap - used,
                                &out, &bad))
            return sif_error_at(err, SIF_ERR_DATA, r->name, c->line, c->column,
                                "byte 0x%02X is neither UTF-8 nor a Windows-1252 character",
                                (unsigned char)c->text[bad]);
        c->text = r->scratch + used;
        c->len = out;
        used += out + 1;
    }
    return SIF_OK;
}

/* Trim and lower-case the header names in place (ASCII and Å Ä Ö). */
static void fold_header(reader *r, size_t ncells)
{
    for (size_t i = 0; i < ncells; i++) {
        sif_cell *c = &r->cells[i];
        char *t = (char *)c->text;
        size_t a = 0, b = c->len;
        while (a < b && (t[a] == ' ' || t[a] == '\t'))
            a++;
        while (b > a && (t[b - 1] == ' ' || t[b - 1] == '\t'))
            b--;
        size_t n = b - a;
        t += a;
        t[n] = '\0';
        /* cppcheck-suppress knownConditionTrueFalse ; it takes the trim for the whole cell */
        for (size_t k = 0; k < n; k++) {
            unsigned char ch = (unsigned char)t[k];
            if (ch >= 'A' && ch <= 'Z')
                t[k] = (char)(ch + 32);
            /* cppcheck-suppress knownConditionTrueFalse */
            else if (ch == 0xC3 && k + 1 < n &&
                     ((unsigned char)t[k + 1] == 0x85 || (unsigned char)t[k + 1] == 0x84 ||
                      (unsigned char)t[k + 1] == 0x96))
                t[k + 1] = (char)((unsigned char)t[k + 1] + 0x20), k++;
        }
        c->text = t;
        c->len = n;
    }
}

/* Handle the record buf[s..e); nul: it holds a NUL byte; high: a byte above 0x7F. */
static sif_status record(reader *r, size_t s, size_t e, size_t quotes, bool nul, bool high,
                         sif_error *err)
{
    if (!r->have_header && r->delim == 0)
        r->delim = (r->opts && r->opts->delimiter) ? r->opts->delimiter
                                                   : detect_delimiter(r->buf + s, e - s);
    size_t ncells = 0;
    long next_line = r->line + 1;
    /* one check of the whole record: cheaper than one per cell, and split() would leave
     * stale bytes behind folded quotes */
    bool valid_utf8 = high && r->enc != SIF_CSV_CP1252 && sif_utf8_valid(r->buf + s, e - s, NULL);
    sif_status rc = split(r, s, e, quotes > 0, &ncells, &next_line, err);
    if (rc != SIF_OK)
        return rc;
    if (nul)
        for (size_t i = 0; i < ncells; i++)
            if (memchr(r->cells[i].text, '\0', r->cells[i].len))
                return fail(r, err, r->cells[i].line, r->cells[i].column,
                            N_("a NUL byte: this is not a text file"));
    bool blank = true;
    for (size_t i = 0; i < ncells && blank; i++)
        blank = r->cells[i].len == 0;
    if (!blank) {
        if (high && (rc = decode(r, ncells, valid_utf8, err)) != SIF_OK)
            return rc;
        sif_row row = {r->name, !r->have_header, ncells, r->cells};
        if (!r->have_header) {
            fold_header(r, ncells);
            r->have_header = true;
        } else if (r->info) {
            r->info->records++;
        }
        if (r->info) {
            r->info->delimiter = r->delim;
            r->info->encoding = r->enc;
        }
        rc = r->fn(r->ctx, &row, err);
        if (rc != SIF_OK)
            return rc;
    }
    r->line = next_line;
    return SIF_OK;
}

static sif_status run(reader *r, sif_error *err)
{
    size_t scan = 0, quotes = 0;    /* how far the current record was scanned (from start) */
    bool nul = false;
    unsigned char high = 0;
    sif_status rc;
    for (;;) {
        char *base = r->buf + r->start;
        size_t avail = r->end - r->start;
        char *nl = memchr(base + scan, '\n', avail - scan);
        size_t stop = nl ? (size_t)(nl - base) : avail;
        /* two reductions the compiler turns into vector code, and memchr for the quotes */
        const unsigned char *u = (const unsigned char *)base;
        unsigned char lo = 0xFF;
        for (size_t i = scan; i < stop; i++) {
            high |= u[i];
            lo = u[i] < lo ? u[i] : lo;
        }
        nul |= lo == 0;
        for (const char *q = base + scan; (q = memchr(q, '"', (size_t)(base + stop - q))); q++)
            quotes++;
        if (nl && quotes % 2 == 1) {            /* a line break inside quotes */
            scan = stop + 1;
            continue;
        }
        if (stop > SIF_IMPORT_MAX_LINE)
            return fail(r, err, r->line, 1, N_("line is longer than 1 MiB (1048576 bytes)"));
        if (nl == NULL && !r->eof) {
            scan = stop;
            if ((rc = fill(r, err)) != SIF_OK)
                return rc;
            continue;
        }
        if (nl == NULL && stop == 0)
            return SIF_OK;                      /* end of file */
        rc = record(r, r->start, r->start + stop, quotes, nul, (high & 0x80) != 0, err);
        if (rc != SIF_OK)
            return rc;
        r->start += nl ? stop + 1 : stop;
        scan = quotes = 0;
        nul = false;
        high = 0;
    }
}

static sif_status read_all(reader *r, const sif_csv_opts *opts, sif_row_fn fn, void *ctx,
                           sif_csv_info *info, sif_error *err)
{
    r->opts = opts;
    r->fn = fn;
    r->ctx = ctx;
    r->info = info;
    r->line = 1;
    r->first_read = true;
    r->cap = SIF_IMPORT_MAX_LINE + CHUNK;
    if (info)
        memset(info, 0, sizeof *info);
    r->buf = malloc(r->cap + 1);
    if (r->buf == NULL)
        return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    sif_status rc = fill(r, err);
    if (rc == SIF_OK)
        rc = run(r, err);
    if (rc == SIF_OK && !r->have_header)
        rc = sif_error_at(err, SIF_ERR_DATA, r->name, 1, 1, "file is empty: no header line");
    if (info)
        info->encoding = r->enc, info->delimiter = r->delim;
    free(r->buf);
    free(r->scratch);
    sif_cp1252_close(r->cp);
    return rc;
}

sif_status sif_csv_read(const char *path, const sif_csv_opts *opts, sif_row_fn fn, void *ctx,
                        sif_csv_info *info, sif_error *err)
{
    reader r;
    memset(&r, 0, sizeof r);
    r.name = path;
    r.fd = open(path, O_RDONLY | O_CLOEXEC);
    if (r.fd < 0)
        return sif_error_at(err, errno == ENOENT ? SIF_ERR_NOTFOUND : SIF_ERR_IO, path, 0, 0,
                            "cannot open: %s", strerror(errno));
    struct stat sb;
    if (fstat(r.fd, &sb) == 0 && S_ISREG(sb.st_mode)) {
        if ((uint64_t)sb.st_size > SIF_IMPORT_MAX_FILE) {
            close(r.fd);
            return sif_error_at(err, SIF_ERR_DATA, path, 0, 0, "file is larger than %zu bytes",
                                SIF_IMPORT_MAX_FILE);
        }
        r.total = (uint64_t)sb.st_size;
#ifdef POSIX_FADV_SEQUENTIAL
        posix_fadvise(r.fd, 0, 0, POSIX_FADV_SEQUENTIAL);
#endif
    }
    sif_status rc = read_all(&r, opts, fn, ctx, info, err);
    close(r.fd);
    return rc;
}

sif_status sif_csv_read_mem(const char *data, size_t len, const char *name,
                            const sif_csv_opts *opts, sif_row_fn fn, void *ctx,
                            sif_csv_info *info, sif_error *err)
{
    reader r;
    memset(&r, 0, sizeof r);
    r.name = name ? name : "<memory>";
    r.fd = -1;
    r.mem = data;
    r.mem_len = len;
    r.total = len;
    return read_all(&r, opts, fn, ctx, info, err);
}
