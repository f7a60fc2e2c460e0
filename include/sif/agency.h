/* include/sif/agency.h — who gains: a saving split between agencies by exact shares
 * (SPEC §13, as the Swedish NyttoSam and the GMCA model split them).
 *
 * @code
 *     sif_agency_shares sh;
 *     sif_agency_parse("kommun=70%,region=30%", &sh, &err);   // shares must sum to 1
 *     sif_ore part[SIF_AGENCY_COUNT_];
 *     sif_agency_split(100001, &sh, part, &err);              // 70 001 + 30 000 öre
 *     char text[SIF_AGENCY_TEXT_MAX];
 *     sif_agency_format(&sh, text, sizeof text);              // "kommun=7/10,region=3/10"
 * @endcode
 *
 * Shares are kept exactly as written: "70 %" is 70/100 and "1/3" stays 1/3, never a rounded
 * decimal. They must sum to exactly 1. A split of an amount in öre gives each agency its
 * share rounded down, and the öre left over go to the largest remainders (ties to the agency
 * listed first below), so the parts add up to the amount. Only the kommun part can repay the
 * fund: it is what the repayment scenarios count. Without shares a saving is kommun=100 %.
 */
#ifndef SIF_AGENCY_H
#define SIF_AGENCY_H

#include <stdbool.h>
#include <stddef.h>
#include "sif/money.h"

typedef enum sif_agency {
    SIF_AGENCY_KOMMUN = 0,          /* "kommun": the fund's own city */
    SIF_AGENCY_REGION,              /* "region" */
    SIF_AGENCY_STAT,                /* "stat" */
    SIF_AGENCY_FORSAKRINGSKASSAN,   /* "forsakringskassan" */
    SIF_AGENCY_ARBETSFORMEDLINGEN,  /* "arbetsformedlingen" */
    SIF_AGENCY_INDIVID,             /* "individ" */
    SIF_AGENCY_COUNT_
} sif_agency;

/* The stored name ("kommun", ...) and the Swedish label ("Kommunen", "Regionen", ...). */
const char *sif_agency_name(sif_agency a);
const char *sif_agency_label(sif_agency a);
/* Accepts the names, also with å ä ö ("försäkringskassan", "arbetsförmedlingen"). */
sif_status sif_agency_parse_name(const char *text, size_t len, sif_agency *out,
                                 sif_error *err);

/* Shares per agency; den 0 = the agency takes no part. */
typedef struct sif_agency_shares {
    sif_ratio share[SIF_AGENCY_COUNT_];
} sif_agency_shares;

#define SIF_AGENCY_TEXT_MAX 256

/* kommun = 1, the others none. */
void sif_agency_default(sif_agency_shares *sh);
/* True when sh is the default. */
bool sif_agency_is_default(const sif_agency_shares *sh);
/* Parse "kommun=70%,region=30%": items as sif_kv_next reads them (';' or ',' between pairs,
 * a comma between two digits is a decimal comma), each share as sif_share_parse (share.h).
 * An agency named twice, an unknown name, or shares that do not sum to exactly 1 are
 * SIF_ERR_DATA naming what is wrong. */
sif_status sif_agency_parse(const char *text, sif_agency_shares *out, sif_error *err);
/* The stored form: "kommun=7/10,region=3/10" (each share reduced). Returns buf. */
char *sif_agency_format(const sif_agency_shares *sh, char *buf, size_t size);
/* As people read it: "kommun 70 %, region 30 %". Returns buf. */
char *sif_agency_describe(const sif_agency_shares *sh, char *buf, size_t size);
/* Split amount between the agencies by largest remainder; out[] adds up to amount. */
sif_status sif_agency_split(sif_ore amount, const sif_agency_shares *sh,
                            sif_ore out[SIF_AGENCY_COUNT_], sif_error *err);

#endif
