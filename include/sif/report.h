/* include/sif/report.h — the decision basis: the Excel workbook, the XML report, the cost
 * template and the fund portfolio report (SPEC §7).
 *
 * @code
 *     sif_report_opts o = {.lang = SIF_LANG_SV, .xlsx_path = "HFO.xlsx", .xml_path = "HFO.xml"};
 *     if (sif_report_write(st, "HFO", &o, &err) != SIF_OK)
 *         ... err.msg says what went wrong, err.file which file ...
 *     sif_template_costs_write(st, "HFO", "kostnader.xlsx", SIF_LANG_SV, false, &err);
 * @endcode
 *
 * Every writer reads the ledger in one read transaction, so a report shows one consistent
 * state, and writes nothing to the ledger. Money is öre in the ledger and whole kronor
 * (double, exact below 2^53 öre) only in the workbook's cells; the XML keeps öre.
 * Text that came from a user or a file is always written as text, never as a formula.
 * Output files are written as outfile.h says: an existing file only with force, a SQLite
 * database never, each through a temporary file beside it that is renamed when complete,
 * so a failure leaves no half file and the old one intact (SIF_ERR_CANTCREATE when a file
 * cannot be created or may not be replaced, SIF_ERR_IO when writing failed).
 */
#ifndef SIF_REPORT_H
#define SIF_REPORT_H

#include <stdbool.h>
#include "sif/error.h"
#include "sif/store.h"
#include "sif/anchor.h"
#include "sif/i18n.h"   /* sif_lang */
#include "sif/simulate.h"   /* sif_sim_progress_fn */



/* What to write. Either path may be NULL, not both. Borrowed for the call. */
typedef struct sif_report_opts {
    sif_lang lang;
    const char *xlsx_path;   /* the workbook, or NULL */
    const char *xml_path;    /* the XML report (namespace urn:sif:report:2), or NULL */
    const char *prepared_by; /* the author the report names, or NULL: none named (the
                                ledger's user who ran it is still recorded) */
    bool force;              /* replace files that exist (never a SQLite database) */
    int64_t simulate_runs;   /* > 0: the project workbook has the Monte Carlo sheet of this
                                many runs (simulate.h; sif report --simulate N); 0: none */
    uint64_t simulate_seed;  /* its seed (sif report --seed S, default 1) */
    sif_sim_progress_fn on_sim_progress;   /* the simulation's runs as they go (simulate.h);
                                              may be NULL */
    void *progress_ctx;
} sif_report_opts;

/* The decision basis of one project: workbook and/or XML (templates/sif-report-2.xsd),
 * with the findings of sif check for the project (check.h).
 * SIF_ERR_NOTFOUND when the project does not exist. */
sif_status sif_report_write(sif_store *st, const char *project_code,
                            const sif_report_opts *opts, sif_error *err);

/* The cost template of a project: sheet "Kostnader" with the headings Projekt, Tjänst, År,
 * Belopp, Finansiering, Kommentar (the CSV cost import's names with å ä ö), one row per role
 * × project year with Projekt, Tjänst and the default funding filled in, dropdowns for Tjänst
 * and Finansiering (fonden, bidrag, esf, annan: in Swedish; fund, grant, esf, other: in
 * English: the import takes both), whole-number validation on År and decimal validation on
 * Belopp; an instructions sheet in lang; the dropdown sources on a hidden sheet "Listor". The
 * data sheet's name and headings are Swedish in both languages: they are the import's. */
sif_status sif_template_costs_write(sif_store *st, const char *project_code,
                                    const char *xlsx_path, sif_lang lang, bool force,
                                    sif_error *err);

/* The participant template (outcomes false) or the outcome template of a project (SPEC §12):
 * sheet "Deltagare" with the headings Projekt, Deltagare, Kön, Stadsområde, Startdatum,
 * Slutdatum, Födelseår, Hushåll, or sheet "Utfall" with Projekt, Deltagare, Datum, Utfall (the
 * CSV import's names with å ä ö, in both languages); ids as text, dates as dates, dropdowns
 * for the project, gender, the known districts and the outcomes; an instructions sheet in
 * lang. Read back by sif import participants|outcomes FILE.xlsx. */
sif_status sif_template_people_write(sif_store *st, bool outcomes, const char *project_code,
                                     const char *xlsx_path, sif_lang lang, bool force,
                                     sif_error *err);

/* The fund portfolio report: every project of the fund side by side and the fund's balance
 * over the years; workbook and/or XML (templates/sif-fund-report-1.xsd, namespace
 * urn:sif:fund-report:1). fund_code NULL or "" = the default fund. */
sif_status sif_fund_report_write(sif_store *st, const char *fund_code,
                                 const sif_report_opts *opts, sif_error *err);

/* The chain anchor written into the XML report at path (SPEC §11.9), for
 * sif_store_verify_anchor. A file that is not XML or has no anchor is SIF_ERR_DATA. */
sif_status sif_report_anchor_read(const char *path, sif_anchor *out, sif_error *err);

#endif
