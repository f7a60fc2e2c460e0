# SPEC §11.2: one meaning per input. Shares are written 50 %, 0,5, 0.5 or 1/2 everywhere; a
# bare number above 1 is refused with the ways to write it; amounts in tkr and mnkr and
# negative amounts as arguments; one vocabulary for import and command line.
# the refusals checked here are the English messages (the Swedish ones: po/sv.po)
@ SIF_LANG=en
$ sif init
$ sif project add P --name Projekt --start 2016 --end 2017
$ sif unit add U --name Enhet
$ sif role add P R --unit U --title Tjänst
# "--cash other=0.5" was stored as 0,5 %
$ sif rule set P --cash "other=0.5,benefit=0,25,placement=1/2"
$ sif rule show P
>= Cashable share of benefit       25 %
>= Cashable share of placements    50 %
>= Cashable share of other         50 %
$ sif rule set P --cash "placement=100 %,behandling=0,1"
$ sif rule show P --json
> "cash_bp":{"benefit":2500,"treatment":1000,"placement":10000,"other":5000}
$ sif rule set P --cash placement=100
? 64
! write 100 % or 1
$ sif rule set P --partial 30
? 64
! write 30 % or 0,3
# "saving add --cash 50" was refused wanting 0,5: now it says how to write it
$ sif saving add P other 2017 "1 000" --cash 50
? 65
! write 50 % or 0,5
$ sif saving add P other 2017 "1 000" --cash "50 %"
> 1
$ sif saving list P --json
> "cash_bp":5000
# "result --discount 3,5" was silently 350 % a year
$ sif cost add P R 2016 "100 000"
$ sif result P --discount 3,5
? 64
! write 3,5 % or 0,035
$ sif result P --discount 0,035 --deadweight 1/4
> Discounting: 3,5 % per year
> Deadweight: 25 %
$ sif param set adj_discount 3,5 --kind ratio --project P
? 65
! write 3,5 % or 0,035
# a count of households is never an option with a share's name
$ sif saving compute P benefit_schablon --count arbete=3 --monthly "9 000" --year 2017 --deadweight 1 --dry-run
? 64
! --deadweight-households
$ sif saving compute P benefit_schablon --count arbete=3 --monthly "9 000" --year 2017 --deadweight-households 1 --dry-run
> 2 households × 9 000 kr × 12 months = 216 000 kr
# "--count studier=0,5" was split at the comma and misread
$ sif saving compute P benefit_schablon --count arbete=3,studier=0,5 --monthly "9 000" --year 2017 --dry-run
? 64
! studier=0,5: a number of households is a whole number
$ sif saving compute P benefit_schablon --count arbete=3,studier=2 --monthly "9 000" --year 2017 --dry-run
> 5 households × 9 000 kr × 12 months = 540 000 kr
# "--quantity 0,5" was refused: a quantity is a number as Swedes write it
$ sif saving compute P other --quantity 0,5 --unit-cost "1 001" --year 2016 --dry-run
> 0,5 items × 1 001 kr = 500,50 kr
$ sif saving compute P other --quantity 2.05 --unit-cost "1 000" --year 2016 --dry-run
> 2,05 items × 1 000 kr = 2 050 kr
$ sif saving compute P other --quantity 5x --unit-cost 1 --year 2016 --dry-run
? 64
! is not a quantity
# "--fte 0" was stored as 1,000
$ sif role add P Z --unit U --title "Utan tid" --fte 0
$ sif role list P --json
> "code":"Z","title":"Utan tid","unit":"U","fte_milli":0
# amounts as reports print them, and negative amounts as arguments
$ sif cost add P R 2017 "4 770,5 tkr"
$ sif cost add P R 2017 "1,2 mnkr" --funding fonden
$ sif cost list P --json
> "2017":597050000
$ sif fund capital 2027 -1000
$ sif fund capital 2028 "-4 770,5 tkr"
$ sif fund show --json
> "capital_ore":-477150000
# the words import takes, the command line takes, and the other way round
$ sif saving add P behandling 2017 100 --status beraknad
$ sif saving add P placering 2017 100 --status prognostiserad
$ sif saving add P försörjningsstöd 2017 100 --status realiserad
$ sif cost add P R 2017 100 --funding annan:Urban
$ sif cost list P --funding other:Urban --json
> "funding_ore":{"other:Urban":10000}
<<< s.csv
projekt;kategori;ar;belopp;status
P;treatment;2017;100;projected
P;Övrigt;2017;200;realised
P;benefit;2017;300;prognostiserad
>>>
$ sif import savings s.csv
<<< k.csv
projekt;tjanst;ar;belopp;finansiering
P;R;2017;"1 tkr";fonden
P;R;2017;100;esf
P;R;2017;100;fund
>>>
$ sif import costs k.csv
$ sif cost list P --json
> "funding_ore":{"fund":607160000,"esf":10000,"other:Urban":10000}
