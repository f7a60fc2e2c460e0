/* importers/text_enc.h — the encodings an import file may come in: UTF-8 (with or without a
 * byte order mark) and Windows-1252, which is what Excel on Swedish Windows saves as "CSV".
 *
 * @code
 *     size_t bad;
 *     if (!sif_utf8_valid(cell, len, &bad)) ... byte cell[bad] starts an invalid sequence
 *     sif_cp1252 *cp;
 *     sif_cp1252_open(&cp, &err);
 *     sif_cp1252_to_utf8(cp, in, inlen, out, outsize, &outlen, &bad);  // out ≥ 3 × inlen + 1
 *     sif_cp1252_close(cp);
 * @endcode
 *
 * Internal to importers/. Nothing here allocates per call: a converter is opened once per
 * file and reused for every cell that needs it.
 */
#ifndef SIF_TEXT_ENC_H
#define SIF_TEXT_ENC_H

#include <stdbool.h>
#include <stddef.h>
#include "sif/error.h"

/* True when s[0..len) is well-formed UTF-8 (no overlongs, no surrogates, ≤ U+10FFFF). Else
 * *bad (may be NULL) is the offset of the first byte of the first bad sequence. */
bool sif_utf8_valid(const char *s, size_t len, size_t *bad);

/* A Windows-1252 → UTF-8 converter (glibc iconv underneath). */
typedef struct sif_cp1252 sif_cp1252;

/* Constructor; *out is NULL on failure (SIF_ERR_NOMEM, or SIF_ERR_IO when iconv lacks the
 * encoding). */
sif_status sif_cp1252_open(sif_cp1252 **out, sif_error *err);
/* Destructor; accepts NULL. */
void sif_cp1252_close(sif_cp1252 *cp);

/* Transcode in[0..len) into out (size bytes; 3 × len + 1 always suffices) and NUL-terminate.
 * Returns false when a byte is not defined in Windows-1252 (0x81, 0x8D, 0x8F, 0x90, 0x9D):
 * *bad is then its offset in `in`. */
bool sif_cp1252_to_utf8(sif_cp1252 *cp, const char *in, size_t len, char *out, size_t size,
                        size_t *outlen, size_t *bad);

#endif
