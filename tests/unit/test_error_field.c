/* tests/unit/test_error_field.c — the input field a ledger function names when it refuses an
 * entry (sif_error.field), which the import sinks turn into the column of FILE:LINE:COLUMN.
 * tests/cli/cases/import_error_columns.t pins the columns an import can reach; these pin the
 * fields of the refusals that an import's own checks catch first. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "store_fixture.h"
#include "sif/cost.h"
#include "sif/evidence.h"
#include "sif/participant.h"
#include "sif/period.h"
#include "sif/price_index.h"
#include "sif/saving.h"
#include "sif/saving_econ.h"

#define PNR "811218-9876"   /* a personnummer: ids must be pseudonyms */
#define DEL "\x7f"          /* a control character that a CSV cell may hold */

/* Asserts that call failed with code and named field. */
#define REFUSED(call, code_, field_)                       \
    do {                                                   \
        sif_error_init(&err);                              \
        assert_int_equal((call), (code_));                 \
        assert_int_equal(err.code, (code_));               \
        assert_int_equal(err.field, (field_));             \
    } while (0)

static void test_set_and_about(void **state)
{
    (void)state;
    sif_error err;
    sif_error_init(&err);
    assert_int_equal(err.field, SIF_FIELD_NONE);
    assert_int_equal(sif_error_about(&err, SIF_FIELD_ROLE,
                                     sif_error_set(&err, SIF_ERR_NOTFOUND, "no role %s", "X")),
                     SIF_ERR_NOTFOUND);
    assert_int_equal(err.field, SIF_FIELD_ROLE);
    /* a new message is about no field until its raiser names one */
    sif_error_set(&err, SIF_ERR_DATA, "other");
    assert_int_equal(err.field, SIF_FIELD_NONE);
    sif_error_about(&err, SIF_FIELD_YEAR, SIF_ERR_DATA);
    sif_error_at(&err, SIF_ERR_DATA, "f.csv", 2, 3, "at");
    assert_int_equal(err.field, SIF_FIELD_NONE);
    /* SIF_OK names nothing; NULL is accepted */
    assert_int_equal(sif_error_about(&err, SIF_FIELD_YEAR, SIF_OK), SIF_OK);
    assert_int_equal(err.field, SIF_FIELD_NONE);
    assert_int_equal(sif_error_about(NULL, SIF_FIELD_YEAR, SIF_ERR_DATA), SIF_ERR_DATA);
}

static void test_costs_savings_index(void **state)
{
    (void)state;
    sif_store *st = open_with_project();
    sif_error err;
    int64_t batch;
    assert_int_equal(sif_write_begin(st, "entry", NULL, NULL, &batch, &err), SIF_OK);
    REFUSED(sif_cost_add(st, batch, "NOPE", "OV", 2016, 0, 100, NULL, NULL, NULL, &err),
            SIF_ERR_NOTFOUND, SIF_FIELD_PROJECT);
    REFUSED(sif_cost_add(st, batch, "HFO", "XX", 2016, 0, 100, NULL, NULL, NULL, &err),
            SIF_ERR_NOTFOUND, SIF_FIELD_ROLE);
    REFUSED(sif_cost_add(st, batch, "HFO", "OV", 1800, 0, 100, NULL, NULL, NULL, &err),
            SIF_ERR_DATA, SIF_FIELD_YEAR);
    REFUSED(sif_cost_add(st, batch, "HFO", "OV", 2016, 0, 0, NULL, NULL, NULL, &err),
            SIF_ERR_DATA, SIF_FIELD_NONE);

    sif_saving sv = {.category = SIF_CAT_BENEFIT, .year = 1800, .amount_ore = 100, .cash_bp = -1};
    strcpy(sv.project_code, "HFO");
    REFUSED(sif_saving_add(st, batch, &sv, NULL, NULL, &err), SIF_ERR_DATA, SIF_FIELD_YEAR);
    sv.year = 2016;
    strcpy(sv.unit_code, "NOPE");
    REFUSED(sif_saving_add(st, batch, &sv, NULL, NULL, &err), SIF_ERR_NOTFOUND, SIF_FIELD_UNIT);
    sif_saving_econ econ;
    sif_saving_econ_default(&econ);
    econ.price_year = 1800;
    REFUSED(sif_saving_econ_set(st, batch, 1, &econ, &err), SIF_ERR_DATA, SIF_FIELD_YEAR);

    sif_ratio v = {31349, 100};
    REFUSED(sif_index_add(st, batch, "K P I", 2016, v, NULL, NULL, &err), SIF_ERR_DATA,
            SIF_FIELD_NAME);
    REFUSED(sif_index_add(st, batch, "KPI", 1700, v, NULL, NULL, &err), SIF_ERR_DATA,
            SIF_FIELD_YEAR);
    assert_int_equal(sif_index_add(st, batch, "KPI", 2016, v, NULL, NULL, &err), SIF_OK);
    /* the ledger's own refusal of a second row names the row's key */
    REFUSED(sif_index_add(st, batch, "KPI", 2016, v, NULL, NULL, &err), SIF_ERR_DATA,
            SIF_FIELD_UNIQUE);
    sif_write_abort(st);
    sif_store_close(st);
}

static void test_people(void **state)
{
    (void)state;
    sif_store *st = open_with_project();
    sif_error err;
    int64_t batch;
    assert_int_equal(sif_write_begin(st, "entry", NULL, NULL, &batch, &err), SIF_OK);
    sif_participant p;
    memset(&p, 0, sizeof p);
    strcpy(p.start_date, "2016-01-01");
    REFUSED(sif_participant_add(st, batch, "HFO", &p, NULL, &err), SIF_ERR_DATA,
            SIF_FIELD_PARTICIPANT);
    strcpy(p.pseudonym, PNR);
    REFUSED(sif_participant_add(st, batch, "HFO", &p, NULL, &err), SIF_ERR_DATA,
            SIF_FIELD_PARTICIPANT);
    strcpy(p.pseudonym, "D1");
    strcpy(p.household, PNR);
    REFUSED(sif_participant_add(st, batch, "HFO", &p, NULL, &err), SIF_ERR_DATA,
            SIF_FIELD_HOUSEHOLD);
    strcpy(p.household, "H" DEL);
    REFUSED(sif_participant_add(st, batch, "HFO", &p, NULL, &err), SIF_ERR_DATA,
            SIF_FIELD_HOUSEHOLD);
    p.household[0] = '\0';
    strcpy(p.district, "Öster" DEL);
    REFUSED(sif_participant_add(st, batch, "HFO", &p, NULL, &err), SIF_ERR_DATA, SIF_FIELD_NONE);
    p.district[0] = '\0';
    strcpy(p.start_date, "2016-13-01");
    REFUSED(sif_participant_add(st, batch, "HFO", &p, NULL, &err), SIF_ERR_DATA, SIF_FIELD_DATE);
    strcpy(p.start_date, "2016-01-01");
    strcpy(p.end_date, "2016-02-30");
    REFUSED(sif_participant_add(st, batch, "HFO", &p, NULL, &err), SIF_ERR_DATA,
            SIF_FIELD_END_DATE);
    p.end_date[0] = '\0';
    assert_int_equal(sif_participant_add(st, batch, "HFO", &p, NULL, &err), SIF_OK);
    REFUSED(sif_participant_add(st, batch, "HFO", &p, NULL, &err), SIF_ERR_DATA,
            SIF_FIELD_PARTICIPANT);

    REFUSED(sif_outcome_add(st, batch, "HFO", PNR, "2016-05-01", SIF_OUTCOME_WORK, NULL, &err),
            SIF_ERR_DATA, SIF_FIELD_PARTICIPANT);
    REFUSED(sif_outcome_add(st, batch, "HFO", "D1", "2016-05-32", SIF_OUTCOME_WORK, NULL, &err),
            SIF_ERR_DATA, SIF_FIELD_DATE);
    REFUSED(sif_outcome_add(st, batch, "HFO", "D9", "2016-05-01", SIF_OUTCOME_WORK, NULL, &err),
            SIF_ERR_DATA, SIF_FIELD_PARTICIPANT);
    sif_write_abort(st);
    sif_store_close(st);
}

static void test_evidence(void **state)
{
    (void)state;
    sif_store *st = open_with_project();
    sif_error err;
    int64_t batch;
    assert_int_equal(sif_write_begin(st, "entry", NULL, NULL, &batch, &err), SIF_OK);
    sif_exit e = {.reason = SIF_EXIT_WORK, .share = {1, 1}};
    strcpy(e.exit_date, "2016-03-01");
    REFUSED(sif_exit_add(st, batch, "HFO", &e, NULL, &err), SIF_ERR_DATA, SIF_FIELD_HOUSEHOLD);
    strcpy(e.household, PNR);
    REFUSED(sif_exit_add(st, batch, "HFO", &e, NULL, &err), SIF_ERR_DATA, SIF_FIELD_HOUSEHOLD);
    strcpy(e.household, "A1");
    strcpy(e.exit_date, "2016-02-30");
    REFUSED(sif_exit_add(st, batch, "HFO", &e, NULL, &err), SIF_ERR_DATA, SIF_FIELD_DATE);

    sif_treatment t = {.months = 7, .hours_per_month = 8, .therapists = 1};
    strcpy(t.kind, "intensive");
    REFUSED(sif_treatment_add(st, batch, "HFO", &t, NULL, &err), SIF_ERR_DATA, SIF_FIELD_FAMILY);
    strcpy(t.family, PNR);
    REFUSED(sif_treatment_add(st, batch, "HFO", &t, NULL, &err), SIF_ERR_DATA, SIF_FIELD_FAMILY);

    sif_placement pl = {.year = 2016, .days = 120};
    REFUSED(sif_placement_add(st, batch, "HFO", &pl, NULL, &err), SIF_ERR_DATA, SIF_FIELD_CHILD);
    strcpy(pl.child, PNR);
    REFUSED(sif_placement_add(st, batch, "HFO", &pl, NULL, &err), SIF_ERR_DATA, SIF_FIELD_CHILD);

    /* exits and placements meet a closed year in the database's trigger: still the year */
    assert_int_equal(sif_period_close(st, batch, 2015, "bokslut", &err), SIF_OK);
    strcpy(e.exit_date, "2015-03-01");
    REFUSED(sif_exit_add(st, batch, "HFO", &e, NULL, &err), SIF_ERR_CLOSED, SIF_FIELD_YEAR);
    strcpy(pl.child, "K1");
    pl.year = 2015;
    REFUSED(sif_placement_add(st, batch, "HFO", &pl, NULL, &err), SIF_ERR_CLOSED, SIF_FIELD_YEAR);
    REFUSED(sif_cost_add(st, batch, "HFO", "OV", 2015, 0, 100, NULL, NULL, NULL, &err),
            SIF_ERR_CLOSED, SIF_FIELD_YEAR);
    sif_write_abort(st);
    sif_store_close(st);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_set_and_about),
        cmocka_unit_test_setup_teardown(test_costs_savings_index, setup, teardown),
        cmocka_unit_test_setup_teardown(test_people, setup, teardown),
        cmocka_unit_test_setup_teardown(test_evidence, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
