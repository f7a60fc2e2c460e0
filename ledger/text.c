/* ledger/text.c — what a text field may hold: valid UTF-8, no control characters. */
#include "sif/entity.h"

#include <string.h>

sif_status sif_text_check(const char *text, size_t max, const char *what, sif_error *err)
{
    if (text == NULL)
        return SIF_OK;
    size_t len = strlen(text);
    if (len >= max)
        return sif_error_set(err, SIF_ERR_DATA, "%s is too long (%zu bytes, at most %zu)", what,
                             len, max - 1);
    const unsigned char *p = (const unsigned char *)text;
    long col = 1;
    for (size_t i = 0; i < len; col++) {
        unsigned c = p[i];
        size_t n;
        unsigned cp;
        if (c < 0x80) {
            if ((c < 0x20 && c != '\t') || c == 0x7f)
                return sif_error_at(err, SIF_ERR_DATA, NULL, 0, col,
                                    "%s contains a control character", what);
            i++;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            n = 2, cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            n = 3, cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            n = 4, cp = c & 0x07;
        } else {
            return sif_error_at(err, SIF_ERR_DATA, NULL, 0, col, "%s is not valid UTF-8", what);
        }
        if (i + n > len)
            return sif_error_at(err, SIF_ERR_DATA, NULL, 0, col, "%s is not valid UTF-8", what);
        for (size_t k = 1; k < n; k++) {
            if ((p[i + k] & 0xC0) != 0x80)
                return sif_error_at(err, SIF_ERR_DATA, NULL, 0, col, "%s is not valid UTF-8",
                                    what);
            cp = cp << 6 | (p[i + k] & 0x3F);
        }
        if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) ||
            cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return sif_error_at(err, SIF_ERR_DATA, NULL, 0, col, "%s is not valid UTF-8", what);
        if (cp >= 0x80 && cp < 0xA0)
            return sif_error_at(err, SIF_ERR_DATA, NULL, 0, col,
                                "%s contains a control character", what);
        i += n;
    }
    return SIF_OK;
}
