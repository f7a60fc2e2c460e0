/* ledger/web/labels.c — the web's label table. */
#include "labels.h"

static const char *const sv[WL_COUNT_] = {
#define SV(id, s, e) [WL_##id] = s,
    WEB_LABELS(SV)
#undef SV
};

static const char *const en[WL_COUNT_] = {
#define EN(id, s, e) [WL_##id] = e,
    WEB_LABELS(EN)
#undef EN
};

const char *web_label(sif_lang lang, web_label_id id)
{
    if ((unsigned)id >= WL_COUNT_)
        return "";
    return lang == SIF_LANG_EN ? en[id] : sv[id];
}
