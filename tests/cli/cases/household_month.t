# SPEC §11.1: a computed saving counts once. A second saving compute of the same project,
# method, category and year is refused (--replace ID replaces it); the household-month rule:
# a schablon saving of year Y counts the exits dated up to the end of Y that no earlier
# year's saving counted.
# the refusals checked here are the English messages (the Swedish ones: po/sv.po)
@ SIF_LANG=en
$ sif init
$ sif project add P --name Projekt --start 2015 --end 2018
$ sif project add Q --name Annat --start 2015 --end 2018
$ sif param set forsorjningsstod_manad "9 000" --from 2014 --source Schablon
<<< e.csv
projekt;hushall;avslutsdatum;avslutsorsak
P;A01;2016-03-15;arbete
P;A02;2016-11-30;studier
P;A03;2017-05-10;arbete
P;A04;2018-02-01;arbete
>>>
$ sif import exits e.csv
# a year before any exit counted the exits dated later
$ sif saving compute P benefit_schablon --year 2015
? 65
! no household exit to count in 2015: 4 dated after it
$ sif saving compute P benefit_schablon --year 2016
> Cost reduction 1: Benefit 2016: 216 000 kr
> 2 households × 9 000 kr × 12 months = 216 000 kr
# computing the next year counted the same households twice
$ sif saving compute P benefit_schablon --year 2017
> Cost reduction 2: Benefit 2017: 108 000 kr
> 1 household × 9 000 kr × 12 months = 108 000 kr
> left out: 1 dated later, 2 counted for an earlier year
$ sif saving compute P benefit_schablon --year 2016
? 65
! counted by saving 1 (benefit_schablon 2016) already
! --replace 1
$ sif saving compute P benefit_schablon --year 2016 --months 6 --replace 1
> Cost reduction 4: Benefit 2016: 108 000 kr
$ sif saving list P --json
> "id":3,"category":"benefit","year":2016,"amount_ore":-21600000
$ sif result P --json
> "benefit":21600000
# one method per project's households
$ sif saving compute P benefit_records --horizon 2018-12 --dry-run
? 65
! counted by saving 2 (benefit_schablon) already
# the same --count twice made two savings
$ sif saving compute Q benefit_schablon --year 2017 --count arbete=3
> 324 000 kr
$ sif saving compute Q benefit_schablon --year 2017 --count arbete=3
? 65
! exists already
$ sif saving compute Q other --year 2017 --amount "1 000"
$ sif saving compute Q other --year 2017 --amount "1 000"
? 65
! exists already
$ sif result Q --json
> "savings_ore":32500000
