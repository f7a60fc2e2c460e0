# The payment-register method's warnings are said in the chosen language (SPEC §14): a
# household without payments before its exit is not counted, and sif says so.
$ sif init
$ sif project add P --name Projekt --start 2015 --end 2017
<<< avslut.csv
projekt;hushall;avslutsdatum;avslutsorsak
P;H1;2016-06-30;arbete
P;H2;2016-06-30;arbete
>>>
$ sif import exits avslut.csv
<<< register.csv
hushall;manad;belopp
H1;2016-01;9000
H1;2016-02;9000
>>>
$ sif import payments register.csv
$ sif saving compute P benefit_records --horizon 2016-12 --dry-run
! sif: varning: hushåll H2: inga utbetalningar under 12 månader före avslutet 2016-06-30 — räknas inte
!> no payments
$ sif --lang en saving compute P benefit_records --horizon 2016-12 --dry-run
! sif: warning: household H2: no payments in the 12 months before the exit 2016-06-30 — not counted
