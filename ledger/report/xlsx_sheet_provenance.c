/* ledger/report/xlsx_sheet_provenance.c — Underlag: every batch of the ledger (kind,
 * source file, SHA-256, who, when, rows) and the sif version that wrote the workbook. */
#include "xlsx_report.h"

#include <stdio.h>
#include "names.h"

void rxs_provenance(rx_report *r)
{
    char buf[512];
    snprintf(buf, sizeof buf, "%s (%s)", r->m->project.name, r->m->project.code);
    rx_provenance_sheet(&r->x, &r->prov, buf, r->m->batches, r->m->nbatches,
                        r->m->generated_text, r->m->user, &r->m->anchor, r->m->findings);
}

void rx_provenance_sheet(rx *x, rx_sheet *s, const char *subtitle, const rpt_batch *batches,
                         size_t nbatches, const char *generated, const char *user,
                         const sif_anchor *anchor, const sif_findings *findings)
{
    char buf[512];
    rx_text_wide(x, s, 0, 0, rx_l(x, L_PROV_TITLE), x->f.title);
    rx_text_wide(x, s, 1, 0, subtitle, x->f.subtitle);
    rx_text_wide(x, s, 2, 0, rx_l(x, L_LEDGER_ROWS_NOTE), x->f.note);

    const int head = 4;
    static const rpt_label cols[] = {L_BATCH, L_KIND, L_SOURCE_FILE, L_SHA256, L_WHO, L_WHEN,
                                     L_ROWS};
    for (int c = 0; c < 7; c++)
        rx_text(x, s, head, c, rx_l(x, cols[c]), c == 0 || c == 6 ? x->f.head_r : x->f.head);
    int row = head + 1;
    for (size_t i = 0; i < nbatches; i++, row++) {
        const rpt_batch *b = &batches[i];
        rx_int(x, s, row, 0, b->id, x->f.int_);
        rx_text(x, s, row, 1, rpt_batch_kind_name(x->lang, b->kind, buf, sizeof buf), x->f.text);
        rx_text(x, s, row, 2, b->source[0] ? b->source : "–", x->f.wrap);
        /* the hash whole, in a type whose characters are all one width */
        rx_text(x, s, row, 3, b->sha256[0] ? b->sha256 : "–", x->f.mono);
        rx_text(x, s, row, 4, b->user, x->f.text);
        rx_text(x, s, row, 5, rpt_local_time(b->at, buf, sizeof buf), x->f.text);
        rx_int(x, s, row, 6, b->rows, x->f.int_);
    }
    row++;
    /* these labels wrap: column A holds the batch numbers above them */
    rx_text(x, s, row, 0, rx_l(x, L_SIF_VERSION), x->f.bold_wrap);
    rx_text(x, s, row++, 1, SIF_VERSION, x->f.text);
    rx_text(x, s, row, 0, rx_l(x, L_GENERATED), x->f.bold_wrap);
    snprintf(buf, sizeof buf, "%s %s %s", generated, rx_l(x, L_BY), user);
    rx_text_wide(x, s, row++, 1, buf, x->f.text);
    /* the chain's head for the minutes: HEX:COUNT, as sif anchor prints it */
    rx_text(x, s, row, 0, rx_l(x, L_ANCHOR), x->f.bold_wrap);
    snprintf(buf, sizeof buf, "%s:%lld", anchor->head, (long long)anchor->count);
    rx_text_wide(x, s, row++, 1, buf, x->f.text);
    rx_text_wide(x, s, row++, 1, rx_l(x, L_ANCHOR_NOTE), x->f.note);
    rx_text_wide(x, s, row++, 0, rx_l(x, L_LOCAL_TIME_NOTE), x->f.note);
    /* (the chain head of sif anchor belongs here, beside the version and the time) */
    if (findings) {
        /* sif check for the project and its fund (SPEC §11.8): the kind by its name, then
         * what was found and what to do, wrapped over the columns to the right */
        row++;
        const int ftop = row;
        rx_text_wide(x, s, row++, 0, rx_l(x, L_FINDINGS), x->f.subtitle);
        if (findings->n == 0)
            rx_text_wide(x, s, row++, 0, rx_l(x, L_FINDINGS_NONE), x->f.text);
        else {
            rx_text_merge(x, s, row, 0, 1, rx_l(x, L_KIND), x->f.head);
            rx_text_merge(x, s, row++, 2, 6, rx_l(x, L_WHAT_TO_DO), x->f.head);
        }
        for (size_t i = 0; i < findings->n; i++, row++) {
            rx_text_merge(x, s, row, 0, 1, rpt_finding_kind_name(x->lang, findings->items[i].kind),
                          x->f.wrap);
            rx_text_merge(x, s, row, 2, 6, findings->items[i].message, x->f.wrap);
        }
        rx_keep_rows(s, ftop, row - 1);
    }
    s->nocap[3] = true;
    if (s->width[3] > 0)   /* Courier New 9 pt: a character is 7/8 of a column unit */
        s->width[3] = s->width[3] * 0.9;
    rx_sheet_finish(x, s, head, 0);
}
