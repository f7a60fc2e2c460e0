/* tests/unit/test_user.c — users of sif serve: what each role may do, password hashes. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>
#include "sif/sif.h"

static sif_user make(sif_user_role role, const char *projects)
{
    sif_user u;
    memset(&u, 0, sizeof u);
    strcpy(u.name, "u");
    u.role = role;
    snprintf(u.projects, sizeof u.projects, "%s", projects);
    return u;
}

static void test_controller(void **state)
{
    (void)state;
    sif_user u = make(SIF_USER_CONTROLLER, "HFO,BRO");
    assert_true(sif_user_may(&u, SIF_MAY_READ, NULL));
    assert_true(sif_user_may(&u, SIF_MAY_ENTER_COSTS, "HFO"));
    assert_true(sif_user_may(&u, SIF_MAY_ENTER_COSTS, "BRO"));
    /* not a prefix, not a part of a code, not another project */
    assert_false(sif_user_may(&u, SIF_MAY_ENTER_COSTS, "HF"));
    assert_false(sif_user_may(&u, SIF_MAY_ENTER_COSTS, "BROX"));
    assert_false(sif_user_may(&u, SIF_MAY_ENTER_COSTS, "X"));
    assert_false(sif_user_may(&u, SIF_MAY_ENTER_COSTS, ""));
    assert_false(sif_user_may(&u, SIF_MAY_ENTER_COSTS, NULL));
    assert_false(sif_user_may(&u, SIF_MAY_AUDIT, NULL));
    assert_false(sif_user_may(&u, SIF_MAY_ADMINISTER, NULL));
    u.disabled = true;
    assert_false(sif_user_may(&u, SIF_MAY_ENTER_COSTS, "HFO"));
    assert_false(sif_user_may(&u, SIF_MAY_READ, NULL));
}

static void test_other_roles(void **state)
{
    (void)state;
    sif_user a = make(SIF_USER_ADMINISTRATOR, "");
    sif_user c = make(SIF_USER_COMMITTEE, "");
    sif_user r = make(SIF_USER_AUDITOR, "");
    assert_true(sif_user_may(&a, SIF_MAY_ADMINISTER, NULL));
    assert_true(sif_user_may(&a, SIF_MAY_AUDIT, NULL));
    assert_false(sif_user_may(&a, SIF_MAY_ENTER_COSTS, "HFO"));   /* costs are the controllers' */
    assert_true(sif_user_may(&c, SIF_MAY_READ, NULL));
    assert_false(sif_user_may(&c, SIF_MAY_ENTER_COSTS, "HFO"));
    assert_false(sif_user_may(&c, SIF_MAY_AUDIT, NULL));
    assert_false(sif_user_may(&c, SIF_MAY_ADMINISTER, NULL));
    assert_true(sif_user_may(&r, SIF_MAY_AUDIT, NULL));
    assert_false(sif_user_may(&r, SIF_MAY_ENTER_COSTS, "HFO"));
    assert_false(sif_user_may(&r, SIF_MAY_ADMINISTER, NULL));
    assert_false(sif_user_may(NULL, SIF_MAY_READ, NULL));
}

static void test_roles_parse(void **state)
{
    (void)state;
    sif_user_role r;
    sif_error err;
    for (int i = 0; i < SIF_USER_ROLE_COUNT_; i++) {
        assert_int_equal(sif_user_role_parse(sif_user_role_name((sif_user_role)i), &r, &err), SIF_OK);
        assert_int_equal(r, i);
    }
    assert_int_equal(sif_user_role_parse("Controller", &r, &err), SIF_ERR_USAGE);
    assert_int_equal(sif_user_role_parse(NULL, &r, &err), SIF_ERR_USAGE);
}

static void test_password(void **state)
{
    (void)state;
    char h1[SIF_PASSWORD_HASH_MAX], h2[SIF_PASSWORD_HASH_MAX];
    sif_error err;
    bool ok;
    assert_int_equal(sif_password_hash("rätt lösenord", h1, &err), SIF_OK);
    assert_int_equal(sif_password_hash("rätt lösenord", h2, &err), SIF_OK);
    assert_non_null(strstr(h1, "$argon2id$"));
    assert_string_not_equal(h1, h2);               /* a fresh salt each time */
    assert_int_equal(sif_password_verify(h1, "rätt lösenord", &ok, &err), SIF_OK);
    assert_true(ok);
    assert_int_equal(sif_password_verify(h2, "rätt lösenord", &ok, &err), SIF_OK);
    assert_true(ok);
    assert_int_equal(sif_password_verify(h1, "rätt lösenorD", &ok, &err), SIF_OK);
    assert_false(ok);
    assert_int_equal(sif_password_verify("", "", &ok, &err), SIF_OK);
    assert_false(ok);
    assert_int_equal(sif_password_verify("$argon2i$v=19$garbage", "x", &ok, &err), SIF_OK);
    assert_false(ok);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_controller),
        cmocka_unit_test(test_other_roles),
        cmocka_unit_test(test_roles_parse),
        cmocka_unit_test(test_password),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
