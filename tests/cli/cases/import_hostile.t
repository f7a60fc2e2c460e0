# messages are checked in English; the Swedish catalog is checked in language.t and elsewhere
@ SIF_LANG=en
# Hostile and broken CSV: each is refused with exit 65 at its line and column, and the
# ledger stays exactly as it was (same rows, same batches, verify ok).
$ sif init
$ sif import payments $DATA/import/payments-cp1252.csv
$$ sqlite3 sif.db "select count(*) || ' ' || sum(amount_ore) from payment; select count(*) from batch"
>= 6 128246789
>= 2

# a NUL byte
$ sif import payments $DATA/import/nul.csv
? 65
! nul.csv:3:3: a NUL byte: this is not a text file
# bytes that are neither UTF-8 nor Windows-1252
$ sif import payments $DATA/import/bad-bytes.csv
? 65
! bad-bytes.csv:2:4: byte 0x81 is neither UTF-8 nor a Windows-1252 character
# an amount of 10^20 kr
$ sif import payments $DATA/import/huge-amount.csv
? 65
! huge-amount.csv:3:3: amount "100 000 000 000 000 000 000" is too large
# a file that starts as UTF-8 and then has an invalid sequence
$$ printf 'hushall;manad;belopp;stadsomrade\nH1;2014-01;1;Öster\nH2;2014-01;1;\303\050x\n' > mixed.csv
$ sif import payments mixed.csv
? 65
! mixed.csv:3:4: invalid UTF-8
# a single 50 MB line: refused at the line limit, without reading it all into memory
$$ (printf 'hushall;manad;belopp\r\nH1;2014-01;'; head -c 52428800 /dev/zero | tr '\0' '9'; printf '\r\n') > long.csv
$ sif import payments long.csv
? 65
! long.csv:2:1: line is longer than 1 MiB
# an unclosed quote runs to the end of the file
$$ printf 'hushall;manad;belopp\nH1;2014-01;"9 000\nH2;2014-01;1\n' > open.csv
$ sif import payments open.csv
? 65
! open.csv:2:3: quoted field is never closed
# not CSV at all: a gzip file named .csv
$$ printf 'hushall;manad;belopp\nH1;2014-01;1\n' | gzip -c > zipped.csv
$ sif import payments zipped.csv
? 65
! zipped.csv:1:1: this is a gzip file, not CSV text
# an empty file
$$ : > empty.csv
$ sif import payments empty.csv
? 65
! empty.csv:1:1: file is empty: no header line

# after all of that, the ledger is as it was
$$ sqlite3 sif.db "select count(*) || ' ' || sum(amount_ore) from payment; select count(*) from batch"
>= 6 128246789
>= 2
$ sif verify
> ok

# a file of nothing but bad rows, over several pipeline blocks: the first 20 are reported,
# then the import stops
$$ /usr/bin/python3 -c "print('hushall;manad;belopp'); [print('H%d;2014-13;1' % i) for i in range(60000)]" > manybad.csv
$ sif import payments manybad.csv
? 65
! manybad.csv:21:2: manad "2014-13" is not a month (YYYY-MM)
! manybad.csv: 20 problems (stopped there); nothing was imported
$$ sqlite3 sif.db "select count(*) from payment"
>= 6
