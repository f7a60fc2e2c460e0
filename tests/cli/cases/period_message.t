# Refusing an entry in a closed year says which year and how to reopen it.
# the refusals checked here are the English messages (the Swedish ones: po/sv.po)
@ SIF_LANG=en
$ sif init
$ sif unit add U --name Enhet
$ sif project add P --name Projekt
$ sif role add P R --unit U --title Tjänst
$ sif cost add P R 2016 100
$ sif saving add P benefit 2016 50
$ sif period close 2016
$ sif cost add P R 2016 100
? 65
! 2016 takes no new entries
! sif period reopen 2016
$ sif cost reverse 1 --reason fel
? 65
! 2016 takes no new entries
$ sif saving add P other 2016 10
? 65
! 2016 takes no new entries
$ sif saving reverse 1 --reason fel
? 65
! 2016 takes no new entries
$ sif cost add P R 2017 100
