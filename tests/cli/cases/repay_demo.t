# The reference case's repayment: the loan is the fund-financed 8 694 788 kr, every scenario
# keeps SPEC §8's invariants, and the report's waiver proposal shows as a draft beside the rest.
$ sif demo --out d
$$ $SIF --db d/sif.db scenario HFO --json | /usr/bin/python3 $SRC/tests/cli/check_scenarios.py
> invariants ok
> full repaid=869478800 written_off=0 outstanding=0 rows=4
> partial:50 repaid=434739400 written_off=434739400 outstanding=0 rows=4
> waived repaid=0 written_off=869478800 outstanding=0 rows=1
$ sif --db d/sif.db scenario HFO --json
> "loan_ore":869478800
> "name":"waived","label":"Kravet på återbetalning hävs (förslag)","current":false
> "decision":{"id":1,"draft":true,"date":"2018-05-04","body":"Kommunstyrelsen","reference":"STK-2016-52"}
> {"year":2018,"opening_ore":869478800,"repayment_ore":217369700,"closing_ore":652109100
# from 2017 the units of HFO belong to the new committees: the largest share is ASN's
> "committee":"Arbetsmarknads- och socialnämnden"
$ sif --db d/sif.db scenario HFO
> Kravet på återbetalning hävs (förslag) (waived)
> Förslag till beslut: Kommunstyrelsen STK-2016-52, 2018-05-04
>= Full återbetalning (full)                                    8 694 788          0          0  gäller
$ sif --db d/sif.db decision list HFO
> förslag
> STK-2016-52
# the draft wrote nothing off
$ sif --db d/sif.db fund show --json
> "loans_ore":869478800,"repaid_ore":0,"written_off_ore":0,"outstanding_ore":869478800
# a larger partial share is asked for beside the default
$ sif --db d/sif.db scenario HFO --partial "75 %" --json
> "name":"partial:50"
> "name":"partial:75"
$ sif --db d/sif.db verify
> ok
# Kommunstyrelsen adopts the proposal: the remainder is written off with the reference
$ sif --db d/sif.db decision add HFO --kind waive --date 2018-06-13 --body Kommunstyrelsen --reference STK-2016-52 --text "kravet på återbetalning hävs"
> 2
$ sif --db d/sif.db decision list HFO --json
> "draft":false,"text":"kravet på återbetalning hävs","written_off_ore":869478800
$ sif --db d/sif.db scenario HFO --json
> "name":"waived","label":"Kravet på återbetalning hävs","current":true
$ sif --db d/sif.db fund show
>= HFO      Hela Familjen Öster  8 694 788           0  8 694 788         0
$ sif --db d/sif.db verify
> ok
