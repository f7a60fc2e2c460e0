/* importers/import_control.c — control totals (SPEC §6.3): parse "2016=2 325 141", say how a
 * printed total compares with the rows' sum. */
#include "sif/import.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "intl.h"

sif_status sif_import_control_parse(const char *text, sif_import_control *out, sif_error *err)
{
    const char *sep = text ? strpbrk(text, "=:") : NULL;
    if (sep == NULL)
        return sif_error_set(err, SIF_ERR_USAGE, "control total \"%s\" is not YEAR=AMOUNT or "
                             "total=AMOUNT", text ? text : "");
    size_t klen = (size_t)(sep - text);
    sif_import_control c;
    memset(&c, 0, sizeof c);
    if ((klen == 5 && strncasecmp(text, "total", 5) == 0) ||
        (klen == 5 && strncasecmp(text, "summa", 5) == 0)) {
        c.year = 0;
    } else {
        char key[8];
        char *end;
        if (klen == 0 || klen >= sizeof key)
            goto bad_year;
        memcpy(key, text, klen);
        key[klen] = '\0';
        long y = strtol(key, &end, 10);
        if (*end != '\0' || y < 1900 || y > 2999)
            goto bad_year;
        c.year = (int)y;
    }
    sif_error e;
    sif_error_init(&e);
    if (sif_ore_parse(sep + 1, &c.printed_ore, &e) != SIF_OK)
        return sif_error_set(err, SIF_ERR_USAGE, "control total \"%s\": %s", text, e.msg);
    *out = c;
    return SIF_OK;
bad_year:
    return sif_error_set(err, SIF_ERR_USAGE, "control total \"%s\": \"%.*s\" is not a year or "
                         "total", text, (int)klen, text);
}

char *sif_import_control_format(const sif_import_control *c, char *buf, size_t size)
{
    char printed[40], computed[40], diff[40], scope[16];
    unsigned fl = SIF_FMT_AUTO;
    sif_ore d = c->diff_ore < 0 ? -c->diff_ore : c->diff_ore;
    if (c->year)
        snprintf(scope, sizeof scope, "%d", c->year);
    else
        snprintf(scope, sizeof scope, "%s", _("total"));
    sif_ore_format(c->printed_ore, printed, sizeof printed, fl);
    sif_ore_format(c->computed_ore, computed, sizeof computed, fl);
    if (c->diff_ore == 0) {
        snprintf(buf, size, _("%s: printed %s, rows sum to %s: they agree"), scope, printed, computed);
        return buf;
    }
    sif_ore_format(d, diff, sizeof diff, SIF_FMT_KR);
    /* each printed figure rounded to whole kronor is off by at most half a krona, and the
     * printed total by half a krona more */
    int64_t rounding_ore = (c->rows + 1) * (SIF_ORE_PER_KR / 2);
    snprintf(buf, size, _("%s: printed %s, rows sum to %s, difference %s%s"), scope, printed,
             computed, diff, d <= rounding_ore ? _(" — rounding?") : "");
    return buf;
}
