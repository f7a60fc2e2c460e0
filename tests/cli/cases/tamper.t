# A careless admin drops the triggers in the sqlite3 shell and edits the ledger:
# sif verify names the table and row, and exits 65.
# the refusals checked here are the English messages (the Swedish ones: po/sv.po)
@ SIF_LANG=en
$ sif demo --out d
$ sif --db d/sif.db verify
> ok
$$ sqlite3 d/sif.db "UPDATE cost SET amount_ore = 1 WHERE id = 3"
! cost is append-only
? 19
$$ sqlite3 d/sif.db "DELETE FROM cost WHERE id = 4"
? 19
$$ sqlite3 d/sif.db "DROP TRIGGER cost_no_update; DROP TRIGGER cost_no_delete; UPDATE cost SET amount_ore = 1 WHERE id = 3; DELETE FROM cost WHERE id = 4;"
$ sif --db d/sif.db verify
? 65
> row 3 of cost was changed outside sif
> row 4 of cost was removed outside sif
> append-only trigger cost_no_update is missing
! 4 problems found
$ sif --db d/sif.db verify --json
? 65
> {"table":"cost","row":3,"problem":"row 3 of cost was changed outside sif"}
