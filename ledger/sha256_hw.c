/* ledger/sha256_hw.c — SHA-256 with the x86 SHA extensions (SHA-NI), after Intel's
 * "Intel SHA Extensions" white paper (2013). Checked against the portable code by the
 * tests: every digest sif writes is compared with sha256sum's and the hash chain's own. */
#include "sha256_hw.h"

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#include <immintrin.h>


static int have_sha(void)
{
    static int cached = -1;
    if (cached < 0) {
        unsigned a, b, c, d;
        int ok = __get_cpuid(1, &a, &b, &c, &d) && (c & (1u << 9)) && (c & (1u << 19));
        ok = ok && __get_cpuid_count(7, 0, &a, &b, &c, &d) && (b & (1u << 29));
        cached = ok;
    }
    return cached;
}

__attribute__((target("sha,sse4.1,ssse3")))
static void blocks(uint32_t state[8], const unsigned char *p, size_t n)
{
    const __m128i mask = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i tmp = _mm_loadu_si128((const __m128i *)&state[0]);
    __m128i s1 = _mm_loadu_si128((const __m128i *)&state[4]);
    tmp = _mm_shuffle_epi32(tmp, 0xB1);             /* CDAB */
    s1 = _mm_shuffle_epi32(s1, 0x1B);               /* EFGH */
    __m128i s0 = _mm_alignr_epi8(tmp, s1, 8);       /* ABEF */
    s1 = _mm_blend_epi16(s1, tmp, 0xF0);            /* CDGH */
    for (; n > 0; n--, p += 64) {
        __m128i abef = s0, cdgh = s1, w[4], msg;
        for (int g = 0; g < 16; g++) {              /* four rounds each */
            if (g < 4)
                w[g] = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(p + 16 * g)), mask);
            msg = _mm_add_epi32(w[g & 3], _mm_load_si128((const __m128i *)&sif_sha256_k[4 * g]));
            s1 = _mm_sha256rnds2_epu32(s1, s0, msg);
            if (g >= 3 && g <= 14) {                /* words of the next group */
                __m128i t = _mm_alignr_epi8(w[g & 3], w[(g - 1) & 3], 4);
                w[(g + 1) & 3] = _mm_sha256msg2_epu32(_mm_add_epi32(w[(g + 1) & 3], t), w[g & 3]);
            }
            msg = _mm_shuffle_epi32(msg, 0x0E);
            s0 = _mm_sha256rnds2_epu32(s0, s1, msg);
            if (g >= 1 && g <= 12)
                w[(g - 1) & 3] = _mm_sha256msg1_epu32(w[(g - 1) & 3], w[g & 3]);
        }
        s0 = _mm_add_epi32(s0, abef);
        s1 = _mm_add_epi32(s1, cdgh);
    }
    tmp = _mm_shuffle_epi32(s0, 0x1B);              /* FEBA */
    s1 = _mm_shuffle_epi32(s1, 0xB1);               /* DCHG */
    s0 = _mm_blend_epi16(tmp, s1, 0xF0);            /* DCBA */
    s1 = _mm_alignr_epi8(s1, tmp, 8);               /* HGFE */
    _mm_storeu_si128((__m128i *)&state[0], s0);
    _mm_storeu_si128((__m128i *)&state[4], s1);
}

bool sif_sha256_blocks_hw(uint32_t state[8], const unsigned char *p, size_t n)
{
    if (!have_sha())
        return false;
    blocks(state, p, n);
    return true;
}

#else

bool sif_sha256_blocks_hw(uint32_t state[8], const unsigned char *p, size_t n)
{
    (void)state, (void)p, (void)n;
    return false;
}

#endif
