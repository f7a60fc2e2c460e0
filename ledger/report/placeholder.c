/* ledger/report/placeholder.c — until the first report writer lands. */
typedef int sif_report_placeholder;
