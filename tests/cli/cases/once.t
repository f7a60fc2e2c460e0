# SPEC §11.1: every figure enters once. A file imported twice, a household's exit twice, the
# same treatment, placement or decision twice is refused, FILE:LINE where it comes from a
# file; a deliberate re-import names its reason.
# the refusals checked here are the English messages (the Swedish ones: po/sv.po)
@ SIF_LANG=en
$ sif init
$ sif project add P --name Projekt --start 2016 --end 2017
$ sif project add Q --name Annat --start 2016 --end 2017
$ sif unit add U --name Enhet
$ sif role add P R --unit U --title Tjänst
<<< k.csv
projekt;tjanst;ar;belopp
P;R;2016;"1 000"
>>>
$ sif import costs k.csv
# the same costs file twice: every cost would double
$ sif import costs k.csv
? 65
! k.csv: this file was imported already as batch 6 (k.csv) on 2023-11-14T22:13:20Z by test
! --again --reason TEXT
$ sif import costs k.csv --dry-run
? 65
! imported already as batch 6
$ sif import costs k.csv --again
? 64
! --again and --reason TEXT go together
$ sif cost list P --json
> "total_ore":100000
$ sif import costs k.csv --again --reason "rättad i ekonomisystemet"
$ sif cost list P --json
> "total_ore":200000
$ sif log --table batch
> imported again: rättad i ekonomisystemet
# exits: one per project and household, within a file and against the ledger
<<< e.csv
projekt;hushall;avslutsdatum;avslutsorsak
P;A01;2016-02-15;arbete
P;A02;2016-03-15;arbete
P;A01;2016-04-15;studier
>>>
$ sif import exits e.csv
? 65
! e.csv:4:2: the exit of household A01 is given twice for project P
<<< e1.csv
projekt;hushall;avslutsdatum;avslutsorsak
P;A01;2016-02-15;arbete
P;A02;2016-03-15;arbete
Q;A01;2016-02-15;arbete
>>>
$ sif import exits e1.csv
<<< e2.csv
projekt;hushall;avslutsdatum;avslutsorsak
P;A03;2016-02-15;arbete
P;A02;2017-01-10;arbete
>>>
$ sif import exits e2.csv
? 65
! e2.csv:3:2: the exit of household A02 is in project P already (batch 8)
# treatment: (project, family, type, months, hours per month)
<<< t.csv
projekt;familj;typ;manader;timmar_per_manad;behandlare;timkostnad
P;F01;intensiv;7;8;2;295
P;F01;intensiv;3;2;2;295
P;F01;intensiv;7;8;1;295
>>>
$ sif import treatment t.csv
? 65
! t.csv:4:2: the intensive treatment of family F01 (7 months × 8 h) is given twice
# placements: (project, child, year)
<<< p.csv
barn;dygn;projekt;ar
K01;120;P;2016
K01;120;P;2017
K01;60;P;2016
>>>
$ sif import placements p.csv
? 65
! p.csv:4:1: the placement of child K01 in 2016 is given twice
# payments: a register pays a household several times a month; the rows are summed
<<< pay.csv
hushall;manad;belopp
A01;2015-12;"4 000"
A01;2015-12;"5 000"
>>>
$ sif import payments pay.csv
$ sif import payments pay.csv
? 65
! imported already
# decisions: a recorded one needs its reference and is recorded once; drafts aside
$ sif decision add P --kind waive --date 2019-03-01 --body Kommunstyrelsen
? 64
! needs --reference
$ sif decision add P --kind waive --date 2019-03-01 --body Kommunstyrelsen --draft
$ sif decision add P --kind waive --date 2019-03-01 --body Kommunstyrelsen --draft
$ sif decision add P --kind partial --percent 30 --date 2019-03-01 --body Kommunstyrelsen --reference KS-2019-1
$ sif decision add P --kind partial --percent 30 --date 2019-03-02 --body Kommunstyrelsen --reference KS-2019-1
? 65
! the partial decision KS-2019-1 of project P is recorded already
$ sif decision list P --json
!> "id":5
