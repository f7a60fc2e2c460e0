# Attack 2 (issue 11): rewrite a cost's amount and recompute the chain with a short script
# copied from journal.c: verify said ok. An anchor catches it; so does the keyed chain, whose
# links the script cannot compute without the key.
# the refusals checked here are the English messages (the Swedish ones: po/sv.po)
@ SIF_LANG=en
$ sif demo --out d
$$ $SIF --db d/sif.db anchor > anchor.txt
$$ python3 $SRC/tests/cli/rechain.py d/sif.db "UPDATE cost SET amount_ore = 1 WHERE id = 3"
$$ sqlite3 d/sif.db "SELECT amount_ore FROM cost WHERE id = 3"
>= 1
$ sif --db d/sif.db verify
>= ok
$$ $SIF --db d/sif.db verify --anchor "$(cat anchor.txt)"
? 65
> the history up to the anchor was rewritten

# the keyed chain: from `sif key enable` on, links are HMAC-SHA-256 under a key kept elsewhere
$ sif demo --out e
$$ head -c 32 /dev/urandom > key && head -c 8 /dev/urandom > short
$ sif --db e/sif.db key enable --key-file short
? 64
! a key file holds 16 to 1024 bytes
$ sif --db e/sif.db key enable --key-file key
> keyed from link
$ sif --db e/sif.db key enable --key-file key
? 64
! keyed already
# every writer needs the key now
$ sif --db e/sif.db cost add HFO OV 2017 100
? 64
! a write needs its key
$ sif --db e/sif.db --key-file key cost add HFO OV 2017 100
$$ SIF_KEY_FILE=key $SIF --db e/sif.db cost add HFO OV 2017 200
$$ head -c 32 /dev/urandom > other
$ sif --db e/sif.db --key-file other cost add HFO OV 2017 300
? 64
! not this ledger's key
$ sif --db e/sif.db verify --key-file key
>= ok
!> not checked
# without the key: everything but the MACs, and it says so
$ sif --db e/sif.db verify
>= ok
> not checked: the MACs of links
$ sif --db e/sif.db verify --json
> "macs_checked":false
# the script rewrites a keyed row and re-hashes: with the key, verify sees it
$$ python3 $SRC/tests/cli/rechain.py e/sif.db "UPDATE cost SET amount_ore = 1 WHERE id = (SELECT max(id) FROM cost)"
$ sif --db e/sif.db verify --key-file key
? 65
> its MAC under the key does not match
$ sif --db e/sif.db verify --key-file other
? 64
