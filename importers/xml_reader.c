/* importers/xml_reader.c — the XML import reader: refuse hostile documents, validate against
 * the kind's schema, then hand the <rad> elements on as rows. */
#include "xml_reader.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>

#include "file_read.h"
#include "rowbuf.h"
#include "templates_dir.h"

#define SIF_XML_NS "urn:sif:import:1"

static const struct { const char *kind, *root; } kinds[] = {
    {"costs", "kostnader"},      {"savings", "besparingar"}, {"exits", "avslut"},
    {"payments", "utbetalningar"}, {"treatment", "behandlingar"},
    {"placements", "placeringar"}, {"params", "parametrar"},
};

const char *sif_xml_root_name(const char *kind)
{
    for (size_t i = 0; kind != NULL && i < sizeof kinds / sizeof kinds[0]; i++)
        if (strcmp(kinds[i].kind, kind) == 0)
            return kinds[i].root;
    return NULL;
}

/* ---- libxml2 errors, collected instead of printed ---- */

typedef struct xml_errors {
    sif_error *err;
    const char *file;
    int count;
    size_t used;        /* bytes of err->msg in use */
} xml_errors;

/* Append one libxml2 message: the first sets the position, later ones are listed after it
 * as "; line N: ...", as many as fit in err->msg. */
static void collect_error(void *user, xmlErrorPtr e)
{
    xml_errors *xe = user;
    if (e == NULL || e->level == XML_ERR_WARNING)
        return;
    xe->count++;
    if (xe->err == NULL || xe->count > SIF_IMPORT_MAX_ERRORS)
        return;
    char msg[512];
    snprintf(msg, sizeof msg, "%s", e->message ? e->message : "error");
    /* "Element '{urn:sif:import:1}belopp': ..." reads better without the namespace */
    char *ns;
    while ((ns = strstr(msg, "{" SIF_XML_NS "}")) != NULL)
        memmove(ns, ns + strlen(SIF_XML_NS) + 2, strlen(ns + strlen(SIF_XML_NS) + 2) + 1);
    size_t n = strlen(msg);
    while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == '.' || msg[n - 1] == ' '))
        msg[--n] = '\0';
    if (xe->count == 1) {
        sif_error_at(xe->err, SIF_ERR_DATA, xe->file, e->line, 0, "%s", msg);
        xe->used = strlen(xe->err->msg);
        return;
    }
    size_t room = sizeof xe->err->msg - xe->used;
    int w = snprintf(xe->err->msg + xe->used, room, "; line %d: %s", e->line, msg);
    if (w > 0 && (size_t)w < room)
        xe->used += (size_t)w;
    else
        xe->err->msg[xe->used] = '\0';   /* did not fit: counted in the summary below */
}

static void finish_errors(xml_errors *xe)
{
    if (xe->err == NULL || xe->count <= 1)
        return;
    size_t room = sizeof xe->err->msg - xe->used;
    snprintf(xe->err->msg + xe->used, room, " (%d error%s in all%s)", xe->count,
             xe->count == 1 ? "" : "s",
             xe->count > SIF_IMPORT_MAX_ERRORS ? ", stopped counting" : "");
}

static xmlParserInputPtr no_entity_loader(const char *url, const char *id,
                                          xmlParserCtxtPtr ctxt)
{
    (void)url;
    (void)id;
    (void)ctxt;
    return NULL;
}

/* ---- refusals before parsing ---- */

static sif_status refuse_hostile(const char *path, const char *buf, size_t len, sif_error *err)
{
    const unsigned char *u = (const unsigned char *)buf;
    static const struct { const char *magic; size_t n; const char *name; } packed[] = {
        {"\x1f\x8b", 2, "gzip"}, {"BZh", 3, "bzip2"}, {"\xfd" "7zXZ\0", 6, "xz"},
        {"\x28\xb5\x2f\xfd", 4, "zstd"}, {"PK\x03\x04", 4, "zip"}, {"\x5d\0\0", 3, "lzma"},
    };
    for (size_t i = 0; i < sizeof packed / sizeof packed[0]; i++)
        if (len >= packed[i].n && memcmp(buf, packed[i].magic, packed[i].n) == 0)
            return sif_error_at(err, SIF_ERR_DATA, path, 1, 1,
                                "file is compressed (%s): sif reads plain UTF-8 XML only",
                                packed[i].name);
    if (len >= 2 && ((u[0] == 0xFE && u[1] == 0xFF) || (u[0] == 0xFF && u[1] == 0xFE) ||
                     u[0] == 0 || u[1] == 0))
        return sif_error_at(err, SIF_ERR_DATA, path, 1, 1,
                            "document is not UTF-8 (UTF-16 or UTF-32?): save it as UTF-8");
    if (len == 0)
        return sif_error_at(err, SIF_ERR_DATA, path, 0, 0, "file is empty");
    /* The document is read as UTF-8, where "<!DOCTYPE" can only be these bytes: no DTD means
     * no entity declarations, hence no external entities and no expansion bombs. */
    for (const char *p = buf; (p = memchr(p, '<', len - (size_t)(p - buf))) != NULL; p++) {
        if (len - (size_t)(p - buf) >= 9 && strncmp(p, "<!DOCTYPE", 9) == 0) {
            long line = 1;
            for (const char *q = buf; q < p; q++)
                line += *q == '\n';
            return sif_error_at(err, SIF_ERR_DATA, path, line, 0,
                                "document has a DOCTYPE: DTDs and entities are refused");
        }
    }
    return SIF_OK;
}

/* ---- rows ---- */

static bool is_row(xmlNodePtr n)
{
    return n->type == XML_ELEMENT_NODE;
}

static xmlNodePtr find_child(xmlNodePtr rad, const xmlChar *name)
{
    for (xmlNodePtr c = rad->children; c != NULL; c = c->next)
        if (c->type == XML_ELEMENT_NODE && xmlStrEqual(c->name, name))
            return c;
    return NULL;
}

static sif_status add_text(sif_rowbuf *rb, const char *file, xmlNodePtr el, long line,
                           sif_error *err)
{
    if (el == NULL)
        return sif_rowbuf_add(rb, file, "", 0, line, 0, err);
    xmlChar *t = xmlNodeGetContent(el);
    const char *s = t ? (const char *)t : "";
    size_t n = strlen(s);
    while (n > 0 && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')) {
        s++;
        n--;
    }
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' || s[n - 1] == '\r'))
        n--;
    sif_status rc = sif_rowbuf_add(rb, file, s, n, xmlGetLineNo(el), 0, err);
    xmlFree(t);
    return rc;
}

static sif_status deliver(xmlDocPtr doc, const char *file, sif_row_fn fn, void *ctx,
                          sif_error *err)
{
    xmlNodePtr root = xmlDocGetRootElement(doc);
    const xmlChar *names[SIF_IMPORT_MAX_CELLS];
    long name_line[SIF_IMPORT_MAX_CELLS];
    size_t ncols = 0;
    for (xmlNodePtr r = root->children; r != NULL; r = r->next) {
        if (!is_row(r))
            continue;
        for (xmlNodePtr c = r->children; c != NULL; c = c->next) {
            if (c->type != XML_ELEMENT_NODE)
                continue;
            size_t i = 0;
            while (i < ncols && !xmlStrEqual(names[i], c->name))
                i++;
            if (i == ncols) {
                if (ncols == SIF_IMPORT_MAX_CELLS)
                    return sif_error_at(err, SIF_ERR_DATA, file, xmlGetLineNo(c), 0,
                                        "more than %d columns", SIF_IMPORT_MAX_CELLS);
                names[ncols] = c->name;
                name_line[ncols++] = xmlGetLineNo(c);
            }
        }
    }
    sif_rowbuf rb;
    sif_rowbuf_init(&rb);
    sif_status rc = SIF_OK;
    for (size_t i = 0; i < ncols && rc == SIF_OK; i++)
        rc = sif_rowbuf_add(&rb, file, (const char *)names[i], strlen((const char *)names[i]),
                            name_line[i], 0, err);
    if (rc == SIF_OK)
        rc = sif_rowbuf_emit(&rb, file, true, fn, ctx, err);
    for (xmlNodePtr r = root->children; r != NULL && rc == SIF_OK; r = r->next) {
        if (!is_row(r))
            continue;
        for (size_t i = 0; i < ncols && rc == SIF_OK; i++)
            rc = add_text(&rb, file, find_child(r, names[i]), xmlGetLineNo(r), err);
        if (rc == SIF_OK)
            rc = sif_rowbuf_emit(&rb, file, false, fn, ctx, err);
    }
    sif_rowbuf_release(&rb);
    return rc;
}

/* ---- the reader ---- */

static sif_status load_schema(const char *kind, xmlSchemaPtr *out, sif_error *err)
{
    char name[64], path[4096];
    snprintf(name, sizeof name, "sif-import-%s-1.xsd", kind);
    sif_status rc = sif_template_path(name, path, sizeof path, err);
    if (rc != SIF_OK)
        return rc;
    char *buf;
    size_t len;
    rc = sif_file_read(path, (size_t)1 << 20, &buf, &len, err);
    if (rc != SIF_OK)
        return rc;
    xml_errors xe = {.err = err, .file = path};
    xmlSchemaParserCtxtPtr pc = xmlSchemaNewMemParserCtxt(buf, (int)len);
    if (pc == NULL) {
        free(buf);
        return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    }
    xmlSchemaSetParserStructuredErrors(pc, collect_error, &xe);
    *out = xmlSchemaParse(pc);
    xmlSchemaFreeParserCtxt(pc);
    free(buf);
    if (*out == NULL) {
        /* a broken installation, not bad input */
        char first[sizeof err->msg];
        snprintf(first, sizeof first, "%s", xe.count > 0 && err ? err->msg : "unreadable");
        return sif_error_at(err, SIF_ERR_IO, path, 0, 0, "schema cannot be used: %s", first);
    }
    return SIF_OK;
}

sif_status sif_xml_read(const char *path, const char *kind, sif_row_fn fn, void *ctx,
                        sif_error *err)
{
    const char *root_name = sif_xml_root_name(kind);
    if (root_name == NULL)
        return sif_error_set(err, SIF_ERR_USAGE, "unknown import kind \"%s\"",
                             kind ? kind : "(null)");
    char *buf = NULL;
    size_t len = 0;
    sif_status rc = sif_file_read(path, SIF_IMPORT_MAX_XML, &buf, &len, err);
    if (rc != SIF_OK)
        return rc;
    rc = refuse_hostile(path, buf, len, err);
    if (rc != SIF_OK) {
        free(buf);
        return rc;
    }
    if (len > (size_t)0x7fffffff) {   /* xmlReadMemory takes an int */
        free(buf);
        return sif_error_at(err, SIF_ERR_DATA, path, 0, 0, "document too large");
    }

    xmlInitParser();
    xmlExternalEntityLoader old_loader = xmlGetExternalEntityLoader();
    xmlSetExternalEntityLoader(no_entity_loader);
    xml_errors xe = {.err = err, .file = path};
    xmlSetStructuredErrorFunc(&xe, collect_error);

    xmlSchemaPtr schema = NULL;
    xmlSchemaValidCtxtPtr vc = NULL;
    xmlDocPtr doc = NULL;
    rc = load_schema(kind, &schema, err);
    if (rc != SIF_OK)
        goto done;
    /* never XML_PARSE_NOENT, XML_PARSE_HUGE, XML_PARSE_DTDLOAD or XML_PARSE_DTDATTR */
    doc = xmlReadMemory(buf, (int)len, NULL, "UTF-8",
                        XML_PARSE_NONET | XML_PARSE_NOBLANKS | XML_PARSE_NOCDATA |
                            XML_PARSE_BIG_LINES | XML_PARSE_NOXINCNODE);
    if (doc == NULL || xe.count > 0) {
        if (xe.count == 0)
            sif_error_at(err, SIF_ERR_DATA, path, 0, 0, "not a well-formed XML document");
        finish_errors(&xe);
        rc = SIF_ERR_DATA;
        goto done;
    }
    if (doc->intSubset != NULL || doc->extSubset != NULL) {   /* the scan above should hold */
        rc = sif_error_at(err, SIF_ERR_DATA, path, 0, 0,
                          "document has a DOCTYPE: DTDs and entities are refused");
        goto done;
    }
    xmlNodePtr root = xmlDocGetRootElement(doc);
    if (root == NULL || !xmlStrEqual(root->name, (const xmlChar *)root_name) ||
        root->ns == NULL || !xmlStrEqual(root->ns->href, (const xmlChar *)SIF_XML_NS)) {
        rc = sif_error_at(err, SIF_ERR_DATA, path, root ? xmlGetLineNo(root) : 0, 0,
                          "expected root element <%s xmlns=\"" SIF_XML_NS "\"> for %s, "
                          "found <%s%s%s>", root_name, kind,
                          root ? (const char *)root->name : "",
                          root && root->ns ? " xmlns=" : "",
                          root && root->ns ? (const char *)root->ns->href : "");
        goto done;
    }
    vc = xmlSchemaNewValidCtxt(schema);
    if (vc == NULL) {
        rc = sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
        goto done;
    }
    xmlSchemaSetValidStructuredErrors(vc, collect_error, &xe);
    int v = xmlSchemaValidateDoc(vc, doc);
    if (v != 0 || xe.count > 0) {
        if (xe.count == 0)
            sif_error_at(err, SIF_ERR_DATA, path, 0, 0, "document does not match %s schema",
                         kind);
        finish_errors(&xe);
        rc = SIF_ERR_DATA;
        goto done;
    }
    xmlSetStructuredErrorFunc(NULL, NULL);
    rc = deliver(doc, path, fn, ctx, err);
done:
    xmlSetStructuredErrorFunc(NULL, NULL);
    xmlSetExternalEntityLoader(old_loader);
    xmlSchemaFreeValidCtxt(vc);
    xmlFreeDoc(doc);
    xmlSchemaFree(schema);
    free(buf);
    return rc;
}
