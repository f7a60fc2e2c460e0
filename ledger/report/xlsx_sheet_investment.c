/* ledger/report/xlsx_sheet_investment.c — Investering: role × year, years ascending as on
 * every other sheet (the reference report prints them descending), the totals as SUM formulas carrying the ledger's
 * sums, the control totals with their differences, funding sources and the posts. */
#include "xlsx_report.h"

#include <stdio.h>
#include <string.h>

static const char *role_title(const sif_investment *inv, const char *code)
{
    for (size_t r = 0; r < inv->nroles; r++)
        if (strcmp(inv->roles[r].code, code) == 0)
            return inv->roles[r].title;
    return code;
}

/* The i-th control total in the order the table prints them: years ascending, then posts
 * in the table's order, then the total (the order they were given in is the source's). */
static size_t control_order(const sif_investment *inv, size_t i)
{
    size_t n = 0;
    for (int pass = 0; pass < 3; pass++) {
        if (pass == 0) {
            for (size_t y = 0; y < inv->nyears; y++)
                for (size_t k = 0; k < inv->ncontrols; k++)
                    if (strcmp(inv->controls[k].scope, "year") == 0 &&
                        inv->controls[k].year == inv->years[y] && n++ == i)
                        return k;
            /* years outside the table, in the order given */
            for (size_t k = 0; k < inv->ncontrols; k++) {
                bool in = false;
                for (size_t y = 0; y < inv->nyears; y++)
                    in = in || inv->controls[k].year == inv->years[y];
                if (strcmp(inv->controls[k].scope, "year") == 0 && !in && n++ == i)
                    return k;
            }
        } else {
            for (size_t k = 0; k < inv->ncontrols; k++) {
                bool year = strcmp(inv->controls[k].scope, "year") == 0,
                     role = strcmp(inv->controls[k].scope, "role") == 0;
                if (((pass == 1 && role) || (pass == 2 && !year && !role)) && n++ == i)
                    return k;
            }
        }
    }
    return i;
}

/* Committee per year as "2014–2016: A; 2017: B" (consecutive years with one committee
 * grouped). */
static void committees_text(const rpt_model *m, const rpt_role *rr, char *buf, size_t size)
{
    const sif_investment *inv = m->inv;
    size_t o = 0;
    buf[0] = '\0';
    for (size_t y = 0; y < inv->nyears;) {
        size_t e = y;
        while (e + 1 < inv->nyears && strcmp(rr->committee[e + 1], rr->committee[y]) == 0 &&
               inv->years[e + 1] == inv->years[e] + 1)
            e++;
        const char *c = rr->committee[y][0] ? rr->committee[y] : "–";
        int n;
        if (e > y)
            n = snprintf(buf + o, size - o, "%s%d–%d: %s", o ? "; " : "", inv->years[y],
                         inv->years[e], c);
        else
            n = snprintf(buf + o, size - o, "%s%d: %s", o ? "; " : "", inv->years[y], c);
        if (n < 0 || (size_t)n >= size - o)
            break;
        o += (size_t)n;
        y = e + 1;
    }
}

void rxs_investment(rx_report *r)
{
    rx *x = &r->x;
    rx_sheet *s = &r->invest;
    const rpt_model *m = r->m;
    const sif_investment *inv = m->inv;
    char buf[1400], f[512], a[16], b[16];
    int nr = (int)inv->nroles, ny = (int)inv->nyears;

    rx_text_wide(x, s, 0, 0, rx_l(x, L_INV_TITLE), x->f.title);
    snprintf(buf, sizeof buf, "%s (%s)", m->project.name, m->project.code);
    rx_text_wide(x, s, 1, 0, buf, x->f.subtitle);
    rx_text_wide(x, s, 2, 0, rx_l(x, L_INV_NOTE), x->f.note);

    const int head = 4, first = head + 1, sumcol = 1 + nr, loancol = sumcol + 1;
    const int sumrow = first + ny;
    rx_text(x, s, head, 0, rx_l(x, L_YEAR), x->f.head);
    for (int c = 0; c < nr; c++)
        rx_text(x, s, head, 1 + c, inv->roles[c].title, x->f.head_r);
    rx_text(x, s, head, sumcol, rx_l(x, L_SUM), x->f.head_r);
    rx_text(x, s, head, loancol, rx_l(x, L_LOAN_COL), x->f.head_r);

    for (int y = 0; y < ny; y++) {
        int row = first + y;
        rx_int(x, s, row, 0, inv->years[y], x->f.year);
        if (r->inv_year_row)
            r->inv_year_row[y] = row;
        for (int c = 0; c < nr; c++)
            rx_money(x, s, row, 1 + c, inv->cells[(size_t)c * inv->nyears + (size_t)y], NULL);
        if (nr > 0) {
            snprintf(f, sizeof f, "=SUM(%s:%s)", rx_cell(a, sizeof a, row, 1, false),
                     rx_cell(b, sizeof b, row, nr, false));
            rx_formula_money(x, s, row, sumcol, f, inv->year_totals[y], x->f.money_b);
        } else {
            rx_money(x, s, row, sumcol, inv->year_totals[y], x->f.money_b);
        }
        rx_money(x, s, row, loancol, inv->fund_by_year[y], NULL);
    }
    rx_text(x, s, sumrow, 0, rx_l(x, L_SUM), x->f.sum_label);
    for (int c = 0; c <= nr + 1; c++) {
        sif_ore cached = c < nr ? inv->role_totals[c] : c == nr ? inv->total : inv->fund_total;
        if (ny > 0) {
            snprintf(f, sizeof f, "=SUM(%s:%s)", rx_cell(a, sizeof a, first, 1 + c, false),
                     rx_cell(b, sizeof b, sumrow - 1, 1 + c, false));
            rx_formula_money(x, s, sumrow, 1 + c, f, cached, x->f.money_sum);
        } else {
            rx_money(x, s, sumrow, 1 + c, cached, x->f.money_sum);
        }
    }
    r->inv_sum_col = sumcol;
    rx_ref(r->ref_inv_total, sizeof r->ref_inv_total, s, sumrow, sumcol);
    rx_ref(r->ref_loan_total, sizeof r->ref_loan_total, s, sumrow, loancol);

    rx_keep_rows(s, head, sumrow);
    /* control totals: printed against the ledger's own sum cell; no table without them */
    int row = sumrow + 2;
    const int ctop = row;
    if (inv->ncontrols > 0) {
        rx_text_wide(x, s, row++, 0, rx_l(x, L_CONTROLS), x->f.subtitle);
        rx_text(x, s, row, 0, rx_l(x, L_CONTROL_OF), x->f.head);
        rx_text(x, s, row, 1, rx_l(x, L_PRINTED), x->f.head_r);
        rx_text(x, s, row, 2, rx_l(x, L_COMPUTED), x->f.head_r);
        rx_text(x, s, row, 3, rx_l(x, L_DIFFERENCE), x->f.head_r);
        row++;
    }
    for (size_t i = 0; i < inv->ncontrols; i++, row++) {
        const sif_control *c = &inv->controls[control_order(inv, i)];
        int src_row = sumrow, src_col = sumcol;
        if (strcmp(c->scope, "year") == 0) {
            snprintf(buf, sizeof buf, "%d", c->year);
            for (int y = 0; y < ny; y++)
                if (inv->years[y] == c->year)
                    src_row = first + y;
            if (src_row == sumrow)
                src_row = -1;
        } else if (strcmp(c->scope, "role") == 0) {
            snprintf(buf, sizeof buf, "%s", role_title(inv, c->role_code));
            src_col = -1;
            for (int k = 0; k < nr; k++)
                if (strcmp(inv->roles[k].code, c->role_code) == 0)
                    src_col = 1 + k;
        } else {
            snprintf(buf, sizeof buf, "%s", rx_l(x, L_SUM));
            rx_ref(r->ref_printed_total, sizeof r->ref_printed_total, s, row, 1);
        }
        rx_text(x, s, row, 0, buf, x->f.wrap);
        rx_money(x, s, row, 1, c->printed_ore, NULL);
        if (src_row >= 0 && src_col >= 0) {
            snprintf(f, sizeof f, "=%s", rx_cell(a, sizeof a, src_row, src_col, false));
            rx_formula_money(x, s, row, 2, f, c->computed_ore, NULL);
        } else {
            rx_money(x, s, row, 2, c->computed_ore, NULL);
        }
        snprintf(f, sizeof f, "=%s-%s", rx_cell(a, sizeof a, row, 2, false),
                 rx_cell(b, sizeof b, row, 1, false));
        rx_formula_money(x, s, row, 3, f, c->diff_ore,
                         c->diff_ore ? x->f.money_warn : x->f.money);
    }
    if (inv->ncontrols > 0) {
        /* blame rounding only where it can explain the difference (SPEC §11.6) */
        bool differs = false, beyond = false;
        for (size_t i = 0; i < inv->ncontrols; i++) {
            differs = differs || inv->controls[i].diff_ore != 0;
            beyond = beyond || !sif_control_may_be_rounding(inv, &inv->controls[i]);
        }
        if (differs)
            rx_text_wide(x, s, row++, 0, rx_l(x, beyond ? L_DIFF_NOTE_BEYOND : L_DIFF_NOTE),
                         x->f.note);
        rx_keep_rows(s, ctop, row - 1);
        row++;
    }

    /* funding sources */
    const int ftop = row;
    rx_text(x, s, row, 0, rx_l(x, L_FUNDING), x->f.head);
    rx_text(x, s, row, 1, rx_l(x, L_AMOUNT), x->f.head_r);
    row++;
    for (size_t i = 0; i < inv->nfunding; i++, row++) {
        const char *src = inv->funding[i];
        if (strcmp(src, "fund") == 0)
            src = rx_l(x, L_FUNDING_FUND);
        else if (strcmp(src, "esf") == 0)
            src = rx_l(x, L_FUNDING_ESF);
        else if (strncmp(src, "other:", 6) == 0)
            src += 6;
        rx_text(x, s, row, 0, src, x->f.wrap);
        rx_money(x, s, row, 1, inv->funding_totals[i], NULL);
    }
    rx_keep_rows(s, ftop, row - 1);

    /* the notes the costs were entered with: year, post, amount and what was said */
    if (m->nnotes > 0) {
        row++;
        const int ntop = row;
        rx_text_wide(x, s, row++, 0, rx_l(x, L_COST_NOTES), x->f.subtitle);
        rx_text(x, s, row, 0, rx_l(x, L_YEAR), x->f.head);
        rx_text(x, s, row, 1, rx_l(x, L_ROLE), x->f.head);
        rx_text(x, s, row, 2, rx_l(x, L_AMOUNT), x->f.head_r);
        rx_text_merge(x, s, row, 3, loancol > 3 ? loancol : 3, rx_l(x, L_NOTE), x->f.head);
        row++;
        /* entries with the same note are one line: their years, their posts, their sum */
        for (size_t i = 0; i < m->nnotes; i++) {
            const rpt_note *n = &m->notes[i];
            bool seen = false;
            for (size_t j = 0; j < i && !seen; j++)
                seen = strcmp(m->notes[j].text, n->text) == 0;
            if (seen)
                continue;
            int y0 = n->year, y1 = n->year, nroles = 0;
            sif_ore sum = 0;
            char roles[600] = "";
            size_t ro = 0;
            for (int k = 0; k < nr; k++) {
                bool has = false;
                for (size_t j = i; j < m->nnotes; j++) {
                    const rpt_note *o = &m->notes[j];
                    if (strcmp(o->text, n->text) != 0)
                        continue;
                    if (k == 0) {
                        y0 = o->year < y0 ? o->year : y0;
                        y1 = o->year > y1 ? o->year : y1;
                        sum += o->amount_ore;
                    }
                    has = has || strcmp(o->role_code, inv->roles[k].code) == 0;
                }
                if (has) {
                    nroles++;
                    int w = snprintf(roles + ro, sizeof roles - ro, "%s%s", ro ? "; " : "",
                                     inv->roles[k].title);
                    ro += w > 0 && (size_t)w < sizeof roles - ro ? (size_t)w : 0;
                }
            }
            if (nr == 0)
                sum = n->amount_ore;
            if (y0 == y1)
                snprintf(buf, sizeof buf, "%d", y0);
            else
                snprintf(buf, sizeof buf, "%d–%d", y0, y1);
            rx_text(x, s, row, 0, buf, x->f.text);
            rx_text(x, s, row, 1, nroles == nr && nr > 1 ? rx_l(x, L_ALL_ROLES) : roles, x->f.wrap);
            rx_money(x, s, row, 2, sum, NULL);
            if (loancol > 3)
                rx_text_merge(x, s, row, 3, loancol, n->text, x->f.wrap);
            else
                rx_text(x, s, row, 3, n->text, x->f.wrap);
            row++;
        }
        rx_keep_rows(s, ntop, row - 1);
    }

    /* the posts, their units and the committee that carried them each year */
    row++;
    const int rtop = row;
    rx_text_wide(x, s, row++, 0, rx_l(x, L_ROLES), x->f.subtitle);
    rx_text(x, s, row, 0, rx_l(x, L_CODE), x->f.head);
    rx_text(x, s, row, 1, rx_l(x, L_ROLE), x->f.head);
    rx_text(x, s, row, 2, rx_l(x, L_UNIT), x->f.head);
    rx_text(x, s, row, 3, rx_l(x, L_FTE), x->f.head_r);
    if (loancol > 4)
        rx_text_merge(x, s, row, 4, loancol, rx_l(x, L_COMMITTEE_BY_YEAR), x->f.head);
    else
        rx_text(x, s, row, 4, rx_l(x, L_COMMITTEE_BY_YEAR), x->f.head);
    row++;
    for (int k = 0; k < nr; k++, row++) {
        const rpt_role *rr = &m->roles[k];
        rx_text(x, s, row, 0, rr->role->code, x->f.text);
        rx_text(x, s, row, 1, rr->role->title, x->f.wrap);
        rx_text(x, s, row, 2, rr->unit_name, x->f.wrap);
        rx_num(x, s, row, 3, rr->role->fte_milli / 1000.0, 4, x->f.num_top);
        committees_text(m, rr, buf, sizeof buf);
        /* the committees need room: over the columns to the right of the table */
        if (loancol > 4)
            rx_text_merge(x, s, row, 4, loancol, buf, x->f.wrap);
        else
            rx_text_wide(x, s, row, 4, buf, x->f.wrap);
    }
    rx_keep_rows(s, rtop, row - 1);
    /* later pages hold other tables: repeat the title, not the year × post header */
    s->repeat_rows = 3;
    rx_sheet_finish(x, s, head, 1);
}
