/* bench/gen_payments.c — a synthetic benefit payment register in the Swedish dialect.
 *
 *     gen_payments N > betalningar.csv
 *
 * UTF-8 with a byte order mark, `;`, CRLF, header hushall;manad;belopp;stadsomrade, N rows:
 * pseudonymised households paid month by month, amounts with decimal comma and thousands
 * separators (space, NBSP or none), now and then quoted, districts with å ä ö. The same N
 * gives the same file (a fixed pseudo-random sequence).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static uint64_t state = 0x9E3779B97F4A7C15u;

static uint32_t next(void)
{
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return (uint32_t)(state >> 16);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fputs("usage: gen_payments N\n", stderr);
        return 64;
    }
    long long n = atoll(argv[1]);
    static const char *const districts[] = {"Öster", "Väster", "Söder", "Norr", "Centrum",
                                            "Hässelby-Vällingby", "Älvsjö", "\"Skärholmen; syd\""};
    static char out[1 << 16];
    setvbuf(stdout, out, _IOFBF, sizeof out);
    fputs("\xEF\xBB\xBFhushall;manad;belopp;stadsomrade\r\n", stdout);
    long long households = n / 48 + 1;
    for (long long i = 0; i < n; i++) {
        long long hh = i % households;
        int m = (int)(i / households) % 48;        /* 2014-01 .. 2017-12 */
        uint32_t r = next();
        long kr = 200 + (long)(r % 14000);
        int ore = (r >> 14) % 4 == 0 ? (int)((r >> 16) % 100) : 0;
        char amount[48];
        int sep = (r >> 20) % 3;                   /* none, space, NBSP */
        if (kr >= 1000 && sep == 1)
            snprintf(amount, sizeof amount, "%ld %03ld", kr / 1000, kr % 1000);
        else if (kr >= 1000 && sep == 2)
            snprintf(amount, sizeof amount, "%ld\xC2\xA0%03ld", kr / 1000, kr % 1000);
        else
            snprintf(amount, sizeof amount, "%ld", kr);
        const char *district = districts[hh % 8];
        if (ore)
            printf("H%07lld;%d-%02d;\"%s,%02d\";%s\r\n", hh, 2014 + m / 12, m % 12 + 1, amount,
                   ore, district);
        else
            printf("H%07lld;%d-%02d;%s;%s\r\n", hh, 2014 + m / 12, m % 12 + 1, amount, district);
    }
    return fflush(stdout) == 0 ? 0 : 74;
}
