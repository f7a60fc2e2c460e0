/* ledger/report/template_people.c — sif template participants|outcomes: workbooks a project
 * fills in with its participants and their outcomes (SPEC §12), read back by
 * `sif import participants|outcomes FILE.xlsx`. The XLSX reader looks for the sheet
 * "Deltagare" or "Utfall" (importers/import_read.c) and the headings below, which are the CSV
 * import's names with å ä ö (the import folds them): keep this contract exactly. */
#include "sif/report.h"
#include "sif/outfile.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include "sif/indicator.h"
#include "../intl.h"
#include "template_help.h"
#include "xlsx.h"

#define ROWS 1000   /* rows below the heading that carry the validation */

enum col_kind { C_TEXT, C_GENDER, C_DISTRICT, C_DATE, C_YEAR, C_OUTCOME, C_PROJECT };

typedef struct tcol {
    const char *head;       /* the import's name, with å ä ö */
    enum col_kind kind;
    double width;
} tcol;

static const tcol participant_cols[] = {
    {"Projekt", C_PROJECT, 12}, {"Deltagare", C_TEXT, 14}, {"Kön", C_GENDER, 10},
    {"Stadsområde", C_DISTRICT, 22}, {"Startdatum", C_DATE, 12}, {"Slutdatum", C_DATE, 12},
    {"Födelseår", C_YEAR, 10}, {"Hushåll", C_TEXT, 14},
};
static const tcol outcome_cols[] = {
    {"Projekt", C_PROJECT, 12}, {"Deltagare", C_TEXT, 14}, {"Datum", C_DATE, 12},
    {"Utfall", C_OUTCOME, 20},
};

static const char *const participant_help[] = {
    N_("How to fill in the participant template"),
    N_("1. One row per participant on the sheet Deltagare. Projekt: the project's code (the list in the cell)."),
    N_("2. Deltagare: the project's pseudonym for the person (e.g. D017), never a personnummer or\n"
       "   samordningsnummer: those are refused, as in the column Hushåll."),
    N_("3. Kön: kvinna, man, annat or okänt (K and M work too). Stadsområde: the person's\n"
       "   district (the list shows the known ones; a new one can be typed in), empty = unknown."),
    N_("4. Startdatum and Slutdatum as dates (YYYY-MM-DD); Slutdatum empty = still taking part.\n"
       "   Födelseår: a year (optional). Hushåll: the household's id in exits and the payment\n"
       "   register (optional), so that the report can say how many people the savings\n"
       "   concern."),
    N_("5. Do not change the heading row or the sheet's name: sif reads the sheet Deltagare and the columns\n"
       "   Projekt, Deltagare, Kön, Stadsområde, Startdatum, Slutdatum, Födelseår, Hushåll."),
    N_("6. Import the file with: sif import participants FILE.xlsx (add --dry-run to see first\n"
       "   what would be imported). The import takes the whole file or nothing; an error names\n"
       "   its row and column."),
};
static const char *const outcome_help[] = {
    N_("How to fill in the outcome template"),
    N_("1. One row per outcome on the sheet Utfall: the participant, the date and the outcome on that date.\n"
       "   A participant's outcome at a date is the latest row up to and including it."),
    N_("2. Projekt: the project's code (the list in the cell). Deltagare: the pseudonym from the\n"
       "   participant template (the participant must be imported first), never a personnummer."),
    N_("3. Datum as a date (YYYY-MM-DD). Utfall: arbete, studier, praktik, arbetsträning,\n"
       "   stegförflyttning, pågående, avbrutit, flytt, Försäkringskassan or annat (the list)."),
    N_("4. Do not change the heading row or the sheet's name: sif reads the sheet Utfall and the columns\n"
       "   Projekt, Deltagare, Datum, Utfall."),
    N_("5. Import the file with: sif import outcomes FILE.xlsx (add --dry-run to see first what\n"
       "   would be imported). The import takes the whole file or nothing; an error names its\n"
       "   row and column."),
};

struct tpl {
    rx x;
    sif_project p;
    sif_indicators *ind;
    lxw_format *textcol, *date;
};

/* msgid in the workbook's language, as libxlsxwriter's validation fields take it (it only
 * reads them) */
static char *tr(const rx *x, const char *msgid) { return (char *)sif_tr_in(x->lang, msgid); }

static void validation(rx *x, lxw_worksheet *ws, int col, lxw_data_validation *v)
{
    if (x->rc != SIF_OK)
        return;
    rx_lxw_fail(x, worksheet_data_validation_range(ws, 1, (lxw_col_t)col, ROWS, (lxw_col_t)col,
                                                   v),
                "data validation");
}

/* An inline dropdown of at most 32 values; a warning (typed values allowed) when loose. */
static void list_validation(rx *x, lxw_worksheet *ws, int col, char **values, bool loose,
                            char *title, char *message)
{
    size_t len = 0;
    for (size_t i = 0; values[i]; i++) {
        len += strlen(values[i]) + 1;
        if (strpbrk(values[i], ",\"") != NULL || len > 255)
            return;   /* cannot be an inline list: no dropdown rather than a broken one */
    }
    if (values[0] == NULL)
        return;
    lxw_data_validation v;
    memset(&v, 0, sizeof v);
    v.validate = LXW_VALIDATION_TYPE_LIST;
    v.value_list = values;
    if (loose)
        v.error_type = LXW_VALIDATION_ERROR_TYPE_WARNING;
    v.error_title = title;
    v.error_message = message;
    validation(x, ws, col, &v);
}

static void column_rules(struct tpl *t, rx_sheet *s, int c, enum col_kind kind)
{
    rx *x = &t->x;
    lxw_data_validation v;
    memset(&v, 0, sizeof v);
    char *values[33];
    size_t n = 0;
    switch (kind) {
    case C_PROJECT:
        values[n++] = t->p.code;
        values[n] = NULL;
        list_validation(x, s->ws, c, values, false, tr(x, N_("Project")), tr(x, N_("The project's code.")));
        break;
    case C_GENDER:
        for (int g = 0; g < SIF_GENDER_COUNT_; g++)
            values[n++] = (char *)sif_gender_name((sif_gender)g);
        values[n] = NULL;
        list_validation(x, s->ws, c, values, true, tr(x, N_("Gender")),
                        tr(x, N_("kvinna, man, annat or okänt (K, M).")));
        break;
    case C_OUTCOME:
        for (int k = 0; k < SIF_OUTCOME_COUNT_; k++)
            values[n++] = (char *)sif_outcome_label_in(SIF_LANG_SV, (sif_outcome_kind)k);
        values[n] = NULL;
        list_validation(x, s->ws, c, values, false, tr(x, N_("Outcome")),
                        tr(x, N_("Pick an outcome in the list.")));
        break;
    case C_DISTRICT:
        if (t->p.district[0])
            values[n++] = t->p.district;
        for (size_t d = 0; t->ind && d < t->ind->ndistricts && n < 32; d++)
            if (t->ind->districts[d][0] && strcmp(t->ind->districts[d], t->p.district) != 0)
                values[n++] = t->ind->districts[d];
        values[n] = NULL;
        list_validation(x, s->ws, c, values, true, tr(x, N_("District")),
                        tr(x, N_("A district that is not in the list is imported as a new one.")));
        break;
    case C_DATE:
        v.validate = LXW_VALIDATION_TYPE_DATE;
        v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
        v.minimum_datetime = (lxw_datetime){1900, 1, 1, 0, 0, 0};
        v.maximum_datetime = (lxw_datetime){2999, 12, 31, 0, 0, 0};
        v.error_title = tr(x, N_("Date"));
        v.error_message = tr(x, N_("A date, e.g. 2016-03-01."));
        validation(x, s->ws, c, &v);
        break;
    case C_YEAR:
        v.validate = LXW_VALIDATION_TYPE_INTEGER;
        v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
        v.minimum_number = 1900;
        v.maximum_number = 2999;
        v.error_title = tr(x, N_("Year of birth"));
        v.error_message = tr(x, N_("A year, e.g. 1985."));
        validation(x, s->ws, c, &v);
        break;
    case C_TEXT:
        break;
    }
}

static void data_sheet(struct tpl *t, rx_sheet *s, const tcol *cols, int ncols)
{
    rx *x = &t->x;
    for (int c = 0; c < ncols; c++)
        rx_text(x, s, 0, c, cols[c].head, x->f.head);
    if (x->rc != SIF_OK)
        return;
    for (int c = 0; c < ncols; c++) {
        /* ids stay text (a pseudonym "007" must not become 7); dates are dates */
        lxw_format *f = cols[c].kind == C_DATE ? t->date
                        : cols[c].kind == C_YEAR ? x->f.int_ : t->textcol;
        worksheet_set_column(s->ws, (lxw_col_t)c, (lxw_col_t)c, cols[c].width, f);
        column_rules(t, s, c, cols[c].kind);
    }
    if (x->rc == SIF_OK) {
        worksheet_freeze_panes(s->ws, 1, 0);
        rx_lxw_fail(x, worksheet_repeat_rows(s->ws, 0, 0), "print titles");
        rx_lxw_fail(x, worksheet_autofilter(s->ws, 0, 0, ROWS, (lxw_col_t)(ncols - 1)), "filter");
    }
}

sif_status sif_template_people_write(sif_store *st, bool outcomes, const char *project_code,
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
    sif_read_end(st);
    if (rc == SIF_OK)
        rc = sif_indicators_build(st, project_code, &t.ind, err);
    if (rc != SIF_OK)
        return rc;

    sif_outfile out;
    if ((rc = sif_outfile_begin(&out, xlsx_path, force, err)) != SIF_OK) {
        sif_indicators_free(t.ind);
        return rc;
    }
    rx *x = &t.x;
    rx_open(x, out.tmp, lang, err);
    if (x->rc == SIF_OK) {
        t.textcol = workbook_add_format(x->wb);
        t.date = workbook_add_format(x->wb);
        format_set_num_format(t.textcol, "@");
        format_set_num_format(t.date, "yyyy-mm-dd");
        format_set_bg_color(t.date, 0xFFF6D5);
    }
    rx_sheet data, helps;
    rx_sheet_add(x, &data, outcomes ? SIF_TEMPLATE_SHEET_OUTCOMES : SIF_TEMPLATE_SHEET_PARTICIPANTS);
    rx_sheet_add(x, &helps, tpl_help_name(x));
    char title[SIF_NAME_MAX + 32], subject[SIF_CODE_MAX + 192];
    snprintf(title, sizeof title, "%s: %s",
             sif_tr_in(lang, outcomes ? N_("Outcome template") : N_("Participant template")),
             t.p.name);
    snprintf(subject, sizeof subject, sif_tr_in(lang, N_("%s, %s, case %s")),
             sif_tr_in(lang, outcomes ? N_("Participants' outcomes by date")
                                      : N_("Participants by gender and district")),
             t.p.code, t.p.dnr[0] ? t.p.dnr : "–");
    rx_properties(x, title, subject, sif_store_user(st), NULL,
                  sif_tr_in(lang, outcomes ? N_("sif, outcomes, template")
                                           : N_("sif, participants, template")),
                  "sif " SIF_VERSION);
    if (outcomes) {
        data_sheet(&t, &data, outcome_cols, (int)(sizeof outcome_cols / sizeof outcome_cols[0]));
        tpl_help_sheet(x, &helps, outcome_help, sizeof outcome_help / sizeof outcome_help[0],
                       &t.p);
    } else {
        data_sheet(&t, &data, participant_cols,
                   (int)(sizeof participant_cols / sizeof participant_cols[0]));
        tpl_help_sheet(x, &helps, participant_help,
                       sizeof participant_help / sizeof participant_help[0], &t.p);
    }
    if (x->rc == SIF_OK)
        worksheet_activate(data.ws);
    sif_indicators_free(t.ind);
    rc = rx_close(x);
    sif_outfile_blame(&out, err);
    if (rc == SIF_OK)
        rc = sif_outfile_commit(&out, err);
    sif_outfile_abort(&out);
    return rc;
}
