# SPEC §12: --district "" is not "no district" (that is the option left out): an empty
# district on the command line is a usage error, before anything is written.
@ SIF_LANG=en
$ sif init
$ sif project add HFO --name "Hela Familjen Öster"
$ sif project add P3 --name "Projekt 3" --district ""
? 64
! --district: a district cannot be empty (leave the option out for no district)
$ sif saving compute HFO benefit_schablon --year 2016 --district "" --dry-run
? 64
! a district cannot be empty
$ sif saving compute HFO benefit_schablon --year 2016 --district= --dry-run
? 64
! a district cannot be empty
$ sif target add HFO participants 10 --district "  "
? 64
! a district cannot be empty
$ sif indicator control HFO participants 10 --district ""
? 64
! a district cannot be empty
$$ sqlite3 sif.db "select count(*) from project"
>= 1

$ sif project add P4 --name "Projekt 4" --district Öster
$ sif target add HFO participants 10 --district Öster
@ SIF_LANG=sv
$ sif target add HFO participants 10 --district ""
? 64
! ett stadsområde kan inte vara tomt
