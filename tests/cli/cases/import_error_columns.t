# Which column a refusal of the ledger points at, for each import kind whose core call can
# fail on more than one field: the core names the field (sif_error.field), the sink picks the
# column. These pin FILE:ROW:COLUMN, so that rewording a message never moves an error.
@ SIF_LANG=en
$ sif init
$ sif unit add SOC --name "Socialtjänsten"
$ sif project add HFO --name "Hela Familjen Öster" --start 2014 --end 2017
$ sif role add HFO OV --unit SOC --title "Öppenvård"
$ sif period close 2015 --reason "bokslut"

# costs: an unknown project points at projekt, an unknown role at tjanst, a closed year at
# ar, a total beyond what the ledger can hold and a cost of 0 kr at belopp
<<< costs.csv
projekt;tjanst;ar;belopp
NOPE;OV;2016;100
HFO;XX;2016;100
HFO;OV;2015;100
HFO;OV;2016;0
HFO;OV;2016;92233720368547758
HFO;OV;2016;92233720368547758
>>>
$ sif import costs costs.csv
? 65
! costs.csv:2:1: no project NOPE
! costs.csv:3:2: no role XX in this project
! costs.csv:4:3: the period is closed: 2015
! costs.csv:5:4: a cost entry of 0 kr records nothing
! costs.csv:7:4: amount

# savings: an unknown unit points at enhet, a closed year at ar, an unknown project at projekt
<<< savings.csv
projekt;kategori;ar;belopp;status;enhet
HFO;benefit;2016;100;;NOPE
HFO;benefit;2015;100;;SOC
NOPE;benefit;2016;100;;SOC
>>>
$ sif import savings savings.csv
? 65
! savings.csv:2:6: no unit NOPE
! savings.csv:3:3: the period is closed: 2015
! savings.csv:4:1: no project NOPE

# participants: an end date before the start at slutdatum, a closed year at startdatum, the
# same participant twice or a control character in it at deltagare, an unknown project at
# projekt, a control character in hushall at hushall
<<< people.csv
projekt;deltagare;kon;stadsomrade;startdatum;slutdatum;fodelsear;hushall
HFO;D1;K;;2016-03-01;2016-01-01;;
HFO;D2;K;;2015-03-01;;;
HFO;D3;M;;2016-03-01;;;
HFO;D3;M;;2016-04-01;;;
NOPE;D4;M;;2016-03-01;;;
HFO;D5;M;;2016-03-01;;;
HFO;D6;M;;2016-03-01;;;H6
>>>
$ sif import participants people.csv
? 65
! people.csv:2:6: end date 2016-01-01 is before the start date 2016-03-01
! people.csv:3:5: the period is closed: 2015
! people.csv:5:2: participant D3 is in HFO already
! people.csv:6:1: no project NOPE
! people.csv:7:2: participant contains a control character
! people.csv:8:8: household contains a control character
# the same in Swedish: the column does not depend on the language of the message (the
# duplicate pointed at projekt in Swedish until the core named the field)
@ SIF_LANG=sv
$ sif import participants people.csv
? 65
! people.csv:2:6: 
! people.csv:3:5: 
! people.csv:5:2: 
! people.csv:6:1: 
! people.csv:7:2: 
! people.csv:8:8: 
@ SIF_LANG=en

# outcomes: a participant not imported points at deltagare, a closed year at datum
<<< d.csv
projekt;deltagare;kon;stadsomrade;startdatum
HFO;D1;K;;2016-03-01
>>>
$ sif import participants d.csv
<<< outcomes.csv
projekt;deltagare;datum;utfall
HFO;D9;2016-05-01;arbete
HFO;D1;2015-05-01;arbete
NOPE;D1;2016-05-01;arbete
>>>
$ sif import outcomes outcomes.csv
? 65
! outcomes.csv:2:2: no participant D9 in HFO
! outcomes.csv:3:3: the period is closed: 2015
! outcomes.csv:4:1: no project NOPE

# params: a second value for the same years points at ar_fran, an unknown project at projekt,
# years out of order at ar_fran
<<< p1.csv
nyckel;varde;ar_fran;ar_till;projekt
hvb_dygn;3500;2016;2017;
>>>
$ sif import params p1.csv
<<< params.csv
nyckel;varde;ar_fran;ar_till;projekt
hvb_dygn;3600;2016;2016;
hvb_natt;3600;2016;2016;NOPE
hvb_kvall;3600;2017;2016;
>>>
$ sif import params params.csv
? 65
! params.csv:2:3: parameter hvb_dygn has a value for these years already
! params.csv:3:5: no project NOPE
! params.csv:4:3: parameter hvb_kvall: years 2017–2016 are not in order

# exits: a date that is none points at avslutsdatum, a household twice or with a control
# character (DEL) at hushall; a closed year at avslutsdatum, an unknown project at projekt
<<< exits.csv
projekt;hushall;avslutsdatum;avslutsorsak
HFO;A1;2016-02-30;arbete
HFO;A2;2016-02-01;arbete
HFO;A2;2016-03-01;arbete
HFO;A3;2015-03-01;arbete
NOPE;A4;2016-03-01;arbete
HFO;A5;2016-03-01;arbete
>>>
$ sif import exits exits.csv
? 65
! exits.csv:2:3: exit date "2016-02-30" is not a date
! exits.csv:4:2: the exit of household A2 is given twice for project HFO
! exits.csv:5:3: the period is closed
! exits.csv:6:1: no project NOPE
! exits.csv:7:2: household contains a control character

# treatment: a family twice or with a control character points at familj, an unknown project
# at projekt
<<< treatment.csv
projekt;familj;typ;manader;timmar_per_manad
HFO;F1;intensiv;7;8
HFO;F1;intensiv;7;8
NOPE;F2;intensiv;7;8
HFO;F3;intensiv;7;8
>>>
$ sif import treatment treatment.csv
? 65
! treatment.csv:3:2: the intensive treatment of family F1
! treatment.csv:4:1: no project NOPE
! treatment.csv:5:2: family contains a control character

# placements: a child twice or with a control character points at barn; a closed year at ar,
# an unknown project at projekt
<<< placements.csv
projekt;barn;dygn;ar
HFO;K1;120;2016
HFO;K1;120;2016
HFO;K2;120;2015
NOPE;K3;120;2016
HFO;K4;120;2016
>>>
$ sif import placements placements.csv
? 65
! placements.csv:3:2: the placement of child K1 in 2016 is given twice
! placements.csv:4:4: the period is closed
! placements.csv:5:1: no project NOPE
! placements.csv:6:2: child contains a control character

# index: a bad name points at namn; a closed year and a second value at ar
<<< i1.csv
namn;ar;varde
KPI;2016;313,49
>>>
$ sif import index i1.csv
<<< index.csv
namn;ar;varde
K P I;2016;313,49
KPI;2015;310,00
KPI;2016;314,00
>>>
$ sif import index index.csv
? 65
! index.csv:2:1: index name "K P I" must be letters
! index.csv:3:2: the period is closed: 2015
! index.csv:4:2: index KPI already has a value for 2016
