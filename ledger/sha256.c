/* ledger/sha256.c — SHA-256 after FIPS 180-4; small and dependency-free. */
#include "sif/sha256.h"
#include "sha256_hw.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

/* the round constants, shared with sha256_hw.c (aligned for its 16-byte loads) */
const uint32_t sif_sha256_k[64] __attribute__((aligned(16))) = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
    0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
    0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
    0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
    0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
    0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
    0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
    0xc67178f2,
};

#define ROR(x, n) (((x) >> (n)) | ((x) << (32 - (n))))

static void block(sif_sha256 *h, const unsigned char *p)
{
    uint32_t w[64], a, b, c, d, e, f, g, k;
    for (int i = 0; i < 16; i++)
        w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 |
               (uint32_t)p[4 * i + 2] << 8 | p[4 * i + 3];
    for (int i = 16; i < 64; i++) {
        uint32_t s0 = ROR(w[i - 15], 7) ^ ROR(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = ROR(w[i - 2], 17) ^ ROR(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    a = h->state[0], b = h->state[1], c = h->state[2], d = h->state[3];
    e = h->state[4], f = h->state[5], g = h->state[6], k = h->state[7];
    for (int i = 0; i < 64; i++) {
        uint32_t t1 = k + (ROR(e, 6) ^ ROR(e, 11) ^ ROR(e, 25)) + ((e & f) ^ (~e & g)) + sif_sha256_k[i] + w[i];
        uint32_t t2 = (ROR(a, 2) ^ ROR(a, 13) ^ ROR(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
        k = g, g = f, f = e, e = d + t1, d = c, c = b, b = a, a = t1 + t2;
    }
    h->state[0] += a, h->state[1] += b, h->state[2] += c, h->state[3] += d;
    h->state[4] += e, h->state[5] += f, h->state[6] += g, h->state[7] += k;
}

void sif_sha256_init(sif_sha256 *h)
{
    static const uint32_t iv[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                   0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    memcpy(h->state, iv, sizeof iv);
    h->bytes = 0;
    h->used = 0;
}

void sif_sha256_update(sif_sha256 *h, const void *data, size_t len)
{
    const unsigned char *p = data;
    h->bytes += len;
    if (h->used) {
        size_t n = 64 - h->used < len ? 64 - h->used : len;
        memcpy(h->buf + h->used, p, n);
        h->used += n, p += n, len -= n;
        if (h->used < 64)
            return;
        if (!sif_sha256_blocks_hw(h->state, h->buf, 1))
            block(h, h->buf);
        h->used = 0;
    }
    if (len >= 64 && sif_sha256_blocks_hw(h->state, p, len / 64)) {
        p += len / 64 * 64;
        len %= 64;
    }
    for (; len >= 64; p += 64, len -= 64)
        block(h, p);
    memcpy(h->buf, p, len);
    h->used = len;
}

void sif_sha256_final(sif_sha256 *h, unsigned char out[32])
{
    uint64_t bits = h->bytes * 8;
    unsigned char pad = 0x80, zero = 0, len[8];
    for (int i = 0; i < 8; i++)
        len[i] = (unsigned char)(bits >> (56 - 8 * i));
    sif_sha256_update(h, &pad, 1);
    while (h->used != 56)
        sif_sha256_update(h, &zero, 1);
    sif_sha256_update(h, len, 8);
    for (int i = 0; i < 8; i++) {
        out[4 * i] = (unsigned char)(h->state[i] >> 24);
        out[4 * i + 1] = (unsigned char)(h->state[i] >> 16);
        out[4 * i + 2] = (unsigned char)(h->state[i] >> 8);
        out[4 * i + 3] = (unsigned char)h->state[i];
    }
}

void sif_sha256_hex(sif_sha256 *h, char hex[65])
{
    static const char digits[] = "0123456789abcdef";
    unsigned char d[32];
    sif_sha256_final(h, d);
    for (int i = 0; i < 32; i++) {
        hex[2 * i] = digits[d[i] >> 4];
        hex[2 * i + 1] = digits[d[i] & 15];
    }
    hex[64] = '\0';
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
