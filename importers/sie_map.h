/* importers/sie_map.h — the mapping from SIE accounts and objects to a project and role.
 *
 * The mapping file (UTF-8, one rule a line, "#" starts a comment line):
 *
 *     # konto (account or range), objekt (dimension:object, optional), then the cost row
 *     konto=5010-5999;objekt=1:4711;projekt=HFO;tjanst=OV;finansiering=fund
 *     konto=7010;projekt=HFO;tjanst=FS
 *
 * Keys: konto (required: an account number or FROM-TO, inclusive), objekt (optional:
 * DIM:OBJECT, e.g. 1:4711 = cost centre 4711 when dimension 1 is cost centres, 6:P12 = project
 * P12; without it the rule matches any object), projekt and tjanst (required: the project
 * and role codes of the cost rows), finansiering (optional: fund, esf or other:NAME; empty =
 * the sink's default, fund). Blanks around keys and values are ignored. The first rule that
 * matches a #TRANS line wins; a #TRANS line no rule matches is not a project cost and is
 * left out.
 */
#ifndef SIF_IMPORT_SIE_MAP_H
#define SIF_IMPORT_SIE_MAP_H

#include <stdbool.h>
#include <stddef.h>
#include "sif/error.h"

#define SIF_SIE_MAP_MAX_RULES 10000

typedef struct sif_sie_rule {
    long konto_from, konto_to;
    long dim;               /* 0 = any object */
    char object[64];
    char project[32];
    char role[32];
    char funding[72];       /* "" = default */
    long line;              /* in the mapping file */
} sif_sie_rule;

typedef struct sif_sie_map {
    sif_sie_rule *rules;
    size_t n;
} sif_sie_map;

/* Read and check a mapping file into map (caller-owned struct; release with
 * sif_sie_map_release, also after a failure). Errors name the file, line and key. */
sif_status sif_sie_map_load(const char *path, sif_sie_map *map, sif_error *err);
void sif_sie_map_release(sif_sie_map *map);

/* One object of a #TRANS object list. */
typedef struct sif_sie_object {
    long dim;
    const char *id;
} sif_sie_object;

/* The first rule matching account konto (text of digits) with these objects, or NULL. */
const sif_sie_rule *sif_sie_map_match(const sif_sie_map *map, const char *konto,
                                      const sif_sie_object *objs, size_t nobjs);

#endif
