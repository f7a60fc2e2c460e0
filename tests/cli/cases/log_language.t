# sif log says what was done in words of the chosen language; the codes stay in --json.
$ sif init
$ sif unit add U --name Enhet
$ sif project add P --name Projekt
$ sif role add P R --unit U --title Tjänst
$ sif cost add P R 2016 "1 000"
$ sif log --table cost
> lade till kostnad
> Vem
!> added
$ sif --lang en log --table cost
> added cost
> Who
!> lade till
$ sif log --json --table cost
> "action":"add"
# a table that is not journaled is a slip, not an empty answer
$ sif log --table nosuch
? 64
! "nosuch" är ingen tabell i huvudboken
!> Nr
$ sif --lang en log --table nosuch
? 64
! "nosuch" is not a table of the ledger
