/* include/sif/anchor.h — the head of the ledger's hash chain, and the keyed chain.
 *
 * @code
 *     sif_anchor a;
 *     sif_anchor_get(st, &a, &err);            // for the minutes: a.head, a.count
 *     ...months later, from the minutes or a report...
 *     sif_anchor_parse("3f1c…9a:1234", &a, &err);
 *     sif_store_verify_anchor(st, &a, on_problem, ctx, &problems, &info, &err);
 * @endcode
 *
 * An anchor is the hash of the chain's last link and the number of links. Written down
 * outside the file (in every report, in the minutes), it lets verify prove that today's
 * ledger extends exactly that history: a cut tail or a history rewritten and re-hashed no
 * longer reaches the same hash at that link — the idea of Certificate Transparency's signed
 * tree heads and of git's signed tags.
 *
 * The keyed chain: sif_key_enable switches the links from the next one on to HMAC-SHA-256
 * under a key kept outside the ledger (sif_store_set_key_file), so that someone with the
 * file but without the key cannot re-hash history at all. The unkeyed head at that moment
 * is recorded, so the past stays verifiable without the key.
 */
#ifndef SIF_ANCHOR_H
#define SIF_ANCHOR_H

#include <stdbool.h>
#include <stdint.h>
#include "sif/error.h"
#include "sif/store.h"

typedef struct sif_anchor {
    char head[65];      /* hex hash of link `count`; 64 zeros when count is 0 */
    int64_t count;      /* links in the chain */
} sif_anchor;

/* The chain's head now. */
sif_status sif_anchor_get(sif_store *st, sif_anchor *out, sif_error *err);

/* "HEX:COUNT" (64 hex digits, either case) into out; else SIF_ERR_USAGE. */
sif_status sif_anchor_parse(const char *text, sif_anchor *out, sif_error *err);

/* Key the chain from the next link on, in its own write (the key must have been given with
 * sif_store_set_key_file). A ledger keyed already is SIF_ERR_USAGE. *from_seq (may be NULL)
 * receives the first keyed link; *prior (may be NULL) the unkeyed head just before it. */
sif_status sif_key_enable(sif_store *st, int64_t *from_seq, sif_anchor *prior, sif_error *err);

/* What sif_store_verify_anchor found besides problems. */
typedef struct sif_verify_info {
    sif_anchor head;        /* the chain's head as verified */
    int64_t keyed_from;     /* first keyed link, 0 when the chain is not keyed */
    bool macs_checked;      /* keyed links checked with the key (false: no key given) */
} sif_verify_info;

/* sif_store_verify, and with anchor (may be NULL) also that link anchor->count exists and
 * its hash is anchor->head. info may be NULL. With a keyed chain and no key given the MACs
 * are not checked (info->macs_checked false) and everything else is. */
sif_status sif_store_verify_anchor(sif_store *st, const sif_anchor *anchor, sif_problem_fn fn,
                                   void *ctx, int64_t *problems, sif_verify_info *info,
                                   sif_error *err);

#endif
