# kill -9 during a big payments import leaves the ledger as before (no row of the file, no
# batch, verify ok) or, killed after its COMMIT, with the whole file — never part of it. The
# kills come at the start, in the middle and late; then the whole file goes in.
$ sif init
$$ sh $SRC/tests/cli/kill_import.sh $SIF 400000 1 4 8
>= killed at 1 MB: exit 137
>= killed at 4 MB: exit 137
>= killed at 8 MB: exit 137
>= ledger as before
!> PARTIAL
>= a whole import adds 400000 rows
