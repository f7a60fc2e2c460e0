# SPEC §13 discounting: investment, savings and net stay undiscounted; present values are
# added beside them. Hand computation (3,5 %, base year 2014 = the first investment year):
#   costs 1 595 639 + 2 061 857 / 1,035 + 2 325 142 / 1,035² + 2 712 150 / 1,035³
#       = 1 595 639 + 1 992 132,37 + 2 170 544,94 + 2 446 203,91 = 8 204 520,22 kr
#   savings 9 078 080 / 1,035³ = 8 187 908,04 kr; NPV −16 612,18 kr; BCR 0,998
# the refusals checked here are the English messages (the Swedish ones: po/sv.po)
@ SIF_LANG=en
$ sif demo --out d
$ sif --db d/sif.db result HFO --json --discount 3,5%
> "investment_ore":869478800
> "savings_ore":907808000
> "net_ore":38329200
> "discount_factors":[{"year":2014,"factor":1.000000,
> {"year":2017,"factor":0.901943,"pv_investment_ore":244620391,"pv_savings_ore":818790804}
> "pv_costs_ore":820452022,"pv_savings_ore":818790804,"npv_ore":-1661218,"bcr":0.998
$ sif --db d/sif.db result HFO --discount 3,5%
> Present value of costs: 8 204 520 kr; of savings: 8 187 908 kr; net present value: -16 612 kr
> Benefit-cost ratio (present value of savings / of costs): 0,998
> 0,901943                  2 446 204              8 187 908
> Net: 383 292 kr
# within 30 years the Green Book schedule is 3,5 %
$ sif --db d/sif.db result HFO --json --discount-schedule greenbook
> "discount_schedule":"greenbook"
> "pv_costs_ore":820452022,"pv_savings_ore":818790804
> Green Book
# base year 2017: the earlier costs are compounded up to it, 2017 has factor 1
# 1 595 639 × 1,035³ + 2 061 857 × 1,035² + 2 325 142 × 1,035 + 2 712 150 = 9 096 498,21
$ sif --db d/sif.db result HFO --json --discount 3,5% --base-year 2017
> {"year":2014,"factor":1.108718,
> {"year":2017,"factor":1.000000,"pv_investment_ore":271215000,"pv_savings_ore":907808000}
> "pv_costs_ore":909649821,"pv_savings_ore":907808000
# a ledger that sets no discount prints none of it
$ sif --db d/sif.db result HFO --json
!> pv_costs_ore
!> discount_factors
$ sif --db d/sif.db result HFO
!> Present value
$ sif --db d/sif.db result HFO --discount-schedule hyperbolic
? 64
! unknown discount schedule
