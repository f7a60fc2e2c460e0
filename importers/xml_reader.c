/* importers/xml_reader.c — the XML import reader: refuse hostile documents, validate against
 * the kind's schema, then hand the <rad> elements on as rows. Two streaming passes over the
 * document in memory (validate and collect the column names, then deliver), so that memory
 * beyond the document itself stays flat however many rows it holds: no tree is built. */
#include "xml_reader.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlschemas.h>

#include "file_read.h"
#include "intl.h"
#include "rowbuf.h"
#include "templates_dir.h"

#define SIF_XML_NS "urn:sif:import:1"

static const struct { const char *kind, *root; } kinds[] = {
    {"costs", "kostnader"},      {"savings", "besparingar"}, {"exits", "avslut"},
    {"payments", "utbetalningar"}, {"treatment", "behandlingar"},
    {"placements", "placeringar"}, {"params", "parametrar"},
    {"participants", "deltagarlista"}, {"outcomes", "utfallslista"},
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
    const char *buf;    /* the document, to find a column libxml2 does not give */
    size_t len;
    int count;
    size_t used;        /* bytes of err->msg in use */
} xml_errors;

/* The text between the first "before" and the next "after" in msg, into out ("" if none). */
static const char *between(const char *msg, const char *before, const char *after, char *out,
                           size_t size)
{
    out[0] = '\0';
    const char *a = msg ? strstr(msg, before) : NULL;
    if (a == NULL)
        return out;
    a += strlen(before);
    const char *b = strstr(a, after);
    size_t n = b ? (size_t)(b - a) : strlen(a);
    if (n >= size)
        n = size - 1;
    memcpy(out, a, n);
    out[n] = '\0';
    /* "{urn:sif:import:1}belopp" reads better without the namespace */
    char *ns;
    while ((ns = strstr(out, "{" SIF_XML_NS "}")) != NULL)
        memmove(ns, ns + strlen(SIF_XML_NS) + 2, strlen(ns + strlen(SIF_XML_NS) + 2) + 1);
    return out;
}

/* The 1-based column (in characters) on line `line` of the start tag <name ...>, or just
 * after its '>' when `content` (where a value begins); 0 when it is not on that line. */
static long find_column(const xml_errors *xe, long line, const char *name, bool content)
{
    if (xe->buf == NULL || line <= 0 || name[0] == '\0')
        return 0;
    const char *p = xe->buf, *end = xe->buf + xe->len;
    for (long l = 1; l < line && p < end; p++)
        if (*p == '\n')
            l++;
    const char *eol = memchr(p, '\n', (size_t)(end - p));
    if (eol == NULL)
        eol = end;
    size_t nlen = strlen(name);
    for (const char *q = p; q < eol; q++) {
        if (*q != '<')
            continue;
        const char *t = q + 1, *colon = NULL;
        for (const char *c = t; c < eol && !strchr(" \t\r/>", *c); c++)
            if (*c == ':')
                colon = c;
        if (colon)
            t = colon + 1;
        if ((size_t)(eol - t) <= nlen || memcmp(t, name, nlen) != 0 || !strchr(" \t\r/>", t[nlen]))
            continue;
        const char *at = q;
        if (content) {
            const char *gt = memchr(t, '>', (size_t)(eol - t));
            if (gt == NULL)
                return 0;
            at = gt + 1;
        }
        long col = 1;
        for (const char *c = p; c < at; c++)
            col += ((unsigned char)*c & 0xC0) != 0x80;
        return col;
    }
    return 0;
}

/* What a value of an import schema's pattern looks like, by the pattern libxml2 names. */
static const char *expected_form(const char *pattern)
{
    static const struct { const char *marks, *form; } forms[] = {
        {"(0[1-9]|1[0-2])", N_("a month written YYYY-MM")},
        {"{2}-", N_("a date written YYYY-MM-DD")},
        {"d{2}-", N_("a date written YYYY-MM-DD")},
        {"kr|SEK", N_("an amount in kronor, such as 1 050 679 or 1 050 679,50")},
        {"%?", N_("a share, such as 50 %, 0,5 or 1/2")},
        {"[0-9]{4}\\s", N_("a year of four digits")},
        {"fund|", N_("fund, grant, esf or other:NAME")},
        {"[a-z][a-z_]", N_("a key of lower-case letters and _")},
        {"{64}", N_("64 hexadecimal digits")},
    };
    for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++)
        if (strstr(pattern, forms[i].marks))
            return _(forms[i].form);
    return _("a value of the form the import's schema gives (templates/)");
}

/* What a value should have been, from libxml2's message about a value that is not. */
static void expected_value(const char *msg, char *out, size_t size)
{
    static const struct { const char *type, *form; } types[] = {
        {"ar", N_("a year from 1900 to 2999")}, {"antal", N_("a whole number, 0 or more")},
        {"datum", N_("a date written YYYY-MM-DD")}, {"manad", N_("a month written YYYY-MM")},
        {"belopp", N_("an amount in kronor, such as 1 050 679 or 1 050 679,50")},
        {"andel", N_("a share, such as 50 %, 0,5 or 1/2")},
    };
    char x[256];
    if (*between(msg, "facet 'pattern'] The value '", "'", x, sizeof x) || strstr(msg, "pattern '")) {
        between(msg, "pattern '", "'.", x, sizeof x);
        snprintf(out, size, "%s", expected_form(x));
    } else if (*between(msg, "set {", "}", x, sizeof x)) {
        snprintf(out, size, _("one of %s"), x);
    } else if (*between(msg, "maximum value allowed ('", "'", x, sizeof x)) {
        snprintf(out, size, _("at most %s"), x);
    } else if (*between(msg, "minimum value allowed ('", "'", x, sizeof x)) {
        snprintf(out, size, _("at least %s"), x);
    } else if (strstr(msg, "length")) {
        snprintf(out, size, "%s", _("a text of the allowed length (templates/ gives it)"));
    } else {
        between(msg, "atomic type '", "'", x, sizeof x);
        const char *t = strchr(x, ':') ? strchr(x, ':') + 1 : x;
        for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
            if (strcmp(t, types[i].type) == 0) {
                snprintf(out, size, "%s", _(types[i].form));
                return;
            }
        snprintf(out, size, "%s", strstr(t, "integer") || strstr(t, "decimal")
                                      ? _("a number") : expected_form(x));
    }
}

/* "one of ( a, b, c )" or "( a )", as libxml2 lists the elements it expected: "<a>, <b> or
 * <c>" in the chosen language. */
static void expected_elements(const char *msg, char *out, size_t size)
{
    char list[256];
    between(msg, "( ", " )", list, sizeof list);
    out[0] = '\0';
    size_t n = 0;
    char *save = NULL;
    int count = 0;
    for (char *c = list; *c; c++)
        count += *c == ',';
    int i = 0;
    for (char *tok = strtok_r(list, ", ", &save); tok && n < size; tok = strtok_r(NULL, ", ", &save)) {
        const char *sep = i == 0 ? "" : i == count ? _(" or ") : ", ";
        int w = snprintf(out + n, size - n, "%s<%s>", sep, tok);
        if (w < 0 || (size_t)w >= size - n)
            break;
        n += (size_t)w;
        i++;
    }
}

/* Say libxml2's error e in sif's words, in the chosen language (its own messages are English
 * and name XSD facets), and find its column. */
static void describe(const xml_errors *xe, const xmlError *e, char *out, size_t size,
                     long *column)
{
    char elem[64], value[128], what[256], attr[64];
    between(e->message, "Element '", "'", elem, sizeof elem);
    *column = e->int2 > 0 ? e->int2 : 0;
    if (e->domain == XML_FROM_SCHEMASV) {
        between(e->message, "value '", "'", value, sizeof value);
        if (value[0] == '\0')
            between(e->message, "': '", "'", value, sizeof value);
        if (*column == 0)
            *column = find_column(xe, e->line, elem, value[0] != '\0');
        if (value[0]) {
            expected_value(e->message, what, sizeof what);
            snprintf(out, size, _("<%s>: \"%s\" is not %s"), elem, value, what);
        } else if (strstr(e->message, "Missing child element")) {
            expected_elements(e->message, what, sizeof what);
            snprintf(out, size, _("<%s> lacks an element: expected %s"), elem, what);
        } else if (strstr(e->message, "not expected")) {
            expected_elements(e->message, what, sizeof what);
            if (what[0])
                snprintf(out, size, _("<%s> is not expected here: expected %s"), elem, what);
            else
                snprintf(out, size, _("<%s> is not expected here"), elem);
        } else if (strstr(e->message, "attribute")) {
            between(e->message, "attribute '", "'", attr, sizeof attr);
            snprintf(out, size, _("<%s>: the attribute %s is not allowed"), elem, attr);
        } else if (strstr(e->message, "Character content")) {
            snprintf(out, size, _("<%s> holds text where only elements may be"), elem);
        } else if (strstr(e->message, "[facet 'minLength']") ||
                   strstr(e->message, "[facet 'maxLength']") ||
                   strstr(e->message, "[facet 'length']")) {
            /* "The value has a length of '0'; this underruns the allowed minimum length of
             * '1'." (maxLength: "exceeds the allowed maximum length of") */
            char has[32], allowed[32];
            const char *limit = strstr(e->message, "; this");
            between(e->message, "has a length of '", "'", has, sizeof has);
            between(limit ? limit : "", "length of '", "'", allowed, sizeof allowed);
            if (strcmp(has, "0") == 0)
                snprintf(out, size, _("<%s> is empty"), elem);
            else if (strstr(e->message, "'maxLength'"))
                snprintf(out, size, _("<%s> has %s characters, at most %s are allowed"), elem,
                         has, allowed);
            else
                snprintf(out, size, _("<%s> has %s characters, %s are needed"), elem, has,
                         allowed);
        } else if (strstr(e->message, "No matching global")) {
            snprintf(out, size, _("<%s> is not the root element of this kind of import"), elem);
        } else {
            snprintf(out, size, _("<%s> does not match the import's schema (libxml2 error %d)"),
                     elem[0] ? elem : "?", e->code);
        }
        return;
    }
    switch (e->code) {
    case XML_ERR_DOCUMENT_EMPTY:
        snprintf(out, size, "%s", _("the document is empty"));
        break;
    case XML_ERR_DOCUMENT_END:
        snprintf(out, size, "%s", _("text after the end of the root element"));
        break;
    case XML_ERR_TAG_NAME_MISMATCH:
        snprintf(out, size, _("an end tag does not match the element it closes (<%s>)"),
                 e->str1 ? e->str1 : "?");
        break;
    case XML_ERR_TAG_NOT_FINISHED:
    case XML_ERR_LTSLASH_REQUIRED:
        snprintf(out, size, _("the element <%s> is not closed"), e->str1 ? e->str1 : "?");
        break;
    case XML_ERR_INVALID_CHAR:
    case XML_ERR_INVALID_ENCODING:
        snprintf(out, size, "%s", _("a character that is not allowed, or bytes that are not "
                                    "UTF-8: save the file as UTF-8"));
        break;
    case XML_ERR_UNDECLARED_ENTITY:
    case XML_WAR_UNDECLARED_ENTITY:
    case XML_ERR_ENTITYREF_SEMICOL_MISSING:
    case XML_ERR_NAME_REQUIRED:
        snprintf(out, size, "%s", _("an & that does not begin a known entity: write & as &amp;"));
        break;
    default:
        snprintf(out, size, _("not well-formed XML (libxml2 error %d)"), e->code);
        break;
    }
}

/* Append one libxml2 error: the first sets the position, later ones are listed after it as
 * "; line N: ...", as many as fit in err->msg. */
static void collect_error(void *user, xmlErrorPtr e)
{
    xml_errors *xe = user;
    if (e == NULL || e->level == XML_ERR_WARNING)
        return;
    xe->count++;
    if (xe->err == NULL || xe->count > SIF_IMPORT_MAX_ERRORS)
        return;
    char msg[512];
    long column = 0;
    describe(xe, e, msg, sizeof msg, &column);
    if (xe->count == 1) {
        sif_error_at(xe->err, SIF_ERR_DATA, xe->file, e->line, column, "%s", msg);
        xe->used = strlen(xe->err->msg);
        return;
    }
    size_t room = sizeof xe->err->msg - xe->used;
    int w = column > 0 ? snprintf(xe->err->msg + xe->used, room, _("; line %d column %ld: %s"),
                                  e->line, column, msg)
                       : snprintf(xe->err->msg + xe->used, room, _("; line %d: %s"), e->line, msg);
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
    snprintf(xe->err->msg + xe->used, room,
             xe->count > SIF_IMPORT_MAX_ERRORS ? _(" (%d errors in all, stopped counting)")
                                               : _(" (%d errors in all)"), xe->count);
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

/* Count the attributes of every start tag in one linear pass over the bytes ('=' outside
 * quoted values), before libxml2 sees the document: its attribute handling is quadratic. */
static sif_status refuse_many_attributes(const char *path, const char *buf, size_t len,
                                         sif_error *err)
{
    long line = 1;
    for (size_t i = 0; i < len; i++) {
        if (buf[i] == '\n')
            line++;
        if (buf[i] != '<' || i + 1 >= len || strchr("!?/", buf[i + 1]))
            continue;
        long tag_line = line;
        size_t attrs = 0;
        char quote = 0;
        for (i++; i < len && (quote || buf[i] != '>'); i++) {
            char c = buf[i];
            if (c == '\n')
                line++;
            if (quote) {
                if (c == quote)
                    quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '=' && ++attrs > SIF_IMPORT_MAX_XML_ATTRS) {
                return sif_error_at(err, SIF_ERR_DATA, path, tag_line, 0,
                                    "an element with more than %d attributes is refused",
                                    SIF_IMPORT_MAX_XML_ATTRS);
            }
        }
    }
    return SIF_OK;
}

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
    return refuse_many_attributes(path, buf, len, err);
}

/* ---- the two passes ---- */

/* never XML_PARSE_NOENT, XML_PARSE_HUGE, XML_PARSE_DTDLOAD or XML_PARSE_DTDATTR */
#define PARSE_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOBLANKS | XML_PARSE_NOCDATA | \
                       XML_PARSE_BIG_LINES)

typedef struct columns {
    char names[SIF_IMPORT_MAX_CELLS][64];
    long line[SIF_IMPORT_MAX_CELLS];
    size_t n;
} columns;

static long node_line(xmlTextReaderPtr r)
{
    xmlNodePtr n = xmlTextReaderCurrentNode(r);
    return n ? xmlGetLineNo(n) : 0;
}

static xmlTextReaderPtr open_reader(const char *buf, size_t len, xml_errors *xe)
{
    xmlTextReaderPtr r = xmlReaderForMemory(buf, (int)len, NULL, "UTF-8", PARSE_OPTIONS);
    if (r != NULL)
        xmlTextReaderSetStructuredErrorHandler(r, collect_error, xe);
    return r;
}

/* Pass 1: check the root, validate against the schema while streaming, and note the column
 * names (the children of <rad>) in order of first appearance. */
static sif_status validate(const char *path, const char *kind, const char *buf, size_t len,
                           xmlSchemaPtr schema, columns *cols, xml_errors *xe, sif_error *err)
{
    const char *root_name = sif_xml_root_name(kind);
    xmlTextReaderPtr r = open_reader(buf, len, xe);
    xmlSchemaValidCtxtPtr vc = xmlSchemaNewValidCtxt(schema);
    sif_status rc = SIF_OK;
    if (r == NULL || vc == NULL) {
        rc = sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
        goto done;
    }
    xmlSchemaSetValidStructuredErrors(vc, collect_error, xe);
    if (xmlTextReaderSchemaValidateCtxt(r, vc, 0) != 0) {
        rc = sif_error_set(err, SIF_ERR_NOMEM, "cannot start schema validation");
        goto done;
    }
    int step;
    bool root_seen = false;
    while ((step = xmlTextReaderRead(r)) == 1 && xe->count <= SIF_IMPORT_MAX_ERRORS) {
        int type = xmlTextReaderNodeType(r);
        if (type == XML_READER_TYPE_DOCUMENT_TYPE) {   /* the scan before should hold */
            rc = sif_error_at(err, SIF_ERR_DATA, path, node_line(r), 0,
                              "document has a DOCTYPE: DTDs and entities are refused");
            goto done;
        }
        if (type != XML_READER_TYPE_ELEMENT)
            continue;
        int depth = xmlTextReaderDepth(r);
        const char *name = (const char *)xmlTextReaderConstLocalName(r);
        if (depth == 0 && !root_seen) {
            root_seen = true;
            const char *ns = (const char *)xmlTextReaderConstNamespaceUri(r);
            if (strcmp(name, root_name) != 0 || ns == NULL || strcmp(ns, SIF_XML_NS) != 0) {
                rc = sif_error_at(err, SIF_ERR_DATA, path, node_line(r), 0,
                                  "expected root element <%s xmlns=\"%s\"> for %s, "
                                  "found <%.64s%s%.100s%s>", root_name, SIF_XML_NS, kind, name,
                                  ns ? " xmlns=\"" : "", ns ? ns : "", ns ? "\"" : "");
                goto done;
            }
        } else if (depth == 2 && xe->count == 0) {
            size_t i = 0;
            while (i < cols->n && strcmp(cols->names[i], name) != 0)
                i++;
            if (i == cols->n && cols->n < SIF_IMPORT_MAX_CELLS &&
                strlen(name) < sizeof cols->names[0]) {
                strcpy(cols->names[cols->n], name);
                cols->line[cols->n++] = node_line(r);
            }
        }
    }
    if (xe->count == 0 && (step < 0 || xmlTextReaderIsValid(r) != 1))
        sif_error_at(err, SIF_ERR_DATA, path, 0, 0, "document does not match the %s schema",
                     kind);
    if (xe->count > 0 || step < 0 || xmlTextReaderIsValid(r) != 1) {
        finish_errors(xe);
        rc = SIF_ERR_DATA;
    }
done:
    xmlFreeTextReader(r);   /* before the validation context it uses */
    xmlSchemaFreeValidCtxt(vc);
    return rc;
}

/* Pass 2: each <rad> as a row, its cells in the order of cols. */
typedef struct row_state {
    char *text;                          /* the values of the current row */
    size_t len, cap;
    size_t off[SIF_IMPORT_MAX_CELLS], vlen[SIF_IMPORT_MAX_CELLS];
    long line[SIF_IMPORT_MAX_CELLS];
    bool set[SIF_IMPORT_MAX_CELLS];
} row_state;

static bool append(row_state *rs, const char *s, size_t n)
{
    if (rs->len + n + 1 > rs->cap) {
        size_t cap = rs->cap ? rs->cap : 1024;
        while (cap < rs->len + n + 1)
            cap *= 2;
        char *t = realloc(rs->text, cap);
        if (t == NULL)
            return false;
        rs->text = t;
        rs->cap = cap;
    }
    memcpy(rs->text + rs->len, s, n);
    rs->len += n;
    return true;
}

static sif_status emit_row(const columns *cols, row_state *rs, long rad_line, const char *path,
                           sif_rowbuf *rb, sif_row_fn fn, void *ctx, sif_error *err)
{
    sif_status rc = SIF_OK;
    for (size_t i = 0; i < cols->n && rc == SIF_OK; i++) {
        const char *v = rs->set[i] ? rs->text + rs->off[i] : "";
        size_t n = rs->set[i] ? rs->vlen[i] : 0;
        while (n > 0 && (*v == ' ' || *v == '\t' || *v == '\n' || *v == '\r')) {
            v++;
            n--;
        }
        while (n > 0 && (v[n - 1] == ' ' || v[n - 1] == '\t' || v[n - 1] == '\n' ||
                         v[n - 1] == '\r'))
            n--;
        rc = sif_rowbuf_add(rb, path, v, n, rs->set[i] ? rs->line[i] : rad_line, 0, err);
    }
    if (rc == SIF_OK)
        rc = sif_rowbuf_emit(rb, path, false, fn, ctx, err);
    sif_rowbuf_clear(rb);
    return rc;
}

static sif_status deliver(const char *path, const char *buf, size_t len, const columns *cols,
                          xml_errors *xe, sif_row_fn fn, void *ctx, sif_error *err)
{
    sif_rowbuf rb;
    sif_rowbuf_init(&rb);
    row_state *rs = calloc(1, sizeof *rs);
    xmlTextReaderPtr r = open_reader(buf, len, xe);
    sif_status rc = SIF_OK;
    if (rs == NULL || r == NULL) {
        rc = sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
        goto done;
    }
    for (size_t i = 0; i < cols->n && rc == SIF_OK; i++)
        rc = sif_rowbuf_add(&rb, path, cols->names[i], strlen(cols->names[i]), cols->line[i],
                            0, err);
    if (rc == SIF_OK)
        rc = sif_rowbuf_emit(&rb, path, true, fn, ctx, err);
    long rad_line = 0;
    size_t col = SIF_IMPORT_MAX_CELLS;   /* the column being read, none */
    int step;
    while (rc == SIF_OK && (step = xmlTextReaderRead(r)) == 1) {
        int type = xmlTextReaderNodeType(r), depth = xmlTextReaderDepth(r);
        if (type == XML_READER_TYPE_ELEMENT && depth == 1) {
            memset(rs->set, 0, sizeof rs->set);
            rs->len = 0;
            rad_line = node_line(r);
            if (xmlTextReaderIsEmptyElement(r))
                rc = emit_row(cols, rs, rad_line, path, &rb, fn, ctx, err);
        } else if (type == XML_READER_TYPE_END_ELEMENT && depth == 1) {
            rc = emit_row(cols, rs, rad_line, path, &rb, fn, ctx, err);
        } else if (type == XML_READER_TYPE_ELEMENT && depth == 2) {
            const char *name = (const char *)xmlTextReaderConstLocalName(r);
            for (col = 0; col < cols->n && strcmp(cols->names[col], name) != 0; col++)
                ;
            if (col < cols->n) {
                rs->set[col] = true;
                rs->off[col] = rs->len;
                rs->vlen[col] = 0;
                rs->line[col] = node_line(r);
            }
        } else if (type == XML_READER_TYPE_END_ELEMENT && depth == 2) {
            col = SIF_IMPORT_MAX_CELLS;
        } else if (depth >= 3 && col < cols->n &&
                   (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA ||
                    type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE)) {
            const char *v = (const char *)xmlTextReaderConstValue(r);
            size_t n = v ? strlen(v) : 0;
            if (rs->vlen[col] + n > SIF_IMPORT_MAX_LINE)
                rc = sif_error_at(err, SIF_ERR_DATA, path, rs->line[col], 0,
                                  "a value longer than %zu bytes", SIF_IMPORT_MAX_LINE);
            else if (!append(rs, v, n))
                rc = sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
            else
                rs->vlen[col] += n;
        }
    }
    if (rc == SIF_OK && step < 0)   /* it parsed once already: only memory can fail now */
        rc = sif_error_at(err, SIF_ERR_DATA, path, 0, 0, "document could not be read again");
done:
    xmlFreeTextReader(r);
    if (rs != NULL)
        free(rs->text);
    free(rs);
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
    xml_errors xe = {.err = err, .file = path, .buf = buf, .len = len};
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
    if (sif_xml_root_name(kind) == NULL)
        return sif_error_set(err, SIF_ERR_USAGE, "unknown import kind \"%s\"",
                             kind ? kind : "(null)");
    char *buf = NULL;
    size_t len = 0;
    sif_status rc = sif_file_read(path, SIF_IMPORT_MAX_XML, &buf, &len, err);
    if (rc != SIF_OK)
        return rc;
    rc = refuse_hostile(path, buf, len, err);
    if (rc == SIF_OK && len > (size_t)0x7fffffff)   /* libxml2 takes an int */
        rc = sif_error_at(err, SIF_ERR_DATA, path, 0, 0, "document too large");
    if (rc != SIF_OK) {
        free(buf);
        return rc;
    }
    xmlInitParser();
    xmlExternalEntityLoader old_loader = xmlGetExternalEntityLoader();
    xmlSetExternalEntityLoader(no_entity_loader);
    xml_errors xe = {.err = err, .file = path, .buf = buf, .len = len};
    xmlSetStructuredErrorFunc(&xe, collect_error);
    xmlSchemaPtr schema = NULL;
    columns *cols = calloc(1, sizeof *cols);
    if (cols == NULL)
        rc = sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    if (rc == SIF_OK)
        rc = load_schema(kind, &schema, err);
    if (rc == SIF_OK)
        rc = validate(path, kind, buf, len, schema, cols, &xe, err);
    if (rc == SIF_OK)
        rc = deliver(path, buf, len, cols, &xe, fn, ctx, err);
    xmlSetStructuredErrorFunc(NULL, NULL);
    xmlSetExternalEntityLoader(old_loader);
    xmlSchemaFree(schema);
    free(cols);
    free(buf);
    return rc;
}
