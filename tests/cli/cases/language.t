# One language for everything sif says (SPEC §14): Swedish unless --lang or $SIF_LANG.
$ sif --help
> kommandon:
> huvudbok
!> commands:
$ sif --lang en --help
> commands:
!> kommandon:
!> huvudbok
@ SIF_LANG=en
$ sif --help
> commands:
$ sif --lang sv --help
> kommandon:
@ SIF_LANG=sv
# a language sif does not have is a usage error, whichever way it is named
$ sif --lang fi --help
? 64
! språket "fi" är varken sv eller en
@ SIF_LANG=de
$ sif --help
? 64
! SIF_LANG="de" är varken sv eller en
@ SIF_LANG=sv
# -V is the version, not the whole help; --db without a path says so
$ sif -V
>= sif 0.1.0
!> kommandon:
$ sif --db
? 64
! --db behöver ett värde
$ sif --lang en --db
? 64
! --db needs a value
# a subcommand's --help shows its own usage line, with its arguments
$ sif cost add --help
> användning: sif cost add PROJECT ROLE YEAR AMOUNT
> investeringskostnader per tjänst och år
$ sif --lang en cost add --help
> usage: sif cost add PROJECT ROLE YEAR AMOUNT
# an unknown option after the arguments is unknown, not "needs a value"
$ sif init
$ sif cost add HFO FS 2014 1 --bogus
? 64
! okänt alternativ --bogus
$ sif --lang en cost add HFO FS 2014 1 --bogus
? 64
! unknown option --bogus
