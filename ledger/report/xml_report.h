/* ledger/report/xml_report.h — the XML writers of the project and fund reports. */
#ifndef SIF_REPORT_XML_REPORT_H
#define SIF_REPORT_XML_REPORT_H

#include "model.h"
#include "sif/report.h"
#include "xml_out.h"

/* The project report at path (templates/sif-report-2.xsd). */
sif_status rpt_xml_write(const rpt_model *m, const char *path, sif_lang lang, sif_error *err);

/* Open path and start its root element (in namespace ns) with the attributes every report
 * carries: schema-version, sif-version, generated, generated-by, prepared-by (when not NULL
 * or "") and lang. NULL on failure (err set); else xo_end the root and xo_close. */
xo *rpt_xml_begin(const char *path, const char *root, const char *ns, const char *generated,
                  const char *user, const char *prepared_by, sif_lang lang, sif_error *err);

/* Start <count what total> of the outcome k (-1: the participants), with one attribute per
 * gender when by_gender is not NULL (SIF_GENDER_COUNT_ counts). The caller adds any children
 * and ends it: shared by the project and fund reports. */
void rpt_xml_count(xo *w, int k, int64_t total, const int64_t *by_gender);

/* <provenance> with one <batch> per batch and (anchor not NULL: report schema 2) the chain's
 * <anchor head count>: shared by the project and fund reports. */
void rpt_xml_provenance(xo *w, const rpt_batch *b, size_t n, const sif_anchor *anchor);

#endif
