/* ledger/fold.c — folding a typed word for comparison (fold.h). */
#include "sif/fold.h"

void sif_fold(const char *in, size_t len, char *out, size_t size)
{
    size_t n = 0;
    for (size_t i = 0; i < len && n + 1 < size; i++) {
        unsigned char c = (unsigned char)in[i];
        if (c == 0xC3 && i + 1 < len) {
            unsigned char d = (unsigned char)in[i + 1];
            if (d == 0xA5 || d == 0xA4 || d == 0x85 || d == 0x84) { /* å ä Å Ä */
                out[n++] = 'a', i++;
                continue;
            }
            if (d == 0xB6 || d == 0x96) { /* ö Ö */
                out[n++] = 'o', i++;
                continue;
            }
        }
        out[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : (c == ' ' || c == '-') ? '_' : c);
    }
    if (size > 0)
        out[n] = '\0';
}
