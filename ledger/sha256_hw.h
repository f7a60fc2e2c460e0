/* ledger/sha256_hw.h — SHA-256 blocks on the CPU's SHA extensions, where it has them. The
 * import hashes every file it reads (SPEC §3: a batch records its file's SHA-256), and a
 * payment register runs to hundreds of megabytes: in portable C the digest alone would
 * cost more than the 10 % the benchmark allows (SPEC §10). Internal to the core. */
#ifndef SIF_SHA256_HW_H
#define SIF_SHA256_HW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The 64 round constants of FIPS 180-4 (sha256.c), 16-byte aligned. */
extern const uint32_t sif_sha256_k[64];

/* Run n 64-byte blocks of p through state with the x86 SHA extensions and return true; or
 * return false, touching nothing, when the CPU (or the build's target) has none. */
bool sif_sha256_blocks_hw(uint32_t state[8], const unsigned char *p, size_t n);

#endif
