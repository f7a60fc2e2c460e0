# SPEC §11.7: scenarios carry early savings into the rule's first year and agree with the
# books after recorded repayments, write-offs and decisions (issue 10's example).
$ sif init
$ sif fund capital 2020 "10 000 000"
$ sif unit add U --name Enheten --committee "Nämnd A"
$ sif project add P --name Projektet --committee "Nämnd A" --start 2023 --end 2024
$ sif role add P R --unit U --title Tjänst
$ sif cost add P R 2024 "5 210 902,90"
$ sif rule set P --years 5 --first-year 2026
# savings realised in 2025, before the rule's first year; a partial decision (30 %) in 2026
$ sif saving add P placement 2025 "2 663 100" --status realised --unit U
$ sif decision add P --kind partial --percent 30 --date 2026-03-10 --body Kommunstyrelsen --reference KS-2026-1
$ sif fund show --json
> {"year":2026,"capital_ore":0,"lent_ore":0,"repaid_ore":0,"written_off_ore":364763203
# every scenario holds the books' 2026, the write-off of 3 647 632,03 included (the full
# scenario showed 2026 as booked with nothing written off)
$$ $SIF scenario P --json > sc.json && $SIF fund show --json > fund.json && /usr/bin/python3 $SRC/tests/cli/check_books_agree.py sc.json fund.json P
> 2026 repaid=0 written_off=364763203
> current partial:30 books agree
> every scenario agrees with the books
$$ $SIF scenario P --json | /usr/bin/python3 $SRC/tests/cli/check_scenarios.py
> invariants ok
# the 2025 savings are carried, not dropped: the savings scenario repays the remaining
# 1 563 270,87 in 2027, the first year the books leave open (it repaid 0 and left
# 5 210 902,90 outstanding)
> savings repaid=156327087 written_off=364763203 outstanding=0 rows=2
$ sif scenario P --json
> {"year":2027,"opening_ore":156327087,"repayment_ore":156327087,"closing_ore":0
# the plan's instalments are whole kronor, by largest remainder, the öre with the last
> {"year":2027,"opening_ore":156327087,"repayment_ore":39081800,"closing_ore":117245287
> {"year":2030,"opening_ore":39081787,"repayment_ore":39081787,"closing_ore":0

# the demo: savings realised in 2017 are repaid in 2018, the rule's first year (not 2017)
$ sif demo --out d
$ sif --db d/sif.db scenario HFO --json
> "schedule":[{"year":2018,"opening_ore":869478800,"repayment_ore":869478800,"closing_ore":0
!> {"year":2017,
# partial:50 of 8 694 788: whole kronor that add up to 4 347 394 (1 086 849 four times did not)
$$ $SIF --db d/sif.db scenario HFO --json | /usr/bin/python3 -c "import json,sys; s=[x for x in json.load(sys.stdin)['scenarios'] if x['name']=='partial:50'][0]; r=[x['repayment_ore'] for x in s['schedule']]; print(r, sum(r))"
> [108684900, 108684900, 108684800, 108684800] 434739400
$ sif --db d/sif.db scenario HFO
> Delvis återbetalning, 50 % (partial:50)                      4 347 394  4 347 394          0
