# SPEC §13 Monte Carlo: sif simulate on the reference case.
# the refusals checked here are the English messages (the Swedish ones: po/sv.po)
@ SIF_LANG=en
$ sif demo --out d
# ranges collapsed to the ledger's own assumptions: every run is the ledger's result
# (repaid by 2018: the 2017 savings are carried into the rule's first year, SPEC §11.7)
$ sif --db d/sif.db simulate HFO --json --months 12..12 --unit-costs 100%..100% --deadweight 0..0
> "runs":10000,"seed":1,"loan_ore":869478800,"p_repaid_by":[{"year":2018,"p":1.0000}
> "net_ore":{"p10":38329200,"p50":38329200,"p90":38329200}
# only deadweight drawn, triangular on 0..50 % with its peak at 0 (the ledger sets none):
# repaid iff 9 078 080 × (1 − d) ≥ 8 694 788, i.e. d ≤ 4,2222 %; P = 1 − (1 − 0,042222/0,5)²
# = 0,16176 by hand. 100 000 runs give it within 0,005 (3 standard errors: 0,0035).
$$ $SIF --db d/sif.db simulate HFO --json --months 12..12 --unit-costs 100%..100% --runs 100000 | /usr/bin/python3 -c "import json,sys; p=json.load(sys.stdin)['p_repaid_by'][0]['p']; print('ok' if abs(p-0.16176) < 0.005 else p)"
> ok
# the same seed gives the same bytes; another seed other figures; no time in the output
$$ $SIF --db d/sif.db simulate HFO --json --seed 42 > a.json && $SIF --db d/sif.db simulate HFO --json --seed 42 > b.json && cmp a.json b.json && echo same
> same
$$ $SIF --db d/sif.db simulate HFO --json --seed 43 | cmp -s - a.json || echo differs
> differs
$ sif --db d/sif.db simulate HFO --seed 42
> 10000 runs, seed 42
> Net result: P10
!> 2023-11
# usage errors
$ sif --db d/sif.db simulate HFO --runs 0
? 64
$ sif --db d/sif.db simulate HFO --months 5
? 64
! LO..HI
$ sif --db d/sif.db simulate NOPE
? 66
