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
> användning: sif cost add PROJEKT TJÄNST ÅR BELOPP
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
# a read command says its labels in the one language: no Swedish label in English, no
# English label in Swedish (the names users typed aside)
$ sif demo --out d
$ sif --lang en --db d/sif.db cost list HFO
> investment cost per role and year
> Control totals (printed against computed):
> Total  printed 8 694 786, the rows sum to 8 694 788, difference 2 kr — rounding?
!> Summa
!> År
!> tryckt
!> raderna summerar
!> Kontrollsummor
!> investeringskostnad
!> avrundning
$ sif --db d/sif.db cost list HFO
> investeringskostnad per tjänst och år
> Summa  tryckt 8 694 786, raderna summerar till 8 694 788, differens 2 kr — avrundning?
!> Total
!> Year
!> printed
!> Control totals
!> rows sum
!> rounding
$ sif --lang en --db d/sif.db result HFO
> Result by year (kr)
> Cumulative
!> Resultat per år
!> Ackumulerat
!> Besparing
!> Summa
$ sif --db d/sif.db result HFO
> Resultat per år (kr)
> Ackumulerat
!> Result by year
!> Cumulative
