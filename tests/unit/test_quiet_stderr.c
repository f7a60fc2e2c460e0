/* tests/unit/test_quiet_stderr.c — stderr quiet while a workbook closes (quiet_stderr.h):
 * two reports of `sif serve` closing at once must leave stderr as it was, whichever thread
 * leaves first. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <pthread.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>
#include "report/quiet_stderr.h"

static void same_file(int fd, const struct stat *want)
{
    struct stat now;
    assert_int_equal(fstat(fd, &now), 0);
    assert_true(now.st_dev == want->st_dev && now.st_ino == want->st_ino);
}

static int is_null(int fd)
{
    struct stat now, null;
    return fstat(fd, &now) == 0 && stat("/dev/null", &null) == 0 &&
           now.st_rdev == null.st_rdev && S_ISCHR(now.st_mode);
}

/* The first in saves stderr; a second one inside must not save /dev/null as "stderr". */
static void test_overlapping_closes_give_stderr_back(void **state)
{
    (void)state;
    struct stat before;
    assert_int_equal(fstat(STDERR_FILENO, &before), 0);
    if (is_null(STDERR_FILENO))
        skip();   /* nothing to tell apart */
    rx_stderr_quiet();   /* thread A */
    assert_true(is_null(STDERR_FILENO));
    rx_stderr_quiet();   /* thread B, while A's workbook is still closing */
    rx_stderr_restore(); /* A leaves first */
    assert_true(is_null(STDERR_FILENO)); /* B is still inside */
    rx_stderr_restore(); /* B leaves */
    same_file(STDERR_FILENO, &before);
    rx_stderr_restore(); /* one too many changes nothing */
    same_file(STDERR_FILENO, &before);
}

static void *close_many(void *arg)
{
    (void)arg;
    for (int i = 0; i < 2000; i++) {
        rx_stderr_quiet();
        rx_stderr_restore();
    }
    return NULL;
}

static void test_threads_give_stderr_back(void **state)
{
    (void)state;
    struct stat before;
    assert_int_equal(fstat(STDERR_FILENO, &before), 0);
    pthread_t t[4];
    for (int i = 0; i < 4; i++)
        assert_int_equal(pthread_create(&t[i], NULL, close_many, NULL), 0);
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    same_file(STDERR_FILENO, &before);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_overlapping_closes_give_stderr_back),
        cmocka_unit_test(test_threads_give_stderr_back),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
