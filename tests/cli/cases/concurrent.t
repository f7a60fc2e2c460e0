# Two (here: twelve) processes adding costs to the same ledger at once all succeed, and
# every entry is there.
$ sif init
$ sif unit add U --name Enhet
$ sif project add P --name Projekt
$ sif role add P R --unit U --title Tjänst
$$ for i in 1 2 3 4 5 6 7 8 9 10 11 12; do ( $SIF cost add P R 2016 100 >/dev/null 2>err.$i || echo FAIL $i ) & done; wait; cat err.*
!> FAIL
$ sif cost list P --json
> "total_ore":120000
$ sif verify
> ok
