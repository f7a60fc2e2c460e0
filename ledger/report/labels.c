/* ledger/report/labels.c — the label table of labels.h, and sif_lang_parse. */
#include "labels.h"

#include <string.h>

static const char *const sv_text[] = {
#define RPT_LABEL_SV(id, sv, en) sv,
    RPT_LABELS(RPT_LABEL_SV)
#undef RPT_LABEL_SV
};

static const char *const en_text[] = {
#define RPT_LABEL_EN(id, sv, en) en,
    RPT_LABELS(RPT_LABEL_EN)
#undef RPT_LABEL_EN
};

const char *rpt_label_text(sif_lang lang, rpt_label id)
{
    if ((unsigned)id >= (unsigned)L_COUNT_)
        return "";
    return lang == SIF_LANG_EN ? en_text[id] : sv_text[id];
}

sif_status sif_lang_parse(const char *text, sif_lang *out, sif_error *err)
{
    if (text && strcmp(text, "sv") == 0) {
        *out = SIF_LANG_SV;
        return SIF_OK;
    }
    if (text && strcmp(text, "en") == 0) {
        *out = SIF_LANG_EN;
        return SIF_OK;
    }
    return sif_error_set(err, SIF_ERR_USAGE, "language \"%s\" is not sv or en",
                         text ? text : "");
}
