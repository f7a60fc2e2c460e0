# The ledger core from the command line: the fixed shapes of SPEC §8, exit codes, reversal.
$ sif project list
? 66
! kör 'sif init' först
$ sif init
$ sif unit add EKB --name "Enhet ekonomiskt bistånd" --committee "Stadsområdesnämnd Öster"
$ sif project add HFO --name "Hela Familjen Öster" --committee "ASN" --dnr STK-2016-52 --start 2014 --end 2017
$ sif role add HFO FS --unit EKB --title "1 soc sekr Försörjningsstöd" --fte 1
$ sif cost add HFO FS 2014 434409
> 1
$ sif cost add HFO FS 2015 "352 503,50 kr" --funding esf --note "ESF-del"
$ sif cost add HFO FS 2016 "1 05O 679"
? 65
! beloppet "1 05O 679" är inte ett tal
$ sif cost add HFO FS 2016 1000 --funding bank
? 65
! är inte fund (fonden), grant (bidrag), esf eller other:NAMN
$ sif cost add HFO XX 2016 1000
? 66
$ sif cost add HFO FS 2016
? 64
$ sif frobnicate
? 64
$ sif cost list HFO --json
> "total_ore":78691250
> "funding_ore":{"fund":43440900,"esf":35250350}
$ sif cost reverse 1 --reason "fel år"
> 3
$ sif cost reverse 1 --reason "igen"
? 65
! är redan återförd
$ sif cost reverse 3 --reason "reversal of a reversal"
? 65
$ sif cost reverse 1
? 64
$ sif cost list HFO --json
> "total_ore":35250350
$ sif cost list HFO --entries
> återför 1: fel år
$ sif project add HFO --name "igen"
? 65
! projektet HFO finns redan
$ sif project show HFO --json
> "dnr":"STK-2016-52"
$ sif log --table cost
> motbokade kostnad 3
$ sif verify
> ok
$ sif --help
> kommandon:
$ sif cost --help
> sif cost add PROJEKT TJÄNST ÅR BELOPP
