# SPEC §12: a personnummer typed into an Excel cell as a number loses its leading zero when
# the person was born 2000–2009 (0512241233 becomes 512241233). Nine digits that, with the
# zero put back, are a personnummer or samordningsnummer (a date and the Luhn check digit)
# are refused in every id column, from XLSX number cells and from CSV alike; other nine-digit
# pseudonyms pass.
@ SIF_LANG=en
$ sif init
$ sif project add HFO --name "Hela Familjen Öster"

# the people template, filled in Excel with the ids as numbers
$ sif template participants HFO --xlsx deltagare.xlsx
$$ /usr/bin/python3 -c "import openpyxl, datetime; wb = openpyxl.load_workbook('deltagare.xlsx'); ws = wb['Deltagare']; [ws.cell(row=2, column=i + 1, value=v) for i, v in enumerate(['HFO', 512241233, 'K', 'Öster', '2016-01-10', None, None, 'H1'])]; [ws.cell(row=3, column=i + 1, value=v) for i, v in enumerate(['HFO', 12345, 'M', 'Öster', '2016-01-10', None, None, 501761233])]; wb.save('deltagare.xlsx')"
$ sif import participants deltagare.xlsx
? 65
! deltagare.xlsx:2:2: Deltagare looks like a personnummer or samordningsnummer without its leading zero (Excel drops it
! deltagare.xlsx:3:8: Hushåll looks like a personnummer or samordningsnummer without its leading zero
!> 1233
$$ sqlite3 sif.db "select count(*) from participant"
>= 0
# the same sheet with pseudonyms that are numbers imports
$$ /usr/bin/python3 -c "import openpyxl; wb = openpyxl.load_workbook('deltagare.xlsx'); ws = wb['Deltagare']; ws.cell(row=2, column=2, value=7); ws.cell(row=2, column=8, value=512241238); ws.cell(row=3, column=8, value=123456789); wb.save('deltagare.xlsx')"
$ sif import participants deltagare.xlsx
> 2 rows of participants imported
$$ sqlite3 sif.db "select pseudonym || '/' || household from participant order by pseudonym"
>= 12345/123456789
>= 7/512241238

<<< deltagare.csv
projekt;deltagare;kon;stadsomrade;startdatum;hushall
HFO;512241233;K;Öster;2016-01-10;H1
HFO;D2;M;Öster;2016-01-10;703154567
>>>
$ sif import participants deltagare.csv
? 65
! deltagare.csv:2:2: deltagare looks like a personnummer or samordningsnummer without its leading zero
! deltagare.csv:3:6: hushall looks like a personnummer or samordningsnummer without its leading zero
<<< avslut.csv
projekt;hushall;avslutsdatum;avslutsorsak
HFO;501761233;2016-05-01;arbete
>>>
$ sif import exits avslut.csv
? 65
! avslut.csv:2:2: hushall looks like a personnummer or samordningsnummer without its leading zero
<<< betalningar.csv
hushall;manad;belopp
H1;2016-01;9000
512241233;2016-01;9000
>>>
$ sif import payments betalningar.csv
? 65
! betalningar.csv:3:1: hushall looks like a personnummer or samordningsnummer without its leading zero
<<< behandling.csv
projekt;familj;typ;manader;timmar_per_manad
HFO;703154567;intensiv;7;8
>>>
$ sif import treatment behandling.csv
? 65
! behandling.csv:2:2: familj looks like a personnummer or samordningsnummer without its leading zero
<<< placering.csv
projekt;barn;dygn
HFO;B1;120
HFO;2290005;120
HFO;512241233;120
>>>
$ sif import placements placering.csv
? 65
! placering.csv:4:2: barn looks like a personnummer or samordningsnummer without its leading zero
!> placering.csv:3:
$$ sqlite3 sif.db "select (select count(*) from participant) || '/' || ((select count(*) from hh_exit) + (select count(*) from payment) + (select count(*) from treatment_record) + (select count(*) from placement_record))"
>= 2/0

# in Swedish
@ SIF_LANG=sv
$ sif import participants deltagare.csv
? 65
! deltagare.csv:2:2: deltagare ser ut som ett personnummer eller samordningsnummer utan sin inledande nolla
@ SIF_LANG=en

# pseudonyms pass: H000000001, 12345, nine digits that are no date (0123456789: month 23) or
# whose check digit is wrong (0512241238), and the number 12345 from an XLSX cell
<<< ok.csv
projekt;deltagare;kon;stadsomrade;startdatum;hushall
HFO;H000000001;K;Öster;2016-01-10;12345
HFO;123456789;M;Öster;2016-01-10;512241238
HFO;000000001;M;Öster;2016-01-10;H2
>>>
$ sif import participants ok.csv
> 3 rows of participants imported
<<< ok-betalningar.csv
hushall;manad;belopp
123456789;2016-01;9000
512241238;2016-02;9000
>>>
$ sif import payments ok-betalningar.csv
> 2 rows
$$ sqlite3 sif.db "select pseudonym || '/' || coalesce(household, '') from participant order by pseudonym"
>= 000000001/H2
>= 123456789/512241238
>= H000000001/12345
