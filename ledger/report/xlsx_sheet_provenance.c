/* ledger/report/xlsx_sheet_provenance.c — Underlag: every batch of the ledger (kind,
 * source file, SHA-256, who, when, rows) and the sif version that wrote the workbook. */
#include "xlsx_report.h"

#include <stdio.h>

void rxs_provenance(rx_report *r)
{
    rx *x = &r->x;
    rx_sheet *s = &r->prov;
    const rpt_model *m = r->m;
    char buf[512];

    rx_text_wide(x, s, 0, 0, rx_l(x, L_PROV_TITLE), x->f.title);
    snprintf(buf, sizeof buf, "%s (%s)", m->project.name, m->project.code);
    rx_text_wide(x, s, 1, 0, buf, x->f.subtitle);
    rx_text_wide(x, s, 2, 0, rx_l(x, L_LEDGER_ROWS_NOTE), x->f.note);

    const int head = 4;
    static const rpt_label cols[] = {L_BATCH, L_KIND, L_SOURCE_FILE, L_SHA256, L_WHO, L_WHEN,
                                     L_ROWS};
    for (int c = 0; c < 7; c++)
        rx_text(x, s, head, c, rx_l(x, cols[c]), c == 0 || c == 6 ? x->f.head_r : x->f.head);
    int row = head + 1;
    for (size_t i = 0; i < m->nbatches; i++, row++) {
        const rpt_batch *b = &m->batches[i];
        rx_int(x, s, row, 0, b->id, x->f.int_);
        rx_text(x, s, row, 1, b->kind, x->f.text);
        rx_text(x, s, row, 2, b->source[0] ? b->source : "–", x->f.text);
        rx_text(x, s, row, 3, b->sha256[0] ? b->sha256 : "–", x->f.text);
        rx_text(x, s, row, 4, b->user, x->f.text);
        rx_text(x, s, row, 5, b->at, x->f.text);
        rx_int(x, s, row, 6, b->rows, x->f.int_);
    }
    row++;
    rx_text(x, s, row, 0, rx_l(x, L_SIF_VERSION), x->f.bold);
    rx_text(x, s, row++, 1, SIF_VERSION, x->f.text);
    rx_text(x, s, row, 0, rx_l(x, L_GENERATED), x->f.bold);
    snprintf(buf, sizeof buf, "%s %s %s", m->generated_text, rx_l(x, L_BY), m->user);
    rx_text_wide(x, s, row++, 1, buf, x->f.text);
    rx_sheet_finish(x, s, head, 0);
}
