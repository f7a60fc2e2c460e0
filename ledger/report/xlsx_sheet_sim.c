/* ledger/report/xlsx_sheet_sim.c — Simulering (only with sif report --simulate N, SPEC
 * §13): the Monte Carlo run of sif simulate (simulate.h) — its runs, seed and ranges, the
 * probability that the loan is repaid by the end of each year, P10/P50/P90 of the net
 * result, and the distribution of the net result as a histogram with its chart.
 *
 * The figures are the simulation's (seeded: the same seed gives the same sheet); the
 * probabilities and the histogram's counts are formulas over the counts it states. */
#include "xlsx_report.h"

#include <inttypes.h>
#include <stdio.h>
#include "intl.h"

#define NBINS 20

static void range_row(rx *x, rx_sheet *s, int row, const char *label, const sif_sim_range *r,
                      int64_t peak, bool bp)
{
    rx_text(x, s, row, 0, label, x->f.wrap);
    const int64_t v[3] = {r->lo, peak, r->hi};
    for (int k = 0; k < 3; k++) {
        if (bp)
            rx_num(x, s, row, 1 + k, (double)v[k] / 10000, 8, x->f.pct);
        else
            rx_int(x, s, row, 1 + k, v[k], x->f.int_r);
    }
}

/* The histogram: NBINS bins of equal width in whole öre from the lowest to the highest net
 * result; from row on, and its chart beside it at column chart_col. Returns the next row. */
static int histogram(rx_report *r, int row, int chart_col)
{
    rx *x = &r->x;
    rx_sheet *s = &r->sim;
    const sif_simulation *sim = r->m->sim;
    const sif_ore lo = sim->net_sorted[0], hi = sim->net_sorted[sim->runs - 1];
    const int nbins = hi > lo ? NBINS : 1;
    /* width rounded up to whole kronor so the bounds read as kronor */
    sif_ore width = hi > lo ? (hi - lo) / nbins + 1 : 100;
    width = (width + 99) / 100 * 100;
    const int top = row;
    rx_text_wide(x, s, row++, 0, _("Distribution of the net result"), x->f.subtitle);
    rx_text(x, s, row, 0, _("From (kr)"), x->f.head);
    rx_text(x, s, row, 1, _("Below (kr)"), x->f.head_r);
    rx_text(x, s, row, 2, _("Runs"), x->f.head_r);
    rx_text(x, s, row, 3, _("Share of the runs"), x->f.head_r);
    const int head = row++;
    const int first = row;
    size_t k = 0;
    char f[200], a[16], b[16];
    for (int i = 0; i < nbins; i++, row++) {
        const sif_ore from = lo + width * i, below = from + width;
        int64_t n = 0;
        while (k < (size_t)sim->runs && sim->net_sorted[k] < below) {
            n++;
            k++;
        }
        rx_money(x, s, row, 0, from, NULL);
        rx_money(x, s, row, 1, below, NULL);
        rx_int(x, s, row, 2, n, x->f.num);
        snprintf(f, sizeof f, "=%s/%s", rx_cell(a, sizeof a, row, 2, false), r->ref_sim_runs);
        rx_formula(x, s, row, 3, f, (double)n / (double)sim->runs, 8, x->f.pct);
    }
    const int last = row - 1;
    rx_text(x, s, row, 0, _("Total"), x->f.sum_label);
    snprintf(f, sizeof f, "=SUM(%s:%s)", rx_cell(a, sizeof a, first, 2, false),
             rx_cell(b, sizeof b, last, 2, false));
    rx_formula(x, s, row, 2, f, (double)sim->runs, 8, x->f.num_sum);
    rx_keep_rows(s, top, row);
    row++;

    lxw_chart *ch = workbook_add_chart(x->wb, LXW_CHART_COLUMN);
    if (ch == NULL) {
        x->rc = sif_error_set(x->err, SIF_ERR_NOMEM, "out of memory");
        return row;
    }
    lxw_chart_series *sr = chart_add_series(ch, NULL, NULL);
    chart_series_set_categories(sr, s->name, (lxw_row_t)first, 0, (lxw_row_t)last, 0);
    chart_series_set_values(sr, s->name, (lxw_row_t)first, 2, (lxw_row_t)last, 2);
    chart_series_set_name_range(sr, s->name, (lxw_row_t)head, 2);
    lxw_chart_fill fill = {.color = 0x4F81BD};
    chart_series_set_fill(sr, &fill);
    chart_set_series_gap(ch, 10);
    chart_title_set_name(ch, _("Net result in the runs"));
    chart_axis_set_num_format(ch->x_axis, "#,##0 \"kr\"");
    chart_legend_set_position(ch, LXW_CHART_LEGEND_NONE);
    double w = rx_page_width_px() - rx_cols_width_px(s, chart_col - 1) - 40;
    w = w > 560 ? 560 : w < 320 ? 320 : w;
    lxw_chart_options o = {.x_scale = w / 480, .y_scale = 300.0 / 288};
    rx_insert_chart(x, s, top, chart_col, ch, &o);
    int below = rx_keep_chart(s, top, 300);
    return below > row ? below : row;
}

void rxs_sim(rx_report *r)
{
    rx *x = &r->x;
    rx_sheet *s = &r->sim;
    const sif_simulation *sim = r->m->sim;
    if (s->ws == NULL || sim == NULL || sim->runs < 1)
        return;
    char buf[600], f[200], a[16];
    rx_text_wide(x, s, 0, 0, _("Monte Carlo simulation"), x->f.title);
    snprintf(buf, sizeof buf, "%s (%s)", r->m->project.name, r->m->project.code);
    rx_text_wide(x, s, 1, 0, buf, x->f.subtitle);
    rx_text_merge(x, s, 2, 0, 6,
                  _("Each run draws the months counted, the unit costs and the deadweight "
                    "(triangular between the low and high values, peaking at the ledger's own), "
                    "computes every saving again and repays the loan by the savings scenario: "
                    "the municipality's part of the realised savings, at most what was drawn. "
                    "The same seed gives the same figures (sif simulate)."),
                  x->f.note_wrap);

    int row = 4;
    const int stop = row;
    rx_text(x, s, row, 0, _("Runs"), x->f.bold);
    rx_int(x, s, row, 1, sim->runs, x->f.num);
    rx_ref(r->ref_sim_runs, sizeof r->ref_sim_runs, s, row, 1);
    row++;
    rx_text(x, s, row, 0, _("Seed"), x->f.bold);
    snprintf(buf, sizeof buf, "%" PRIu64, sim->seed);
    rx_text(x, s, row++, 1, buf, x->f.text_r);
    rx_text(x, s, row, 0, _("Drawn input"), x->f.head);
    rx_text(x, s, row, 1, _("Low"), x->f.head_r);
    rx_text(x, s, row, 2, _("The ledger's own"), x->f.head_r);
    rx_text(x, s, row, 3, _("High"), x->f.head_r);
    row++;
    range_row(x, s, row++, rx_l(x, L_SENS_MONTHS), &sim->months, sim->base_months, false);
    range_row(x, s, row++, rx_l(x, L_SENS_UNIT_COSTS), &sim->unit_costs, 10000, true);
    range_row(x, s, row++, rx_l(x, L_SENS_DEADWEIGHT), &sim->deadweight,
              sim->base_deadweight_bp, true);
    rx_keep_rows(s, stop, row - 1);

    /* repaid by the end of each year */
    row++;
    const int ptop = row;
    rx_text_wide(x, s, row++, 0, _("Probability that the loan is repaid by the end of the year"),
                 x->f.subtitle);
    rx_text(x, s, row, 0, _("Year"), x->f.head);
    rx_text(x, s, row, 1, _("Runs repaid"), x->f.head_r);
    rx_text(x, s, row, 2, _("Probability"), x->f.head_r);
    row++;
    for (size_t i = 0; i < sim->nyears; i++, row++) {
        rx_int(x, s, row, 0, sim->years[i].year, x->f.year);
        rx_int(x, s, row, 1, sim->years[i].repaid_runs, x->f.num);
        snprintf(f, sizeof f, "=%s/%s", rx_cell(a, sizeof a, row, 1, false), r->ref_sim_runs);
        rx_formula(x, s, row, 2, f, (double)sim->years[i].repaid_runs / (double)sim->runs, 8,
                   x->f.pct);
    }
    rx_text(x, s, row, 0, _("Loan to repay"), x->f.wrap);
    rx_money(x, s, row++, 1, sim->loan_ore, NULL);
    rx_keep_rows(s, ptop, row - 1);

    /* the net result's percentiles */
    row++;
    const int ntop = row;
    rx_text_wide(x, s, row++, 0, _("Net result (nearest rank)"), x->f.subtitle);
    static const char *const pl[3] = {"P10", "P50", "P90"};
    const sif_ore pv[3] = {sim->p10_ore, sim->p50_ore, sim->p90_ore};
    for (int k = 0; k < 3; k++, row++) {
        rx_text(x, s, row, 0, pl[k], x->f.bold);
        rx_money(x, s, row, 1, pv[k], pv[k] < 0 ? x->f.money_warn : x->f.money_b);
    }
    rx_keep_rows(s, ntop, row - 1);

    row++;
    histogram(r, row, 5);
    rx_sheet_finish(x, s, -1, 0);
}
