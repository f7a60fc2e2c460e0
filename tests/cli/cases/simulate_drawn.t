# sif simulate follows the scenarios' repayment rule: a year repays at most what was drawn
# by its end less what is settled (scenario_schedule.c), and what the cap leaves is lost.
# 1 000 000 kr drawn in 2014 and 1 000 000 kr in 2016; realised savings of 2 000 000 kr in
# 2015 repay 1 000 000 kr (all that was drawn), and 1 000 000 kr in 2016 the rest.
@ SIF_LANG=en
$ sif init
$ sif project add P --name P --start 2014 --end 2016
$ sif unit add U --name U --committee Soc
$ sif role add P R --unit U --title x
$ sif cost add P R 2014 "1 000 000"
$ sif cost add P R 2016 "1 000 000"
$ sif saving add P other 2015 "2 000 000" --status realised --unit U
$ sif rule set P --first-year 2015
$ sif scenario P --json
> {"year":2015,"opening_ore":200000000,"repayment_ore":100000000,"closing_ore":100000000
# fixed inputs: every run is the scenario; before the cap was honoured 2015 said 1.0000
$ sif simulate P --json --deadweight 0..0 --unit-costs 100%..100%
> "p_repaid_by":[{"year":2015,"p":0.0000}]
$ sif saving add P other 2016 "1 000 000" --status realised --unit U
$ sif scenario P --json
> {"year":2016,"opening_ore":100000000,"repayment_ore":100000000,"closing_ore":0
$ sif simulate P --json --deadweight 0..0 --unit-costs 100%..100%
> "p_repaid_by":[{"year":2015,"p":0.0000},{"year":2016,"p":1.0000}]
