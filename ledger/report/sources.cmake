set(SIF_REPORT_SOURCES ledger/report/placeholder.c)
