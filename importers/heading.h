/* importers/heading.h — a problem named the way the file names it. A sink says which column
 * is wrong by the kind's key ("fodelsear", "kon"); the controller filling in a template sees
 * its heading ("Födelseår", "Kön") and, in a workbook, cells ("G5"). Before a problem is
 * reported, sif_headings_name puts the file's own heading in place of the key and, in a
 * workbook, names the cell:
 *
 *     fodelsear "tjugo" is not a whole number
 *  -> Födelseår "tjugo" is not a whole number (cell G5)
 *     gender "xyz" is not kvinna (K), man (M), annat or okänt
 *  -> gender "xyz" is not kvinna (K), man (M), annat or okänt (cell C3, column Kön)
 *
 * Internal to importers/. */
#ifndef SIF_IMPORT_HEADING_H
#define SIF_IMPORT_HEADING_H

#include <stdbool.h>
#include <stddef.h>
#include "sif/error.h"

#define SIF_HEADINGS_MAX 16

typedef struct sif_headings {
    bool cells;               /* the file is a workbook: name cells as "G5" */
    size_t n;
    struct {
        long column;          /* 1-based, as the reader numbers the file's columns */
        char key[32];         /* the kind's name for it */
        char text[96];        /* the file's heading, as written (trimmed) */
    } col[SIF_HEADINGS_MAX];
} sif_headings;

/* Note that the file's column (1-based) with heading text (len bytes) is the kind's key. */
void sif_headings_add(sif_headings *h, long column, const char *key, const char *text,
                      size_t len);
/* Name e's column by its heading and, in a workbook, its cell (in e->msg). Nothing changes
 * for a problem without a column. */
void sif_headings_name(const sif_headings *h, sif_error *e);

#endif
