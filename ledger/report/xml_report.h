/* ledger/report/xml_report.h — the XML writers of the project and fund reports. */
#ifndef SIF_REPORT_XML_REPORT_H
#define SIF_REPORT_XML_REPORT_H

#include "model.h"
#include "sif/report.h"
#include "xml_out.h"

/* The project report at path (templates/sif-report-2.xsd). */
sif_status rpt_xml_write(const rpt_model *m, const char *path, sif_lang lang, sif_error *err);

/* <provenance> with one <batch> per batch and (anchor not NULL: report schema 2) the chain's
 * <anchor head count>: shared by the project and fund reports. */
void rpt_xml_provenance(xo *w, const rpt_batch *b, size_t n, const sif_anchor *anchor);

#endif
