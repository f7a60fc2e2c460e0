#!/bin/sh
# tests/po_complete.sh SRCDIR — every message sif can say has its Swedish (SPEC §14): the
# message ids extracted from the sources now, merged into po/sv.po, leave none untranslated
# or fuzzy. A new message without a translation fails here, naming it.
set -eu
src=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sh "$src/po/extract.sh" "$src" "$tmp/sif.pot"
msgmerge --quiet --no-fuzzy-matching -o "$tmp/sv.po" "$src/po/sv.po" "$tmp/sif.pot"
msgattrib --untranslated --no-obsolete "$tmp/sv.po" > "$tmp/untranslated.po"
msgattrib --only-fuzzy --no-obsolete "$tmp/sv.po" > "$tmp/fuzzy.po"
n=$(grep -c '^msgid ' "$tmp/untranslated.po" || true)
f=$(grep -c '^msgid ' "$tmp/fuzzy.po" || true)
# the header entry (msgid "") is the first of the untranslated, if any are
[ "$n" -gt 0 ] && n=$((n - 1))
[ "$f" -gt 0 ] && f=$((f - 1))
if [ "$n" -ne 0 ] || [ "$f" -ne 0 ]; then
    echo "po/sv.po lacks $n translation(s), $f fuzzy: translate them (see po/po.cmake)"
    cat "$tmp/untranslated.po" "$tmp/fuzzy.po" | grep '^msgid ' | grep -v '^msgid ""$' || true
    exit 1
fi
msgfmt --check -o /dev/null "$tmp/sv.po"
echo "po/sv.po translates all $(grep -c '^msgid ' "$tmp/sif.pot") message ids"
