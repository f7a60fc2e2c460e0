# sif import costs: the reference case's costs (SPEC §2) from CSV in two dialects, with the
# printed totals as control totals (SPEC §6.3), dry run, all or nothing.
$ sif init
$ sif unit add SOC --name "Socialtjänsten"
$ sif project add HFO --name "Hela Familjen Öster" --start 2014 --end 2017
$ sif role add HFO OV --unit SOC --title "2 soc sekr Öppenvård"
$ sif role add HFO FS --unit SOC --title "1 soc sekr Försörjningsstöd"
$ sif role add HFO GR --unit SOC --title "1 lärare Grundskoleförv."
$ sif role add HFO FR --unit SOC --title "1 fritidsass Fritid och förebyggande"

# a dry run shows what would be imported and writes nothing
$ sif import costs $DATA/import/costs-utf8-bom.csv --dry-run
> provkörning, inget skrivet: 16 rader med kostnader skulle importeras
> (csv, utf-8 (bom), ';')
>= 2016       4  2 325 142
>= Summa     16  8 694 788
$ sif cost list HFO --json
> "total_ore":0
$$ sqlite3 sif.db "select count(*) from batch where kind = 'import:costs'"
>= 0

# UTF-8 with BOM, ';', CRLF, "935 470 kr": the printed totals differ from the cells by 1–2 kr
$ sif import costs $DATA/import/costs-utf8-bom.csv --control 2016=2325141 --control "2014=1 595 638" --control "total=8 694 786" --control 2017=2712150
> omgång 8: 16 rader med kostnader importerade
! sif: varning: 
! 2016: tryckt 2 325 141, raderna summerar till 2 325 142, differens 1 kr — avrundning?
! 2014: tryckt 1 595 638, raderna summerar till 1 595 639, differens 1 kr — avrundning?
! totalt: tryckt 8 694 786, raderna summerar till 8 694 788, differens 2 kr — avrundning?
$ sif cost list HFO --json
> "total_ore":869478800
> "2016":93547000
# the printed totals given with the import stay in the ledger beside its own sums
$ sif cost list HFO
> 2016   tryckt 2 325 141, raderna summerar till 2 325 142, differens 1 kr — avrundning?
> Summa  tryckt 8 694 786, raderna summerar till 8 694 788, differens 2 kr — avrundning?
> 2017   tryckt 2 712 150, raderna summerar till 2 712 150: stämmer
# the batch names the file and its SHA-256
$$ test "$(sqlite3 sif.db "select source || ' ' || sha256 || ' ' || rows || ' ' || sum_ore from batch where kind = 'import:costs'")" = "costs-utf8-bom.csv $(sha256sum $DATA/import/costs-utf8-bom.csv | cut -d' ' -f1) 16 869478800"

# as errors, the same differences stop the import: exit 65, nothing written
$ sif import costs $DATA/import/costs-comma.csv --control 2016=2325141 --control-mode error
? 65
! 2016: tryckt 2 325 141, raderna summerar till 2 325 142, differens 1 kr — avrundning?
! 1 kontrollsumma avviker; inget importerades
$ sif cost list HFO --json
> "total_ore":869478800

# comma-separated, columns in another order, quoted amounts with decimal comma, a quoted
# comment with a comma, doubled quotes and a line break (stored as a space)
$ sif import costs $DATA/import/costs-comma.csv --control 2016=2325142 --control-mode error --json
> "delimiter":","
> "rows":16
> "sum_ore":869478800
> {"year":2016,"printed_ore":232514200,"computed_ore":232514200,"diff_ore":0}
$ sif cost list HFO --json
> "total_ore":1738957600
$$ sqlite3 sif.db "select count(*) from cost where note = 'två rader: lärare'"
>= 4
$$ sqlite3 sif.db "select count(*) from cost where note = 'enligt \"slutrapport\", s. 12'"
>= 12

# every bad row is reported with its line and column, and nothing is written
$ sif import costs $DATA/import/bad-rows.csv
? 65
! bad-rows.csv:3:2: ingen roll XX i detta projekt
! bad-rows.csv:4:3: ar 16 ligger utanför 1900–2999
! bad-rows.csv:5:4: beloppet "1 05O" är inte ett tal
! bad-rows.csv:6:1:
! bad-rows.csv:7:5: raden har 5 fält, rubrikraden har 4
! bad-rows.csv: 5 problem; inget importerades
$ sif import costs $DATA/import/bad-header.csv
? 65
! bad-header.csv:1:4: okänd kolumn "farg" (kolumnerna är projekt, tjanst, ar, belopp, finansiering, kommentar)
! bad-header.csv:1: kolumnen "ar" saknas
$ sif cost list HFO --json
> "total_ore":1738957600
$$ sqlite3 sif.db "select count(*) from cost"
>= 32
$ sif verify
> ok

# usage errors
$ sif import costs
? 64
$ sif import things $DATA/import/exits.csv
? 64
$ sif import exits $DATA/import/exits.csv --control 2016=1
? 64
$ sif import costs nosuch.csv
? 66
$ sif import costs $DATA/import/costs-comma.csv --control 20x6=1
? 64
# one row is "1 rad", in English "1 row"; a dry run checks, it does not import
<<< one.csv
projekt;tjanst;ar;belopp
HFO;OV;2013;1
>>>
$ sif import costs one.csv --dry-run
> provkörning, inget skrivet: 1 rad med kostnader skulle importeras
$ sif --lang en import costs one.csv --dry-run
> dry run, nothing written: 1 row of costs would be imported
# Excel's "Unicode text" (UTF-16) is named, with what to do, not "a NUL byte"
$ sif import costs $DATA/import/costs-utf16.csv
? 65
! costs-utf16.csv:1:1: det här är UTF-16-text
! CSV UTF-8
$ sif --lang en import costs $DATA/import/costs-utf16le-nobom.csv
? 65
! this is UTF-16 text (Excel's "Unicode text")
