/* importers/templates_dir.c — where the import schemas (templates/sif-import-KIND-1.xsd) are found. */
#include "templates_dir.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#ifndef SIF_TEMPLATES_DIR
#define SIF_TEMPLATES_DIR "templates"
#endif
#ifndef SIF_INSTALLED_TEMPLATES_DIR
#define SIF_INSTALLED_TEMPLATES_DIR "/usr/local/share/sif/templates"
#endif

sif_status sif_template_path(const char *name, char *buf, size_t size, sif_error *err)
{
    const char *env = getenv("SIF_TEMPLATES");
    const char *dirs[3];
    size_t n = 0;
    if (env != NULL && *env != '\0') {
        dirs[n++] = env;   /* an explicit choice: do not fall back behind the user's back */
    } else {
        dirs[n++] = SIF_TEMPLATES_DIR;
        dirs[n++] = SIF_INSTALLED_TEMPLATES_DIR;
    }
    for (size_t i = 0; i < n; i++) {
        int w = snprintf(buf, size, "%s/%s", dirs[i], name);
        if (w < 0 || (size_t)w >= size)
            continue;
        if (access(buf, R_OK) == 0)
            return SIF_OK;
    }
    return sif_error_set(err, SIF_ERR_NOTFOUND, "schema %s not found in %s%s%s", name, dirs[0],
                         n > 1 ? " or " : "", n > 1 ? dirs[1] : "");
}
