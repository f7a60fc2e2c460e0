# SPEC §12: a district (stadsomrade, --district) names a place. A personnummer or
# samordningsnummer there is refused like one in an id column (exit 65 in a file, 64 on the
# command line).
@ SIF_LANG=en
$ sif init
$ sif project add HFO --name "Hela Familjen Öster"

<<< deltagare.csv
projekt;deltagare;kon;stadsomrade;startdatum
HFO;D1;K;121212-1212;2016-01-10
HFO;D2;M;Öster;2016-01-10
HFO;D3;M;512241233;2016-01-10
>>>
$ sif import participants deltagare.csv
? 65
! deltagare.csv:2:4: stadsomrade looks like a personnummer or samordningsnummer: a district names a place
! deltagare.csv:4:4: stadsomrade looks like a personnummer or samordningsnummer without its leading zero
!> deltagare.csv:3:
!> 1212-1212
<<< avslut.csv
projekt;hushall;avslutsdatum;avslutsorsak;andel;stadsomrade
HFO;H1;2016-05-01;arbete;1;701063-2391
>>>
$ sif import exits avslut.csv
? 65
! avslut.csv:2:6: stadsomrade looks like a personnummer or samordningsnummer
<<< betalningar.csv
hushall;manad;belopp;stadsomrade
H1;2016-01;9000;Öster
H1;2016-02;9000;197010632391
>>>
$ sif import payments betalningar.csv
? 65
! betalningar.csv:3:4: stadsomrade looks like a personnummer or samordningsnummer
$$ sqlite3 sif.db "select (select count(*) from participant) + (select count(*) from hh_exit) + (select count(*) from payment)"
>= 0

# the people template filled in Excel: a district typed as a number lost its zero
$ sif template participants HFO --xlsx deltagare.xlsx
$$ /usr/bin/python3 -c "import openpyxl; wb = openpyxl.load_workbook('deltagare.xlsx'); ws = wb['Deltagare']; [ws.cell(row=2, column=i + 1, value=v) for i, v in enumerate(['HFO', 'D1', 'K', 703154567, '2016-01-10'])]; wb.save('deltagare.xlsx')"
$ sif import participants deltagare.xlsx
? 65
! deltagare.xlsx:2:4: Stadsområde looks like a personnummer or samordningsnummer without its leading zero

# in Swedish
@ SIF_LANG=sv
$ sif import exits avslut.csv
? 65
! avslut.csv:2:6: stadsomrade ser ut som ett personnummer eller samordningsnummer: ett stadsområde
@ SIF_LANG=en

# --district on the command line
$ sif project add P2 --name "Projekt 2" --district 19121212-1212
? 64
! --district looks like a personnummer or samordningsnummer
$ sif saving compute HFO benefit_schablon --year 2016 --district 121212-1212 --dry-run
? 64
! --district looks like a personnummer or samordningsnummer
$ sif target add HFO participants 10 --district 512241233
? 64
! --district looks like a personnummer or samordningsnummer without its leading zero
$ sif indicator control HFO participants 10 --district 121212+1212
? 64
! --district looks like a personnummer or samordningsnummer
!> 1212

# districts that are places still work
$ sif project add P4 --name "Projekt 4" --district Öster
$ sif target add HFO participants 10 --district Öster
<<< ok.csv
projekt;deltagare;kon;stadsomrade;startdatum
HFO;D1;K;Öster;2016-01-10
HFO;D2;M;12345;2016-01-10
>>>
$ sif import participants ok.csv
> 2 rows of participants imported
