/* importers/sink_payments.c — import kind "payments": the benefit payment register.
 *
 *     hushall;manad;belopp[;stadsomrade]
 *
 * manad is YYYY-MM (YYYYMM is accepted too). Millions of rows: this sink is the hot path of
 * the benchmark, so it copies nothing and allocates nothing per row — texts go straight
 * from the reader's buffer to the core's prepared insert (sif_payment_writer).
 */
#include "sink.h"

#include <stdlib.h>

enum { C_HOUSEHOLD, C_MONTH, C_AMOUNT, C_DISTRICT };

static const sif_sink_col cols[] = {
    [C_HOUSEHOLD] = {"hushall", true},
    [C_MONTH] = {"manad", true},
    [C_AMOUNT] = {"belopp", true},
    [C_DISTRICT] = {"stadsomrade", false},
    {NULL, false},
};

static sif_status payments_open(sif_sink *s, sif_error *err)
{
    sif_payment_writer *w;
    sif_status rc = sif_payment_writer_open(s->st, s->batch, &w, err);
    s->state = w;
    return rc;
}

static int digits(const char *t, size_t n)
{
    int v = 0;
    for (size_t i = 0; i < n; i++) {
        if (t[i] < '0' || t[i] > '9')
            return -1;
        v = v * 10 + (t[i] - '0');
    }
    return v;
}

/* "2014-01" or "201401" → 201401; -1 when it is neither. */
static int parse_month(const char *t, size_t n)
{
    int y, m;
    if (n == 7 && t[4] == '-')
        y = digits(t, 4), m = digits(t + 5, 2);
    else if (n == 6)
        y = digits(t, 4), m = digits(t + 4, 2);
    else
        return -1;
    if (y < 1900 || y > 2999 || m < 1 || m > 12)
        return -1;
    return y * 100 + m;
}

static sif_status payments_row(sif_sink *s, const sif_cell *const *c, sif_sink_out *out,
                               sif_error *err)
{
    const char *hh, *mo, *di;
    size_t hhn, mon, din;
    sif_cell_trim(c[C_HOUSEHOLD], &hh, &hhn);
    sif_cell_trim(c[C_MONTH], &mo, &mon);
    sif_cell_trim(c[C_DISTRICT], &di, &din);
    if (hhn == 0)
        return sif_sink_error(s, c[C_HOUSEHOLD], err, "hushall is empty");
    if (hhn >= 64)
        return sif_sink_error(s, c[C_HOUSEHOLD], err, "hushall is longer than 63 bytes");
    if (sif_id_check_n(hh, hhn, "hushall", err) != SIF_OK)
        return sif_sink_fail(s, c[C_HOUSEHOLD], err);
    int month = parse_month(mo, mon);
    if (month < 0)
        return sif_sink_error(s, c[C_MONTH], err, "manad \"%.*s\" is not a month (YYYY-MM)",
                              (int)mon, mo);
    for (size_t i = 0; i < hhn; i++)
        if ((unsigned char)hh[i] < 0x20)
            return sif_sink_error(s, c[C_HOUSEHOLD], err, "hushall contains a control character");
    for (size_t i = 0; i < din; i++)
        if ((unsigned char)di[i] < 0x20)
            return sif_sink_error(s, c[C_DISTRICT], err, "stadsomrade contains a control character");
    if (sif_district_check(di, din, "stadsomrade", err) != SIF_OK)
        return sif_sink_fail(s, c[C_DISTRICT], err);
    sif_ore amount;
    sif_status rc = sif_cell_amount(s, c[C_AMOUNT], "belopp", &amount, err);
    if (rc != SIF_OK)
        return rc;
    rc = sif_payment_writer_add_n(s->state, hh, hhn, month, amount, din ? di : NULL, din, err);
    if (rc != SIF_OK)
        return sif_sink_fail(s, c[C_AMOUNT], err);
    out->year = month / 100;
    out->amount = amount;
    out->has_amount = true;
    return SIF_OK;
}

static void payments_close(sif_sink *s, int64_t *rows, sif_ore *sum)
{
    sif_payment_writer_close(s->state, rows, sum);
    s->state = NULL;
}

const sif_sink_kind sif_sink_payments = {
    .name = "payments", .cols = cols, .has_amounts = true, .open = payments_open,
    .row = payments_row, .close = payments_close,
};
