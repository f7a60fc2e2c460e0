/* ledger/report/names.h — what the reports print instead of the ledger's codes: names of
 * parameter keys, parameter kinds and batch kinds, and times in Swedish local time.
 *
 * The XML keeps the keys and UTC times; the workbook shows only these names (SPEC §7: a
 * committee reads every page without asking what a code means).
 */
#ifndef SIF_REPORT_NAMES_H
#define SIF_REPORT_NAMES_H

#include <stddef.h>
#include "labels.h"
#include "sif/param.h"

/* The name of a parameter key: the label of a key sif knows ("forsorjningsstod_manad":
 * "Försörjningsstöd per hushåll och månad"), else the key made readable ("my_cost" → "My
 * cost"). Returns buf. */
const char *rpt_param_name(sif_lang lang, const char *key, char *buf, size_t size);
/* The name of a parameter kind ("belopp", "antal", "andel"); static. */
const char *rpt_param_kind_name(sif_lang lang, sif_param_kind kind);
/* The name of a batch kind ("import:costs" → "import av kostnader"). Returns buf. */
const char *rpt_batch_kind_name(sif_lang lang, const char *kind, char *buf, size_t size);
/* The name of a finding kind of sif check ("control_difference" → "kontrollsumma som
 * avviker"); a kind sif learns later as it is. Static or kind itself. */
const char *rpt_finding_kind_name(sif_lang lang, const char *kind);
/* The name of a saving's method in lang: Swedish as sif_saving_method_label, English from
 * the labels ("benefit_schablon" → "standard rate (benefit)"); a method sif learns later as
 * it is. Static or method itself. */
const char *rpt_method_name(sif_lang lang, const char *method);
/* text with every "à-pris KEY" written "à-pris NAME" (the calculations' derivations name
 * the parameter they used by its key). Returns buf. */
/* A saving input's unit in lang ("mån" -> "months"); a unit sif does not know as given. */
const char *rpt_unit_name(sif_lang lang, const char *unit);
const char *rpt_names_in_text(sif_lang lang, const char *text, char *buf, size_t size);
/* A UTC time "2026-11-23T16:31:27Z" (or "2026-11-23 16:31:27") as local time in
 * Europe/Stockholm, "2026-11-23 17:31" (CET, UTC+1; CEST, UTC+2, from the last Sunday of
 * March to the last Sunday of October, 01:00 UTC, as EU law sets it). The text as given
 * when it is not such a time. Returns buf. */
const char *rpt_local_time(const char *utc, char *buf, size_t size);

#endif
