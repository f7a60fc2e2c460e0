/* include/sif/sha256.h — SHA-256 (FIPS 180-4), for file digests and the ledger's hash chain.
 *
 * @code
 *     sif_sha256 h;
 *     sif_sha256_init(&h);
 *     sif_sha256_update(&h, data, len);
 *     char hex[65];
 *     sif_sha256_hex(&h, hex);
 * @endcode
 */
#ifndef SIF_SHA256_H
#define SIF_SHA256_H

#include <stddef.h>
#include <stdint.h>
#include "sif/error.h"

typedef struct sif_sha256 {
    uint32_t state[8];
    uint64_t bytes;
    unsigned char buf[64];
    size_t used;
} sif_sha256;

void sif_sha256_init(sif_sha256 *h);
void sif_sha256_update(sif_sha256 *h, const void *data, size_t len);
/* Finish and write the 32-byte digest; h must be initialised again before reuse. */
void sif_sha256_final(sif_sha256 *h, unsigned char out[32]);
/* Finish and write 64 lowercase hex digits and a NUL. */
void sif_sha256_hex(sif_sha256 *h, char hex[65]);

/* Digest of a whole file into hex[65]: SIF_ERR_NOTFOUND or SIF_ERR_IO on failure. */
sif_status sif_sha256_file(const char *path, char hex[65], sif_error *err);

#endif
