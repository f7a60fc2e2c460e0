# Attack 3 (issue 11): a guard trigger replaced by one with `WHEN 0` passed verify, which
# checked triggers by name only. verify compares the SQL with the shipped definition, and a
# write refuses to run on a ledger whose guards were changed.
# the refusals checked here are the English messages (the Swedish ones: po/sv.po)
@ SIF_LANG=en
$ sif demo --out d
$$ sqlite3 d/sif.db "DROP TRIGGER cost_no_update; CREATE TRIGGER cost_no_update BEFORE UPDATE ON cost WHEN 0 BEGIN SELECT RAISE(ABORT, 'sif: cost is append-only; record a reversal instead'); END; UPDATE cost SET amount_ore = 1 WHERE id = 3;"
$ sif --db d/sif.db verify
? 65
> append-only trigger cost_no_update differs from the definition sif ships
> row 3 of cost was changed outside sif
$ sif --db d/sif.db unit add X --name x
? 65
! the ledger's schema was changed outside sif (trigger cost_no_update differs from the definition sif ships)
$$ sqlite3 d/sif.db "select count(*) from unit where code = 'X'"
>= 0
# an added index or table is reported too
$$ sqlite3 d/sif.db "CREATE TABLE notes(x); CREATE INDEX cost_amount ON cost(amount_ore)"
$ sif --db d/sif.db verify
? 65
> table notes was added outside sif
> index cost_amount was added outside sif
