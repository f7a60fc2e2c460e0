/* tests/web/test_web.c — the web's own modules: HTML escaping, tokens, sessions (30 min
 * idle, 8 h at most, on a clock the test runs), the login throttle, safe upload names. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "csrf.h"
#include "html.h"
#include "session.h"
#include "throttle.h"
#include "web.h"

static void test_escape(void **state)
{
    (void)state;
    web_buf b;
    web_buf_init(&b);
    web_esc(&b, "<script>alert('x')</script> & \"q\"");
    assert_string_equal(b.p, "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
    web_buf_release(&b);
    web_escf(&b, "%s%d", "<b>", 5);
    assert_string_equal(b.p, "&lt;b&gt;5");
    web_buf_release(&b);
    web_url(&b, "a b/../ö");
    assert_string_equal(b.p, "a%20b%2F..%2F%C3%B6");
    web_buf_release(&b);
    web_money_td(&b, 105067950);
    assert_string_equal(b.p, "<td class=\"n\">1 050 680</td>");
    web_buf_release(&b);
}

static void test_tokens(void **state)
{
    (void)state;
    char a[WEB_TOKEN_LEN + 1], b[WEB_TOKEN_LEN + 1];
    assert_true(web_random_hex(a, WEB_TOKEN_BYTES));
    assert_true(web_random_hex(b, WEB_TOKEN_BYTES));
    assert_int_equal(strlen(a), WEB_TOKEN_LEN);
    assert_string_not_equal(a, b);
    assert_true(web_token_equal(a, a));
    assert_false(web_token_equal(a, b));
    assert_false(web_token_equal(a, NULL));
    assert_false(web_token_equal("", ""));
    char c[WEB_TOKEN_LEN + 2];
    snprintf(c, sizeof c, "%sx", a);
    assert_false(web_token_equal(a, c));          /* longer */
    c[WEB_TOKEN_LEN - 1] = '\0';
    assert_false(web_token_equal(c, c));          /* shorter */
}

static void test_sessions(void **state)
{
    (void)state;
    web_sessions *ss = web_sessions_new(30 * 60, 8 * 3600, 4);
    web_session s, got;
    int64_t t0 = 1700000000;
    assert_true(web_session_open(ss, "anna", t0, &s));
    assert_true(web_session_get(ss, s.id, t0 + 29 * 60, &got));
    assert_string_equal(got.user, "anna");
    assert_string_equal(got.csrf, s.csrf);
    /* 30 minutes idle after the last use: ended, and stays ended */
    assert_false(web_session_get(ss, s.id, t0 + 29 * 60 + 30 * 60, &got));
    assert_false(web_session_get(ss, s.id, t0 + 29 * 60 + 1, &got));
    /* busy all day: ends 8 hours after login however often it is used */
    assert_true(web_session_open(ss, "bo", t0, &s));
    int64_t t = t0;
    for (; t < t0 + 8 * 3600 - 60; t += 20 * 60)
        assert_true(web_session_get(ss, s.id, t, &got));
    assert_true(web_session_get(ss, s.id, t0 + 8 * 3600 - 1, &got));
    assert_false(web_session_get(ss, s.id, t0 + 8 * 3600, &got));
    /* logout */
    assert_true(web_session_open(ss, "cia", t0, &s));
    web_session_close(ss, s.id);
    assert_false(web_session_get(ss, s.id, t0 + 1, &got));
    /* an unknown or malformed id */
    assert_false(web_session_get(ss, "nope", t0, &got));
    assert_false(web_session_get(ss, NULL, t0, &got));
    /* full: the one used longest ago goes */
    web_session k[5];
    for (int i = 0; i < 5; i++)
        assert_true(web_session_open(ss, "many", t0 + i, &k[i]));
    assert_false(web_session_get(ss, k[0].id, t0 + 5, &got));
    assert_true(web_session_get(ss, k[4].id, t0 + 5, &got));
    web_sessions_free(ss);
}

static void test_throttle(void **state)
{
    (void)state;
    web_throttle *t = web_throttle_new();
    int64_t now = 1700000000;
    assert_int_equal(web_throttle_delay_ms(t, "anna", now), 0);
    web_throttle_fail(t, "anna", now);
    assert_int_equal(web_throttle_delay_ms(t, "anna", now), 250);
    web_throttle_fail(t, "anna", now);
    web_throttle_fail(t, "anna", now);
    assert_int_equal(web_throttle_delay_ms(t, "anna", now), 1000);
    for (int i = 0; i < 20; i++)
        web_throttle_fail(t, "anna", now);
    assert_int_equal(web_throttle_delay_ms(t, "anna", now), 8000);
    /* failures slow only that name */
    assert_int_equal(web_throttle_delay_ms(t, "bo", now), 0);
    /* a quarter of an hour later, or after a success, they are forgotten */
    assert_int_equal(web_throttle_delay_ms(t, "anna", now + 15 * 60), 0);
    web_throttle_fail(t, "bo", now);
    web_throttle_success(t, "bo");
    assert_int_equal(web_throttle_delay_ms(t, "bo", now), 0);
    web_throttle_free(t);
}

static void test_upload_name(void **state)
{
    (void)state;
    char out[128];
    web_upload_name("../../etc/passwd", out, sizeof out);
    assert_string_equal(out, "passwd");
    web_upload_name("C:\\Users\\anna\\kostnader 2016.csv", out, sizeof out);
    assert_string_equal(out, "kostnader_2016.csv");
    web_upload_name("..", out, sizeof out);
    assert_string_equal(out, "");
    web_upload_name(".hidden", out, sizeof out);
    assert_string_equal(out, "hidden");
    web_upload_name("a/b/", out, sizeof out);
    assert_string_equal(out, "");
    web_upload_name("kostnader\n.csv", out, sizeof out);
    assert_string_equal(out, "kostnader_.csv");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_escape),
        cmocka_unit_test(test_tokens),
        cmocka_unit_test(test_sessions),
        cmocka_unit_test(test_throttle),
        cmocka_unit_test(test_upload_name),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
