# SPEC §13 price base: an index series with its source, amounts restated in one year's prices.
# Source of the figures: SCB, Konsumentprisindex (1980=100), fastställda tal, årsmedel
# (statistikdatabasen PR0101; scb.se, "KPI, fastställda tal 1980=100"):
#   2014 313,49   2015 313,35   2016 316,43   2017 322,11   2018 328,40
# the refusals checked here are the English messages (the Swedish ones: po/sv.po)
@ SIF_LANG=en
$ sif demo --out d
<<< kpi.csv
namn;ar;varde;kalla
KPI;2014;313,49;SCB, KPI fastställda tal, årsmedel (1980=100)
KPI;2015;313,35;SCB, KPI fastställda tal, årsmedel (1980=100)
KPI;2016;316,43;SCB, KPI fastställda tal, årsmedel (1980=100)
>>>
$ sif --db d/sif.db import index kpi.csv
$ sif --db d/sif.db index add KPI 2017 322,11 --source "SCB, KPI fastställda tal, årsmedel (1980=100)"
$ sif --db d/sif.db index list KPI --json
> {"name":"KPI","year":2014,"value":313.49,"source":"SCB, KPI fastställda tal, årsmedel (1980=100)"}
> {"name":"KPI","year":2017,"value":322.11,
# every cost in 2017 prices, by hand (rounded once each, to the öre):
#   2014: 1 595 639 × 322,11 / 313,49 = 1 639 514,11   2015: 2 061 857 × 322,11 / 313,35 = 2 119 498,19
#   2016: 2 325 142 × 322,11 / 316,43 = 2 366 878,90   2017: 2 712 150 (its own prices)
#   sum 8 838 041,20; the savings are 2017's: 9 078 080; net 240 038,80
$ sif --db d/sif.db result HFO --json --price-year 2017 --index KPI
> "investment_ore":883804120
> "savings_ore":907808000
> "net_ore":24003880
> "price_base":{"index":"KPI","price_year":2017,"restated":[
> {"saving_id":null,"year":2014,"price_year":2014,"index_from":313.49,"index_to":322.11,"from_ore":159563900,"to_ore":163951411}
$ sif --db d/sif.db result HFO --price-year 2017 --index KPI
> Investment 2014: 1 595 639 kr × 322,11 / 313,49 = 1 639 514,11 kr
> Price level: every amount in 2017 prices by index KPI
# a missing index year is bad data naming it
$ sif --db d/sif.db result HFO --price-year 2018 --index KPI
? 65
! index KPI has no value for 2018
$ sif --db d/sif.db result HFO --price-year 2017
? 64
! go together
# values are never changed, and a closed year takes none
$ sif --db d/sif.db index add KPI 2016 317
? 65
! already has a value for 2016
$ sif --db d/sif.db period close 2018 --reason "bokslut"
$ sif --db d/sif.db index add KPI 2018 328,40 --source SCB
? 65
! 2018
$ sif --db d/sif.db index list KPI
!> 2018
# a saving stated in 2016 prices: 4 200 000 × 322,11 / 316,43 = 4 275 391,08 in 2017 prices
$ sif --db d/sif.db project add P --name "P" --start 2017 --end 2017
$ sif --db d/sif.db saving add P placement 2017 "4 200 000" --status realised --price-year 2016
$ sif --db d/sif.db result P --json --price-year 2017 --index KPI
> "savings_ore":427539108
> {"saving_id":4,"year":2017,"price_year":2016,"index_from":316.43,"index_to":322.11,"from_ore":420000000,"to_ore":427539108}
# without a price year nothing changes
$ sif --db d/sif.db result HFO --json
> "investment_ore":869478800
!> price_base
$ sif --db d/sif.db verify
> ok
# a unit cost carries the year of its prices and its confidence grade
$ sif --db d/sif.db param set barn_beteende 100000 --source "Skandia 2014" --price-year 2014 --confidence medel
$ sif --db d/sif.db param set x 1 --price-year 20
? 64
$ sif --db d/sif.db param set y 1 --confidence säker
? 65
! unknown confidence grade
$$ sqlite3 d/sif.db "SELECT price_year, confidence FROM param_econ"
> 2014|medium
