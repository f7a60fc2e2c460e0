# savings, unit costs and effects entered by hand; methods on a small ledger; overflow.
# the refusals checked here are the English messages (the Swedish ones: po/sv.po)
@ SIF_LANG=en
$ sif init
$ sif project add P --name "Projekt" --start 2016 --end 2017
$ sif unit add U --name "Enhet"
$ sif role add P R --unit U --title "Tjänst"
$ sif cost add P R 2016 "100 000"
$ sif saving add P other 2017 "150 000" --status realised --unit U --label "Minskad kostnad"
> 1
$ sif saving add P gift 2017 100
? 65
! category "gift"
$ sif saving add P benefit 2017 100 --shifted 200
? 65
! shifted part
$ sif saving show 1
> Amount given: 150 000 kr
> Formula: belopp
$ sif result P --json
> "other":15000000
> "net_ore":5000000
> "payback_years":1.67
> "printed_investment_ore":null
# placement from records needs its unit cost: a clear message
$ sif saving compute P placement --year 2017
? 65
! no placement records
$ sif saving compute P other --quantity 3 --unit-cost "1 000" --year 2017 --category treatment
> 3 items × 1 000 kr = 3 000 kr
$ sif saving compute P other --quantity 3 --param saknas --year 2017
? 66
! no unit cost "saknas" for 2017
$ sif param set hvb_dygn "3 500" --year 2017 --source "KOLL"
$ sif param set adj_discount 3,5% --kind ratio --project P
$ sif param list --json
> "key":"adj_discount","kind":"ratio","num":35,"den":1000
$ sif result P
> Discounting: 3,5 % per year, base year 2016 (the base year is not discounted)
$ sif saving compute P benefit_schablon --count arbete=2,flytt=1 --monthly "9 000" --months 6 --year 2017 --deadweight-households 1
> 2 households × 9 000 kr × 6 months = 108 000 kr
> Of which moved to another payer: 1 household × 9 000 kr × 6 months = 54 000 kr
$ sif saving compute P benefit_schablon --count arbete=1 --deadweight-households 2 --monthly 1 --year 2017
? 65
! deadweight
$ sif effect add P "Psykisk sjukdom" --unit-cost "350 000" --per "person och år" --source "Nilsson & Wadeskog 2008"
$ sif effect list P
> Psykisk sjukdom: 350 000 kr per person och år
# amounts near the int64 limit: refused when written (SPEC §11.4), so every read keeps working
$ sif saving add P other 2016 "92 233 720 368 547 758"
? 65
! beyond what they can hold
$ sif result P --json
> "other":15000000
$ sif saving compute P benefit_schablon --count arbete=3 --monthly "92 233 720 368 547 758" --year 2017
? 65
! overflow
$ sif verify
> ok
