/* importers/xlsx_number.c — XLSX number cells as exact plain decimal text. */
#include "xlsx_number.h"

#include <string.h>

#define SIG_DIGITS 15

bool sif_xlsx_number_text(const char *in, size_t len, char *out, size_t size)
{
    const char *p = in, *end = in + len;
    bool neg = false;
    if (p < end && (*p == '-' || *p == '+'))
        neg = *p++ == '-';
    char dig[SIG_DIGITS + 2];     /* significant digits kept, plus one to round on */
    size_t nd = 0;
    long point = 0;               /* value = 0.dig × 10^point */
    bool seen = false, nonzero = false, after_point = false;
    for (; p < end; p++) {
        if (*p == '.' && !after_point) {
            after_point = true;
            continue;
        }
        if (*p < '0' || *p > '9')
            break;
        seen = true;
        if (!nonzero && *p == '0') {      /* leading zeros only move the point */
            if (after_point)
                point--;
            continue;
        }
        nonzero = true;
        if (!after_point)
            point++;
        if (nd < SIG_DIGITS + 1)          /* half away from zero needs one digit more */
            dig[nd++] = *p;
    }
    if (!seen)
        return false;
    if (p < end && (*p == 'E' || *p == 'e')) {
        p++;
        bool eneg = false;
        if (p < end && (*p == '-' || *p == '+'))
            eneg = *p++ == '-';
        if (p == end)
            return false;
        long e = 0;
        for (; p < end && *p >= '0' && *p <= '9'; p++)
            if (e < 100000)
                e = e * 10 + (*p - '0');
        point += eneg ? -e : e;
    }
    if (p != end)
        return false;
    if (!nonzero) {
        if (size < 2)
            return false;
        strcpy(out, "0");
        return true;
    }
    if (nd == SIG_DIGITS + 1) {           /* round to SIG_DIGITS, half away from zero */
        bool up = dig[SIG_DIGITS] >= '5';
        nd = SIG_DIGITS;
        for (size_t i = nd; up && i-- > 0;) {
            if (dig[i] == '9') {
                dig[i] = '0';
            } else {
                dig[i]++;
                up = false;
            }
        }
        if (up) {                         /* 999... rounded to 1000... */
            memmove(dig + 1, dig, nd - 1);
            dig[0] = '1';
            point++;
        }
    }
    while (nd > 0 && dig[nd - 1] == '0')
        nd--;
    if (point > 40 || point < -40)
        return false;
    size_t o = 0;
    char tmp[128];
    if (neg)
        tmp[o++] = '-';
    if (point <= 0) {
        tmp[o++] = '0';
        tmp[o++] = '.';
        for (long i = 0; i < -point; i++)
            tmp[o++] = '0';
        for (size_t i = 0; i < nd; i++)
            tmp[o++] = dig[i];
    } else {
        for (long i = 0; i < point; i++)
            tmp[o++] = (size_t)i < nd ? dig[i] : '0';
        if ((size_t)point < nd) {
            tmp[o++] = '.';
            for (size_t i = (size_t)point; i < nd; i++)
                tmp[o++] = dig[i];
        }
    }
    if (o + 1 > size)
        return false;
    memcpy(out, tmp, o);
    out[o] = '\0';
    return true;
}
