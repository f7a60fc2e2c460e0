/* tests/unit/test_sha256.c — SHA-256 against the FIPS 180-4 examples, fed whole and in
 * uneven pieces, and HMAC-SHA-256 against RFC 4231. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
#include "sif/sha256.h"

static void digest(const void *p, size_t n, size_t piece, char hex[65])
{
    sif_sha256 h;
    sif_sha256_init(&h);
    const unsigned char *c = p;
    for (size_t off = 0; off < n; off += piece)
        sif_sha256_update(&h, c + off, n - off < piece ? n - off : piece);
    sif_sha256_hex(&h, hex);
}

static void test_fips_examples(void **state)
{
    (void)state;
    char hex[65];
    digest("", 0, 1, hex);
    assert_string_equal(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    digest("abc", 3, 3, hex);
    assert_string_equal(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const char *two = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    digest(two, strlen(two), 7, hex);
    assert_string_equal(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

static void test_million_a(void **state)
{
    (void)state;
    static char a[1000000];
    memset(a, 'a', sizeof a);
    static const size_t pieces[] = {sizeof a, 64, 65, 1000, 4093};
    for (size_t i = 0; i < sizeof pieces / sizeof pieces[0]; i++) {
        char hex[65];
        digest(a, sizeof a, pieces[i], hex);
        assert_string_equal(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    }
}

static void test_hmac_rfc4231(void **state)
{
    (void)state;
    char hex[65];
    sif_hmac_sha256 m;
    unsigned char key1[20];
    memset(key1, 0x0b, sizeof key1);
    sif_hmac_sha256_init(&m, key1, sizeof key1);
    sif_hmac_sha256_update(&m, "Hi There", 8);
    sif_hmac_sha256_hex(&m, hex);
    assert_string_equal(hex, "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    sif_hmac_sha256_init(&m, "Jefe", 4);
    sif_hmac_sha256_update(&m, "what do ya want ", 16);
    sif_hmac_sha256_update(&m, "for nothing?", 12);
    sif_hmac_sha256_hex(&m, hex);
    assert_string_equal(hex, "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_hmac_rfc4231),
        cmocka_unit_test(test_fips_examples),
        cmocka_unit_test(test_million_a),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
