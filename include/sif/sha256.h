/* include/sif/sha256.h — SHA-256 (FIPS 180-4) and HMAC-SHA-256 (RFC 2104), for file digests
 * and the ledger's hash chain. Both come from nettle (which uses the CPU's SHA instructions
 * where it has them); this header only keeps nettle's headers out of include/sif/.
 *
 * @code
 *     sif_sha256 h;
 *     sif_sha256_init(&h);
 *     sif_sha256_update(&h, data, len);
 *     char hex[65];
 *     sif_sha256_hex(&h, hex);
 *
 *     sif_hmac_sha256 m;
 *     sif_hmac_sha256_init(&m, key, key_len);
 *     sif_hmac_sha256_update(&m, data, len);
 *     sif_hmac_sha256_hex(&m, hex);
 * @endcode
 *
 * The contexts are plain structs the caller owns (on the stack is fine); nothing to free.
 */
#ifndef SIF_SHA256_H
#define SIF_SHA256_H

#include <stddef.h>
#include <stdint.h>
#include "sif/error.h"

/* Storage for nettle's context; its layout is private to sha256.c. */
typedef struct sif_sha256 {
    _Alignas(8) unsigned char opaque[128];
} sif_sha256;

typedef struct sif_hmac_sha256 {
    _Alignas(8) unsigned char opaque[384];
} sif_hmac_sha256;

void sif_sha256_init(sif_sha256 *h);
void sif_sha256_update(sif_sha256 *h, const void *data, size_t len);
/* Finish and write the 32-byte digest; h must be initialised again before reuse. */
void sif_sha256_final(sif_sha256 *h, unsigned char out[32]);
/* Finish and write 64 lowercase hex digits and a NUL. */
void sif_sha256_hex(sif_sha256 *h, char hex[65]);

/* HMAC-SHA-256 with a key of any length (the key is copied into m). */
void sif_hmac_sha256_init(sif_hmac_sha256 *m, const void *key, size_t key_len);
void sif_hmac_sha256_update(sif_hmac_sha256 *m, const void *data, size_t len);
/* Finish and write 64 lowercase hex digits and a NUL; init again before reuse. */
void sif_hmac_sha256_hex(sif_hmac_sha256 *m, char hex[65]);

/* 32 bytes as 64 lowercase hex digits and a NUL. */
void sif_hex32(const unsigned char d[32], char hex[65]);

/* Digest of a whole file into hex[65]: SIF_ERR_NOTFOUND or SIF_ERR_IO on failure. */
sif_status sif_sha256_file(const char *path, char hex[65], sif_error *err);

#endif
