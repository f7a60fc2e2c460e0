# An SROI calculation as the SROI guide sets it out, computed by hand and by sif.
# Method: Cabinet Office / The SROI Network, "A guide to Social Return on Investment"
# (2012), stage 4 (establishing impact: value × quantity, less deadweight and attribution,
# drop-off from the second year) and stage 5 (calculating the SROI: the present value of
# the impact at 3,5 %, the Green Book's rate, which the guide uses; SROI ratio = present
# value ÷ the value of the inputs). The figures are this test's own, not the guide's.
#
# Input: 100 000 kr in 2020 (the base year, t = 0). Outcome: 20 households × 5 000 kr =
# 100 000 kr a year in 2021, 2022 and 2023. Deadweight 25 %, attribution 20 %, drop-off
# 10 % a year after the first year. By hand:
#   impact 2021 = 100 000 × 0,75 × 0,80           = 60 000,00 kr
#   impact 2022 = 60 000 × 0,90                   = 54 000,00 kr
#   impact 2023 = 60 000 × 0,90²                  = 48 600,00 kr     total 162 600,00 kr
#   PV 2021 = 60 000 / 1,035   = 57 971,014… → 57 971,01 kr
#   PV 2022 = 54 000 / 1,035²  = 50 409,577… → 50 409,58 kr
#   PV 2023 = 48 600 / 1,035³  = 43 834,419… → 43 834,42 kr
#   total present value 152 215,01 kr; input 100 000 kr (t = 0, factor 1)
#   net present value 52 215,01 kr; SROI ratio 152 215,01 / 100 000 = 1,522 : 1
@ SIF_LANG=en
$ sif init
$ sif unit add U --name Enheten --committee "Nämnd A"
$ sif project add P --name Projektet --start 2020 --end 2023
$ sif role add P R --unit U --title tjänst
$ sif cost add P R 2020 "100 000"
$ sif saving add P other 2021 "100 000" --status realised --unit U --label "20 hushåll × 5 000 kr"
$ sif saving add P other 2022 "100 000" --status realised --unit U --label "20 hushåll × 5 000 kr"
$ sif saving add P other 2023 "100 000" --status realised --unit U --label "20 hushåll × 5 000 kr"
$ sif result P --json --deadweight 25% --attribution 20% --dropoff 10% --discount 3,5%
> "savings_ore":16260000
> "net_ore":6260000
> "pv_costs_ore":10000000
> "pv_savings_ore":15221501
> "npv_ore":5221501
> "bcr":1.522
> {"year":2021,"factor":0.966184,"pv_investment_ore":0,"pv_savings_ore":5797101}
> {"year":2022,"factor":0.933511,"pv_investment_ore":0,"pv_savings_ore":5040958}
> {"year":2023,"factor":0.901943,"pv_investment_ore":0,"pv_savings_ore":4383442}
> {"year":2021,"investment_ore":0,"investment_fund_ore":0,"savings_ore":6000000,
> {"year":2022,"investment_ore":0,"investment_fund_ore":0,"savings_ore":5400000,
> {"year":2023,"investment_ore":0,"investment_fund_ore":0,"savings_ore":4860000,
