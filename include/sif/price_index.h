/* include/sif/price_index.h — price indices (KPI or any other series) with their sources, and
 * amounts restated in one year's prices (SPEC §13).
 *
 * @code
 *     sif_ratio v;
 *     sif_index_value_parse("313,49", &v, &err);              // 31349/100
 *     sif_index_add(st, batch, "KPI", 2014, v, "SCB, KPI fastställda tal", NULL, &err);
 *     sif_ore out;
 *     sif_index_restate(st, "KPI", 2014, 2017, 10000000, &out, NULL, NULL, &err);
 *     // 100 000 kr × 322,11 / 313,49 = 102 749,69 kr
 * @endcode
 *
 * Index values are entries: appended, never changed; one value per index and year (a second
 * is refused), none in a closed year. A restatement is amount × I(to) / I(from), exact and
 * rounded once to öre, half away from zero. A year the index has no value for is SIF_ERR_DATA
 * naming the index and the year.
 */
#ifndef SIF_PRICE_INDEX_H
#define SIF_PRICE_INDEX_H

#include <stdint.h>
#include "sif/entity.h"
#include "sif/money.h"
#include "sif/store.h"

#define SIF_INDEX_NAME_MAX 48

typedef struct sif_index_value {
    int64_t id;
    char name[SIF_INDEX_NAME_MAX];
    int year;
    sif_ratio value;              /* > 0, as written: 313,49 = 31349/100 */
    char source[SIF_TEXT_MAX];
    int64_t batch_id;
    char user[64];
    char at[32];
} sif_index_value;

/* "313,49", "313.49", "1 024,5", "100": a positive decimal with up to 6 decimals. */
sif_status sif_index_value_parse(const char *text, sif_ratio *out, sif_error *err);
/* "313,49" (as many decimals as the value has, at most 6). Returns buf. */
char *sif_index_value_format(sif_ratio v, char *buf, size_t size);

/* Add a value in the open write. SIF_ERR_DATA for a bad name ([A-Za-z0-9_.-], 1..47 chars),
 * a value not > 0, or a second value for the same name and year; SIF_ERR_CLOSED in a closed
 * year. */
sif_status sif_index_add(sif_store *st, int64_t batch, const char *name, int year,
                         sif_ratio value, const char *source, int64_t *id, sif_error *err);
/* The value of name in year; SIF_ERR_DATA "index KPI has no value for 2019" when absent. */
sif_status sif_index_get(sif_store *st, const char *name, int year, sif_index_value *out,
                         sif_error *err);

typedef int (*sif_index_fn)(void *ctx, const sif_index_value *v);
/* The values of one index (name) or of every index (NULL), by name and year. */
sif_status sif_index_list(sif_store *st, const char *name, sif_index_fn fn, void *ctx,
                          sif_error *err);

/* amount (in year from's prices) in year to's prices: amount × I(to) / I(from), rounded
 * once. from_v and to_v (may be NULL) receive the index values used. */
sif_status sif_index_restate(sif_store *st, const char *name, int from, int to, sif_ore amount,
                             sif_ore *out, sif_ratio *from_v, sif_ratio *to_v, sif_error *err);
/* The same with the values given: amount × to_v / from_v, rounded once. */
sif_status sif_index_apply(sif_ore amount, sif_ratio from_v, sif_ratio to_v, sif_ore *out,
                           sif_error *err);

#endif
