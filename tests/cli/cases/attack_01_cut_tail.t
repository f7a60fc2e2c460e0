# Attack 1 (issue 11): drop the *_no_delete triggers, delete the newest cost, batch and
# journal rows, recreate the triggers: `sif verify` says ok. A hash chain's tail can always
# be cut; an anchor written down outside the file (sif anchor, every report) catches it.
# the refusals checked here are the English messages (the Swedish ones: po/sv.po)
@ SIF_LANG=en
$ sif demo --out d
$$ $SIF --db d/sif.db anchor > anchor.txt
$$ $SIF --db d/sif.db anchor --json
> "count":
$$ sqlite3 d/sif.db "SELECT count(*) FROM journal" > count.txt; grep -c "$(cat count.txt)$" anchor.txt
>= 1
$ sif --db d/sif.db cost add HFO OV 2017 100
$$ $SIF --db d/sif.db verify --anchor "$(cat anchor.txt)"
> the ledger extends the anchor
$$ $SIF --db d/sif.db anchor > anchor2.txt
# every report carries the head: the demo's XML, and one written now
$ sif --db d/sif.db verify --anchor d/HFO.xml
> the ledger extends the anchor
$ sif --db d/sif.db fund report --xml fund.xml --xlsx fund.xlsx
$ sif --db d/sif.db verify --anchor fund.xml
> the ledger extends the anchor
$ sif --db d/sif.db report HFO --xml now.xml
$$ grep -c "<anchor head=\"$(cut -d: -f1 anchor2.txt)\" count=\"$(cut -d: -f2 anchor2.txt)\"/>" now.xml
>= 1
$$ xmllint --noout --schema $SRC/templates/sif-report-2.xsd now.xml
# the cut: the newest cost, its batch and their links, triggers put back as they were
$$ python3 $SRC/tests/cli/rechain.py d/sif.db "DELETE FROM cost WHERE id = (SELECT max(id) FROM cost); DELETE FROM batch WHERE id = (SELECT max(id) FROM batch); DELETE FROM journal WHERE seq > (SELECT max(seq) - 2 FROM journal)"
$ sif --db d/sif.db verify
>= ok
$$ $SIF --db d/sif.db verify --anchor "$(cat anchor2.txt)"
? 65
> links after
> were removed
$ sif --db d/sif.db verify --anchor now.xml
? 65
> were removed
# the older anchor still holds: the history up to it is intact
$$ $SIF --db d/sif.db verify --anchor "$(cat anchor.txt)"
$ sif --db d/sif.db verify --anchor d/HFO.xml
# a head that is not in the chain fails
$$ $SIF --db d/sif.db verify --anchor "$(sed 's/^..../0000/' anchor.txt)"
? 65
> the history up to the anchor was rewritten
$ sif verify --anchor abc:1
? 64
! an anchor is HEX:COUNT
