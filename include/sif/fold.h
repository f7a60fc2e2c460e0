/* include/sif/fold.h — the one way sif compares a word a person typed with the word it
 * expects: a CSV column name, a gender, an outcome. "Stadsområde", "stadsomrade" and
 * "Stads-område" are the same word.
 *
 * @code
 *     char f[32];
 *     sif_fold("Okänt", strlen("Okänt"), f, sizeof f);     // f is "okant"
 * @endcode
 */
#ifndef SIF_FOLD_H
#define SIF_FOLD_H

#include <stddef.h>

/* Copy the len bytes of in (UTF-8, need not end in NUL) into out (size bytes, always
 * NUL-terminated, cut short when it fills) folded: ASCII upper case → lower case, å ä ö and
 * Å Ä Ö → a a o, space and '-' → '_'; every other byte as it is. out is the caller's. */
void sif_fold(const char *in, size_t len, char *out, size_t size);

#endif
