# Attack 11 (issue 11): after `sif period close 2016`, `import payments` with 2016 months and
# `unit move … --from 2016` still succeeded. Closed years cover every dated table.
# the refusals checked here are the English messages (the Swedish ones: po/sv.po)
@ SIF_LANG=en
$ sif init
$ sif unit add SOC --name "Socialtjänsten" --committee "Nämnd A"
$ sif project add HFO --name "Hela Familjen Öster" --start 2014 --end 2017
$ sif period close 2016 --reason "bokslut"
$ sif unit move SOC --committee "Nämnd B" --from 2016
? 65
! the period is closed
$ sif unit move SOC --committee "Nämnd B" --from 2017
<<< p.csv
hushall;manad;belopp
H1;2016-03;100
H1;2017-01;100
>>>
$ sif import payments p.csv
? 65
! p.csv:2:
! the period is closed
$$ sqlite3 sif.db "select count(*) from payment"
>= 0
$ sif decision add HFO --kind waive --date 2016-05-01 --body "Nämnd A" --reference "§1"
? 65
! the period is closed
$ sif decision add HFO --kind waive --date 2017-05-01 --body "Nämnd A" --reference "§1"
$ sif period reopen 2016 --reason "rättelse"
$ sif import payments p.csv
$ sif verify
>= ok
