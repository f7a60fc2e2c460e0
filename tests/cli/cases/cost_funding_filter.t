# A printed total covers every funding source: a table filtered to one source is not
# compared with it (that would report the other sources' money as a difference).
$ sif init
$ sif unit add U --name Enhet
$ sif project add P --name Projekt
$ sif role add P R --unit U --title Tjänst
$ sif role add P X --unit U --title "Extra tjänst"
$ sif cost add P R 2016 "1 000"
$ sif cost add P X 2016 500 --funding "other:Urban utveckling"
$ sif cost add P R 2016 250 --funding esf
$ sif cost control P "1 750" --year 2016
$ sif cost control P "1 749" --total
$ sif cost list P
> tryckt 1 750, raderna summerar till 1 750: stämmer
> differens 1 kr
$ sif cost list P --funding esf
>= ESF  250
!> esf
!> Kontrollsummor
!> differens
$ sif cost list P --funding esf --json
> "controls":[]
> "total_ore":25000
# the funding block lines up whatever the length of the source's name, and names the
# sources in Swedish (SPEC §7: Swedish labels in terminal tables)
$ sif cost list P
>= fonden                   1 000
>= annan: Urban utveckling    500
>= ESF                        250
!> other:
!> fund
# the entries too; --json keeps the machine values
$ sif cost list P --entries
> 1 000  fonden
> 500  annan: Urban utveckling
> 250  ESF
!> other:
!> fund
!> esf
$ sif cost list P --entries --json
> "funding":"fund"
> "funding":"other:Urban utveckling"
> "funding":"esf"
$ sif cost list P --json
> "funding_ore":{"esf":25000,"fund":100000,"other:Urban utveckling":50000}
# a source that is none of sif's (issue 15: an empty table, exit 0, before): bad data, named
$ sif cost list P --funding Skolverket
? 65
! finansieringen "Skolverket" är inte fund
$ sif --lang en cost list P --funding Skolverket
? 65
! funding "Skolverket" is not fund, grant, esf or other:NAME
# a source without costs: the empty table, and a note on stderr that says so
$ sif cost list P --funding other:Skolverket
! sif: P har inga kostnader finansierade av other:Skolverket
$$ $SIF cost list P --funding esf 2>&1
!> inga kostnader
