/* ledger/sha256.c — SHA-256 and HMAC-SHA-256 from nettle behind sif's own small interface.
 * Evidence code takes its cryptography from a well-kept library, never from code of its own. */
#include "sif/sha256.h"

#include <errno.h>
#include <nettle/hmac.h>
#include <nettle/sha2.h>
#include <stdio.h>
#include <string.h>

_Static_assert(sizeof(struct sha256_ctx) <= sizeof(sif_sha256), "sif_sha256 too small");
_Static_assert(sizeof(struct hmac_sha256_ctx) <= sizeof(sif_hmac_sha256),
               "sif_hmac_sha256 too small");

#define CTX(h) ((struct sha256_ctx *)(void *)(h)->opaque)
#define MAC(m) ((struct hmac_sha256_ctx *)(void *)(m)->opaque)

void sif_sha256_init(sif_sha256 *h) { sha256_init(CTX(h)); }

void sif_sha256_update(sif_sha256 *h, const void *data, size_t len)
{
    if (len)
        sha256_update(CTX(h), len, data);
}

void sif_sha256_final(sif_sha256 *h, unsigned char out[32])
{
    sha256_digest(CTX(h), SHA256_DIGEST_SIZE, out);
}

void sif_hex32(const unsigned char d[32], char hex[65])
{
    static const char digits[] = "0123456789abcdef";
    for (int i = 0; i < 32; i++) {
        hex[2 * i] = digits[d[i] >> 4];
        hex[2 * i + 1] = digits[d[i] & 15];
    }
    hex[64] = '\0';
}

void sif_sha256_hex(sif_sha256 *h, char hex[65])
{
    unsigned char d[32];
    sif_sha256_final(h, d);
    sif_hex32(d, hex);
}

void sif_hmac_sha256_init(sif_hmac_sha256 *m, const void *key, size_t key_len)
{
    hmac_sha256_set_key(MAC(m), key_len, key);
}

void sif_hmac_sha256_update(sif_hmac_sha256 *m, const void *data, size_t len)
{
    if (len)
        hmac_sha256_update(MAC(m), len, data);
}

void sif_hmac_sha256_hex(sif_hmac_sha256 *m, char hex[65])
{
    unsigned char d[32];
    hmac_sha256_digest(MAC(m), SHA256_DIGEST_SIZE, d);
    sif_hex32(d, hex);
}

sif_status sif_sha256_file(const char *path, char hex[65], sif_error *err)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return sif_error_at(err, errno == ENOENT ? SIF_ERR_NOTFOUND : SIF_ERR_IO, path, 0, 0,
                            "cannot open: %s", strerror(errno));
    sif_sha256 h;
    sif_sha256_init(&h);
    unsigned char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        sif_sha256_update(&h, buf, n);
    int bad = ferror(f);
    fclose(f);
    if (bad)
        return sif_error_at(err, SIF_ERR_IO, path, 0, 0, "read error");
    sif_sha256_hex(&h, hex);
    return SIF_OK;
}
