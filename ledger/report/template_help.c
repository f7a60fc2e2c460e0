/* ledger/report/template_help.c — the instructions sheet of the template workbooks. */
#include "template_help.h"

#include <stdio.h>
#include <string.h>
#include "../intl.h"

const char *tpl_help_name(const rx *x) { return sif_tr_in(x->lang, N_("Instructions")); }

void tpl_help_sheet(rx *x, rx_sheet *s, const char *const *paragraphs, size_t n,
                    const sif_project *p)
{
    int row = 0;
    for (size_t i = 0; i < n; i++) {
        const char *text = sif_tr_in(x->lang, paragraphs[i]);
        for (;;) {
            const char *nl = strchr(text, '\n');
            char line[512];
            snprintf(line, sizeof line, "%.*s", nl ? (int)(nl - text) : (int)strlen(text), text);
            rx_text_wide(x, s, row++, 0, line, i == 0 ? x->f.title : x->f.text);
            if (nl == NULL)
                break;
            text = nl + 1;
        }
        if (i == 0)
            row++;   /* a blank row under the title */
    }
    row++;
    char buf[SIF_NAME_MAX + 128];
    snprintf(buf, sizeof buf, sif_tr_in(x->lang, N_("Project: %s (%s)")), p->name, p->code);
    rx_text_wide(x, s, row++, 0, buf, x->f.bold);
    if (p->dnr[0]) {
        snprintf(buf, sizeof buf, sif_tr_in(x->lang, N_("Case number: %s")), p->dnr);
        rx_text_wide(x, s, row, 0, buf, x->f.text);
    }
    if (x->rc == SIF_OK)
        worksheet_set_column(s->ws, 0, 0, 100, NULL);
}
