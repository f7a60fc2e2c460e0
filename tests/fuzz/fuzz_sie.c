/* tests/fuzz/fuzz_sie.c — the SIE 4 reader on arbitrary files, with a fixed mapping. */
#include "fuzz_common.h"
#include "sie_reader.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char map[] = "konto=1000-9999;objekt=1:4711;projekt=P;tjanst=T\n"
                              "konto=4000-7999;projekt=P;tjanst=U;finansiering=esf\n";
    static const char *map_path;
    if (map_path == NULL)
        map_path = fuzz_file((const uint8_t *)map, sizeof map - 1, ".map");
    fuzz_rows fr = {0};
    sif_error err;
    sif_error_init(&err);
    sif_status rc = sif_sie_read(fuzz_file(data, size, ".se"), map_path, fuzz_row, &fr, &err);
    if (rc != SIF_OK && rc != SIF_ERR_DATA)
        abort();
    if (fr.rows > 0 && fr.header_cells != 6)
        abort();
    if (rc == SIF_OK && fr.rows < 2)
        abort();   /* success means at least one matched #TRANS */
    return 0;
}
