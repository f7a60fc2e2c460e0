/* ledger/web/page_report.c — /projects/CODE/report.xlsx and .xml: the decision basis,
 * written by the same writer as `sif report` into a file of the server's own, sent, and
 * removed. */
#include "web.h"

#include <stdio.h>
#include <string.h>

enum MHD_Result web_page_report(web_req *r, const char *code, bool xlsx)
{
    sif_store *st;
    sif_error err;
    sif_error_init(&err);
    sif_project p;
    if (web_read(r, &st, &err) != SIF_OK || sif_project_find(st, code, &p, &err) != SIF_OK)
        return web_fail_err(r, &err);
    char id[33], path[PATH_MAX];
    if (!web_random_hex(id, 16))
        return web_fail(r, 500, "no random name for the report");
    if (snprintf(path, sizeof path, "%s/report-%s.%s", r->w->tmpdir, id, xlsx ? "xlsx" : "xml") >=
        (int)sizeof path)
        return web_fail(r, 500, "the report's path is too long");
    sif_report_opts o = {.lang = web_lang(r), .xlsx_path = xlsx ? path : NULL,
                         .xml_path = xlsx ? NULL : path};
    if (sif_report_write(st, p.code, &o, &err) != SIF_OK) {
        remove(path);
        return web_fail_err(r, &err);
    }
    /* the download's name: the project code, without what a header may not hold */
    char name[SIF_CODE_MAX + 8];
    size_t n = 0;
    for (const char *c = p.code; *c && n < SIF_CODE_MAX - 1; c++)
        name[n++] = (*c >= 'A' && *c <= 'Z') || (*c >= 'a' && *c <= 'z') ||
                    (*c >= '0' && *c <= '9') || *c == '-' || *c == '_' ? *c : '_';
    snprintf(name + n, sizeof name - n, ".%s", xlsx ? "xlsx" : "xml");
    return web_send_file(r, path,
                         xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                              : "application/xml",
                         name);
}
