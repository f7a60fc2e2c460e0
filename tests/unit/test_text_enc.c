/* tests/unit/test_text_enc.c — the one UTF-8 validator every reader uses (text_enc.c). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
#include "text_enc.h"

static void check(const char *s, bool valid, size_t bad_at)
{
    size_t bad = 999;
    bool ok = sif_utf8_valid(s, strlen(s), &bad);
    if (ok != valid)
        fail_msg("\"%s\": expected %s", s, valid ? "valid" : "invalid");
    if (!valid && bad != bad_at)
        fail_msg("\"%s\": first bad byte %zu, expected %zu", s, bad, bad_at);
}

static void test_utf8(void **state)
{
    (void)state;
    check("Hässelby-Vällingby", true, 0);
    check("\xE2\x80\xAF 000 kr", true, 0);          /* narrow NBSP */
    check("\xF0\x9F\x98\x80", true, 0);             /* U+1F600 */
    check("\xF4\x8F\xBF\xBF", true, 0);             /* U+10FFFF, the last */
    check("ab\xC3", false, 2);                      /* cut short */
    check("a\xC0\xAF", false, 1);                   /* overlong '/' */
    check("\xE0\x80\xAF", false, 0);                /* overlong, three bytes */
    check("\xF0\x80\x80\xAF", false, 0);            /* overlong, four bytes */
    check("x\xED\xA0\x80", false, 1);               /* surrogate U+D800 */
    check("\xF4\x90\x80\x80", false, 0);            /* beyond U+10FFFF */
    check("ok \x80", false, 3);                     /* a lone continuation byte */
    check("\xE4 windows-1252", false, 0);           /* ä as Excel saves it */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_utf8),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
