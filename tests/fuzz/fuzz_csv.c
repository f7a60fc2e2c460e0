/* tests/fuzz/fuzz_csv.c — the CSV reader (importers/csv.h) on arbitrary bytes, from memory. */
#include "fuzz_common.h"
#include "csv.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_rows fr = {0};
    sif_error err;
    sif_error_init(&err);
    sif_status rc = sif_csv_read_mem((const char *)data, size, "fuzz.csv", NULL, fuzz_row, &fr,
                                     NULL, &err);
    if (rc != SIF_OK && rc != SIF_ERR_DATA)
        abort();
    return 0;
}
