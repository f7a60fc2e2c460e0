/* tests/unit/test_fold.c — folding a typed word for comparison (fold.h): the column names
 * of an import and the genders and outcomes of participants go through the same rule. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
#include "sif/fold.h"

static const char *fold(const char *in, char *out, size_t size)
{
    sif_fold(in, strlen(in), out, size);
    return out;
}

static void test_fold(void **state)
{
    (void)state;
    char f[32];
    assert_string_equal(fold("Stadsområde", f, sizeof f), "stadsomrade");
    assert_string_equal(fold("Okänt", f, sizeof f), "okant");
    assert_string_equal(fold("ÅÄÖ åäö", f, sizeof f), "aao_aao");
    assert_string_equal(fold("Start-datum", f, sizeof f), "start_datum");
    assert_string_equal(fold("é9;x", f, sizeof f), "é9;x"); /* other bytes as they are */
    /* cut short, never past the buffer, and never half a letter */
    char small[4];
    assert_string_equal(fold("Hushåll", small, sizeof small), "hus");
    /* len, not the NUL, ends the input */
    sif_fold("KvinnaX", 6, f, sizeof f);
    assert_string_equal(f, "kvinna");
    /* a lone 0xC3 at the end is copied, not read past */
    sif_fold("a\xC3", 2, f, sizeof f);
    assert_string_equal(f, "a\xC3");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fold),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
