# Attacks on today's templates and imports, each a defect found and mended.
$ sif init
$ sif unit add U1 --name "Enhet ett"
$ sif project add P01 --name "Projekt 01" --start 2017 --end 2018 --district Öster
$ sif role add P01 R1 --unit U1 --title Handläggare

# too many decimals: the count is said in the message's own language, never "two" in Swedish
$ sif cost add P01 R1 2017 "100,505"
? 65
! fler än 2 decimaler i "100,505"
$ sif cost add P01 R1 2017 "1,123456 tkr"
? 65
! fler än 5 decimaler
@ SIF_LANG=en
$ sif cost add P01 R1 2017 "100,505"
? 65
! more than 2 decimals in "100,505"
@ SIF_LANG=sv

# the cost template: a row whose Belopp was left empty is skipped only if nobody wrote in it;
# a note on a forgotten amount, or an amount typed into Finansiering or År, is refused
$ sif template costs P01 --xlsx k.xlsx
$$ /usr/bin/python3 -c "import openpyxl; wb = openpyxl.load_workbook('k.xlsx'); ws = wb['Kostnader']; ws['D2'] = 100; ws['F3'] = 'hyra mars'; wb.save('note.xlsx')"
$ sif import costs note.xlsx
? 65
! note.xlsx:3:4: Belopp är tomt (cell D3)
$$ /usr/bin/python3 -c "import openpyxl; wb = openpyxl.load_workbook('k.xlsx'); ws = wb['Kostnader']; ws['D2'] = 100; ws['E3'] = 150000; wb.save('fin.xlsx')"
$ sif import costs fin.xlsx
? 65
! fin.xlsx:3:5: finansieringen "150000" är inte
! (cell E3, kolumnen Finansiering)
$$ /usr/bin/python3 -c "import openpyxl; wb = openpyxl.load_workbook('k.xlsx'); ws = wb['Kostnader']; ws['D2'] = 100; ws['C3'] = 150000; wb.save('ar.xlsx')"
$ sif import costs ar.xlsx
? 65
! ar.xlsx:3:3: År 150000 ligger utanför 1900–2999 (cell C3)
$$ sqlite3 sif.db "select count(*) from cost"
>= 0
# rows left as the template wrote them, or only marked as a grant, are still skipped
$$ /usr/bin/python3 -c "import openpyxl; wb = openpyxl.load_workbook('k.xlsx'); ws = wb['Kostnader']; ws['D2'] = 100; ws['E3'] = 'bidrag'; wb.save('ok.xlsx')"
$ sif import costs ok.xlsx
> 1 rad med kostnader importerad

# the funding words in any case, å and ö too (Excel's caps lock, AutoCorrect's capitals);
# "annan: Region" is the same source as "annan:Region", not a second one
<<< fin.csv
projekt;tjanst;ar;belopp;finansiering
P01;R1;2017;100;LÅN
P01;R1;2017;200;BIDRAG
P01;R1;2017;300;ÖVRIG:Region
P01;R1;2017;400;annan: Region
P01;R1;2017;500;Europeiska Socialfonden
>>>
$ sif import costs fin.csv
> 5 rader med kostnader importerade
$$ sqlite3 sif.db "select group_concat(funding || '=' || amount_ore, ' ') from (select funding, sum(amount_ore) amount_ore from cost group by funding order by funding)"
>= esf=50000 fund=20000 grant=20000 other:Region=70000

# a district typed in another case or without å ä ö is the district the project already
# names (the template's dropdown says Öster): it is not counted as a district of its own
$ sif template participants P01 --xlsx d.xlsx
$$ /usr/bin/python3 -c "import openpyxl; wb = openpyxl.load_workbook('d.xlsx'); ws = wb['Deltagare']; [ws.append(['P01', 'D%d' % i, 'kvinna', d, '2017-03-01', None, 1980, 'H%d' % i]) for i, d in enumerate(['Öster', 'öster', 'ÖSTER ', 'Oster', 'Väster', 'väster'])]; wb.save('d.xlsx')"
$ sif import participants d.xlsx
> 6 rader med deltagare importerade
$$ sqlite3 sif.db "select group_concat(district || '=' || n, ' ') from (select district, count(*) n from participant group by district order by district)"
>= Väster=2 Öster=4
# so is an exit's: the savings of Öster count the exit written "öster" (it was left out)
<<< avslut.csv
Projekt;Hushåll;Avslutsdatum;Avslutsorsak;Stadsområde
P01;H1;2017-06-30;arbete;öster
P01;H2;2017-06-30;arbete;OSTER
P01;H3;2017-06-30;arbete;Södermalm
P01;H4;2017-06-30;arbete;södermalm
>>>
$ sif import exits avslut.csv
$$ sqlite3 sif.db "select group_concat(d.district, ' ') from hh_exit e join hh_exit_district d on d.exit_id = e.id"
>= Öster Öster Södermalm Södermalm

# an outcome the ledger has already points at its date, not at projekt
<<< u1.csv
projekt;deltagare;datum;utfall
P01;D0;2017-04-01;arbete
>>>
$ sif import outcomes u1.csv
<<< u2.csv
projekt;deltagare;datum;utfall
P01;D0;2017-05-01;studier
P01;D0;2017-04-01;arbete
>>>
$ sif import outcomes u2.csv
? 65
! u2.csv:3:3: D0 har redan utfallet arbete den 2017-04-01

# one Monte Carlo run is one run (it said "1 körningar")
$ sif simulate P01 --runs 1
> P01: 1 körning, frö 1
@ SIF_LANG=en
$ sif simulate P01 --runs 1
> P01: 1 run, seed 1
$ sif simulate P01 --runs 2
> P01: 2 runs, seed 1

# a placement in a closed year names the year, as every other import does (it said "YEAR")
$ sif period close 2019 --reason bokslut
<<< plac.csv
projekt;barn;dygn;ar
P01;B1;10;2019
>>>
$ sif import placements plac.csv
? 65
! plac.csv:2:4: the period is closed: 2019 takes no new entries until 'sif period reopen 2019 --reason TEXT'
