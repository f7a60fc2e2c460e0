# sif saving list and show name the method in Swedish (SPEC §7); --json keeps the machine
# names. sif saving compute prints the new saving's id; its --help names the unit-cost keys.
$ sif init
$ sif project add P --name "Projekt" --start 2016 --end 2017
$ sif unit add U --name "Enhet"
$ sif saving add P other 2017 "150 000" --unit U --label "Minskad kostnad"
> 1
$ sif saving reverse 1 --reason "fel år"
> 2
$ sif param set forsorjningsstod_manad "9 000" --kind ore --from 2014 --source "HFI 2016"
# written: the saving's id heads its block, so 'sif saving show ID' can follow
$ sif saving compute P benefit_schablon --count arbete=2 --months 6 --year 2017 --unit U
>= Kostnadsminskning 3: Försörjningsstöd 2017: 108 000 kr
$ sif saving compute P other --amount "1 000" --year 2016
>= Kostnadsminskning 4: Övrigt 2016: 1 000 kr
# a dry run writes nothing and so names no id
$ sif saving compute P other --amount "2 000" --year 2016 --dry-run
>= Övrigt 2016: 2 000 kr
!> Kostnadsminskning
$ sif saving show 3
> Metod: schablon (försörjningsstöd)
> forsorjningsstod_manad
$ sif saving show 2
> Metod: återföring
$ sif saving list P
> inmatning
> återföring
> schablon (försörjningsstöd)
> övrig beräkning
!> manual
!> reversal
!> benefit_schablon
$ sif saving list P --json
> "method":"manual"
> "method":"reversal"
> "method":"benefit_schablon"
> "method":"other"
# --help names the parameter keys each method reads
$ sif saving compute --help
> benefit_schablon  forsorjningsstod_manad
> treatment         behandling_timme
> placement         hvb_dygn
> placering_dagar
