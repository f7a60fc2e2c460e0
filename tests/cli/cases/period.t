# A closed year takes no new entries until it is reopened, and both are logged.
$ sif init
$ sif unit add U --name Enhet
$ sif project add P --name Projekt
$ sif role add P R --unit U --title Tjänst
$ sif cost add P R 2016 100
$ sif period close 2016 --reason "bokslut 2016"
! 2016 stängt
$ sif cost add P R 2016 100
? 65
! perioden är stängd
$ sif cost reverse 1 --reason "fel"
? 65
$ sif period close 2016
? 65
! är redan stängt
$ sif period reopen 2016
? 64
$ sif period reopen 2016 --reason "rättelse enligt beslut"
$ sif cost add P R 2016 50
$ sif log --table period_event
> stängde period 1
> öppnade åter period 2
$ sif cost list P --json
> "total_ore":15000
# a closed year takes no entry of any kind with a year: capital, repayments, write-offs
$ sif period close 2017
$ sif fund capital 2017 "1 000 000"
? 65
! perioden är stängd
$ sif fund capital 2018 "1 000 000"
$ sif verify
> ok
