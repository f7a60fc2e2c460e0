/* tests/fuzz/fuzz_amount.c — the Swedish amount parser: no crash, no overflow, and every
 * accepted amount survives formatting and parsing again unchanged. */
#include "fuzz_common.h"
#include "sif/money.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sif_ore v = 0;
    sif_error err;
    sif_error_init(&err);
    if (sif_ore_parse_n((const char *)data, size, &v, &err) != SIF_OK) {
        if (err.code == SIF_OK || err.msg[0] == '\0')
            abort();   /* a refusal must say why */
        return 0;
    }
    static const unsigned flags[] = {SIF_FMT_AUTO, SIF_FMT_ORE, SIF_FMT_ORE | SIF_FMT_KR,
                                     SIF_FMT_PLAIN | SIF_FMT_ORE};
    for (size_t i = 0; i < sizeof flags / sizeof flags[0]; i++) {
        char buf[64];
        sif_ore back = 0;
        sif_ore_format(v, buf, sizeof buf, flags[i]);
        if (sif_ore_parse(buf, &back, &err) != SIF_OK || back != v)
            abort();
    }
    return 0;
}
