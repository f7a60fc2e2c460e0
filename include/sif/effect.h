/* include/sif/effect.h — long-term and qualitative effects: reported, never counted.
 *
 * @code
 *     sif_effect e = {0};
 *     snprintf(e.name, sizeof e.name, "Barn med utåtagerande beteende på klinisk nivå");
 *     e.has_unit_cost = true; e.unit_cost_ore = 10000000;    // 100 000 kr
 *     snprintf(e.per, sizeof e.per, "barn och år");
 *     sif_effect_add(st, batch, "HFO", &e, &id, &err);
 * @endcode
 *
 * An effect is what a project may bring about in the longer run (fewer children with
 * conduct problems, less mental illness, ...), with an optional quantity and unit cost from
 * research. Results and repayment never add them: reports list them beside the figures.
 */
#ifndef SIF_EFFECT_H
#define SIF_EFFECT_H

#include <stdbool.h>
#include <stdint.h>
#include "sif/entity.h"

typedef struct sif_effect {
    int64_t id;
    char name[SIF_NAME_MAX];
    char description[SIF_TEXT_MAX];
    bool has_quantity;
    int64_t quantity;            /* how many (children, persons), when known */
    bool has_unit_cost;
    sif_ore unit_cost_ore;       /* cost to society per `per` */
    char per[64];                /* e.g. "person och år" */
    char source[SIF_TEXT_MAX];
} sif_effect;

sif_status sif_effect_add(sif_store *st, int64_t batch, const char *project_code,
                          const sif_effect *e, int64_t *id, sif_error *err);
typedef int (*sif_effect_fn)(void *ctx, const sif_effect *e);
/* Effects of a project in id order. */
sif_status sif_effect_list(sif_store *st, const char *project_code, sif_effect_fn fn, void *ctx,
                           sif_error *err);

#endif
