/* importers/text_enc.c — UTF-8 validation and Windows-1252 transcoding. */
#include "text_enc.h"

#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>

bool sif_utf8_valid(const char *s, size_t len, size_t *bad)
{
    const unsigned char *p = (const unsigned char *)s, *e = p + len;
    while (p < e) {
        unsigned c = *p;
        if (c < 0x80) {
            p++;
            continue;
        }
        size_t n;
        unsigned min;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 1, min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 2, min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 3, min = 0x10000;
        } else {
            goto fail;
        }
        if ((size_t)(e - p) <= n)
            goto fail;
        unsigned cp = c & (0x3Fu >> n);
        for (size_t i = 1; i <= n; i++) {
            if ((p[i] & 0xC0) != 0x80)
                goto fail;
            cp = cp << 6 | (p[i] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            goto fail;
        p += n + 1;
    }
    return true;
fail:
    if (bad)
        *bad = (size_t)(p - (const unsigned char *)s);
    return false;
}

struct sif_cp1252 {
    iconv_t cd;
};

sif_status sif_cp1252_open(sif_cp1252 **out, sif_error *err)
{
    *out = NULL;
    sif_cp1252 *cp = malloc(sizeof *cp);
    if (cp == NULL)
        return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    cp->cd = iconv_open("UTF-8", "WINDOWS-1252");
    if (cp->cd == (iconv_t)-1) {
        free(cp);
        return sif_error_set(err, SIF_ERR_IO, "this system cannot convert from Windows-1252: %s",
                             strerror(errno));
    }
    *out = cp;
    return SIF_OK;
}

void sif_cp1252_close(sif_cp1252 *cp)
{
    if (cp == NULL)
        return;
    iconv_close(cp->cd);
    free(cp);
}

bool sif_cp1252_to_utf8(sif_cp1252 *cp, const char *in, size_t len, char *out, size_t size,
                        size_t *outlen, size_t *bad)
{
    char *ip = (char *)in, *op = out;
    size_t il = len, ol = size - 1;
    iconv(cp->cd, NULL, NULL, NULL, NULL);
    if (iconv(cp->cd, &ip, &il, &op, &ol) == (size_t)-1) {
        /* EILSEQ: an undefined byte; E2BIG cannot happen with 3 × len + 1 */
        if (bad)
            *bad = (size_t)(ip - in);
        return false;
    }
    *op = '\0';
    if (outlen)
        *outlen = (size_t)(op - out);
    return true;
}
