# Attack 5 (issue 11): dropped period-close triggers were not reported by verify.
# the refusals checked here are the English messages (the Swedish ones: po/sv.po)
@ SIF_LANG=en
$ sif demo --out d
$$ sqlite3 d/sif.db "DROP TRIGGER cost_period_closed; DROP TRIGGER repayment_period_closed"
$ sif --db d/sif.db verify
? 65
> trigger cost_period_closed is missing
> trigger repayment_period_closed is missing
! 2 problems found
$ sif --db d/sif.db period close 2016
? 65
! trigger cost_period_closed is missing
