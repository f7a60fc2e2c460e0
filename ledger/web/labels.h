/* ledger/web/labels.h — the ids of every text the web pages say of their own. Each id's text
 * is an English gettext message id (labels.c) with its Swedish in po/sv.po, the one catalog
 * of everything sif says (SPEC §14), as the reports keep theirs (ledger/report/labels.h).
 * One language per server process (sif serve --lang). Messages of the library (validation
 * errors) are shown as the command line shows them. */
#ifndef SIF_WEB_LABELS_H
#define SIF_WEB_LABELS_H

#include "sif/report.h"

#define WEB_LABELS(X) \
    X(HTML_LANG) \
    X(APP) \
    X(LOGIN) \
    X(LOGOUT) \
    X(USER) \
    X(PASSWORD) \
    X(LOGIN_FAILED) \
    X(PORTFOLIO) \
    X(LOG) \
    X(CHECK) \
    X(PROJECT) \
    X(PROJECTS) \
    X(NAME) \
    X(COMMITTEE) \
    X(DNR) \
    X(PERIOD) \
    X(LOAN) \
    X(REPAID) \
    X(WRITTEN_OFF) \
    X(OUTSTANDING) \
    X(NO_PROJECTS) \
    X(INVESTMENT) \
    X(INV_TITLE) \
    X(ROLE) \
    X(YEAR) \
    X(SUM) \
    X(AMOUNT) \
    X(FUNDING) \
    X(NOTE) \
    X(CONTROLS) \
    X(PRINTED) \
    X(COMPUTED) \
    X(DIFFERENCE) \
    X(SAVINGS) \
    X(NO_SAVINGS) \
    X(CATEGORY) \
    X(STATUS) \
    X(METHOD) \
    X(DERIVATION) \
    X(FORMULA) \
    X(RESULT) \
    X(NET) \
    X(CUMULATIVE) \
    X(PAYBACK) \
    X(NO_PAYBACK) \
    X(YEARS) \
    X(SCENARIOS) \
    X(SCENARIO) \
    X(CURRENT) \
    X(DOWNLOADS) \
    X(DL_XLSX) \
    X(DL_XML) \
    X(NEW_COST) \
    X(IMPORT) \
    X(SAVE) \
    X(SAVED) \
    X(FUND_LOAN) \
    X(OTHER_NAME) \
    X(FILE) \
    X(PREVIEW) \
    X(PREVIEW_TITLE) \
    X(ROWS) \
    X(ENCODING) \
    X(PROBLEMS) \
    X(CONFIRM) \
    X(IMPORTED) \
    X(UPLOAD_GONE) \
    X(TOO_BIG) \
    X(FORBIDDEN) \
    X(BAD_CSRF) \
    X(NOT_FOUND) \
    X(ERROR) \
    X(WHEN) \
    X(WHO) \
    X(WHAT) \
    X(DETAIL) \
    X(BATCH) \
    X(INDICATORS) \
    X(NO_FINDINGS) \
    X(VERIFY) \
    X(VERIFY_OK) \
    X(VERIFY_PROBLEMS) \
    X(PARTICIPANTS) \
    X(WOMEN) \
    X(MEN) \
    X(GENDER_OTHER) \
    X(GENDER_UNKNOWN) \
    X(TARGET) \
    X(GOAL) \
    X(ACTUAL) \
    X(KIND) \
    X(ROLE_CONTROLLER) \
    X(ROLE_ADMINISTRATOR) \
    X(ROLE_COMMITTEE) \
    X(ROLE_AUDITOR) \
    X(BACK)

typedef enum web_label_id {
#define WEB_LABEL_ENUM(id) WL_##id,
    WEB_LABELS(WEB_LABEL_ENUM)
#undef WEB_LABEL_ENUM
    WL_COUNT_
} web_label_id;

/* The label in lang. Static, never NULL. */
const char *web_label(sif_lang lang, web_label_id id);

#endif
