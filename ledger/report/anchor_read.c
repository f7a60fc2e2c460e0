/* ledger/report/anchor_read.c — the chain head a report was written at, read back from its
 * XML (report schema 2: <provenance><anchor head="…" count="…"/>), for sif verify --anchor. */
#include "sif/report.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdio.h>
#include <string.h>

static xmlNode *find(xmlNode *n, const char *name)
{
    for (; n; n = n->next) {
        if (n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0)
            return n;
        xmlNode *c = find(n->children, name);
        if (c)
            return c;
    }
    return NULL;
}

sif_status sif_report_anchor_read(const char *path, sif_anchor *out, sif_error *err)
{
    /* no entities, no DTD, no network: a report is sif's own plain XML */
    xmlDoc *doc = xmlReadFile(path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR |
                                          XML_PARSE_NOWARNING);
    if (doc == NULL)
        return sif_error_at(err, SIF_ERR_DATA, path, 0, 0, "not a readable XML report");
    sif_status rc;
    xmlNode *a = find(xmlDocGetRootElement(doc), "anchor");
    xmlChar *head = a ? xmlGetProp(a, (const xmlChar *)"head") : NULL;
    xmlChar *count = a ? xmlGetProp(a, (const xmlChar *)"count") : NULL;
    if (head == NULL || count == NULL) {
        rc = sif_error_at(err, SIF_ERR_DATA, path, 0, 0, "the report has no chain anchor (it "
                          "was written by a sif before report schema 2)");
    } else {
        char text[128];
        snprintf(text, sizeof text, "%s:%s", (const char *)head, (const char *)count);
        rc = sif_anchor_parse(text, out, err);
        if (rc != SIF_OK)
            rc = sif_error_at(err, SIF_ERR_DATA, path, 0, 0, "the report's anchor is damaged");
    }
    xmlFree(head);
    xmlFree(count);
    xmlFreeDoc(doc);
    return rc;
}
