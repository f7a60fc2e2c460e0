/* ledger/report/xml_out.h — a thin, checked layer over libxml2's xmlTextWriter for the
 * report writers. libxml2 types stay in xml_out.c.
 *
 * Errors are sticky as in xlsx.h: the first failure is kept, later calls do nothing, and
 * xo_close returns it. Every text and attribute is checked (valid UTF-8, no control
 * characters but tab; newlines only in element text) before libxml2 sees it.
 */
#ifndef SIF_REPORT_XML_OUT_H
#define SIF_REPORT_XML_OUT_H

#include <stdint.h>
#include "sif/error.h"

typedef struct xo xo;

/* Open path for writing, with the XML declaration, indented. NULL on failure (err set). */
xo *xo_open(const char *path, sif_error *err);
/* End the document, close the file, free; returns the first error of the whole run. */
sif_status xo_close(xo *w);

/* Start an element; ns (may be NULL) becomes its default namespace (the root's). */
void xo_start(xo *w, const char *name, const char *ns);
void xo_end(xo *w);
/* Attributes of the element just started. value NULL or "" writes nothing for xo_attr_opt. */
void xo_attr(xo *w, const char *name, const char *value);
void xo_attr_opt(xo *w, const char *name, const char *value);
void xo_attr_int(xo *w, const char *name, int64_t v);
/* Text inside the element just started (after its attributes); nothing for NULL or "". */
void xo_text(xo *w, const char *text);
/* An element holding only text: <name>text</name>; nothing when text is NULL or "". */
void xo_text_elem(xo *w, const char *name, const char *text);

#endif
