/* bench/gen_ledger.c — a portfolio of projects, and import files over it, for bench/run.sh.
 *
 *     gen_ledger setup DB PROJECTS          a new ledger: PROJECTS projects P0001...,
 *                                           8 roles R1..R8 each, in one batch
 *     gen_ledger costs|exits|savings N PROJECTS > FILE.csv
 *
 * costs: N rows projekt;tjanst;ar;belopp spread over every project, role and year
 * 2010-2019 in turn (N = PROJECTS × 80 gives each role one cost a year); exits: N
 * households; savings: N rows over projects, categories and years. The same arguments give
 * the same file.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "sif/sif.h"

#define ROLES 8
#define YEARS 10

static int fail(const sif_error *err)
{
    fprintf(stderr, "gen_ledger: %s\n", err->msg);
    return 1;
}

static int setup(const char *path, long projects)
{
    sif_store *st;
    sif_error err;
    bool created;
    int64_t batch, id;
    if (sif_store_open(path, SIF_STORE_CREATE, &st, &err) != SIF_OK ||
        sif_ledger_init(st, "Fonden", "Kommunen", &created, &err) != SIF_OK ||
        sif_write_begin(st, "entry", NULL, NULL, &batch, &err) != SIF_OK ||
        sif_unit_add(st, batch, "U1", "Enheten", "Nämnden", &id, &err) != SIF_OK)
        return fail(&err);
    for (long p = 0; p < projects; p++) {
        sif_project pr;
        memset(&pr, 0, sizeof pr);
        snprintf(pr.code, sizeof pr.code, "P%04ld", p + 1);
        snprintf(pr.name, sizeof pr.name, "Projekt %ld", p + 1);
        pr.start_year = 2010;
        pr.end_year = 2010 + YEARS - 1;
        if (sif_project_add(st, batch, &pr, &id, &err) != SIF_OK)
            return fail(&err);
        for (int r = 0; r < ROLES; r++) {
            sif_role ro;
            memset(&ro, 0, sizeof ro);
            snprintf(ro.code, sizeof ro.code, "R%d", r + 1);
            snprintf(ro.title, sizeof ro.title, "Tjänst %d", r + 1);
            snprintf(ro.unit_code, sizeof ro.unit_code, "U1");
            if (sif_role_add(st, batch, pr.code, &ro, &id, &err) != SIF_OK)
                return fail(&err);
        }
    }
    if (sif_write_commit(st, batch, projects * (ROLES + 1), 0, NULL, &err) != SIF_OK)
        return fail(&err);
    sif_store_close(st);
    return 0;
}

static int rows(const char *kind, long long n, long projects)
{
    static char out[1 << 16];
    setvbuf(stdout, out, _IOFBF, sizeof out);
    static const char *const reasons[] = {"arbete", "studier", "flytt", "annat"};
    static const char *const categories[] = {"benefit", "treatment", "placement", "other"};
    if (strcmp(kind, "costs") == 0)
        fputs("projekt;tjanst;ar;belopp\r\n", stdout);
    else if (strcmp(kind, "exits") == 0)
        fputs("projekt;hushall;avslutsdatum;avslutsorsak\r\n", stdout);
    else
        fputs("projekt;kategori;ar;belopp\r\n", stdout);
    for (long long i = 0; i < n; i++) {
        long p = (long)(i % projects) + 1;
        long long k = i / projects;
        long kr = 1000 + (long)((i * 7919) % 900000);
        if (strcmp(kind, "costs") == 0)
            printf("P%04ld;R%lld;%lld;%ld %03ld,%02lld\r\n", p, k % ROLES + 1,
                   2010 + k / ROLES % YEARS, kr / 1000, kr % 1000, i % 100);
        else if (strcmp(kind, "exits") == 0)
            printf("P%04ld;H%09lld;%lld-%02lld-%02lld;%s\r\n", p, i, 2010 + i % YEARS,
                   i % 12 + 1, i % 28 + 1, reasons[i % 4]);
        else
            printf("P%04ld;%s;%lld;%ld\r\n", p, categories[k % 4], 2010 + k / 4 % YEARS, kr);
    }
    return fflush(stdout) == 0 ? 0 : 74;
}

int main(int argc, char **argv)
{
    if (argc == 4 && strcmp(argv[1], "setup") == 0)
        return setup(argv[2], atol(argv[3]));
    if (argc == 4 && (strcmp(argv[1], "costs") == 0 || strcmp(argv[1], "exits") == 0 ||
                      strcmp(argv[1], "savings") == 0) && atol(argv[3]) > 0)
        return rows(argv[1], atoll(argv[2]), atol(argv[3]));
    fputs("usage: gen_ledger setup DB PROJECTS | gen_ledger costs|exits|savings N PROJECTS\n",
          stderr);
    return 64;
}
