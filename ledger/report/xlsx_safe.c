/* ledger/report/xlsx_safe.c — text safety at the Excel boundary (SPEC §10).
 *
 * Three dangers: a text that Excel takes for a formula (we never write ledger text with
 * write_formula, and libxlsxwriter's write_string never converts); a text that is not
 * UTF-8 (refused here, before any writer sees it); and OOXML's escape "_xHHHH_", which
 * Excel would turn into a character (escaped here as the spec says: "_x005F_" + rest).
 * Sheet names and defined names have their own rules and are made to fit them.
 */
#include "xlsx.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "sif/entity.h"

static bool is_hex(char c)
{
    return isxdigit((unsigned char)c) != 0;
}

/* "_xHHHH_" starts at p */
static bool is_escape(const char *p)
{
    return p[0] == '_' && (p[1] == 'x' || p[1] == 'X') && is_hex(p[2]) && is_hex(p[3]) &&
           is_hex(p[4]) && is_hex(p[5]) && p[6] == '_';
}

char *rx_safe_text(const char *text, const char *what, sif_error *err)
{
    if (text == NULL)
        text = "";
    size_t len = strlen(text);
    /* newlines are fine in a cell; sif_text_check refuses them, so check a copy without */
    char *probe = malloc(len + 1);
    if (probe == NULL) {
        sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
        return NULL;
    }
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        if (is_escape(text + i))
            n++;
        probe[i] = (text[i] == '\n' || text[i] == '\r') ? ' ' : text[i];
    }
    probe[len] = '\0';
    sif_status rc = sif_text_check(probe, 32768, what, err);
    free(probe);
    if (rc != SIF_OK)
        return NULL;
    char *out = malloc(len + n * 6 + 1);
    if (out == NULL) {
        sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
        return NULL;
    }
    char *o = out;
    for (size_t i = 0; i < len; i++) {
        if (is_escape(text + i)) {
            memcpy(o, "_x005F", 6);
            o += 6;
        }
        *o++ = text[i];
    }
    *o = '\0';
    return out;
}

/* Length in bytes of the UTF-8 character at p (1 for a stray byte). */
static size_t u8len(const unsigned char *p)
{
    if (*p < 0x80)
        return 1;
    size_t n = (*p >= 0xF0) ? 4 : (*p >= 0xE0) ? 3 : (*p >= 0xC0) ? 2 : 1;
    for (size_t i = 1; i < n; i++)
        if ((p[i] & 0xC0) != 0x80)
            return 1;
    return n;
}

void rx_sheet_name(const char *in, char *buf, size_t size)
{
    size_t o = 0, chars = 0;
    const unsigned char *p = (const unsigned char *)(in ? in : "");
    while (*p && chars < 31 && o + 5 < size) {
        size_t n = u8len(p);
        if (n == 1 && (strchr("[]:*?/\\", *p) || *p < 0x20 || *p >= 0x80)) {
            buf[o++] = '_';
        } else {
            memcpy(buf + o, p, n);
            o += n;
        }
        p += n;
        chars++;
    }
    buf[o] = '\0';
    /* no apostrophe at either end */
    while (o > 0 && buf[o - 1] == '\'')
        buf[--o] = '\0';
    if (buf[0] == '\'')
        buf[0] = '_';
    if (buf[0] == '\0')
        snprintf(buf, size, "Blad");
    /* "History" is reserved by Excel */
    if (strcasecmp(buf, "History") == 0)
        snprintf(buf, size, "History_");
}

static bool looks_like_cell(const char *s)
{
    /* A1 style: 1–3 letters then digits; R1C1 style: R, C, R<n>, C<n>, R<n>C<n> */
    size_t i = 0;
    while (isalpha((unsigned char)s[i]))
        i++;
    if (i >= 1 && i <= 3 && isdigit((unsigned char)s[i])) {
        size_t j = i;
        while (isdigit((unsigned char)s[j]))
            j++;
        if (s[j] == '\0')
            return true;
    }
    const char *p = s;
    if (*p == 'R' || *p == 'r') {
        p++;
        while (isdigit((unsigned char)*p))
            p++;
    }
    if (*p == 'C' || *p == 'c') {
        p++;
        while (isdigit((unsigned char)*p))
            p++;
    }
    return p != s && *p == '\0';
}

void rx_defined_name(const char *in, char *buf, size_t size)
{
    size_t o = 0;
    const unsigned char *p = (const unsigned char *)(in ? in : "");
    if (size < 4) {
        if (size)
            buf[0] = '\0';
        return;
    }
    if (!isalpha(*p) && *p != '_')
        buf[o++] = '_';
    while (*p && o + 1 < size && o < 255) {
        size_t n = u8len(p);
        buf[o++] = (n == 1 && (isalnum(*p) || *p == '_' || *p == '.')) ? (char)*p : '_';
        p += n;
    }
    buf[o] = '\0';
    if (looks_like_cell(buf) && o + 2 < size) {
        memmove(buf + 1, buf, o + 1);
        buf[0] = '_';
    }
}
