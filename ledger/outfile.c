/* ledger/outfile.c — temporary file beside the target, then one rename (outfile.h). */
#include "sif/outfile.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

bool sif_file_is_sqlite(const char *path)
{
    static const char magic[16] = "SQLite format 3";   /* with its NUL: 16 bytes */
    char head[16];
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return false;
    bool is = fread(head, 1, sizeof head, f) == sizeof head && memcmp(head, magic, 16) == 0;
    fclose(f);
    return is;
}

/* "dir/name" → "dir/.name.sif-XXXXXX" (mkstemp's template), in the target's directory so
 * that the rename stays on one file system */
static bool temp_name(const char *path, char *out, size_t size)
{
    const char *slash = strrchr(path, '/');
    int dirlen = slash ? (int)(slash - path + 1) : 0;
    const char *base = slash ? slash + 1 : path;
    int n = snprintf(out, size, "%.*s.%s.sif-XXXXXX", dirlen, path, base);
    return n > 0 && (size_t)n < size;
}

static sif_status refuse_existing(const char *path, bool force, sif_error *err)
{
    struct stat sb;
    if (stat(path, &sb) != 0)
        return SIF_OK;
    if (S_ISDIR(sb.st_mode))
        return sif_error_at(err, SIF_ERR_CANTCREATE, path, 0, 0, "is a directory");
    if (sif_file_is_sqlite(path))
        return sif_error_at(err, SIF_ERR_CANTCREATE, path, 0, 0,
                            "is a SQLite database (a ledger?): sif never writes over one, not "
                            "even with --force");
    if (!force)
        return sif_error_at(err, SIF_ERR_CANTCREATE, path, 0, 0,
                            "exists: use --force to replace it");
    return SIF_OK;
}

sif_status sif_outfile_begin(sif_outfile *o, const char *path, bool force, sif_error *err)
{
    memset(o, 0, sizeof *o);
    o->force = force;
    if (path == NULL || *path == '\0')
        return sif_error_set(err, SIF_ERR_USAGE, "no file name");
    if (snprintf(o->path, sizeof o->path, "%s", path) >= (int)sizeof o->path)
        return sif_error_at(err, SIF_ERR_CANTCREATE, path, 0, 0, "the name is too long");
    sif_status rc = refuse_existing(path, force, err);
    if (rc != SIF_OK)
        return rc;
    char tmp[sizeof o->tmp];
    if (!temp_name(path, tmp, sizeof tmp))
        return sif_error_at(err, SIF_ERR_CANTCREATE, path, 0, 0, "the name is too long");
    int fd = mkstemp(tmp);
    if (fd < 0)
        return sif_error_at(err, SIF_ERR_CANTCREATE, path, 0, 0, "cannot create: %s",
                            strerror(errno));
    mode_t mask = umask(0);
    umask(mask);
    if (fchmod(fd, 0666 & ~mask) != 0) {
        int e = errno;
        close(fd);
        unlink(tmp);
        return sif_error_at(err, SIF_ERR_CANTCREATE, path, 0, 0, "cannot create: %s",
                            strerror(e));
    }
    close(fd);
    memcpy(o->tmp, tmp, sizeof tmp);
    return SIF_OK;
}

void sif_outfile_abort(sif_outfile *o)
{
    if (o->tmp[0])
        unlink(o->tmp);
    o->tmp[0] = '\0';
}

static sif_status sync_file(const char *path, const char *target, sif_error *err)
{
    int fd = open(path, O_RDONLY);
    if (fd < 0 || fsync(fd) != 0) {
        int e = errno;
        if (fd >= 0)
            close(fd);
        return sif_error_at(err, SIF_ERR_IO, target, 0, 0, "cannot write: %s", strerror(e));
    }
    close(fd);
    return SIF_OK;
}

sif_status sif_outfile_commit(sif_outfile *o, sif_error *err)
{
    if (o->tmp[0] == '\0')
        return sif_error_at(err, SIF_ERR_IO, o->path, 0, 0, "nothing was written");
    sif_status rc = sync_file(o->tmp, o->path, err);
    /* the target may have appeared, or become a ledger, since begin */
    if (rc == SIF_OK)
        rc = refuse_existing(o->path, o->force, err);
    if (rc == SIF_OK) {
        /* without force, link() fails if the target appeared after the check just above */
        int r = o->force ? rename(o->tmp, o->path) : link(o->tmp, o->path);
        if (r != 0 && !o->force && errno != EEXIST)
            r = rename(o->tmp, o->path);   /* a file system without hard links */
        if (r != 0 && errno == EEXIST)
            rc = sif_error_at(err, SIF_ERR_CANTCREATE, o->path, 0, 0,
                              "exists: use --force to replace it");
        else if (r != 0)
            rc = sif_error_at(err, SIF_ERR_IO, o->path, 0, 0, "cannot write: %s",
                              strerror(errno));
    }
    sif_outfile_abort(o);   /* after link() the temporary name is left; after rename, gone */
    return rc;
}

void sif_outfile_blame(const sif_outfile *o, sif_error *err)
{
    if (err && o->tmp[0] && strcmp(err->file, o->tmp) == 0)
        snprintf(err->file, sizeof err->file, "%.*s", (int)sizeof err->file - 1, o->path);
}
