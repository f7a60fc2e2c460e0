/* ledger/report/xlsx_sheet_savings.c — Kostnadsminskningar: every saving with its inputs in
 * cells and its calculation as a real formula over them (sif_formula_map), whose cached
 * value is the ledger's own amount; a "per family/child" step where the formula is a count
 * times the rest; the derivation in words; totals per category. */
#include "xlsx_report.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "names.h"

/* a saving's block spans columns A..C: input, value, unit */
#define LAST_COL 2

const char *rx_category(const rx *x, sif_category c)
{
    static const rpt_label l[] = {L_CAT_BENEFIT, L_CAT_TREATMENT, L_CAT_PLACEMENT, L_CAT_OTHER};
    return rx_l(x, (unsigned)c < 4 ? l[c] : L_CAT_OTHER);
}

struct map_ctx {
    const sif_saving_calc *c;
    const int *rows;          /* the row of each input's value (column B) */
    char buf[24];
};

static const char *map_key(void *ctx, const char *key)
{
    struct map_ctx *m = ctx;
    for (size_t i = 0; i < m->c->ninputs; i++)
        if (strcmp(m->c->inputs[i].key, key) == 0)
            return rx_cell(m->buf, sizeof m->buf, m->rows[i], 1, true);
    return NULL;
}

static void input_cell(rx *x, rx_sheet *s, int row, const sif_saving_input *in)
{
    if (strcmp(in->unit, "kr") == 0)
        rx_money(x, s, row, 1, in->value, x->f.money_in);
    else if (strcmp(in->unit, "%") == 0)
        rx_num(x, s, row, 1, (double)in->value / 10000, 8, x->f.pct_in);
    else
        rx_num(x, s, row, 1, (double)in->value, 10, x->f.num_in);
}

/* A formula "KEY * rest" (top level, only '*') whose KEY counts things ("st"): the amount
 * per thing is the rest. Returns the index of KEY's input and writes rest, or -1. */
static int per_unit_split(const sif_saving_calc *c, char *rest, size_t size)
{
    const char *f = c->formula;
    int depth = 0;
    size_t n = strlen(f), start = 0;
    char factors[8][SIF_FORMULA_MAX];
    int nf = 0;
    for (size_t i = 0; i <= n; i++) {
        char ch = f[i];
        if (ch == '(')
            depth++;
        else if (ch == ')')
            depth--;
        else if (depth == 0 && (ch == '+' || ch == '-' || ch == '/'))
            return -1;
        if ((depth == 0 && ch == '*') || ch == '\0') {
            if (nf == 8)
                return -1;
            size_t a = start, b = i;
            while (a < b && f[a] == ' ')
                a++;
            while (b > a && f[b - 1] == ' ')
                b--;
            snprintf(factors[nf++], SIF_FORMULA_MAX, "%.*s", (int)(b - a), f + a);
            start = i + 1;
        }
    }
    if (nf < 2)
        return -1;
    for (int k = 0; k < nf; k++)
        for (size_t i = 0; i < c->ninputs; i++) {
            if (strcmp(c->inputs[i].key, factors[k]) != 0 || strcmp(c->inputs[i].unit, "st") != 0 ||
                c->inputs[i].value <= 0)
                continue;
            size_t o = 0;
            rest[0] = '\0';
            for (int j = 0; j < nf; j++)
                if (j != k)
                    o += (size_t)snprintf(rest + o, o < size ? size - o : 0, "%s%s",
                                          o ? " * " : "", factors[j]);
            return o < size ? (int)i : -1;
        }
    return -1;
}

/* One saving's block; returns the next free row. */
static int saving_block(rx_report *r, size_t idx, int row)
{
    rx *x = &r->x;
    rx_sheet *s = &r->savings;
    const rpt_saving *sv = &r->m->savings[idx];
    const sif_saving_calc *c = sv->calc;
    char buf[SIF_NAME_MAX * 2 + SIF_TEXT_MAX + 200], f[SIF_FORMULA_MAX * 3 + 8];
    sif_error *err = x->err;

    const int top = row;
    snprintf(buf, sizeof buf, "%s", sv->s.label[0] ? sv->s.label : rx_category(x, sv->s.category));
    rx_text_wide(x, s, row++, 0, buf, x->f.subtitle);
    int o = snprintf(buf, sizeof buf, "%s: %s · %s %d · %s", rx_l(x, L_CATEGORY),
                     rx_category(x, sv->s.category), rx_l(x, L_YEAR), sv->s.year,
                     sv->s.status == SIF_SAVING_REALISED ? rx_l(x, L_REALISED) : rx_l(x, L_PROJECTED));
    if (sv->s.unit_code[0] && o > 0 && (size_t)o < sizeof buf)
        o += snprintf(buf + o, sizeof buf - (size_t)o, " · %s: %s", rx_l(x, L_UNIT),
                      sv->unit_name[0] ? sv->unit_name : sv->s.unit_code);
    if (o > 0 && (size_t)o < sizeof buf)
        o += snprintf(buf + o, sizeof buf - (size_t)o, " · %s %s", rx_l(x, L_METHOD),
                      rpt_method_name(x->lang, sv->s.method));
    if (sv->s.reverses && o > 0 && (size_t)o < sizeof buf)
        snprintf(buf + o, sizeof buf - (size_t)o, " · %s %lld: %s", rx_l(x, L_REVERSES),
                 (long long)sv->s.reverses, sv->s.reason);
    rx_text_merge(x, s, row++, 0, LAST_COL, buf, x->f.note_wrap);

    rx_text(x, s, row, 0, rx_l(x, L_INPUT), x->f.head);
    rx_text(x, s, row, 1, rx_l(x, L_VALUE), x->f.head_r);
    rx_text(x, s, row, 2, rx_l(x, L_UNIT_OF), x->f.head);
    row++;
    size_t nin = c ? c->ninputs : 0;
    int *rows = calloc(nin ? nin : 1, sizeof *rows);
    if (rows == NULL) {
        if (x->rc == SIF_OK)
            x->rc = sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
        return row;
    }
    for (size_t i = 0; i < nin; i++, row++) {
        rows[i] = row;
        rx_text(x, s, row, 0, c->inputs[i].label, x->f.text);
        input_cell(x, s, row, &c->inputs[i]);
        /* an amount's format says "kr" already */
        if (strcmp(c->inputs[i].unit, "kr") != 0)
            rx_text(x, s, row, 2, rpt_unit_name(x->lang, c->inputs[i].unit), x->f.text);
    }
    /* the months a benefit saving counts: the sensitivity table varies them */
    if (sv->s.category == SIF_CAT_BENEFIT) {
        r->ref_benefit_months[0] = '\0';
        for (size_t i = 0; i < nin && r->nbenefit == 0; i++)
            if (strcmp(c->inputs[i].key, "manader") == 0)
                rx_ref(r->ref_benefit_months, sizeof r->ref_benefit_months, s, rows[i], 1);
        r->nbenefit++;
    }
    struct map_ctx mc = {c, rows, ""};
    char rest[SIF_FORMULA_MAX], mapped[SIF_FORMULA_MAX * 3];
    int per = c && nin ? per_unit_split(c, rest, sizeof rest) : -1;
    sif_ore per_ore = 0;
    if (per >= 0 && (sif_formula_eval(rest, c->inputs, nin, &per_ore, NULL) != SIF_OK ||
                     per_ore * c->inputs[per].value != sv->s.amount_ore))
        per = -1;   /* only when the steps give the amount exactly */
    if (per >= 0 && x->rc == SIF_OK &&
        sif_formula_map(rest, map_key, &mc, mapped, sizeof mapped, err) == SIF_OK) {
        snprintf(buf, sizeof buf, "%s (%s)", rx_l(x, L_PER), c->inputs[per].label);
        rx_text(x, s, row, 0, buf, x->f.text);
        snprintf(f, sizeof f, "=%s", mapped);
        rx_formula_money(x, s, row, 1, f, per_ore, NULL);
        char a[16], b[16];
        snprintf(f, sizeof f, "=%s*%s", rx_cell(a, sizeof a, rows[per], 1, true),
                 rx_cell(b, sizeof b, row, 1, true));
        row++;
    } else if (nin && c->formula[0]) {
        if (sif_formula_map(c->formula, map_key, &mc, mapped, sizeof mapped, err) == SIF_OK)
            snprintf(f, sizeof f, "=%s", mapped);
        else if (x->rc == SIF_OK)
            x->rc = err ? err->code : SIF_ERR_DATA;
    } else {
        f[0] = '\0';
    }
    rx_text(x, s, row, 0, rx_l(x, L_SAVING), x->f.sum_label);
    if (f[0])
        rx_formula_money(x, s, row, 1, f, sv->s.amount_ore, x->f.money_sum);
    else
        rx_money(x, s, row, 1, sv->s.amount_ore, x->f.money_sum);
    r->sav_row[idx] = row++;
    if (sv->s.shifted_ore != 0) {
        rx_text(x, s, row, 0, rx_l(x, L_SHIFTED), x->f.text);
        if (c && c->shifted_formula[0] &&
            sif_formula_map(c->shifted_formula, map_key, &mc, mapped, sizeof mapped, err) == SIF_OK) {
            snprintf(f, sizeof f, "=%s", mapped);
            rx_formula_money(x, s, row, 1, f, sv->s.shifted_ore, NULL);
        } else {
            rx_money(x, s, row, 1, sv->s.shifted_ore, NULL);
        }
        row++;
    }
    free(rows);
    if (c && c->derivation) {
        /* a derivation prints on one page, each line wrapped over the block's width, a
         * parameter by its name */
        const int dtop = row;
        rx_text_wide(x, s, row++, 0, rx_l(x, L_DERIVATION), x->f.bold);
        const char *p = c->derivation;
        while (*p) {
            const char *e = strchr(p, '\n');
            size_t len = e ? (size_t)(e - p) : strlen(p);
            char line[sizeof buf];
            snprintf(line, sizeof line, "%.*s", (int)len, p);
            /* the derivation is said in the report's language, the names in it too (an older
             * ledger's Swedish text keeps its Swedish names) */
            rx_text_merge(x, s, row++, 0, LAST_COL,
                          rpt_names_in_text(strstr(line, "à-pris ") ? SIF_LANG_SV : x->lang, line,
                                            buf, sizeof buf),
                          x->f.wrap);
            p += len + (e ? 1 : 0);
        }
        rx_keep_rows(s, dtop, row - 1);
    }
    rx_keep_rows(s, top, row - 1);
    return row + 1;
}

void rxs_savings(rx_report *r)
{
    rx *x = &r->x;
    rx_sheet *s = &r->savings;
    const rpt_model *m = r->m;
    char buf[600], f[4096], a[16];

    rx_text_wide(x, s, 0, 0, rx_l(x, L_SAV_TITLE), x->f.title);
    snprintf(buf, sizeof buf, "%s (%s)", m->project.name, m->project.code);
    rx_text_wide(x, s, 1, 0, buf, x->f.subtitle);
    rx_text_wide(x, s, 2, 0, rx_l(x, L_SAV_NOTE), x->f.note);
    int row = 4;
    if (m->nsavings == 0)
        rx_text_wide(x, s, row++, 0, rx_l(x, L_NO_SAVINGS), x->f.text);
    for (size_t i = 0; i < m->nsavings && x->rc == SIF_OK; i++)
        row = saving_block(r, i, row);

    /* totals per category: sums of the amount cells above */
    const int head = row;
    rx_text(x, s, row, 0, rx_l(x, L_CATEGORY), x->f.head);
    rx_text(x, s, row, 1, rx_l(x, L_AMOUNT), x->f.head_r);
    row++;
    const int first = row;
    for (int c = 0; c < SIF_CAT_COUNT_; c++, row++) {
        size_t o = 0;
        sif_ore sum = 0;
        f[0] = '\0';
        for (size_t i = 0; i < m->nsavings; i++) {
            if (m->savings[i].s.category != (sif_category)c)
                continue;
            sum += m->savings[i].s.amount_ore;
            o += (size_t)snprintf(f + o, o < sizeof f ? sizeof f - o : 0, "%s%s", o ? "+" : "=",
                                  rx_cell(a, sizeof a, r->sav_row[i], 1, false));
        }
        rx_text(x, s, row, 0, rx_category(x, (sif_category)c), x->f.text);
        if (o > 0 && o < sizeof f)
            rx_formula_money(x, s, row, 1, f, sum, NULL);
        else
            rx_money(x, s, row, 1, sum, NULL);
    }
    rx_text(x, s, row, 0, rx_l(x, L_SUM), x->f.sum_label);
    rx_keep_rows(s, head, row);
    char b[16];
    snprintf(f, sizeof f, "=SUM(%s:%s)", rx_cell(a, sizeof a, first, 1, false),
             rx_cell(b, sizeof b, row - 1, 1, false));
    rx_formula_money(x, s, row, 1, f, m->result->savings_raw_ore, x->f.money_sum);
    s->width[0] = 62;   /* input labels; the derivations wrap over A..C */
    rx_sheet_finish(x, s, -1, 0);
}
