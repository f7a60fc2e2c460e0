# SPEC §11.3: nothing overwritten without --force, never a ledger, and atomic writes
# the refusals checked here are the English messages (the Swedish ones: po/sv.po)
@ SIF_LANG=en
$ sif demo --out d
# the demo can run twice: it replaces a ledger that holds only the demo, and its reports
$ sif demo --out d
$$ test -f d/HFO.xlsx && test -f d/HFO.xml
# a report never goes over the ledger, not even with --force
$ sif --db d/sif.db report HFO --xlsx d/sif.db
? 73
! d/sif.db: is a SQLite database (a ledger?): sif never writes over one, not even with --force
$ sif --db d/sif.db report HFO --xml d/sif.db --force
? 73
$ sif --db d/sif.db fund report --xml d/sif.db --force
? 73
$ sif --db d/sif.db template costs HFO --xlsx d/sif.db --force
? 73
@ SIF_LANG=sv
$ sif --db d/sif.db cost list HFO
>= Summa             3 240 223                    1 709 876                         2 381 808                             1 362 881  8 694 788
# an existing file only with --force
@ SIF_LANG=en
$ sif --db d/sif.db report HFO --xml r.xml --xlsx r.xlsx
$ sif --db d/sif.db report HFO --xml r.xml
? 73
! r.xml: exists: use --force to replace it
$ sif --db d/sif.db report HFO --xml r.xml --xlsx r.xlsx --force
$ sif --db d/sif.db fund report --xml f.xml
$ sif --db d/sif.db fund report --xml f.xml
? 73
$ sif --db d/sif.db fund report --xml f.xml --force
$ sif --db d/sif.db template costs HFO --xlsx t.xlsx
$ sif --db d/sif.db template costs HFO --xlsx t.xlsx
? 73
$ sif --db d/sif.db template costs HFO --xlsx t.xlsx --force
# the demo refuses a ledger that holds anything else, even with --force
$ sif --db d/sif.db cost add HFO OV 2018 5
$ sif demo --out d
? 73
! d/sif.db: holds more than the demo
$ sif demo --out d --force
? 73
$ sif --db d/sif.db cost list HFO --entries --json
> "amount_ore":500
# ... and other files in its way unless --force
$$ mkdir e && echo mine > e/HFO.xml
$ sif demo --out e
? 73
! e/HFO.xml: exists: use --force to replace it
$$ test ! -f e/sif.db && grep -q mine e/HFO.xml
$ sif demo --out e --force
$$ ! grep -q mine e/HFO.xml
# a failed write (a full disk, here a file size limit) leaves no half file and the old one
$ sif init
$ sif unit add U --name Enhet
$ sif project add P --name Projekt --start 2020 --end 2022
$$ (echo "projekt;kategori;ar;belopp;kommentar"; i=0; while [ $i -lt 600 ]; do i=$((i+1)); echo "P;other;2021;$i;rad $i med en lång text som gör rapporten större"; done) > s.csv
$ sif import savings s.csv
$$ echo old > big.xml && echo oldx > big.xlsx
$$ sh -c "trap '' XFSZ; ulimit -f 200; exec $SIF report P --xml big.xml --xlsx big.xlsx --force"; test $? = 74
$$ test "$(cat big.xml)" = old && test "$(cat big.xlsx)" = oldx
$$ sh -c "trap '' XFSZ; ulimit -f 200; exec $SIF report P --xml new.xml"; test $? = 74
$$ test ! -e new.xml && test -z "$(ls -A | grep sif-)"
$ sif report P --xml big.xml --xlsx big.xlsx --force
$$ test "$(wc -c < big.xml)" -gt 100000
