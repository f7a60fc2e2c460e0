# Attack 12 (issue 11): verify fails in a read-only directory ("attempt to write a readonly
# database"), and a ledger from a newer sif is read and verified "ok".
# the refusals checked here are the English messages (the Swedish ones: po/sv.po)
@ SIF_LANG=en
$ sif init
$ sif unit add SOC --name "Socialtjänsten"
$$ mkdir ro && cp sif.db ro/ && chmod 755 . && chmod 555 ro && chmod 644 ro/sif.db
# as root the directory's mode does not stop writes: run as nobody then
$$ if [ "$(id -u)" = 0 ]; then setpriv --reuid=65534 --regid=65534 --clear-groups $SIF --db ro/sif.db verify; else $SIF --db ro/sif.db verify; fi
>= ok
$$ if [ "$(id -u)" = 0 ]; then setpriv --reuid=65534 --regid=65534 --clear-groups $SIF --db ro/sif.db unit list; else $SIF --db ro/sif.db unit list; fi
> Socialtjänsten
$$ ls ro
>= sif.db
!> sif.db-shm
# a newer schema is refused by every command, reads included
$$ sqlite3 sif.db "PRAGMA user_version = 99"
$ sif verify
? 65
! ledger schema 99 is newer than this sif
$ sif unit list
? 65
! ledger schema 99 is newer than this sif
$ sif log
? 65
$ sif unit add X --name x
? 65
! ledger schema 99 is newer than this sif
