# SPEC §12: ids are pseudonyms in every id column of every import; participants, outcomes and
# targets are refused in a closed year; a participant is imported once.
# the refusals checked here are the English messages (the Swedish ones: po/sv.po)
@ SIF_LANG=en
$ sif init
$ sif unit add U --name "Enheten"
$ sif project add HFO --name "Hela Familjen Öster"

<<< deltagare.csv
projekt;deltagare;kon;stadsomrade;startdatum;hushall
HFO;19121212-1212;K;Öster;2016-01-10;H1
HFO;D2;M;Öster;2016-01-10;121212+1212
HFO;1212121213;K;Öster;2016-01-10;
HFO;D4;X;Öster;2016-01-10;
HFO;D5;K;Öster;2016-02-30;
>>>
$ sif import participants deltagare.csv
? 65
! deltagare.csv:2:2: deltagare looks like a personnummer or samordningsnummer
! deltagare.csv:3:6: hushall looks like a personnummer or samordningsnummer
! deltagare.csv:5:3: gender "X" is not kvinna (K), man (M), annat or okänt
! deltagare.csv:6:5: startdatum "2016-02-30" is not a date
!> 1212-1212
$$ sqlite3 sif.db "select count(*) from participant"
>= 0

<<< avslut.csv
projekt;hushall;avslutsdatum;avslutsorsak;stadsomrade
HFO;701063-2391;2016-05-01;arbete;Öster
>>>
$ sif import exits avslut.csv
? 65
! avslut.csv:2:2: hushall looks like a personnummer or samordningsnummer
<<< betalningar.csv
hushall;manad;belopp
197010632391;2016-01;9000
>>>
$ sif import payments betalningar.csv
? 65
! betalningar.csv:2:1: hushall looks like a personnummer
<<< behandling.csv
projekt;familj;typ;manader;timmar_per_manad
HFO;811218-9876;intensiv;7;8
>>>
$ sif import treatment behandling.csv
? 65
! behandling.csv:2:2: familj looks like a personnummer
<<< placering.csv
projekt;barn;dygn
HFO;8112189876;120
>>>
$ sif import placements placering.csv
? 65
! placering.csv:2:2: barn looks like a personnummer

# a pseudonym of ten digits that fails the Luhn check is fine; the same participant twice is not
<<< ok.csv
projekt;deltagare;kon;stadsomrade;startdatum
HFO;1212121213;K;Öster;2016-01-10
HFO;D2;M;;2017-03-01
>>>
$ sif import participants ok.csv
<<< igen.csv
projekt;deltagare;kon;stadsomrade;startdatum
HFO;D2;M;;2017-03-01
>>>
$ sif import participants igen.csv
? 65
! igen.csv:2:2: participant D2 is in HFO already

# an outcome needs its participant; a closed year takes no participants, outcomes or targets
<<< utfall.csv
projekt;deltagare;datum;utfall
HFO;D9;2017-05-01;arbete
HFO;D2;2017-05-01;semester
>>>
$ sif import outcomes utfall.csv
? 65
! utfall.csv:2:2: no participant D9 in HFO
! utfall.csv:3:4: outcome "semester" is not arbete
$ sif period close 2016
<<< sent.csv
projekt;deltagare;kon;stadsomrade;startdatum
HFO;D3;K;Öster;2016-12-01
>>>
$ sif import participants sent.csv
? 65
! the period is closed: 2016
<<< sent-utfall.csv
projekt;deltagare;datum;utfall
HFO;D2;2016-12-31;arbete
>>>
$ sif import outcomes sent-utfall.csv
? 65
! the period is closed: 2016
$ sif target add HFO arbete 10 --year 2016
? 65
! the period is closed: 2016
$ sif indicator control HFO arbete 1 --year 2016
? 65
$ sif target add HFO arbete 10 --year 2017
$ sif target add HFO semester 10
? 65
! "semester" is not deltagare or an outcome
$ sif verify
> ok
