/* ledger/report/xml_economics.h — SPEC §13 elements of the XML report's <result>. */
#ifndef SIF_XML_ECONOMICS_H
#define SIF_XML_ECONOMICS_H

#include "sif/result.h"
#include "xml_out.h"

/* <agency> (when a saving is split), <present-values> (with a discount) and <haircut>
 * elements, after the <adjustment> lines, in the order of sif-report-2.xsd. */
void rpt_xml_economics(xo *w, const sif_result *r);

#endif
