/* ledger/web/labels.h — every text the web pages say of their own, in Swedish and English,
 * as the reports keep theirs (ledger/report/labels.h): one X-macro table of id, Swedish,
 * English. One language per server process (sif serve --lang). Messages of the library
 * (validation errors) are shown as the command line shows them. */
#ifndef SIF_WEB_LABELS_H
#define SIF_WEB_LABELS_H

#include "sif/report.h"

#define WEB_LABELS(X) \
    X(HTML_LANG, "sv", "en") \
    X(APP, "Social investeringsfond", "Social investment fund") \
    X(LOGIN, "Logga in", "Log in") \
    X(LOGOUT, "Logga ut", "Log out") \
    X(USER, "Användare", "User") \
    X(PASSWORD, "Lösenord", "Password") \
    X(LOGIN_FAILED, "Fel användarnamn eller lösenord.", "Wrong user name or password.") \
    X(PORTFOLIO, "Portfölj", "Portfolio") \
    X(LOG, "Logg", "Log") \
    X(CHECK, "Kontroll", "Check") \
    X(PROJECT, "Projekt", "Project") \
    X(PROJECTS, "Projekt", "Projects") \
    X(NAME, "Namn", "Name") \
    X(COMMITTEE, "Ansvarig nämnd", "Responsible committee") \
    X(DNR, "Diarienummer", "Reference (dnr)") \
    X(PERIOD, "Projektperiod", "Project period") \
    X(LOAN, "Lån från fonden", "Loan from the fund") \
    X(REPAID, "Återbetalt", "Repaid") \
    X(WRITTEN_OFF, "Avskrivet", "Written off") \
    X(OUTSTANDING, "Utestående", "Outstanding") \
    X(NO_PROJECTS, "Inga projekt ännu.", "No projects yet.") \
    X(INVESTMENT, "Investering", "Investment") \
    X(INV_TITLE, "Investeringskostnad per tjänst och år (kr)", "Investment cost per post and year (SEK)") \
    X(ROLE, "Tjänst", "Post") \
    X(YEAR, "År", "Year") \
    X(SUM, "Summa", "Total") \
    X(AMOUNT, "Belopp", "Amount") \
    X(FUNDING, "Finansiering", "Funding") \
    X(NOTE, "Kommentar", "Note") \
    X(CONTROLS, "Kontrollsummor", "Control totals") \
    X(PRINTED, "Tryckt", "Printed") \
    X(COMPUTED, "Huvudbokens summa", "Ledger's sum") \
    X(DIFFERENCE, "Differens", "Difference") \
    X(SAVINGS, "Kostnadsminskningar", "Cost reductions") \
    X(NO_SAVINGS, "Inga kostnadsminskningar registrerade.", "No cost reductions recorded.") \
    X(CATEGORY, "Kategori", "Category") \
    X(STATUS, "Status", "Status") \
    X(METHOD, "Metod", "Method") \
    X(DERIVATION, "Härledning", "Derivation") \
    X(FORMULA, "Formel", "Formula") \
    X(RESULT, "Resultat", "Result") \
    X(NET, "Netto", "Net") \
    X(CUMULATIVE, "Ackumulerat", "Cumulative") \
    X(PAYBACK, "Återbetalningstid", "Payback") \
    X(NO_PAYBACK, "nås inte", "not reached") \
    X(YEARS, "år", "years") \
    X(SCENARIOS, "Återbetalningsscenarier", "Repayment scenarios") \
    X(SCENARIO, "Scenario", "Scenario") \
    X(CURRENT, "gällande", "current") \
    X(DOWNLOADS, "Beslutsunderlag", "Decision basis") \
    X(DL_XLSX, "Ladda ner arbetsboken (Excel)", "Download the workbook (Excel)") \
    X(DL_XML, "Ladda ner XML", "Download the XML") \
    X(NEW_COST, "Registrera kostnad", "Enter a cost") \
    X(IMPORT, "Importera kostnader", "Import costs") \
    X(SAVE, "Spara", "Save") \
    X(SAVED, "Sparad: kostnadspost", "Saved: cost entry") \
    X(FUND_LOAN, "fonden (lån)", "the fund (loan)") \
    X(OTHER_NAME, "annan:NAMN", "other:NAME") \
    X(FILE, "Fil (CSV, XLSX eller XML)", "File (CSV, XLSX or XML)") \
    X(PREVIEW, "Förhandsgranska", "Preview") \
    X(PREVIEW_TITLE, "Förhandsgranskning: inget är sparat ännu", "Preview: nothing is saved yet") \
    X(ROWS, "Rader", "Rows") \
    X(ENCODING, "Teckenkodning", "Encoding") \
    X(PROBLEMS, "Fel i filen: inget kan importeras", "Problems in the file: nothing can be imported") \
    X(CONFIRM, "Bekräfta importen", "Confirm the import") \
    X(IMPORTED, "Importerad: omgång", "Imported: batch") \
    X(UPLOAD_GONE, "Uppladdningen finns inte längre: ladda upp filen igen.", \
      "The upload is gone: upload the file again.") \
    X(TOO_BIG, "Filen är större än vad servern tar emot", "The file is larger than the server accepts") \
    X(FORBIDDEN, "Det här får din roll inte göra.", "Your role may not do this.") \
    X(BAD_CSRF, "Formuläret är för gammalt eller kom inte härifrån: ladda om sidan.", \
      "The form is too old or did not come from here: reload the page.") \
    X(NOT_FOUND, "Finns inte.", "Not found.") \
    X(ERROR, "Fel", "Error") \
    X(WHEN, "När", "When") \
    X(WHO, "Vem", "Who") \
    X(WHAT, "Vad", "What") \
    X(DETAIL, "Detalj", "Detail") \
    X(BATCH, "Omgång", "Batch") \
    X(INDICATORS, "Indikatorer", "Indicators") \
    X(NO_FINDINGS, "Inga avvikelser.", "No findings.") \
    X(VERIFY, "Verifiering av huvudboken", "Verification of the ledger") \
    X(VERIFY_OK, "Inga ändringar utanför sif: hashkedjan håller.", "No changes outside sif: the hash chain holds.") \
    X(VERIFY_PROBLEMS, "problem: rader ändrade, borttagna eller tillagda utanför sif (sif verify visar vilka)", \
      "problems: rows changed, removed or added outside sif (sif verify shows which)") \
    X(PARTICIPANTS, "Deltagare", "Participants") \
    X(WOMEN, "Kvinnor", "Women") \
    X(MEN, "Män", "Men") \
    X(GENDER_OTHER, "Annat", "Other") \
    X(GENDER_UNKNOWN, "Okänt kön", "Gender not known") \
    X(TARGET, "Mål", "Target") \
    X(GOAL, "Mål (antal)", "Target (count)") \
    X(ACTUAL, "Utfall", "Actual") \
    X(KIND, "Slag", "Kind") \
    X(ROLE_CONTROLLER, "controller", "controller") \
    X(ROLE_ADMINISTRATOR, "administratör", "administrator") \
    X(ROLE_COMMITTEE, "nämnd", "committee") \
    X(ROLE_AUDITOR, "revisor", "auditor") \
    X(BACK, "Tillbaka till projektet", "Back to the project")

typedef enum web_label_id {
#define WEB_LABEL_ENUM(id, sv, en) WL_##id,
    WEB_LABELS(WEB_LABEL_ENUM)
#undef WEB_LABEL_ENUM
    WL_COUNT_
} web_label_id;

/* The label in lang. Static, never NULL. */
const char *web_label(sif_lang lang, web_label_id id);

#endif
