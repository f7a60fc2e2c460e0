/* tests/unit/test_calc_text.c — a saving's derivation and input labels are stored without a
 * language and said in the chosen one (SPEC §14); a ledger's older Swedish text is said as it
 * was stored, and the chain still verifies. Without sif_i18n_init the language is English. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "calc_fixture.h"

static sif_error err;

static sif_saving other_saving(const char *code, int year, sif_ore amount)
{
    sif_saving s;
    memset(&s, 0, sizeof s);
    snprintf(s.project_code, sizeof s.project_code, "%s", code);
    s.category = SIF_CAT_OTHER;
    s.year = year;
    s.cash_bp = -1;
    s.amount_ore = amount;
    s.status = SIF_SAVING_REALISED;
    return s;
}

static void test_render_and_fallback(void **state)
{
    (void)state;
    sif_error_init(&err);
    char path[256];
    sif_store *st = fixture_open(path, sizeof path, "TXT", 2016, 2017);
    assert_non_null(st);
    int64_t batch, id_new, id_old;
    CHECK_OK(sif_write_begin(st, "entry", NULL, NULL, &batch, &err));
    /* a method's calc: message ids and arguments */
    sif_saving_calc *c = sif_saving_calc_new();
    CHECK_OK(sif_saving_calc_input(c, "hushall", "\001Households counted", 2, "st", &err));
    CHECK_OK(sif_saving_calc_input(c, "manader", "\001Months counted per household", 12, "mån",
                                   &err));
    CHECK_OK(sif_saving_calc_input(c, "belopp", "\001Benefit per household and month", 900000,
                                   "kr", &err));
    snprintf(c->formula, sizeof c->formula, "hushall * manader * belopp");
    assert_int_equal(sif_saving_calc_line(c, "%d households × %s kr × %d months = %s kr", 2,
                                          "9 000", 12, "216 000"), SIF_OK);
    assert_int_equal(sif_saving_calc_line(c, "  %d household: %s%s", 1,
                                          "\002started studies", ""), SIF_OK);
    assert_string_equal(c->derivation, "2 households × 9 000 kr × 12 months = 216 000 kr\n"
                                       "  1 household: started studies");
    assert_string_equal(c->inputs[0].label, "Households counted");
    sif_saving s = other_saving("TXT", 2017, 21600000);
    CHECK_OK(sif_saving_add(st, batch, &s, c, &id_new, &err));
    sif_saving_calc_free(c);
    /* a calc as an older sif stored it: Swedish text, Swedish labels */
    c = sif_saving_calc_new();
    CHECK_OK(sif_saving_calc_input(c, "belopp", "Hushåll: påbörjade studier", 100000, "kr", &err));
    snprintf(c->formula, sizeof c->formula, "belopp");
    c->derivation = strdup("Avslutsorsaker som ger en kostnadsminskning för kommunen:\n"
                           "  6 hushåll: påbörjade studier");
    s = other_saving("TXT", 2016, 100000);
    CHECK_OK(sif_saving_add(st, batch, &s, c, &id_old, &err));
    sif_saving_calc_free(c);
    CHECK_OK(sif_write_commit(st, batch, 2, 0, NULL, &err));

    /* said anew when read: the stored form holds no words of one language */
    sif_saving_calc *l = NULL;
    CHECK_OK(sif_saving_calc_load(st, id_new, &l, &err));
    assert_string_equal(l->derivation, "2 households × 9 000 kr × 12 months = 216 000 kr\n"
                                       "  1 household: started studies");
    assert_non_null(strchr(l->stored, '\001'));
    assert_string_equal(l->inputs[1].label, "Months counted per household");
    assert_string_equal(l->inputs[1].label_src, "\001Months counted per household");
    sif_saving_calc_free(l);
    /* the older text is said as it was stored */
    CHECK_OK(sif_saving_calc_load(st, id_old, &l, &err));
    assert_string_equal(l->derivation, "Avslutsorsaker som ger en kostnadsminskning för kommunen:\n"
                                       "  6 hushåll: påbörjade studier");
    assert_string_equal(l->inputs[0].label, "Hushåll: påbörjade studier");
    sif_saving_calc_free(l);
    /* and the chain holds over both */
    int64_t problems = -1;
    CHECK_OK(sif_store_verify(st, NULL, NULL, &problems, &err));
    assert_int_equal(problems, 0);
    fixture_close(st, path);
}

/* A name cannot break the stored form: a newline, the argument separator or the line mark in
 * an argument (or in the message itself) is stored and said as a space. */
static void test_marks_in_text(void **state)
{
    (void)state;
    sif_saving_calc *c = sif_saving_calc_new();
    assert_int_equal(sif_saving_calc_line(c, "District %s: %d households", "Öster\nVäster\037x\001y",
                                          3), SIF_OK);
    assert_string_equal(c->derivation, "District Öster Väster x y: 3 households");
    assert_null(strchr(c->stored + 1, '\001'));
    sif_saving_calc_free(c);
}

/* The catalogs beside the test's build tree: build/tests/test_calc_text -> build/locale. */
static const char *catalogs(char *buf, size_t size)
{
    ssize_t n = readlink("/proc/self/exe", buf, size - 1);
    if (n <= 0)
        return NULL;
    buf[n] = '\0';
    char *slash = strrchr(buf, '/');
    if (slash == NULL)
        return NULL;
    snprintf(slash, size - (size_t)(slash - buf), "/../locale");
    return buf;
}

/* Said in Swedish and in English from the same rows; a reversal written while sif speaks
 * Swedish keeps the method's label as a message id, not the Swedish it was shown in. */
static void test_both_languages(void **state)
{
    (void)state;
    sif_error_init(&err);
    char dir[4096];
    assert_int_equal(sif_i18n_init("sv", catalogs(dir, sizeof dir), &err), SIF_OK);
    char path[256];
    sif_store *st = fixture_open(path, sizeof path, "TVA", 2016, 2017);
    assert_non_null(st);
    int64_t batch, id, rev;
    CHECK_OK(sif_write_begin(st, "entry", NULL, NULL, &batch, &err));
    sif_saving_calc *c = sif_saving_calc_new();
    CHECK_OK(sif_saving_calc_input(c, "manader", "\001Months counted per household", 12, "mån",
                                   &err));
    snprintf(c->formula, sizeof c->formula, "manader * 1000");
    assert_int_equal(sif_saving_calc_line(c, "%d households × %s kr × %d months = %s kr", 2,
                                          "9 000", 12, "216 000"), SIF_OK);
    sif_saving s = other_saving("TVA", 2017, 1200000);
    snprintf(s.label, sizeof s.label, "\001Other cost reduction");
    CHECK_OK(sif_saving_add(st, batch, &s, c, &id, &err));
    sif_saving_calc_free(c);
    CHECK_OK(sif_write_commit(st, batch, 1, 0, NULL, &err));
    CHECK_OK(sif_write_begin(st, "entry", NULL, NULL, &batch, &err));
    CHECK_OK(sif_saving_reverse(st, batch, id, "fel år", &rev, &err));
    CHECK_OK(sif_write_commit(st, batch, 1, 0, NULL, &err));

    sif_saving_calc *l = NULL;
    sif_saving got;
    CHECK_OK(sif_saving_calc_load(st, id, &l, &err));
    assert_string_equal(l->derivation, "2 hushåll × 9 000 kr × 12 mån = 216 000 kr");
    assert_string_equal(l->inputs[0].label, "Månader som räknas per hushåll");
    sif_saving_calc_free(l);
    CHECK_OK(sif_saving_get(st, rev, &got, &err));
    assert_string_equal(got.label, "Övrig kostnadsminskning");

    sif_i18n_set(SIF_LANG_EN);
    CHECK_OK(sif_saving_calc_load(st, id, &l, &err));
    assert_string_equal(l->derivation, "2 households × 9 000 kr × 12 months = 216 000 kr");
    sif_saving_calc_free(l);
    CHECK_OK(sif_saving_get(st, rev, &got, &err));
    assert_string_equal(got.label, "Other cost reduction");
    CHECK_OK(sif_saving_calc_load(st, rev, &l, &err));
    assert_non_null(strstr(l->derivation, "Reversal of cost reduction"));
    sif_saving_calc_free(l);
    sif_i18n_set(SIF_LANG_SV);
    fixture_close(st, path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_render_and_fallback),
        cmocka_unit_test(test_marks_in_text),
        cmocka_unit_test(test_both_languages),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
