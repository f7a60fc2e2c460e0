/* ledger/calc/method_internal.h — what the method files share: the proposal being built. */
#ifndef SIF_METHOD_INTERNAL_H
#define SIF_METHOD_INTERNAL_H

#include "calc_internal.h"
#include "sif/method.h"

/* Append a proposed saving; takes ownership of c (freed on failure too). */
sif_status sif_mout_add(sif_method_out *m, const sif_saving *s, sif_saving_calc *c,
                        sif_error *err);
/* Append a warning (printf-style). */
sif_status sif_mout_warn(sif_method_out *m, sif_error *err, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* A saving with the project, options and category filled in (amount 0). */
void sif_mout_base(const sif_project *p, const sif_method_opts *o, sif_category cat,
                   const char *method, const char *label, int year, sif_saving *s);
/* A derivation line; SIF_ERR_NOMEM as an error. */
#define CALC_LINE(c, err, ...) \
    (sif_saving_calc_line((c), __VA_ARGS__) == SIF_OK ? SIF_OK \
                                                      : sif_error_set((err), SIF_ERR_NOMEM, "out of memory"))
/* The unit cost in force (kind ore or count) for the saving's year, into *v and its source
 * description ("9 000 kr, källa: ...") into a calc line. */
sif_status sif_method_param(sif_store *st, const char *key, const char *project, int year,
                            int64_t *v, sif_param *p, sif_error *err);

/* The first derivation line of a benefit saving computed for one stadsområde (saving compute
 * --district, SPEC §12): the district is part of the saving's key, read back from this line
 * (method_once.c), so the methods write exactly these. */
#define SIF_DISTRICT_LINE_SCHABLON "Only households with an exit in district %s."
#define SIF_DISTRICT_LINE_RECORDS \
    "Only households in district %s by the payment register (else the exit's district)."
/* The same lines as a ledger stored them before derivations were message ids (Swedish). */
#define SIF_DISTRICT_LINE_SCHABLON_SV "Endast hushåll med avslut i stadsområde %s."
#define SIF_DISTRICT_LINE_RECORDS_SV \
    "Endast hushåll i stadsområde %s enligt utbetalningsregistret (annars avslutets stadsområde)."
/* The district a saving's stored derivation says it counts, into out (size bytes); "" = every
 * district (the whole project). derivation may be NULL; its lines are message ids with their
 * arguments (calc_text.c) or, in an older ledger, the Swedish text. */
void sif_method_district_of(const char *derivation, char *out, size_t size);

/* method_once.c (SPEC §11.1). The unreversed saving with n's project, method, category and
 * year that counts the same households as a saving of district (from its derivation; "" =
 * the whole project): one of the same district, or of the whole project when either is "",
 * or *id 0. */
sif_status sif_method_same_saving(sif_store *st, const sif_saving *n, const char *district,
                                  int64_t *id, sif_error *err);
/* The household-month rule for a schablon saving of year counted from the exits: the exits
 * it counts are those dated after the end of *after (the latest year before it with an
 * unreversed schablon saving, 0 = none) up to the end of year; *conflict is an unreversed
 * schablon saving of that year or later that counted some of them already (0 = none, else
 * *conflict_year its year). except: the saving being replaced. Districts are separate keys:
 * a saving of district counts after the savings of that district or of the whole project; a
 * whole-project saving ("") conflicts with any district's saving. */
#define SIF_INPUT_EXITS_AFTER "avslut_efter_ar"
sif_status sif_method_exit_bounds(sif_store *st, const sif_project *p, const char *district,
                                  int year, int64_t except, int *after, int64_t *conflict, int *conflict_year,
                                  sif_error *err);
/* An unreversed benefit saving of p by the other household method than method (schablon or
 * records), except that one, or *id 0: both would count the same households. */
sif_status sif_method_other_benefit(sif_store *st, const sif_project *p, const char *method,
                                    int64_t except, int64_t *id, sif_error *err);

sif_status sif_method_schablon(sif_store *st, const sif_project *p, const sif_method_opts *o,
                               sif_method_out *m, sif_error *err);
sif_status sif_method_records(sif_store *st, const sif_project *p, const sif_method_opts *o,
                              sif_method_out *m, sif_error *err);
sif_status sif_method_treatment(sif_store *st, const sif_project *p, const sif_method_opts *o,
                                sif_method_out *m, sif_error *err);
sif_status sif_method_placement(sif_store *st, const sif_project *p, const sif_method_opts *o,
                                sif_method_out *m, sif_error *err);
sif_status sif_method_other(sif_store *st, const sif_project *p, const sif_method_opts *o,
                            sif_method_out *m, sif_error *err);

#endif
