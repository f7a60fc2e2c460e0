# SPEC §12: fund money given as a grant is never part of a loan, yet it leaves the fund. A
# project's scenarios must show the fund's balance that `sif fund show` shows: capital − lent
# − grants + repaid (the scenarios left the grants out, 300 000 kr too much every year).
$ sif init
$ sif fund capital 2020 "10 000 000"
$ sif unit add U --name Enheten --committee "Nämnd A"
$ sif project add P --name Projektet --committee "Nämnd A" --start 2020 --end 2021
$ sif role add P R --unit U --title Tjänst
$ sif cost add P R 2020 "1 000 000"
$ sif cost add P R 2021 "300 000" --funding grant
$ sif rule set P --years 2 --first-year 2022
$ sif fund repay P 2022 "500 000"
# the grant is no loan: 1 000 000 lent, 500 000 repaid, 500 000 outstanding
$ sif fund show --json
> "grants_ore":30000000
> {"code":"P","name":"Projektet","loan_ore":100000000,"repaid_ore":50000000,"written_off_ore":0,"outstanding_ore":50000000
# 10 000 000 − 1 000 000 − 300 000 + 500 000 at the end of 2022, in the books and in the
# scenario (its 2022 row is the recorded repayment)
> "repaid_ore":50000000,"written_off_ore":0,"balance_ore":920000000
$ sif scenario P --json
> "loan_ore":100000000
> {"year":2022,"opening_ore":100000000,"repayment_ore":50000000,"closing_ore":50000000,"written_off_ore":0,"recorded":true
> "fund_balance_ore":920000000
!> "fund_balance_ore":950000000
# 2023's plan repays the rest: 9 700 000 at the end
> "fund_balance_ore":970000000
$$ $SIF scenario P --json > sc.json && $SIF fund show --json > fund.json && /usr/bin/python3 $SRC/tests/cli/check_books_agree.py sc.json fund.json P
> 2022 repaid=50000000 written_off=0
> current full books agree
> every scenario agrees with the books
$$ $SIF scenario P --json | /usr/bin/python3 $SRC/tests/cli/check_scenarios.py
> invariants ok
