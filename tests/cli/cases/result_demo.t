# sif demo builds the whole reference case; sif result reproduces SPEC §2 exactly and shows
# the control-total differences rather than hiding them.
$ sif demo --out d
$ sif --db d/sif.db result HFO --json
> "investment_ore":869478800
> "savings_ore":907808000
> "net_ore":38329200
> "savings_by_category":{"benefit":410400000,"treatment":77408000,"placement":420000000,"other":0}
# SPEC §11.5: 3 + 8 694 788 ÷ 9 078 080 = 3,96 years (47 months), counting each year's
# investment at its start; simple payback 8 694 788 ÷ 9 078 080 = 0,96 years (11,5 months)
> "payback_years":3.96,"payback_year":2017,"payback_months":47
> "simple_payback_years":0.96,"simple_payback_months":11.5,"simple_payback_year":2017,"simple_payback_status":"realised"
> "printed_investment_ore":869478600
> "investment_difference_ore":200
> "net_printed_ore":38329400
> "shifted_ore":43200000
> "adjustments":[]
> {"category":null,"printed_ore":907808000,"computed_ore":907808000,"diff_ore":0}
> {"scope":"total","year":null,"role":null,"printed_ore":869478600,"computed_ore":869478800,"diff_ore":200}
> "unit_cost_ore":62000000
$ sif --db d/sif.db result HFO
> Tryckt investeringssumma: 8 694 786 kr, differens 2 kr
> Netto: 383 292 kr; mot den tryckta investeringssumman 383 294 kr
> Summa: tryckt 9 078 080 kr, huvudboken 9 078 080 kr, stämmer
> Varav kostnad som förts över till annan betalare (Försäkringskassan, annan kommun): 432 000 kr
>= Återbetalningstid: 3,96 år (47 månader), under 2017
> räknat från början av det första investeringsåret; varje års investering i början av året, kostnadsminskningarna jämnt över året
>= Enkel återbetalningstid: 0,96 år (11,5 månader) = investeringen 8 694 788 kr ÷ kostnadsminskningarna 2017, 9 078 080 kr (realiserade)
# no adjustment: said as what it is, not "as in the final report" for every project
>= Justeringar: inga (ingen dödvikt, tillskrivning, avtagande effekt, diskontering eller optimismjustering)
!> som i slutrapporten
> Alkohol- och drogmissbruk: 620 000 kr per person och år
> Summa  tryckt 8 694 786, raderna summerar till 8 694 788, differens 2 kr
# the derivations, line by line
$ sif --db d/sif.db saving show 1
> 38 hushåll × 9 000 kr × 12 mån = 4 104 000 kr
> minus 3 hushåll som blivit självförsörjande ändå (dödvikt)
> Formel: (arbete + slutade_soka + studier + forsakringskassan + flytt - dodvikt) * manadskostnad * manader
> Varav kostnad som förts över till annan betalare: 4 hushåll × 9 000 kr × 12 mån = 432 000 kr
$ sif --db d/sif.db saving show 1 --json
> "amount_ore":410400000,"shifted_ore":43200000,"unit":"EKB","status":"realised","method":"benefit_schablon"
> {"key":"dodvikt","label":"Hushåll som blivit självförsörjande ändå (dödvikt)","value":3,"unit":"st"}
> "formula":"(arbete + slutade_soka + studier + forsakringskassan + flytt - dodvikt) * manadskostnad * manader"
> "38 hushåll × 9 000 kr × 12 mån = 4 104 000 kr"
$ sif --db d/sif.db saving show 2
> 8 h/mån × 295 kr/h × 2 behandlare = 4 720 kr/mån × 7 mån = 33 040 kr
> 16 familjer × 48 380 kr = 774 080 kr
$ sif --db d/sif.db saving show 3
> 3 500 kr × 10 barn × 120 dagar = 4 200 000 kr
> KOLL 2016–2018
# a non-default adjustment is printed with the result
$ sif --db d/sif.db result HFO --deadweight 25% --discount 3,5%
> Dödvikt: 25 % av besparingarna hade skett ändå
> Diskontering: 3,5 % per år, basår 2014 (basåret diskonteras inte)
!> Justeringar: inga
$ sif --db d/sif.db result HFO --json --deadweight 25%
> "savings_ore":680856000
> "adjustments":["Dödvikt: 25 % av besparingarna hade skett ändå"]
# a new unit cost never changes a saving already computed
$ sif --db d/sif.db param set forsorjningsstod_manad 9500 --from 2014 --source "ny schablon" --replace
$ sif --db d/sif.db saving show 1
> 38 hushåll × 9 000 kr × 12 mån = 4 104 000 kr
$ sif --db d/sif.db saving compute HFO benefit_schablon --year 2017 --deadweight-households 3 --dry-run
? 65
! räknas redan av kostnadsminskning 1 (benefit_schablon 2017)
$ sif --db d/sif.db saving compute HFO benefit_schablon --year 2017 --deadweight-households 3 --replace 1 --dry-run
> 38 hushåll × 9 500 kr × 12 mån = 4 332 000 kr
$ sif --db d/sif.db result HFO --json
> "savings_ore":907808000
# reversal: the saving goes, the totals follow, the difference to the printed total shows
$ sif --db d/sif.db saving reverse 2 --reason "behandlingstiden omprövad"
> 4
$ sif --db d/sif.db saving reverse 2 --reason "igen"
? 65
! är redan återförd
$ sif --db d/sif.db result HFO --json
> "treatment":0
> {"category":"treatment","printed_ore":77408000,"computed_ore":0,"diff_ore":-77408000}
$ sif --db d/sif.db saving list HFO
> återförd av 4
$ sif --db d/sif.db verify
> ok
