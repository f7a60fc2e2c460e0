/* importers/cp437.h — code page 437 ("PC8", the character set of SIE files) to UTF-8. */
#ifndef SIF_IMPORT_CP437_H
#define SIF_IMPORT_CP437_H

#include <stddef.h>

/* Transcode len bytes of CP437 at in to UTF-8 at out, which must hold 3 × len + 1 bytes;
 * returns the number of bytes written (a NUL follows them). Bytes below 0x80 are ASCII
 * (the control characters stay control characters: the caller decides about them); bytes
 * from 0x80 map to their Unicode characters (0x86 "å", 0x84 "ä", 0x94 "ö", 0x8F "Å",
 * 0x8E "Ä", 0x99 "Ö", 0xFF NBSP). */
size_t sif_cp437_to_utf8(const char *in, size_t len, char *out);

#endif
