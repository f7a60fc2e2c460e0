# Rules, scenarios and decisions from the command line, checked against hand-computed figures.
# the refusals checked here are the English messages (the Swedish ones: po/sv.po)
@ SIF_LANG=en
$ sif init
$ sif unit add U --name "Enheten" --committee "Nämnd A"
$ sif project add P --name "Projektet" --committee "Nämnd A" --start 2014 --end 2015
$ sif role add P R --unit U --title "tjänst"
# a loan of 1 000,03 kr; ESF money is not lent
$ sif cost add P R 2014 "1 000,03"
$ sif cost add P R 2015 500 --funding esf
$ sif rule set P --years 4 --first-year 2018 --cash "benefit=0,treatment=0,placement=100 %,other=100 %" --partial 0,4
$ sif rule show P --json
> {"project":"P","stored":true,"years":4,"first_year":2018,"cash_bp":{"benefit":0,"treatment":0,"placement":10000,"other":10000},"partial_bp":4000}
# 100 003 öre in four: whole kronor, 250 each, the 3 öre with the last (SPEC §11.6)
$ sif scenario P --json
> "loan_ore":100003
> {"year":2018,"opening_ore":100003,"repayment_ore":25000,"closing_ore":75003
> {"year":2021,"opening_ore":25003,"repayment_ore":25003,"closing_ore":0
> "name":"partial:40"
$$ $SIF scenario P --json | /usr/bin/python3 $SRC/tests/cli/check_scenarios.py
> invariants ok
> full repaid=100003 written_off=0 outstanding=0 rows=4
> partial:40 repaid=40001 written_off=60002 outstanding=0 rows=4
# the unit moves to Nämnd B from 2020: the instalments follow it
$ sif unit move U --from 2020 --committee "Nämnd B"
$$ $SIF scenario P --json | /usr/bin/python3 -c "import json,sys; d=json.load(sys.stdin); print([r['committee'] for r in d['scenarios'][0]['schedule']])"
> ['Nämnd A', 'Nämnd A', 'Nämnd B', 'Nämnd B']
# two instalments are paid, then the requirement is waived in 2020
$ sif fund repay P 2018 250,01
$ sif fund repay P 2019 250,01
$ sif fund repay P 2019 "1 000"
? 65
! more than
$ sif decision add P --kind waive --date 2020-02-30 --body KS --reference KS-2020-6
? 65
! not a date
$ sif decision add P --kind partial --date 2020-02-03 --body KS
? 64
$ sif decision add P --kind waive --date 2020-02-03 --body Kommunstyrelsen --reference KS-2020-7
> 1
$ sif fund show --json
> {"code":"P","name":"Projektet","loan_ore":100003,"repaid_ore":50002,"written_off_ore":50001,"outstanding_ore":0
$ sif scenario P --json
> "name":"waived","label":"Repayment requirement waived","current":true,"repaid_ore":50002,"written_off_ore":50001,"outstanding_ore":0
> {"year":2020,"opening_ore":50001,"repayment_ore":0,"closing_ore":50001,"written_off_ore":50001
$ sif scenario NOPE
? 66
$ sif scenario P --partial "101 %"
? 64
$ sif verify
> ok
# after the waiver the current scenario and the books agree year by year
$$ $SIF scenario P --json > sc.json && $SIF fund show --json > fund.json && /usr/bin/python3 $SRC/tests/cli/check_books_agree.py sc.json fund.json P
> 2020 repaid=0 written_off=50001
> current waived books agree
