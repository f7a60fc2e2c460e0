# A ledger locked by another writer is never a silent wait: after a second sif says why it
# waits and for how long, and goes on once the lock is released.
$ sif init
$ sif unit add U --name Enhet
$ sif project add P --name Projekt
$ sif role add P R --unit U --title Tjänst
$$ python3 -c 'import sqlite3,time; c=sqlite3.connect("sif.db", isolation_level=None); c.execute("BEGIN IMMEDIATE"); open("locked","w").close(); time.sleep(2.5); c.execute("ROLLBACK")' & while [ ! -e locked ]; do sleep 0.05; done; $SIF cost add P R 2016 "1 000" 2>&1; wait
> sif.db är låst av en annan sif som skriver i den; väntar upp till 30 s
$ sif cost list P
> 1 000
