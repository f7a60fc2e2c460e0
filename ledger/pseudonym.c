/* ledger/pseudonym.c — refuse ids and districts that are personnummer or samordningsnummer
 * (SPEC §12). */
#include "sif/pseudonym.h"

#include <string.h>

static bool leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* d holds 10 digits YYMMDDNNNC; century is 0 when unknown (10-digit form). */
static bool looks_personal(const int *d, int century)
{
    int yy = d[0] * 10 + d[1], mm = d[2] * 10 + d[3], dd = d[4] * 10 + d[5];
    if (dd > 60)
        dd -= 60;   /* samordningsnummer */
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (mm < 1 || mm > 12 || dd < 1 || dd > mdays[mm - 1])
        return false;
    if (mm == 2 && dd == 29) {
        /* without the century, 29 February is a date if it is one in either century */
        bool ok = century ? leap(century * 100 + yy) : (leap(1900 + yy) || leap(2000 + yy));
        if (!ok)
            return false;
    }
    int sum = 0;
    for (int i = 0; i < 10; i++) {
        int v = d[i] * (i % 2 == 0 ? 2 : 1);
        sum += v > 9 ? v - 9 : v;
    }
    return sum % 10 == 0;
}

/* The length of the separator at text[0..left) between the date and the last four: '-', '+'
 * or ' ', or what Word and Excel put for them (an en dash, minus sign or non-breaking hyphen
 * for the hyphen, a no-break space for the space); 0 when there is none. */
static size_t separator(const char *text, size_t left)
{
    static const char *const seps[] = {
        "-", "+", " ",
        "\xe2\x80\x93",   /* U+2013 en dash */
        "\xe2\x88\x92",   /* U+2212 minus sign */
        "\xe2\x80\x91",   /* U+2011 non-breaking hyphen */
        "\xc2\xa0",       /* U+00A0 no-break space */
        "\xe2\x80\xaf",   /* U+202F narrow no-break space */
    };
    for (size_t i = 0; i < sizeof seps / sizeof seps[0]; i++) {
        size_t n = strlen(seps[i]);
        if (n <= left && memcmp(text, seps[i], n) == 0)
            return n;
    }
    return 0;
}

bool sif_id_is_personal_number(const char *text, size_t len)
{
    if (len < 10 || len > 15)   /* 12 digits and a separator of up to 3 bytes */
        return false;
    int d[12], n = 0;
    int sep_at = -1;
    for (size_t i = 0; i < len; i++) {
        char c = text[i];
        size_t s;
        if (c >= '0' && c <= '9') {
            if (n == 12)
                return false;
            d[n++] = c - '0';
        } else if (sep_at < 0 && (s = separator(text + i, len - i)) > 0) {
            sep_at = n;
            i += s - 1;
        } else {
            return false;
        }
    }
    if (n != 10 && n != 12)
        return false;
    if (sep_at >= 0 && sep_at != n - 4)
        return false;
    if (n == 12) {
        int century = d[0] * 10 + d[1];
        if (century < 18 || century > 20)
            return false;
        return looks_personal(d + 2, century);
    }
    return looks_personal(d, 0);
}

bool sif_id_is_personal_number_without_zero(const char *text, size_t len)
{
    /* Excel keeps a number, not the digits typed: 0512241233 in a cell formatted as a number
     * is 512241233. Only the 10-digit form of those born 2000–2009 (or 1900–1909) starts
     * with a zero; the 12-digit form starts with 18, 19 or 20 and loses nothing. */
    if (len != 9)
        return false;
    int d[10] = {0};
    for (size_t i = 0; i < len; i++) {
        if (text[i] < '0' || text[i] > '9')
            return false;
        d[i + 1] = text[i] - '0';
    }
    return looks_personal(d, 0);
}

/* what the refused field is, for the message's second half */
enum field { FIELD_ID, FIELD_DISTRICT };

static sif_status refuse(const char *text, size_t len, const char *what, enum field field,
                         sif_error *err)
{
    if (text == NULL)
        return SIF_OK;
    if (sif_id_is_personal_number(text, len))
        return field == FIELD_ID
            ? sif_error_set(err, SIF_ERR_DATA, "%s looks like a personnummer or samordningsnummer:"
                            " ids must be pseudonymised (e.g. a running number)", what)
            : sif_error_set(err, SIF_ERR_DATA, "%s looks like a personnummer or samordningsnummer:"
                            " a district names a place, never a person", what);
    if (sif_id_is_personal_number_without_zero(text, len))
        return field == FIELD_ID
            ? sif_error_set(err, SIF_ERR_DATA, "%s looks like a personnummer or samordningsnummer"
                            " without its leading zero (Excel drops it when the cell is a"
                            " number): ids must be pseudonymised (e.g. a running number)", what)
            : sif_error_set(err, SIF_ERR_DATA, "%s looks like a personnummer or samordningsnummer"
                            " without its leading zero (Excel drops it when the cell is a"
                            " number): a district names a place, never a person", what);
    return SIF_OK;
}

sif_status sif_id_check_n(const char *id, size_t len, const char *what, sif_error *err)
{
    return refuse(id, len, what, FIELD_ID, err);
}

sif_status sif_id_check(const char *id, const char *what, sif_error *err)
{
    return refuse(id, id ? strlen(id) : 0, what, FIELD_ID, err);
}

sif_status sif_district_check(const char *district, size_t len, const char *what, sif_error *err)
{
    return refuse(district, len, what, FIELD_DISTRICT, err);
}
