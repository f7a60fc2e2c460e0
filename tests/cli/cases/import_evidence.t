# sif import payments|exits|treatment|placements: the savings evidence. The payment register
# comes as Excel on Swedish Windows saves it: Windows-1252, "Hushåll" headers, NBSP (0xA0)
# thousands separators, CRLF.
$ sif init
$ sif unit add SOC --name "Socialtjänsten"
$ sif project add HFO --name "Hela Familjen Öster"

$ sif import payments $DATA/import/payments-cp1252.csv --control 2014=42901 --control "total=1 282 467,89" --json
> "encoding":"windows-1252"
> "rows":6
> "sum_ore":128246789
> {"year":2014,"rows":4,"sum_ore":4290100}
> {"year":2015,"rows":2,"sum_ore":123956689}
> {"year":null,"printed_ore":128246789,"computed_ore":128246789,"diff_ore":0}
# texts were transcoded to UTF-8; an empty district is NULL; 201512 is accepted for 2015-12
$$ sqlite3 sif.db "select household, month, amount_ore, coalesce(district, '-') from payment order by rowid"
>= H001|201401|900000|Öster
>= H002|201402|1245050|Västra Åby
>= H004|201512|123456789|-
$$ sqlite3 sif.db "select kind, rows, sum_ore, note from batch where kind like 'import:%'"
>= import:payments|6|128246789|csv, windows-1252

$ sif import exits $DATA/import/exits.csv
> omgång 5: 6 rader med hushållsavslut importerade
>= 2015       1
>= 2016       4
$$ sqlite3 sif.db "select household, exit_date, reason, share_num || '/' || share_den from hh_exit order by id"
>= B01|2016-05-01|slutade_soka|1/1
>= C01|2017-02-28|forsakringskassan|1/2
>= D01|2015-11-30|flytt|1/2

$ sif import treatment $DATA/import/treatment.csv
> 3 rader med behandlingsposter importerade
$$ sqlite3 sif.db "select family, kind, months, hours_per_month, therapists, coalesce(hourly_ore, 0) from treatment_record order by id"
>= F01|intensive|7|8|2|29500
>= F01|ordinary|36|4|2|0

$ sif import placements $DATA/import/placements.csv
> 3 rader med placeringsposter importerade
$$ sqlite3 sif.db "select child, year, days, coalesce(daily_ore, 0) from placement_record order by id"
>= K01|2016|120|350000
>= K03|2017|120|0

# the same exits again are fine for the ledger (another batch); a bad reason is not
<<< exits-bad.csv
projekt;hushall;avslutsdatum;avslutsorsak
HFO;X01;2016-02-30;arbete
HFO;X02;2016-02-01;semester
HFO;X03;2016-02-01;arbete;extra
>>>
$ sif import exits exits-bad.csv
? 65
! exits-bad.csv:2:3: avslutsdatumet "2016-02-30" är inte ett datum (ÅÅÅÅ-MM-DD)
! exits-bad.csv:3:4: avslutsorsaken "semester" är inte
! exits-bad.csv:4:5: raden har 5 fält, rubrikraden har 4
$$ sqlite3 sif.db "select count(*) from hh_exit"
>= 6
$ sif verify
> ok

# every CSV template is accepted as it stands (a header and no rows)
$ sif import costs $SRC/templates/sif-import-costs.csv --dry-run
> 0 rader med kostnader
$ sif import exits $SRC/templates/sif-import-exits.csv --dry-run
$ sif import payments $SRC/templates/sif-import-payments.csv --dry-run
$ sif import treatment $SRC/templates/sif-import-treatment.csv --dry-run
$ sif import placements $SRC/templates/sif-import-placements.csv --dry-run
