/* ledger/report/labels.c — the label table of labels.h, and sif_lang_parse. */
#include "labels.h"

#include <stdio.h>
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

const char *rpt_scenario_label(sif_lang lang, const sif_scenario *s, char *buf, size_t size)
{
    if (lang != SIF_LANG_EN) {
        snprintf(buf, size, "%s", s->label);
        return buf;
    }
    static const rpt_label l[] = {L_SCEN_FULL, L_SCEN_SAVINGS, L_SCEN_CASHABLE, L_SCEN_PARTIAL,
                                  L_SCEN_WAIVED};
    const char *base = rpt_label_text(lang, (unsigned)s->kind < 5 ? l[s->kind] : L_SCEN_FULL);
    if (s->kind == SIF_SCENARIO_PARTIAL) {
        char pct[32];
        snprintf(buf, size, "%s, %s", base,
                 sif_ratio_format((sif_ratio){s->partial_bp, 10000}, pct, sizeof pct));
    } else if (s->kind == SIF_SCENARIO_WAIVED && s->decision_id && s->decision_draft) {
        snprintf(buf, size, "%s (%s)", base, rpt_label_text(lang, L_SCEN_PROPOSAL));
    } else {
        snprintf(buf, size, "%s", base);
    }
    return buf;
}
