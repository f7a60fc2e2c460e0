/* ledger/web/upload.c — an uploaded file on its way to the importer. The browser's file name
 * is only ever a label: it is cut to a safe base name and the file is written into a new
 * directory of the server's own, so that nothing a client sends names a place on disk. */
#include "web.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

void web_upload_name(const char *sent, char *out, size_t size)
{
    const char *base = sent;
    for (const char *p = sent; *p; p++)
        if (*p == '/' || *p == '\\')
            base = p + 1;
    while (*base == '.')
        base++;
    size_t n = 0;
    for (const char *p = base; *p && n + 1 < size && n < 100; p++) {
        char c = *p;
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                  c == '.' || c == '-' || c == '_';
        out[n++] = ok ? c : '_';
    }
    out[n] = '\0';
}

bool web_upload_open(web_req *r, const char *sent_name)
{
    char name[128], id[33];
    web_upload_name(sent_name, name, sizeof name);
    if (name[0] == '\0' || !web_random_hex(id, 16))
        return false;
    char dir[PATH_MAX];
    if (snprintf(dir, sizeof dir, "%s/%s", r->w->tmpdir, id) >= (int)sizeof dir ||
        mkdir(dir, 0700) != 0)
        return false;
    if (snprintf(r->up_path, sizeof r->up_path, "%s/%s", dir, name) >= (int)sizeof r->up_path) {
        rmdir(dir);
        r->up_path[0] = '\0';
        return false;
    }
    snprintf(r->up_name, sizeof r->up_name, "%s", name);
    r->up_fd = open(r->up_path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (r->up_fd < 0) {
        rmdir(dir);
        r->up_path[0] = '\0';
        return false;
    }
    return true;
}

void web_upload_discard(web_req *r)
{
    if (r->up_fd >= 0) {
        close(r->up_fd);
        r->up_fd = -1;
    }
    if (r->up_path[0] == '\0')
        return;
    unlink(r->up_path);
    char *slash = strrchr(r->up_path, '/');
    if (slash) {
        *slash = '\0';
        rmdir(r->up_path);
    }
    r->up_path[0] = '\0';
}
