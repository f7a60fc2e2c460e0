/* ledger/report/labels.h — every label the reports print, in Swedish and English.
 *
 * One table (the X-macro below): the id, the Swedish text, the English text. Swedish is
 * the default (SPEC §7); sif_report_opts.lang picks English. Sheet names are labels too,
 * and go through rx_sheet_name before they reach libxlsxwriter.
 */
#ifndef SIF_REPORT_LABELS_H
#define SIF_REPORT_LABELS_H

#include "sif/report.h"
#include "sif/scenario.h"

#define RPT_LABELS(X) \
    X(SH_SUMMARY, "Sammanfattning", "Summary") \
    X(SH_INVEST, "Investering", "Investment") \
    X(SH_SAVINGS, "Kostnadsminskningar", "Cost reductions") \
    X(SH_NET, "Nettoresultat", "Net result") \
    X(SH_REPAY, "Återbetalning", "Repayment") \
    X(SH_SENS, "Känslighet", "Sensitivity") \
    X(SH_PARAMS, "Parametrar", "Parameters") \
    X(SH_EFFECTS, "Långsiktiga effekter", "Long-term effects") \
    X(SH_INDICATORS, "Deltagare och utfall", "Participants and outcomes") \
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
    X(INV_NOTE, "Kronor. Cellerna är huvudbokens poster; summorna är formler.", \
      "Kronor. The cells are the ledger's entries; the totals are formulas.") \
    X(LOAN_COL, "Fondens lån", "Fund's loan") \
    X(CONTROLS, "Kontrollsummor (tryckta summor jämförda med huvudbokens)", \
      "Control totals (printed totals compared with the ledger's)") \
    X(CONTROL_OF, "Avser", "Of") \
    X(PRINTED, "Tryckt", "Printed") \
    X(COMPUTED, "Ledgerns summa", "Ledger's sum") \
    X(DIFFERENCE, "Differens", "Difference") \
    X(FUNDING, "Finansiering", "Funding") \
    X(COST_NOTES, "Kommentarer till kostnaderna", "Notes on the costs") \
    X(NOTE, "Kommentar", "Note") \
    X(ALL_ROLES, "alla tjänster", "every post") \
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
    X(WHEN, "När", "When") \
    X(ROWS, "Rader", "Rows") \
    X(SIF_VERSION, "sif-version", "sif version") \
    X(ANCHOR, "Kedjans huvud (sif anchor)", "Chain head (sif anchor)") \
    X(ANCHOR_NOTE, "Prövas senare med: sif verify --anchor HUVUD:LÄNKAR (eller med denna rapports XML).", \
      "Check it later with: sif verify --anchor HEAD:LINKS (or with this report's XML).") \
    X(FINDINGS, "Fynd (sif check)", "Findings (sif check)") \
    X(FINDINGS_NONE, "inga", "none") \
    X(LEDGER_ROWS_NOTE, "Raderna är huvudbokens poster i omgången; varje rad ingår i en hashkedja som \"sif verify\" kontrollerar.", \
      "Rows are the ledger's entries in the batch; every row is part of a hash chain that \"sif verify\" checks.") \
    X(NOT_GIVEN, "ej angivet", "not given") \
    X(DIFF_NOTE, "Differenserna ryms inom avrundning (högst 0,50 kr per summerad cell): tryckta summor avrundade från belopp med ören. Ledgern visar dem i stället för att dölja dem.", \
      "The differences are within rounding (at most 0,50 kr per cell summed): printed totals rounded from amounts with öre. The ledger shows them rather than hiding them.") \
    X(DIFF_NOTE_BEYOND, "Minst en differens är större än avrundning kan förklara (0,50 kr per summerad cell): kontrollera källan. Ledgern räknar med sin egen summa.", \
      "At least one difference is larger than rounding can explain (0,50 kr per cell summed): check the source. The ledger counts its own sum.") \
    X(SAVINGS, "Kostnadsminskningar", "Cost reductions") \
    X(NET, "Nettoresultat", "Net result") \
    X(NET_PRINTED, "Nettoresultat mot tryckt investeringssumma", "Net result against the printed investment total") \
    X(SHIFTED, "varav kostnad flyttad till annan betalare", "of which cost shifted to another payer") \
    X(RATIO, "Kvot kostnadsminskning/investering", "Ratio cost reduction/investment") \
    X(PAYBACK_YEARS, "Återbetalningstid (år)", "Payback (years)") \
    X(PAYBACK_MONTHS, "Återbetalningstid (månader)", "Payback (months)") \
    X(PAYBACK_NONE, "nås inte", "not reached") \
    X(SIMPLE_PAYBACK_YEARS, "Enkel återbetalningstid (år)", "Simple payback (years)") \
    X(MONTHS_WORD, "månader", "months") \
    X(SIMPLE_PAYBACK_OF, "investeringen ÷ kostnadsminskningarna", "investment ÷ the cost reductions of") \
    X(STATUS_REALISED, "realiserade", "realised") \
    X(STATUS_PROJECTED, "prognostiserade", "projected") \
    X(STATUS_MIXED, "realiserade och prognostiserade", "realised and projected") \
    X(PAYBACK_CONVENTION, "Återbetalningstid: från början av det första investeringsåret tills de ackumulerade kostnadsminskningarna når den ackumulerade investeringen; varje års investering räknas i början av året, kostnadsminskningarna jämnt över året. Enkel återbetalningstid: investeringen ÷ det första årets kostnadsminskningar, som slutrapporter och SROI-guiden anger den.", \
      "Payback: from the start of the first investment year until cumulative cost reductions reach cumulative investment; each year's investment counts at the start of the year, cost reductions evenly over the year. Simple payback: investment ÷ the first year's cost reductions, as final reports and the SROI guide state it.") \
    X(ADJUSTMENTS, "Justeringar", "Adjustments") \
    X(ADJ_NONE, "inga (som i källan)", "none (as in the source)") \
    X(SCENARIOS, "Återbetalningsscenarier", "Repayment scenarios") \
    X(SCENARIO, "Scenario", "Scenario") \
    X(REPAID, "Återbetalt", "Repaid") \
    X(WRITTEN_OFF, "Avskrivet", "Written off") \
    X(OUTSTANDING, "Kvarstår", "Outstanding") \
    X(STATUS, "Status", "Status") \
    X(CURRENT, "gäller", "in force") \
    X(DRAFT_DECISION, "förslag till beslut", "proposed decision") \
    X(DECIDED, "beslutat", "decided") \
    X(DECISIONS, "Beslut", "Decisions") \
    X(DATE, "Datum", "Date") \
    X(BODY, "Beslutande organ", "Decided by") \
    X(REFERENCE, "Diarienummer", "Reference") \
    X(TEXT, "Text", "Text") \
    X(NO_DECISIONS, "Inga beslut registrerade.", "No decisions recorded.") \
    X(CHART_TITLE, "Kostnader och kostnadsminskningar per år", "Costs and cost reductions per year") \
    X(CUMULATIVE, "Ackumulerat netto", "Cumulative net") \
    X(SAV_TITLE, "Kostnadsminskningar och hur de är beräknade", "Cost reductions and how they were calculated") \
    X(SAV_NOTE, "Gula celler är indata; beloppen är formler över dem och visar huvudbokens egna belopp.", \
      "Yellow cells are inputs; the amounts are formulas over them and show the ledger's own figures.") \
    X(INPUT, "Indata", "Input") \
    X(VALUE, "Värde", "Value") \
    X(UNIT_OF, "Enhet", "Unit") \
    X(KEY, "Nyckel", "Key") \
    X(PARAM_NAME, "Parameter", "Parameter") \
    X(PER, "Belopp per enhet", "Amount per unit") \
    X(SAVING, "Kostnadsminskning", "Cost reduction") \
    X(DERIVATION, "Härledning", "Derivation") \
    X(CATEGORY, "Kategori", "Category") \
    X(CAT_BENEFIT, "Försörjningsstöd", "Benefit") \
    X(CAT_TREATMENT, "Behandling i öppenvård", "Treatment") \
    X(CAT_PLACEMENT, "Förhindrade placeringar", "Placements") \
    X(CAT_OTHER, "Övrigt", "Other") \
    X(REALISED, "realiserad", "realised") \
    X(PROJECTED, "beräknad", "projected") \
    X(METHOD, "metod", "method") \
    X(REVERSES, "återför", "reverses") \
    X(NO_SAVINGS, "Inga kostnadsminskningar registrerade.", "No cost reductions recorded.") \
    X(NET_TITLE, "Nettoresultat per år och ackumulerat", "Net result per year and cumulative") \
    X(NET_NOTE, "Kronor. Investering och kostnadsminskningar hämtas med formler från bladen Investering och Kostnadsminskningar.", \
      "Kronor. Investment and cost reductions are taken by formulas from the Investment and Cost reductions sheets.") \
    X(NET_NOTE_ADJ, "Kronor, justerade enligt justeringarna på bladet Parametrar (värden, inte formler).", \
      "Kronor, adjusted as listed on the Parameters sheet (values, not formulas).") \
    X(REPAY_TITLE, "Återbetalning till fonden: scenarier", "Repayment to the fund: scenarios") \
    X(LOAN_FULL, "Lån från fonden", "Loan from the fund") \
    X(RULE, "Regel", "Rule") \
    X(OPENING, "Ingående", "Opening") \
    X(REPAYMENT, "Återbetalning", "Repayment") \
    X(CLOSING, "Utgående", "Closing") \
    X(PAYER, "Betalande nämnd", "Paying committee") \
    X(PAYERS, "Betalande nämnder: andel och budgetpåverkan", "Paying committees: share and budget effect") \
    X(PAYERS_NOTE, "Budgetpåverkan = kontant frigjort hos nämndens enheter − nämndens andel av återbetalningen; negativ betyder att återbetalningen tas ur nämndens befintliga budget.", \
      "Budget effect = cash freed at the committee's units − the committee's share of the repayment; negative means the repayment comes out of the committee's existing budget.") \
    X(SHARE_OF_REPAYMENT, "Andel av återbetalningen", "Share of the repayment") \
    X(CASH_FREED, "Kontant frigjort", "Cash freed") \
    X(LEFT_AFTER_WOFF, "Kvar efter avskrivning", "Left after write-off") \
    X(BUDGET_EFFECT, "Budgetpåverkan", "Budget effect") \
    X(FUND_BALANCE, "Fondens saldo", "Fund balance") \
    X(ROW_SOURCE, "Källa", "Source") \
    X(SCEN_FULL, "Full återbetalning", "Full repayment") \
    X(SCEN_SAVINGS, "Återbetalning ur realiserade kostnadsminskningar", \
      "Repayment from realised cost reductions") \
    X(SCEN_CASHABLE, "Återbetalning ur kontanta besparingar", "Repayment from cashable savings") \
    X(SCEN_PARTIAL, "Delvis återbetalning", "Partial repayment") \
    X(SCEN_WAIVED, "Kravet på återbetalning hävs", "Repayment requirement waived") \
    X(SCEN_PROPOSAL, "förslag", "proposal") \
    X(RECORDED, "bokfört", "recorded") \
    X(PLANNED, "plan", "planned") \
    X(NO_SCHEDULE, "Ingen återbetalning i detta scenario.", "No repayment in this scenario.") \
    X(SENS_TITLE, "Känslighet: nettoresultat och återbetalningstid när antagandena ändras", "Sensitivity: net result and payback when the assumptions change") \
    X(SENS_NOTE, "Beräknat av sif med samma regler som resultatet; raden med fet stil är huvudbokens eget antagande.", \
      "Computed by the ledger with the result's own rules; the bold row is the ledger's own assumption.") \
    X(SENS_DEADWEIGHT, "Dödvikt (andel som hade skett ändå)", "Deadweight (share that would have happened anyway)") \
    X(SENS_MONTHS, "Månader som räknas per hushåll", "Months counted per household") \
    X(SENS_UNIT_COSTS, "À-priser (andel av huvudbokens)", "Unit costs (share of the ledger's)") \
    X(ASSUMPTION, "Antagande", "Assumption") \
    X(PARAMS_TITLE, "Parametrar: à-priser, källor och år", "Parameters: unit costs, sources and years") \
    X(PARAM_KIND, "Slag", "Kind") \
    X(VALID_YEARS, "Gäller år", "Valid years") \
    X(SOURCE, "Källa", "Source") \
    X(ALL_PROJECTS, "alla projekt", "every project") \
    X(REPAY_RULE, "Återbetalningsregel", "Repayment rule") \
    X(INSTALMENTS, "Antal år för återbetalning", "Years of repayment") \
    X(FIRST_YEAR, "Första återbetalningsår", "First repayment year") \
    X(CASH_SHARE, "Kontant andel", "Cashable share") \
    X(PARTIAL_SHARE, "Andel vid delvis återbetalning", "Share in partial repayment") \
    X(EFFECTS_TITLE, "Långsiktiga effekter", "Long-term effects") \
    X(EFFECTS_NOTE, "Redovisas men räknas inte in i resultatet eller återbetalningen.", \
      "Reported but not counted in the result or the repayment.") \
    X(EFFECT, "Effekt", "Effect") \
    X(DESCRIPTION, "Beskrivning", "Description") \
    X(QUANTITY, "Antal", "Quantity") \
    X(UNIT_COST, "Kostnad per enhet", "Unit cost") \
    X(POSSIBLE_COST, "Möjlig kostnad", "Possible cost") \
    X(NO_EFFECTS, "Inga långsiktiga effekter registrerade.", "No long-term effects recorded.") \
    X(YEARS_UNIT, "år", "years") \
    X(SCENARIO_OUTCOME, "Scenariernas utfall", "Outcome of the scenarios") \
    X(SH_PORTFOLIO, "Portfölj", "Portfolio") \
    X(SH_BALANCE, "Fondens saldo", "Fund balance") \
    X(FUND_TITLE, "Fondens portfölj: projekten sida vid sida", "The fund's portfolio: projects side by side") \
    X(FUND_NOTE, "Kronor. Lånet är den fondfinansierade delen av investeringen; utestående = lån − återbetalt − avskrivet.", \
      "Kronor. The loan is the fund-financed part of the investment; outstanding = loan − repaid − written off.") \
    X(NAME, "Namn", "Name") \
    X(SPENT, "Förbrukat", "Spent") \
    X(LOAN_SHORT, "Lån", "Loan") \
    X(BALANCE_TITLE, "Fondens saldo över åren", "The fund's balance over the years") \
    X(BALANCE_NOTE, "Saldo = kapital − utlånat + återbetalt (ackumulerat); en avskrivning ändrar inte saldot, bara vad fonden kan vänta sig tillbaka.", \
      "Balance = capital − lent + repaid (cumulative); a write-off does not change the balance, only what the fund can expect back.") \
    X(CAPITAL, "Kapital", "Capital") \
    X(LENT, "Utlånat", "Lent") \
    X(BALANCE, "Saldo", "Balance") \
    X(BALANCE_CHART, "Fondens saldo och utestående lån", "Fund balance and outstanding loans") \
    X(FUND_DOC_TITLE, "Fondrapport", "Fund report") \
    X(INV_ADJUSTED, "Investering, justerad", "Investment, adjusted") \
    X(KIND_WAIVE, "kravet på återbetalning hävs", "repayment waived") \
    X(KIND_PARTIAL, "delvis återbetalning", "partial repayment") \
    X(KIND_RESCHEDULE, "ny återbetalningsplan", "new repayment plan") \
    X(PAGE_FOOTER, "Sida &P av &N", "Page &P of &N") \
    X(PN_BENEFIT_MONTH, "Försörjningsstöd per hushåll och månad", "Benefit per household and month") \
    X(PN_TREATMENT_HOUR, "Behandling: kostnad per timme och behandlare", "Treatment: cost per hour and therapist") \
    X(PN_PLACEMENT_DAY, "Dygnskostnad för en HVB-placering", "Cost per day of a residential placement") \
    X(PN_PLACEMENT_DAYS, "Vårddygn per placering", "Days per placement") \
    X(PN_DEADWEIGHT, "Dödvikt", "Deadweight") \
    X(PN_ATTRIBUTION, "Andel som kan tillskrivas insatsen", "Attribution") \
    X(PN_DROPOFF, "Avtagande effekt per år", "Drop-off per year") \
    X(PN_DISCOUNT, "Diskonteringsränta", "Discount rate") \
    X(PN_OPTIMISM, "Påslag för optimism", "Optimism bias") \
    X(PN_BASE_YEAR, "Basår för diskontering", "Base year of discounting") \
    X(PK_AMOUNT, "belopp", "amount") \
    X(PK_COUNT, "antal", "number") \
    X(PK_RATIO, "andel", "share") \
    X(BK_INIT, "ny ledger", "new ledger") \
    X(BK_ENTRY, "inmatning", "entered by hand") \
    X(BK_DEMO, "referensfallet", "reference case") \
    X(BK_COMPUTE, "beräkning", "computation") \
    X(BK_CLOSE, "stängt år", "year closed") \
    X(BK_REOPEN, "öppnat år", "year reopened") \
    X(BK_IMPORT, "import", "import") \
    X(BK_COSTS, "import av kostnader", "import of costs") \
    X(BK_SAVINGS, "import av kostnadsminskningar", "import of cost reductions") \
    X(BK_EXITS, "import av avslut", "import of exits") \
    X(BK_PAYMENTS, "import av utbetalningar", "import of payments") \
    X(BK_TREATMENT, "import av behandlingar", "import of treatments") \
    X(BK_PLACEMENTS, "import av placeringar", "import of placements") \
    X(BK_PARAMS, "import av parametrar", "import of parameters") \
    X(PREPARED_BY, "Upprättad av", "Prepared by") \
    X(MN_BENEFIT_SCHABLON, "schablon (försörjningsstöd)", "standard rate (benefit)") \
    X(MN_BENEFIT_RECORDS, "utbetalningsregister (försörjningsstöd)", "payment register (benefit)") \
    X(MN_TREATMENT, "förkortad behandling", "shortened treatment") \
    X(MN_PLACEMENT, "förhindrade placeringar", "prevented placements") \
    X(MN_OTHER, "övrig beräkning", "other calculation") \
    X(MN_MANUAL, "manuellt", "entered by hand") \
    X(MN_IMPORT, "importerad", "imported") \
    X(MN_REVERSAL, "återföring", "reversal") \
    X(FK_COST_OUTSIDE, "kostnad utanför projektets år", "cost outside the project's years") \
    X(FK_SAVING_BEFORE, "kostnadsminskning före projektstart", "cost reduction before the start") \
    X(FK_LOAN_ABOVE, "lån över beviljat belopp", "loan above the amount granted") \
    X(FK_LENDING_ABOVE, "utlåning över fondens kapital", "lending above the fund's capital") \
    X(FK_CONFLICTING, "motstridiga parametrar", "conflicting parameters") \
    X(FK_CONTROL, "kontrollsumma som avviker", "control total that differs") \
    X(FK_COUNT, "antal som avviker", "count that differs") \
    X(FK_HOUSEHOLD, "hushåll räknat två gånger", "household counted twice") \
    X(FK_CLOSED_YEAR, "stängt år ändrat", "closed year changed") \
    X(WHAT_TO_DO, "Vad och vad göra", "What and what to do") \
    X(LOCAL_TIME_NOTE, "Tider i svensk tid (Europe/Stockholm).", "Times in Swedish time (Europe/Stockholm).") \
    X(IND_TITLE, "Deltagare och utfall", "Participants and outcomes") \
    X(IND_NOTE, "Personer per kön och stadsområde; ett utfall räknar deltagarna vars senaste status det är. Mål och tryckta antal jämförs med raderna. Hushållen nedan är besparingarnas underlag, inte personer.", "People by gender and district; an outcome counts the participants whose latest status it is. Targets and printed counts are compared with the rows. The households below are the savings' evidence, not people.") \
    X(IND_LACKS_PEOPLE, "Underlaget saknar deltagare per person: kön och stadsområde finns inte. Källan räknar hushåll och familjer (nedan), inte personer; tryckta antal utan rader att räkna lagras inte som kontrolltal.", "The source has no participants per person: gender and district are missing. It counts households and families (below), not people; printed counts without rows to count are not stored as controls.") \
    X(IND_LACKS_GENDER, "Underlaget saknar kön för deltagare:", "Participants without gender:") \
    X(IND_LACKS_DISTRICT, "utan stadsområde:", "without district:") \
    X(IND_TOTAL, "Totalt", "Total") \
    X(IND_WOMEN, "Kvinnor", "Women") \
    X(IND_MEN, "Män", "Men") \
    X(IND_OTHER, "Annat", "Other") \
    X(IND_UNKNOWN, "Okänt kön", "Gender unknown") \
    X(IND_NO_DISTRICT, "Okänt område", "District unknown") \
    X(IND_PARTICIPANTS, "Deltagare", "Participants") \
    X(IND_TARGETS, "Mål", "Targets") \
    X(IND_CONTROLS, "Tryckta antal (kontrolltal)", "Printed counts (controls)") \
    X(IND_WHAT, "Vad", "What") \
    X(IND_DISTRICT, "Stadsområde", "District") \
    X(IND_GENDER, "Kön", "Gender") \
    X(IND_PRINTED, "Tryckt", "Printed") \
    X(IND_TARGET, "Mål", "Target") \
    X(IND_ACTUAL, "Utfall", "Actual") \
    X(IND_DIFFERENCE, "Skillnad", "Difference") \
    X(IND_SHARE, "Andel av målet", "Share of target") \
    X(IND_ALL, "alla", "all") \
    X(IND_HOUSEHOLDS_TITLE, "Hushåll och familjer i besparingarnas underlag", "Households and families in the savings' evidence") \
    X(IND_EXITS_TOTAL, "Hushåll som lämnat försörjningsstöd", "Households that left benefit") \
    X(IND_TREATMENT_FAMILIES, "Familjer i behandling", "Families in treatment") \
    X(IND_PLACEMENT_CHILDREN, "Barn i placeringsunderlaget", "Children in the placement records") \
    X(IND_LINKED, "Deltagare kopplade till ett hushåll", "Participants linked to a household") \
    X(IND_LINKED_HOUSEHOLDS, "i antal hushåll", "in households") \
    X(IND_CHART, "Utfall per kön", "Outcomes by gender")

typedef enum rpt_label {
#define RPT_LABEL_ENUM(id, sv, en) L_##id,
    RPT_LABELS(RPT_LABEL_ENUM)
#undef RPT_LABEL_ENUM
    L_COUNT_
} rpt_label;

/* The label in a language; static, never NULL. */
const char *rpt_label_text(sif_lang lang, rpt_label id);

/* A scenario's label in lang into buf (the ledger's own is Swedish); returns buf. */
const char *rpt_scenario_label(sif_lang lang, const sif_scenario *s, char *buf, size_t size);

#endif
