/* tests/fuzz/fuzz_xml.c — the XML import reader on arbitrary documents, validated against
 * the cost schema (the first byte picks another kind when it is a digit 0–6). */
#include "fuzz_common.h"
#include "xml_reader.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *kinds[] = {"costs", "savings", "exits", "payments", "treatment",
                                  "placements", "params"};
    const char *kind = "costs";
    if (size > 0 && data[0] >= '0' && data[0] <= '6') {
        kind = kinds[data[0] - '0'];
        data++;
        size--;
    }
    fuzz_rows fr = {0};
    sif_error err;
    sif_error_init(&err);
    sif_status rc = sif_xml_read(fuzz_file(data, size, ".xml"), kind, fuzz_row, &fr, &err);
    if (rc != SIF_OK && rc != SIF_ERR_DATA)
        abort();   /* only bad data can fail here */
    if (rc == SIF_OK && fr.rows < 2)
        abort();   /* a valid document has a header and at least one <rad> */
    return 0;
}
