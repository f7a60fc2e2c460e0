#!/bin/sh
# po/extract.sh SRCDIR OUT.pot — the message ids of sif: every translatable text in ledger/ and
# importers/ (SPEC §14). The one list of keywords, used by the sif-pot target and the
# po_complete test: _() N_() ngettext_() and the calls that translate their format.
set -eu
src=$1
out=$2
cd "$src"
find ledger importers -name '*.c' | LC_ALL=C sort > "$out.files"
xgettext --from-code=UTF-8 --language=C --keyword=_ --keyword=N_ --keyword=NC_:1c,2 --keyword=T_ --keyword=CL_ --keyword=sif_saving_calc_line:2 --keyword=CALC_LINE:3 --keyword=sif_calc_encodef:1 --keyword=ngettext_:1,2 \
    --keyword=sif_error_set:3 --keyword=sif_error_at:6 --keyword=cli_usage:2 --keyword=cli_help:2 \
    --keyword=calc_args:3 --keyword=PARSE_FAIL:2 --keyword=FAIL:2 --keyword=cli_report_args:2 \
    --keyword=chk_add:5 --keyword=rx_lxw_fail:3 \
    --keyword=sif_sink_error:4 --keyword=problem_at:4 --add-comments=TRANSLATORS \
    --package-name=sif --files-from="$out.files" -o "$out"
rm -f "$out.files"
