/* ledger/report/xlsx_sheet_indicators.c — Deltagare och utfall: participants and outcomes
 * by gender and district against the targets and the printed counts (SPEC §12), with a
 * chart, and what the household evidence counts beside them (households by exit reason,
 * families in treatment, children in the placement records). Sources count people while
 * savings count households: the sheet says which it has and what it lacks. */
#include "xlsx_report.h"

#include <stdio.h>
#include <string.h>

static const rpt_label gender_labels[SIF_GENDER_COUNT_] = {L_IND_WOMEN, L_IND_MEN,
                                                           L_IND_OTHER, L_IND_UNKNOWN};

/* The counts table; returns the row below it. first and last get the outcome rows. */
static int counts_table(rx_report *r, int head, int *first, int *last)
{
    rx *x = &r->x;
    rx_sheet *s = &r->ind;
    const sif_indicators *ind = r->m->indicators;
    int c = 0;
    rx_text(x, s, head, c++, "", x->f.head);
    rx_text(x, s, head, c++, rx_l(x, L_IND_TOTAL), x->f.head_r);
    for (int g = 0; g < SIF_GENDER_COUNT_; g++)
        rx_text(x, s, head, c++, rx_l(x, gender_labels[g]), x->f.head_r);
    for (size_t d = 0; d < ind->ndistricts && c < RX_MAX_COLS; d++)
        rx_text(x, s, head, c++, ind->districts[d][0] ? ind->districts[d]
                                                      : rx_l(x, L_IND_NO_DISTRICT), x->f.head_r);
    int row = head + 1;
    *first = row + 1;
    for (int k = -1; k < SIF_OUTCOME_COUNT_; k++, row++) {
        const sif_indicator_row *ir = &ind->rows[k < 0 ? SIF_IND_PARTICIPANTS : k];
        rx_text(x, s, row, 0, k < 0 ? rx_l(x, L_IND_PARTICIPANTS)
                                    : sif_outcome_label_in(x->lang, (sif_outcome_kind)k),
                k < 0 ? x->f.bold_text : x->f.text);
        rx_int(x, s, row, 1, ir->total, k < 0 ? x->f.num_sum : x->f.num);
        for (int g = 0; g < SIF_GENDER_COUNT_; g++)
            rx_int(x, s, row, 2 + g, ir->by_gender[g], x->f.num);
        for (size_t d = 0; d < ind->ndistricts && 2 + SIF_GENDER_COUNT_ + (int)d < RX_MAX_COLS; d++)
            rx_int(x, s, row, 2 + SIF_GENDER_COUNT_ + (int)d, ir->by_district[d], x->f.num);
    }
    *last = row - 1;
    return row;
}

/* Targets (controls false) or printed counts against the rows. */
static int checks_table(rx_report *r, int row, const sif_indicator_check *c, size_t n,
                        bool controls)
{
    rx *x = &r->x;
    rx_sheet *s = &r->ind;
    rx_text_wide(x, s, row++, 0, rx_l(x, controls ? L_IND_CONTROLS : L_IND_TARGETS), x->f.bold);
    static const rpt_label heads[] = {L_IND_WHAT, L_YEAR, L_IND_DISTRICT, L_IND_GENDER};
    for (int i = 0; i < 4; i++)
        rx_text(x, s, row, i, rx_l(x, heads[i]), x->f.head);
    rx_text(x, s, row, 4, rx_l(x, controls ? L_IND_PRINTED : L_IND_TARGET), x->f.head_r);
    rx_text(x, s, row, 5, rx_l(x, L_IND_ACTUAL), x->f.head_r);
    rx_text(x, s, row, 6, rx_l(x, controls ? L_IND_DIFFERENCE : L_IND_SHARE), x->f.head_r);
    int head = row++;
    char f[64], a[16], b[16];
    for (size_t i = 0; i < n; i++, row++) {
        const sif_indicator_check *k = &c[i];
        rx_text(x, s, row, 0, sif_indicator_what_label_in(x->lang, k->sel.what), x->f.text);
        if (k->sel.year)
            rx_int(x, s, row, 1, k->sel.year, x->f.year);
        else
            rx_text(x, s, row, 1, rx_l(x, L_IND_ALL), x->f.text);
        rx_text(x, s, row, 2, k->sel.district[0] ? k->sel.district : rx_l(x, L_IND_ALL), x->f.text);
        rx_text(x, s, row, 3, k->sel.gender[0] ? sif_indicator_gender_label_in(x->lang, k->sel.gender)
                                                : rx_l(x, L_IND_ALL), x->f.text);
        rx_int(x, s, row, 4, k->sel.count, x->f.num);
        rx_int(x, s, row, 5, k->actual, x->f.num);
        rx_cell(a, sizeof a, row, 5, false);
        rx_cell(b, sizeof b, row, 4, false);
        if (controls) {
            snprintf(f, sizeof f, "=%s-%s", a, b);
            rx_formula(x, s, row, 6, f, (double)k->difference, 0, x->f.num);
        } else if (k->sel.count > 0) {
            snprintf(f, sizeof f, "=%s/%s", a, b);
            rx_formula(x, s, row, 6, f, (double)k->actual / (double)k->sel.count, 0, x->f.pct);
        } else {
            rx_text(x, s, row, 6, "–", x->f.text_r);
        }
    }
    rx_keep_rows(s, head - 1, row - 1);
    return row + 1;
}

/* What the household evidence counts: the savings' own units, not people. */
static int households_table(rx_report *r, int row)
{
    rx *x = &r->x;
    rx_sheet *s = &r->ind;
    const rpt_model *m = r->m;
    rx_text_wide(x, s, row++, 0, rx_l(x, L_IND_HOUSEHOLDS_TITLE), x->f.bold);
    int first = row;
    int64_t total = 0;
    for (int i = 0; i < SIF_EXIT_REASON_COUNT_; i++) {
        if (m->exits_by_reason[i] == 0)
            continue;
        rx_text(x, s, row, 0, sif_exit_reason_label((sif_exit_reason)i), x->f.text);
        rx_int(x, s, row++, 1, m->exits_by_reason[i], x->f.num);
        total += m->exits_by_reason[i];
    }
    rx_text(x, s, row, 0, rx_l(x, L_IND_EXITS_TOTAL), x->f.bold_text);
    if (row > first) {
        char f[64], a[16], b[16];
        snprintf(f, sizeof f, "=SUM(%s:%s)", rx_cell(a, sizeof a, first, 1, false),
                 rx_cell(b, sizeof b, row - 1, 1, false));
        rx_formula(x, s, row++, 1, f, (double)total, 0, x->f.num_sum);
    } else {
        rx_int(x, s, row++, 1, 0, x->f.num_sum);
    }
    rx_text(x, s, row, 0, rx_l(x, L_IND_TREATMENT_FAMILIES), x->f.text);
    rx_int(x, s, row++, 1, m->treatment_families, x->f.num);
    rx_text(x, s, row, 0, rx_l(x, L_IND_PLACEMENT_CHILDREN), x->f.text);
    rx_int(x, s, row++, 1, m->placement_children, x->f.num);
    rx_text(x, s, row, 0, rx_l(x, L_IND_LINKED), x->f.text);
    rx_int(x, s, row++, 1, m->indicators->linked, x->f.num);
    rx_text(x, s, row, 0, rx_l(x, L_IND_LINKED_HOUSEHOLDS), x->f.text);
    rx_int(x, s, row++, 1, m->indicators->households, x->f.num);
    rx_keep_rows(s, first - 1, row - 1);
    return row + 1;
}

/* A column chart of the outcomes, one series per gender. */
static void chart(rx_report *r, int head, int first, int last, int row)
{
    rx *x = &r->x;
    if (x->rc != SIF_OK)
        return;
    lxw_chart *ch = workbook_add_chart(x->wb, LXW_CHART_COLUMN);
    if (ch == NULL) {
        x->rc = sif_error_set(x->err, SIF_ERR_NOMEM, "out of memory");
        return;
    }
    const char *sh = r->ind.name;
    static const uint32_t colors[] = {0xC0504D, 0x4F81BD, 0x9BBB59, 0xA6A6A6};
    for (int g = 0; g < SIF_GENDER_COUNT_; g++) {
        lxw_chart_series *sr = chart_add_series(ch, NULL, NULL);
        chart_series_set_categories(sr, sh, (lxw_row_t)first, 0, (lxw_row_t)last, 0);
        chart_series_set_values(sr, sh, (lxw_row_t)first, (lxw_col_t)(2 + g), (lxw_row_t)last,
                                (lxw_col_t)(2 + g));
        chart_series_set_name_range(sr, sh, (lxw_row_t)head, (lxw_col_t)(2 + g));
        lxw_chart_fill fill = {.color = colors[g]};
        chart_series_set_fill(sr, &fill);
    }
    chart_title_set_name(ch, rx_l(x, L_IND_CHART));
    chart_legend_set_position(ch, LXW_CHART_LEGEND_BOTTOM);
    lxw_chart_options o = {.x_scale = 640.0 / 480, .y_scale = 300.0 / 288};
    rx_insert_chart(x, &r->ind, row, 0, ch, &o);
    rx_keep_chart(&r->ind, row, 300);
}

void rxs_indicators(rx_report *r)
{
    rx *x = &r->x;
    rx_sheet *s = &r->ind;
    const rpt_model *m = r->m;
    const sif_indicators *ind = m->indicators;
    char buf[600];
    rx_text_wide(x, s, 0, 0, rx_l(x, L_IND_TITLE), x->f.title);
    snprintf(buf, sizeof buf, "%s (%s)", m->project.name, m->project.code);
    rx_text_wide(x, s, 1, 0, buf, x->f.subtitle);
    /* the notes wrap over the counts table (label, total, four genders, the districts): an
     * English note ran past the page's edge onto a page of its own */
    int note_last = 5 + (int)ind->ndistricts < 7 ? 7 : 5 + (int)ind->ndistricts;
    rx_text_merge(x, s, 2, 0, note_last, rx_l(x, L_IND_NOTE), x->f.note_wrap);
    /* what the source lacks: people, or their gender or district */
    const sif_indicator_row *pr = &ind->rows[SIF_IND_PARTICIPANTS];
    int64_t no_district = 0;
    for (size_t d = 0; d < ind->ndistricts; d++)
        if (ind->districts[d][0] == '\0')
            no_district = pr->by_district[d];
    int row = 3;
    if (pr->total == 0) {
        rx_text_merge(x, s, row++, 0, note_last, rx_l(x, L_IND_LACKS_PEOPLE), x->f.note_wrap);
    } else if (pr->by_gender[SIF_GENDER_UNKNOWN] || no_district) {
        snprintf(buf, sizeof buf, "%s %lld, %s %lld", rx_l(x, L_IND_LACKS_GENDER),
                 (long long)pr->by_gender[SIF_GENDER_UNKNOWN], rx_l(x, L_IND_LACKS_DISTRICT),
                 (long long)no_district);
        rx_text_merge(x, s, row++, 0, note_last, buf, x->f.note_wrap);
    }
    int head = row + 1, first, last;
    row = counts_table(r, head, &first, &last);
    rx_keep_rows(s, head, row - 1);
    row++;
    if (ind->ntargets)
        row = checks_table(r, row, ind->targets, ind->ntargets, false);
    if (ind->ncontrols)
        row = checks_table(r, row, ind->controls, ind->ncontrols, true);
    row = households_table(r, row);
    if (pr->total > 0)
        chart(r, head, first, last, row);
    s->width[0] = 30;
    rx_sheet_finish(x, s, head, 1);
}
