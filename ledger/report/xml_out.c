/* ledger/report/xml_out.c — the checked xmlTextWriter layer of xml_out.h. */
#include "xml_out.h"

#include <libxml/xmlwriter.h>
#include <errno.h>
#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "sif/entity.h"

struct xo {
    FILE *fp;
    xmlTextWriterPtr tw;
    char path[1024];
    sif_status rc;
    sif_error *err;
};

static void fail_io(xo *w, const char *what)
{
    if (w->rc == SIF_OK)
        w->rc = sif_error_at(w->err, SIF_ERR_IO, w->path, 0, 0, "cannot write the XML (%s)", what);
}

/* Valid UTF-8 without control characters; newlines allowed when text is true. */
static bool check(xo *w, const char *s, bool text, const char *what)
{
    if (w->rc != SIF_OK)
        return false;
    if (text && strpbrk(s, "\n\r")) {
        char *copy = strdup(s);
        if (copy == NULL) {
            w->rc = sif_error_set(w->err, SIF_ERR_NOMEM, "out of memory");
            return false;
        }
        for (char *p = copy; *p; p++)
            if (*p == '\n' || *p == '\r')
                *p = ' ';
        w->rc = sif_text_check(copy, 1u << 20, what, w->err);
        free(copy);
    } else {
        w->rc = sif_text_check(s, 1u << 20, what, w->err);
    }
    return w->rc == SIF_OK;
}

xo *xo_open(const char *path, sif_error *err)
{
    xo *w = calloc(1, sizeof *w);
    if (w == NULL) {
        sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
        return NULL;
    }
    snprintf(w->path, sizeof w->path, "%s", path);
    w->err = err;
    /* the file is ours to open, so a failure is our message, not libxml2's on stderr */
    w->fp = fopen(path, "wb");
    if (w->fp == NULL) {
        sif_error_at(err, SIF_ERR_CANTCREATE, path, 0, 0, "cannot create: %s", strerror(errno));
        free(w);
        return NULL;
    }
    xmlOutputBufferPtr out = xmlOutputBufferCreateFile(w->fp, NULL);
    w->tw = out ? xmlNewTextWriter(out) : NULL;
    if (w->tw == NULL) {
        if (out)
            xmlOutputBufferClose(out);
        fclose(w->fp);
        sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
        free(w);
        return NULL;
    }
    xmlTextWriterSetIndent(w->tw, 1);
    xmlTextWriterSetIndentString(w->tw, BAD_CAST "  ");
    if (xmlTextWriterStartDocument(w->tw, "1.0", "UTF-8", NULL) < 0)
        fail_io(w, "declaration");
    return w;
}

sif_status xo_close(xo *w)
{
    if (w == NULL)
        return SIF_OK;
    if (w->rc == SIF_OK && xmlTextWriterEndDocument(w->tw) < 0)
        fail_io(w, "end");
    if (xmlTextWriterFlush(w->tw) < 0)
        fail_io(w, "flush");
    xmlFreeTextWriter(w->tw);   /* closes the output buffer, not the FILE */
    int bad = ferror(w->fp);
    bad |= fclose(w->fp) != 0;
    if (bad && w->rc == SIF_OK)
        w->rc = sif_error_at(w->err, SIF_ERR_IO, w->path, 0, 0, "cannot write: %s",
                             strerror(errno));
    sif_status rc = w->rc;
    free(w);
    return rc;
}

void xo_start(xo *w, const char *name, const char *ns)
{
    if (w->rc != SIF_OK)
        return;
    int n = ns ? xmlTextWriterStartElementNS(w->tw, NULL, BAD_CAST name, BAD_CAST ns)
               : xmlTextWriterStartElement(w->tw, BAD_CAST name);
    if (n < 0)
        fail_io(w, name);
}

void xo_end(xo *w)
{
    if (w->rc == SIF_OK && xmlTextWriterEndElement(w->tw) < 0)
        fail_io(w, "end element");
}

void xo_attr(xo *w, const char *name, const char *value)
{
    if (value == NULL)
        value = "";
    if (!check(w, value, false, name))
        return;
    if (xmlTextWriterWriteAttribute(w->tw, BAD_CAST name, BAD_CAST value) < 0)
        fail_io(w, name);
}

void xo_attr_opt(xo *w, const char *name, const char *value)
{
    if (value && *value)
        xo_attr(w, name, value);
}

void xo_attr_int(xo *w, const char *name, int64_t v)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%" PRId64, v);
    xo_attr(w, name, buf);
}

void xo_text(xo *w, const char *text)
{
    if (w->rc != SIF_OK || text == NULL || *text == '\0' || !check(w, text, true, "text"))
        return;
    if (xmlTextWriterWriteString(w->tw, BAD_CAST text) < 0)
        fail_io(w, "text");
}

void xo_text_elem(xo *w, const char *name, const char *text)
{
    if (text == NULL || *text == '\0' || !check(w, text, true, name))
        return;
    if (xmlTextWriterWriteElement(w->tw, BAD_CAST name, BAD_CAST text) < 0)
        fail_io(w, name);
}
