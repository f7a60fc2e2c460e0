# SPEC §13 confidence: savings graded by the quality of their evidence; each grade's haircut
# is a parameter the user sets with its source; no grade or no parameter, no haircut.
# By hand: 100 000 (low, −40 %) → 60 000; 50 000 (medium, no parameter) → 50 000;
# 20 000 (no grade) → 20 000; total 130 000 against 200 000 before.
# the refusals checked here are the English messages (the Swedish ones: po/sv.po)
@ SIF_LANG=en
$ sif init
$ sif unit add U --name "Enheten"
$ sif project add P --name "P" --start 2016 --end 2017
$ sif role add P R --unit U --title "tjänst"
$ sif cost add P R 2016 "100 000"
$ sif saving add P other 2017 "100 000" --status realised --confidence low
$ sif saving add P other 2017 "50 000" --status realised --confidence medium
$ sif saving add P other 2017 "20 000" --status realised
$ sif saving add P other 2017 "1" --confidence sure
? 65
! unknown confidence grade
$ sif result P --json
> "savings_ore":17000000
> "confidence_haircuts":[]
$ sif param set adj_confidence_low 40% --kind ratio --source "GMCA CBA model: låg evidens, 40 % avdrag"
$ sif result P --json
> "savings_ore":13000000
> "net_ore":3000000
> "confidence_haircuts":[{"saving_id":1,"confidence":"low","haircut":0.4000,"source":"GMCA CBA model: låg evidens, 40 % avdrag","from_ore":10000000,"to_ore":6000000}]
$ sif result P
> Cost reduction 1, confidence low: 100 000 kr − 40 % = 60 000 kr (GMCA CBA model: låg evidens, 40 % avdrag)
!> Kostnadsminskning 2, konfidens
# a reversal of a graded saving takes its grade and nets out
$ sif saving reverse 1 --reason "fel"
$ sif result P --json
> "savings_ore":7000000
# a haircut comes before the split between agencies: 100 000 kr low (−40 %) split 50/50
$ sif saving add P other 2017 "100 000" --status realised --confidence low --agencies kommun=50%,region=50%
$ sif result P --json
> "savings_by_agency":{"kommun":10000000,"region":3000000,
