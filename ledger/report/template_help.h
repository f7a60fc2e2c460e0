/* ledger/report/template_help.h — what every template workbook shares beyond its data sheet:
 * the instructions sheet, in the workbook's language (SPEC §14). The data sheets' names and
 * headings are the import's contract and stay Swedish in both languages; the instructions
 * say what they mean. */
#ifndef SIF_TEMPLATE_HELP_H
#define SIF_TEMPLATE_HELP_H

#include <stddef.h>
#include "sif/entity.h"
#include "xlsx.h"

/* The instructions sheet's name in x's language. Borrowed, lives as long as the process. */
const char *tpl_help_name(const rx *x);

/* Write the instructions into s: paragraphs are message ids (N_), the first the title; a
 * paragraph's "\n" starts a new row. Then the project's name and code, and its case number
 * when it has one. */
void tpl_help_sheet(rx *x, rx_sheet *s, const char *const *paragraphs, size_t n,
                    const sif_project *p);

#endif
