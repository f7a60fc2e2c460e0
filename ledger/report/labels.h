/* ledger/report/labels.h — every label the reports print, in Swedish and English.
 *
 * One table (the X-macro below): the id, the Swedish text, the English text. Swedish is
 * the default (SPEC §7); sif_report_opts.lang picks English. Sheet names are labels too,
 * and go through rx_sheet_name before they reach libxlsxwriter.
 */
#ifndef SIF_REPORT_LABELS_H
#define SIF_REPORT_LABELS_H

#include "sif/report.h"

#define RPT_LABELS(X) \
    X(SH_SUMMARY, "Sammanfattning", "Summary") \
    X(SH_INVEST, "Investering", "Investment") \
    X(SH_SAVINGS, "Kostnadsminskningar", "Cost reductions") \
    X(SH_NET, "Nettoresultat", "Net result") \
    X(SH_REPAY, "Återbetalning", "Repayment") \
    X(SH_SENS, "Känslighet", "Sensitivity") \
    X(SH_PARAMS, "Parametrar", "Parameters") \
    X(SH_EFFECTS, "Långsiktiga effekter", "Long-term effects") \
    X(SH_PROV, "Underlag", "Provenance") \
    X(DOC_TITLE, "Beslutsunderlag", "Decision basis") \
    X(DOC_SUBJECT, "Social investering", "Social investment") \
    X(DOC_KEYWORDS, "social investeringsfond, beslutsunderlag", "social investment fund, decision basis") \
    X(PROJECT, "Projekt", "Project") \
    X(DNR, "Diarienummer", "Reference (dnr)") \
    X(COMMITTEE, "Ansvarig nämnd", "Responsible committee") \
    X(PERIOD, "Projektperiod", "Project period") \
    X(FUND, "Fond", "Fund") \
    X(GRANTED, "Beviljat belopp", "Amount granted") \
    X(GENERATED, "Framtaget", "Produced") \
    X(BY, "av", "by") \
    X(KEY_FIGURES, "Nyckeltal", "Key figures") \
    X(INVESTMENT, "Investering", "Investment") \
    X(LOAN, "varav lån från fonden", "of which the fund's loan") \
    X(ESF, "varav ESF", "of which ESF") \
    X(OTHER_FUNDING, "varav annan finansiering", "of which other funding") \
    X(CONTROL_DIFFS, "Differenser mot tryckta summor", "Differences from printed totals") \
    X(YEAR, "År", "Year") \
    X(SUM, "Summa", "Total") \
    X(AMOUNT, "Belopp", "Amount") \
    X(INV_TITLE, "Investeringskostnad per tjänst och år", "Investment cost per post and year") \
    X(INV_NOTE, "Kronor. Cellerna är ledgerns poster; summorna är formler.", \
      "Kronor. The cells are the ledger's entries; the totals are formulas.") \
    X(LOAN_COL, "Fondens lån", "Fund's loan") \
    X(CONTROLS, "Kontrollsummor (tryckta summor jämförda med ledgerns)", \
      "Control totals (printed totals compared with the ledger's)") \
    X(CONTROL_OF, "Avser", "Of") \
    X(PRINTED, "Tryckt", "Printed") \
    X(COMPUTED, "Ledgerns summa", "Ledger's sum") \
    X(DIFFERENCE, "Differens", "Difference") \
    X(FUNDING, "Finansiering", "Funding") \
    X(FUNDING_FUND, "fonden (lån)", "the fund (loan)") \
    X(FUNDING_ESF, "ESF", "ESF") \
    X(ROLES, "Tjänster", "Posts") \
    X(CODE, "Kod", "Code") \
    X(ROLE, "Tjänst", "Post") \
    X(UNIT, "Enhet", "Unit") \
    X(FTE, "Årsarbetare", "FTE") \
    X(COMMITTEE_BY_YEAR, "Nämnd per år", "Committee by year") \
    X(PROV_TITLE, "Underlag: varifrån varje siffra kommer", "Provenance: where every figure comes from") \
    X(BATCH, "Omgång", "Batch") \
    X(KIND, "Slag", "Kind") \
    X(SOURCE_FILE, "Källfil", "Source file") \
    X(SHA256, "SHA-256", "SHA-256") \
    X(WHO, "Vem", "Who") \
    X(WHEN, "När (UTC)", "When (UTC)") \
    X(ROWS, "Rader", "Rows") \
    X(SIF_VERSION, "sif-version", "sif version") \
    X(LEDGER_ROWS_NOTE, "Raderna är ledgerns poster i omgången; varje rad ingår i en hashkedja som \"sif verify\" kontrollerar.", \
      "Rows are the ledger's entries in the batch; every row is part of a hash chain that \"sif verify\" checks.") \
    X(NOT_GIVEN, "ej angivet", "not given") \
    X(DIFF_NOTE, "Differenser uppstår när tryckta summor avrundats från belopp med ören; ledgern visar dem i stället för att dölja dem.", \
      "Differences arise when printed totals were rounded from amounts with öre; the ledger shows them rather than hiding them.") \
    X(PAGE_FOOTER, "Sida &P av &N", "Page &P of &N")

typedef enum rpt_label {
#define RPT_LABEL_ENUM(id, sv, en) L_##id,
    RPT_LABELS(RPT_LABEL_ENUM)
#undef RPT_LABEL_ENUM
    L_COUNT_
} rpt_label;

/* The label in a language; static, never NULL. */
const char *rpt_label_text(sif_lang lang, rpt_label id);

#endif
