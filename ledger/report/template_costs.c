/* ledger/report/template_costs.c — sif template costs: a workbook a controller fills in
 * and sif imports back (the XLSX reader looks for the sheet "Kostnader" and the headings
 * below, which are the CSV cost import's names with å ä ö: keep this contract exactly; an
 * older template's projekt, tjanst, ar... is read the same, as the import folds them). */
#include "sif/report.h"
#include "sif/outfile.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include "sif/cost.h"
#include "../intl.h"
#include "template_help.h"
#include "xlsx.h"

#define SHEET_COSTS "Kostnader"
#define SHEET_LISTS "Listor"
#define EXTRA_ROWS 200   /* empty rows below the pre-filled ones that keep the validation */

static const char *const header[] = {"Projekt", "Tjänst", "År", "Belopp", "Finansiering",
                                     "Kommentar"};

static const char *const help[] = {
    N_("How to fill in the cost template"),
    N_("1. Fill in the column Belopp on the sheet Kostnader: the post's cost in kronor that year.\n"
       "   Write öre as decimals (1050679,50). Leave the row empty if the post cost nothing."),
    N_("2. Finansiering: fund = the fund's loan (the default), grant = a grant from the fund, not\n"
       "   a loan, esf = the European Social Fund, other:NAME = other funding, e.g. other:Urban\n"
       "   development. Only fund counts as a loan."),
    N_("3. Kommentar: where the amount comes from (voucher, report, date)."),
    N_("4. More rows: copy a row and change the year or the post. Tjänst must be one of the\n"
       "   project's post codes (the list in the cell); År is a year."),
    N_("5. Do not change the heading row or the sheet's name: sif reads the sheet Kostnader and\n"
       "   the columns Projekt, Tjänst, År, Belopp, Finansiering, Kommentar."),
    N_("6. Import the file with: sif import costs FILE.xlsx (add --dry-run to see first what\n"
       "   would be imported). The import takes the whole file or nothing."),
};

/* The funding sources in the workbook's language (the import takes both): the first is the
 * default, the last is typed with a name after it. */
static char *const funding_sv[] = {"fonden", "bidrag", "esf", "annan:", NULL};
static char *const funding_en[] = {"fund", "grant", "esf", "other:", NULL};

static char *const *funding(const rx *x)
{
    return x->lang == SIF_LANG_EN ? funding_en : funding_sv;
}

struct tpl {
    rx x;
    sif_project p;
    sif_investment *inv;
};

static void validation(rx *x, lxw_worksheet *ws, int col, int last, lxw_data_validation *v)
{
    if (x->rc != SIF_OK)
        return;
    rx_lxw_fail(x, worksheet_data_validation_range(ws, 1, (lxw_col_t)col, (lxw_row_t)last,
                                                   (lxw_col_t)col, v),
                "data validation");
}

static void lists_sheet(struct tpl *t, rx_sheet *s)
{
    rx *x = &t->x;
    rx_text(x, s, 0, 0, header[1], x->f.head);
    rx_text(x, s, 0, 1, header[4], x->f.head);
    for (size_t r = 0; r < t->inv->nroles; r++)
        rx_text(x, s, (int)r + 1, 0, t->inv->roles[r].code, x->f.text);
    for (int i = 0; funding(x)[i]; i++)
        rx_text(x, s, i + 1, 1, funding(x)[i], x->f.text);
    rx_sheet_finish(x, s, -1, 0);
    if (x->rc == SIF_OK)
        worksheet_hide(s->ws);
}

static void costs_sheet(struct tpl *t, rx_sheet *s, lxw_format *textcol, lxw_format *amount)
{
    rx *x = &t->x;
    const sif_investment *inv = t->inv;
    for (int c = 0; c < 6; c++)
        rx_text(x, s, 0, c, header[c], x->f.head);
    int row = 1;
    for (size_t r = 0; r < inv->nroles; r++)
        for (size_t y = 0; y < inv->nyears; y++, row++) {
            rx_text(x, s, row, 0, t->p.code, textcol);
            rx_text(x, s, row, 1, inv->roles[r].code, textcol);
            rx_int(x, s, row, 2, inv->years[y], x->f.int_);
            rx_text(x, s, row, 4, funding(x)[0], textcol);
        }
    int last = row - 1 + EXTRA_ROWS;
    if (x->rc != SIF_OK)
        return;
    /* whole columns: codes stay text (a role "01" must not become 1), amounts get decimals */
    worksheet_set_column(s->ws, 0, 1, 14, textcol);
    worksheet_set_column(s->ws, 2, 2, 8, x->f.int_);
    worksheet_set_column(s->ws, 3, 3, 16, amount);
    worksheet_set_column(s->ws, 4, 4, 26, textcol);
    worksheet_set_column(s->ws, 5, 5, 50, textcol);

    /* The dropdowns are inline lists where they can be: libxlsxwriter 1.1.4 never frees the
     * formula of a LIST_FORMULA validation. Role codes go through the hidden sheet only
     * when they cannot be an inline list (a comma or quote in a code, over 255 characters). */
    char *codes[64 + 1];   /* libxlsxwriter takes char **, and only reads it */
    size_t ncodes = 0, len = 0;
    bool inline_ok = inv->nroles <= 64;
    for (size_t i = 0; inline_ok && i < inv->nroles; i++) {
        codes[ncodes++] = (char *)inv->roles[i].code;
        len += strlen(inv->roles[i].code) + 1;
        inline_ok = strpbrk(inv->roles[i].code, ",\"") == NULL && len <= 255;
    }
    codes[ncodes] = NULL;
    char roles[64];
    snprintf(roles, sizeof roles, "=%s!$A$2:$A$%zu", SHEET_LISTS, inv->nroles + 1);
    lxw_data_validation v;
    memset(&v, 0, sizeof v);
    if (inline_ok) {
        v.validate = LXW_VALIDATION_TYPE_LIST;
        v.value_list = codes;
    } else {
        v.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
        v.value_formula = roles;
    }
    v.error_title = (char *)sif_tr_in(x->lang, N_("Unknown post"));
    v.error_message = (char *)sif_tr_in(x->lang, N_("Pick one of the project's post codes in the list."));
    if (inv->nroles > 0)
        validation(x, s->ws, 1, last, &v);

    memset(&v, 0, sizeof v);
    v.validate = LXW_VALIDATION_TYPE_LIST;
    v.value_list = (char **)funding(x);
    /* a warning, not a stop: "other:NAME" is typed in, not picked */
    v.error_type = LXW_VALIDATION_ERROR_TYPE_WARNING;
    v.error_title = (char *)sif_tr_in(x->lang, N_("Funding"));
    v.error_message = (char *)sif_tr_in(x->lang, N_("fund, grant, esf or other:NAME (e.g. other:Urban "
                                                    "development)."));
    validation(x, s->ws, 4, last, &v);

    memset(&v, 0, sizeof v);
    v.validate = LXW_VALIDATION_TYPE_INTEGER;
    v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
    v.minimum_number = 1900;
    v.maximum_number = 2999;
    v.error_title = (char *)sif_tr_in(x->lang, N_("Year"));
    v.error_message = (char *)sif_tr_in(x->lang, N_("A year, e.g. 2016."));
    validation(x, s->ws, 2, last, &v);

    memset(&v, 0, sizeof v);
    v.validate = LXW_VALIDATION_TYPE_DECIMAL;
    v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
    v.minimum_number = -1e12;
    v.maximum_number = 1e12;
    v.error_title = (char *)sif_tr_in(x->lang, N_("Amount"));
    v.error_message = (char *)sif_tr_in(x->lang, N_("An amount in kronor, e.g. 1050679 or "
                                                    "1050679,50."));
    validation(x, s->ws, 3, last, &v);

    if (x->rc == SIF_OK) {
        worksheet_freeze_panes(s->ws, 1, 0);
        rx_lxw_fail(x, worksheet_repeat_rows(s->ws, 0, 0), "print titles");
        rx_lxw_fail(x, worksheet_autofilter(s->ws, 0, 0, (lxw_row_t)(row - 1), 5), "filter");
    }
}

sif_status sif_template_costs_write(sif_store *st, const char *project_code,
                                    const char *xlsx_path, sif_lang lang, bool force,
                                    sif_error *err)
{
    if (xlsx_path == NULL || project_code == NULL)
        return sif_error_set(err, SIF_ERR_USAGE, "a template needs a project and a file");
    struct tpl t;
    memset(&t, 0, sizeof t);
    sif_status rc = sif_read_begin(st, err);
    if (rc != SIF_OK)
        return rc;
    rc = sif_project_find(st, project_code, &t.p, err);
    if (rc == SIF_OK)
        rc = sif_investment_build(st, project_code, NULL, &t.inv, err);
    sif_read_end(st);
    if (rc != SIF_OK)
        return rc;

    sif_outfile out;
    if ((rc = sif_outfile_begin(&out, xlsx_path, force, err)) != SIF_OK) {
        sif_investment_free(t.inv);
        return rc;
    }
    rx *x = &t.x;
    rx_open(x, out.tmp, lang, err);
    lxw_format *textcol = NULL, *amount = NULL;
    if (x->rc == SIF_OK) {
        textcol = workbook_add_format(x->wb);
        amount = workbook_add_format(x->wb);
        format_set_num_format(textcol, "@");
        format_set_num_format(amount, "#,##0.00");
        format_set_bg_color(amount, 0xFFF6D5);
    }
    rx_sheet costs, helps, lists;
    rx_sheet_add(x, &costs, SHEET_COSTS);
    rx_sheet_add(x, &helps, tpl_help_name(x));
    rx_sheet_add(x, &lists, SHEET_LISTS);
    char title[SIF_NAME_MAX + 32], subject[SIF_CODE_MAX + 192];
    snprintf(title, sizeof title, sif_tr_in(lang, N_("Cost template: %s")), t.p.name);
    snprintf(subject, sizeof subject, sif_tr_in(lang, N_("Costs per post and year, %s, case %s")),
             t.p.code, t.p.dnr[0] ? t.p.dnr : "–");
    rx_properties(x, title, subject, sif_store_user(st), NULL,
                  sif_tr_in(lang, N_("sif, costs, template")), "sif " SIF_VERSION);
    costs_sheet(&t, &costs, textcol, amount);
    tpl_help_sheet(x, &helps, help, sizeof help / sizeof help[0], &t.p);
    lists_sheet(&t, &lists);
    if (x->rc == SIF_OK)
        worksheet_activate(costs.ws);
    sif_investment_free(t.inv);
    rc = rx_close(x);
    sif_outfile_blame(&out, err);
    if (rc == SIF_OK)
        rc = sif_outfile_commit(&out, err);
    sif_outfile_abort(&out);
    return rc;
}
