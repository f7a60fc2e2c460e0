# SPEC §12: households by district. Exits carry the household's stadsomrade at exit;
# saving compute --district counts only that district's exits (schablon: the exit's district,
# records: the payment register's, else the exit's).
$ sif init
$ sif unit add EKB --name "Enhet ekonomiskt bistånd"
$ sif project add HFO --name "Hela Familjen Öster" --start 2016 --end 2017
$ sif param set forsorjningsstod_manad "9 000" --kind ore --from 2014 --source "test"
<<< avslut.csv
Projekt;Hushåll;Avslutsdatum;Avslutsorsak;Stadsområde
HFO;H1;2016-06-30;arbete;Öster
HFO;H2;2016-06-30;arbete;Öster
HFO;H3;2016-06-30;studier;Väster
HFO;H4;2016-06-30;flytt;
HFO;H5;2016-06-30;arbete;Öster
>>>
$ sif import exits avslut.csv
> 5 rader med hushållsavslut importerade
$$ sqlite3 sif.db "select e.household, d.district from hh_exit e join hh_exit_district d on d.exit_id = e.id order by e.household"
>= H1|Öster
>= H3|Väster
!> H4|
# Öster: H1, H2, H5 = 3 households × 9 000 × 12 = 324 000 kr
$ sif saving compute HFO benefit_schablon --year 2016 --district Öster --dry-run
> 3 hushåll × 9 000 kr × 12 mån = 324 000 kr
> Endast hushåll med avslut i stadsområde Öster
$ sif saving compute HFO benefit_schablon --year 2016 --district Väster --dry-run
> 1 hushåll × 9 000 kr × 12 mån = 108 000 kr
$ sif saving compute HFO benefit_schablon --year 2016 --district Norr --dry-run
? 65
! inga hushållsavslut i Norr
$ sif saving compute HFO benefit_schablon --year 2016 --dry-run
> 5 hushåll × 9 000 kr × 12 mån = 540 000 kr
$ sif saving compute HFO benefit_schablon --year 2016 --district Öster --count arbete=3 --dry-run
? 64

# records: the register says H4 lived in Väster and H3 moved to Öster before its exit
<<< register.csv
hushall;manad;belopp;stadsomrade
H1;2016-01;9000;Öster
H3;2016-01;9000;Väster
H3;2016-05;9000;Öster
H4;2016-02;9000;Väster
H4;2016-07;9000;Norr
>>>
$ sif import payments register.csv
$ sif saving compute HFO benefit_records --district Väster --horizon 2016-12 --dry-run
> H4 (flytt
!> H3 (
!> H1 (
$ sif saving compute HFO benefit_records --district Öster --horizon 2016-12 --dry-run
> H1 (arbete
> H2 (arbete
> H3 (studier
> H5 (arbete
!> H4 (
# districts are separate keys of the household-month rule: a second district of the same year
# and kind is its own saving; the same district twice, or the whole project over districts, is not
$ sif saving compute HFO benefit_schablon --year 2016 --district Öster
> 3 hushåll × 9 000 kr × 12 mån = 324 000 kr
$ sif saving compute HFO benefit_schablon --year 2016 --district Väster
> 1 hushåll × 9 000 kr × 12 mån = 108 000 kr
$ sif saving compute HFO benefit_schablon --year 2016 --district Väster
? 65
! --replace 2
$ sif saving compute HFO benefit_schablon --year 2016
? 65
! --replace 1
$ sif saving compute HFO benefit_schablon --year 2016 --district Väster --replace 2
> 1 hushåll × 9 000 kr × 12 mån = 108 000 kr
$ sif saving list HFO --json
> "amount_ore":32400000
> "amount_ore":10800000
$ sif verify
> ok
