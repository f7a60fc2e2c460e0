# The review's case: recorded repayments and decisions, and the scenarios telling the same
# story as the fund's books. Loan 2 200 000 drawn 2020–2021, 30 % in 3 years from 2022.
$ sif init
$ sif unit add U --name "Enheten" --committee "Nämnd A"
$ sif project add P --name "Projektet" --committee "Nämnd A" --start 2020 --end 2021
$ sif role add P R --unit U --title "tjänst"
$ sif cost add P R 2020 "1 000 000"
$ sif cost add P R 2021 "1 200 000"
$ sif rule set P --years 3 --first-year 2022 --partial "30 %"
# 100 000 is paid in 2022, then Kommunstyrelsen decides on 30 % in 2023
$ sif fund repay P 2022 "100 000"
$ sif decision add P --kind partial --percent 30 --date 2023-04-12 --body Kommunstyrelsen --reference KS-2023-9
> 1
$ sif fund show --json
> "repaid_ore":10000000,"written_off_ore":154000000,"outstanding_ore":56000000
# the write-off in 2023 with the decision; the 560 000 left of the 30 % in 2024
$ sif scenario P --json
> "name":"partial:30","label":"Delvis återbetalning, 30 %","current":true,"repaid_ore":66000000,"written_off_ore":154000000,"outstanding_ore":0
> {"year":2022,"opening_ore":220000000,"repayment_ore":10000000,"closing_ore":210000000,"written_off_ore":0,"recorded":true
> {"year":2023,"opening_ore":210000000,"repayment_ore":0,"closing_ore":210000000,"written_off_ore":154000000,"recorded":true,"written_off_decision":1
> {"year":2024,"opening_ore":56000000,"repayment_ore":56000000,"closing_ore":0,"written_off_ore":0,"recorded":false
!> "year":2022,"opening_ore":220000000,"repayment_ore":22000000
# the terminal table tells what the books hold from what is only planned
$ sif scenario P
>= 2022  2 200 000        100 000  2 100 000          0  Nämnd A                -100 000     -2 100 000  bokfört
>= 2024    560 000        560 000          0          0  Nämnd A                -560 000     -1 540 000  plan
$$ $SIF scenario P --json > sc.json && $SIF fund show --json > fund.json && /usr/bin/python3 $SRC/tests/cli/check_books_agree.py sc.json fund.json P
> 2022 repaid=10000000 written_off=0
> 2023 repaid=0 written_off=154000000
> current partial:30 books agree
> every scenario agrees with the books
$$ $SIF scenario P --json | /usr/bin/python3 $SRC/tests/cli/check_scenarios.py
> invariants ok
> full repaid=66000000 written_off=154000000 outstanding=0 rows=3
> partial:30 repaid=66000000 written_off=154000000 outstanding=0 rows=3
> waived repaid=10000000 written_off=210000000 outstanding=0 rows=3
# the 560 000 is paid in 2024: the plan is done, the books and the scenario still agree
$ sif fund repay P 2024 "560 000"
$$ $SIF scenario P --json > sc.json && $SIF fund show --json > fund.json && /usr/bin/python3 $SRC/tests/cli/check_books_agree.py sc.json fund.json P
> 2024 repaid=56000000 written_off=0
> current partial:30 books agree
> every scenario agrees with the books
$$ $SIF scenario P --json | /usr/bin/python3 $SRC/tests/cli/check_scenarios.py
> invariants ok
> partial:30 repaid=66000000 written_off=154000000 outstanding=0 rows=3
$ sif verify
> ok
