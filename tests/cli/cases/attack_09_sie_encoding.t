# Attack 9 (issue 11): a SIE file in UTF-8 or Windows-1252 was stored garbled ("L├╢n") with
# exit 0. SIE 4 is PC8 (CP437); the other two are refused with the likely encoding named.
# the refusals checked here are the English messages (the Swedish ones: po/sv.po)
@ SIF_LANG=en
$ sif init
$ sif unit add U --name Enhet
$ sif project add HFO --name "Hela Familjen Öster" --start 2016 --end 2017
$ sif role add HFO FB --unit U --title Familjebehandlare
$ sif role add HFO OV --unit U --title Öppenvård
$ sif import costs $DATA/import/kostnader-utf8.se --map $DATA/import/sie-map.txt
? 65
! kostnader-utf8.se:6:10: the file is UTF-8, not PC8
$ sif import costs $DATA/import/kostnader-cp1252.se --map $DATA/import/sie-map.txt
? 65
! kostnader-cp1252.se:6:10: the file seems to be Windows-1252
$$ sqlite3 sif.db "select count(*) from cost"
>= 0
# the real PC8 file reads as before, Swedish letters intact
$ sif import costs $DATA/import/kostnader.se --map $DATA/import/sie-map.txt
$ sif cost list HFO --entries
> konto 5010: Lön familjebehandlare
