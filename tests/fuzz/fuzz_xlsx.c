/* tests/fuzz/fuzz_xlsx.c — the XLSX reader on arbitrary archives (first sheet). */
#include "fuzz_common.h"
#include "xlsx_reader.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_rows fr = {0};
    sif_error err;
    sif_error_init(&err);
    sif_status rc = sif_xlsx_read(fuzz_file(data, size, ".xlsx"), NULL, fuzz_row, &fr, &err);
    if (rc != SIF_OK && rc != SIF_ERR_DATA)
        abort();
    if (rc == SIF_OK && fr.rows < 1)
        abort();   /* success means a header at least */
    return 0;
}
