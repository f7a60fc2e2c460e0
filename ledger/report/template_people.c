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
#include "xlsx.h"

#define SHEET_HELP "Instruktioner"
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
    "Så fyller du i deltagarmallen",
    "",
    "1. En rad per deltagare på bladet Deltagare. Projekt: projektets kod (listan i cellen).",
    "2. Deltagare: projektets pseudonym för personen (t.ex. D017), aldrig ett personnummer eller",
    "   samordningsnummer: sådana avvisas, liksom i kolumnen Hushåll.",
    "3. Kön: kvinna, man, annat eller okänt (K och M går också). Stadsområde: personens",
    "   stadsområde (listan visar de kända; ett nytt kan skrivas in), tomt = okänt.",
    "4. Startdatum och Slutdatum som datum (ÅÅÅÅ-MM-DD); Slutdatum tomt = deltar fortfarande.",
    "   Födelseår: ett årtal (frivilligt). Hushåll: hushållets id i avslut och",
    "   utbetalningsregister (frivilligt), så att rapporten kan säga hur många personer",
    "   besparingarna gäller.",
    "5. Ändra inte rubrikraden och inte bladets namn: sif läser bladet Deltagare och kolumnerna",
    "   Projekt, Deltagare, Kön, Stadsområde, Startdatum, Slutdatum, Födelseår, Hushåll.",
    "6. Läs in filen med: sif import participants FIL.xlsx (lägg till --dry-run för att först",
    "   se vad som skulle läsas in). Inläsningen sker helt eller inte alls; ett fel anges med",
    "   rad och kolumn.",
};
static const char *const outcome_help[] = {
    "Så fyller du i utfallsmallen",
    "",
    "1. En rad per utfall på bladet Utfall: deltagaren, datumet och utfallet det datumet.",
    "   En deltagares utfall vid ett datum är den senaste raden till och med det.",
    "2. Projekt: projektets kod (listan i cellen). Deltagare: pseudonymen från deltagarmallen",
    "   (deltagaren måste vara inläst först), aldrig ett personnummer.",
    "3. Datum som datum (ÅÅÅÅ-MM-DD). Utfall: arbete, studier, praktik, arbetsträning,",
    "   stegförflyttning, pågående, avbrutit, flytt, Försäkringskassan eller annat (listan).",
    "4. Ändra inte rubrikraden och inte bladets namn: sif läser bladet Utfall och kolumnerna",
    "   Projekt, Deltagare, Datum, Utfall.",
    "5. Läs in filen med: sif import outcomes FIL.xlsx (lägg till --dry-run för att först se",
    "   vad som skulle läsas in). Inläsningen sker helt eller inte alls; ett fel anges med rad",
    "   och kolumn.",
};

struct tpl {
    rx x;
    sif_project p;
    sif_indicators *ind;
    lxw_format *textcol, *date;
};

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
        list_validation(x, s->ws, c, values, false, (char *)"Projekt", (char *)"Projektets kod.");
        break;
    case C_GENDER:
        for (int g = 0; g < SIF_GENDER_COUNT_; g++)
            values[n++] = (char *)sif_gender_name((sif_gender)g);
        values[n] = NULL;
        list_validation(x, s->ws, c, values, true, (char *)"Kön",
                        (char *)"kvinna, man, annat eller okänt (K, M).");
        break;
    case C_OUTCOME:
        for (int k = 0; k < SIF_OUTCOME_COUNT_; k++)
            values[n++] = (char *)sif_outcome_label_in(SIF_LANG_SV, (sif_outcome_kind)k);
        values[n] = NULL;
        list_validation(x, s->ws, c, values, false, (char *)"Utfall",
                        (char *)"Välj ett utfall i listan.");
        break;
    case C_DISTRICT:
        if (t->p.district[0])
            values[n++] = t->p.district;
        for (size_t d = 0; t->ind && d < t->ind->ndistricts && n < 32; d++)
            if (t->ind->districts[d][0] && strcmp(t->ind->districts[d], t->p.district) != 0)
                values[n++] = t->ind->districts[d];
        values[n] = NULL;
        list_validation(x, s->ws, c, values, true, (char *)"Stadsområde",
                        (char *)"Ett stadsområde som inte finns i listan läses in som ett nytt.");
        break;
    case C_DATE:
        v.validate = LXW_VALIDATION_TYPE_DATE;
        v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
        v.minimum_datetime = (lxw_datetime){1900, 1, 1, 0, 0, 0};
        v.maximum_datetime = (lxw_datetime){2999, 12, 31, 0, 0, 0};
        v.error_title = "Datum";
        v.error_message = "Ett datum, t.ex. 2016-03-01.";
        validation(x, s->ws, c, &v);
        break;
    case C_YEAR:
        v.validate = LXW_VALIDATION_TYPE_INTEGER;
        v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
        v.minimum_number = 1900;
        v.maximum_number = 2999;
        v.error_title = "Födelseår";
        v.error_message = "Ett årtal, t.ex. 1985.";
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

static void help_sheet(struct tpl *t, rx_sheet *s, const char *const *help, size_t n)
{
    rx *x = &t->x;
    char buf[SIF_NAME_MAX + 64];
    for (size_t i = 0; i < n; i++)
        rx_text_wide(x, s, (int)i, 0, help[i], i == 0 ? x->f.title : x->f.text);
    int row = (int)n + 1;
    snprintf(buf, sizeof buf, "Projekt: %s (%s)", t->p.name, t->p.code);
    rx_text_wide(x, s, row++, 0, buf, x->f.bold);
    if (t->p.dnr[0]) {
        snprintf(buf, sizeof buf, "Diarienummer: %s", t->p.dnr);
        rx_text_wide(x, s, row, 0, buf, x->f.text);
    }
    if (x->rc == SIF_OK)
        worksheet_set_column(s->ws, 0, 0, 100, NULL);
}

sif_status sif_template_people_write(sif_store *st, bool outcomes, const char *project_code,
                                     const char *xlsx_path, bool force, sif_error *err)
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
    rx_open(x, out.tmp, SIF_LANG_SV, err);
    if (x->rc == SIF_OK) {
        t.textcol = workbook_add_format(x->wb);
        t.date = workbook_add_format(x->wb);
        format_set_num_format(t.textcol, "@");
        format_set_num_format(t.date, "yyyy-mm-dd");
        format_set_bg_color(t.date, 0xFFF6D5);
    }
    rx_sheet data, helps;
    rx_sheet_add(x, &data, outcomes ? SIF_TEMPLATE_SHEET_OUTCOMES : SIF_TEMPLATE_SHEET_PARTICIPANTS);
    rx_sheet_add(x, &helps, SHEET_HELP);
    char title[SIF_NAME_MAX + 32], subject[SIF_CODE_MAX + 192];
    snprintf(title, sizeof title, "%s: %s", outcomes ? "Utfallsmall" : "Deltagarmall", t.p.name);
    snprintf(subject, sizeof subject, "%s, %s, dnr %s",
             outcomes ? "Deltagarnas utfall per datum" : "Deltagare per kön och stadsområde",
             t.p.code, t.p.dnr[0] ? t.p.dnr : "–");
    rx_properties(x, title, subject, sif_store_user(st), NULL,
                  outcomes ? "sif, utfall, mall" : "sif, deltagare, mall", "sif " SIF_VERSION);
    if (outcomes) {
        data_sheet(&t, &data, outcome_cols, (int)(sizeof outcome_cols / sizeof outcome_cols[0]));
        help_sheet(&t, &helps, outcome_help, sizeof outcome_help / sizeof outcome_help[0]);
    } else {
        data_sheet(&t, &data, participant_cols,
                   (int)(sizeof participant_cols / sizeof participant_cols[0]));
        help_sheet(&t, &helps, participant_help,
                   sizeof participant_help / sizeof participant_help[0]);
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
