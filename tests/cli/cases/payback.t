# SPEC §11.5: both paybacks, defined. Investment counts at the start of its year, savings
# evenly over the year.
$ sif init
$ sif unit add U --name Enhet
# savings that cover the investment within its own year: a fraction of the year, never 0
$ sif project add A --name A --start 2020 --end 2020
$ sif role add A R --unit U --title T
$ sif cost add A R 2020 100000
$ sif saving add A other 2020 400000 --status realised
$ sif result A --json
> "payback_years":0.25,"payback_year":2020,"payback_months":3
> "simple_payback_years":0.25,"simple_payback_months":3.0
# the SROI guide's example: 900 000 kr ÷ 400 000 kr/yr = 2,25 years, from the first savings
# year; payback proper counts from the investment and reaches it in 2018
$ sif project add B --name B --start 2016 --end 2016
$ sif role add B R --unit U --title T
$ sif cost add B R 2016 900000
$ sif saving add B other 2017 400000 --status projected
$ sif saving add B other 2018 400000 --status projected
$ sif saving add B other 2019 400000 --status realised
$ sif result B --json
> "simple_payback_years":2.25,"simple_payback_months":27.0,"simple_payback_year":2017,"simple_payback_status":"projected"
# 2 + (900 000 − 800 000) ÷ 400 000 = 3,25 years from the start of 2016
> "payback_years":3.25,"payback_year":2019,"payback_months":39
$ sif result B
>= Enkel återbetalningstid: 2,25 år (27,0 månader) = investeringen 900 000 kr ÷ kostnadsminskningarna 2017, 400 000 kr (prognostiserade)
# 300 000 kr ÷ (240 000 kr / 12) = 15,0 months
$ sif project add C --name C --start 2020 --end 2020
$ sif role add C R --unit U --title T
$ sif cost add C R 2020 300000
$ sif saving add C other 2021 240000
$ sif result C --json
> "simple_payback_years":1.25,"simple_payback_months":15.0
> "payback_years":null,"payback_year":null,"payback_months":null
$ sif result C
> Återbetalningstid: – (kostnadsminskningarna täcker inte investeringen)
# no investment: neither figure ("0,00 år, under 2016" before)
$ sif project add D --name D --start 2016 --end 2016
$ sif saving add D other 2016 1000
$ sif result D --json
> "payback_years":null,"payback_year":null,"payback_months":null,"simple_payback_years":null,"simple_payback_months":null
$ sif result D
> Återbetalningstid: – (kostnadsminskningarna täcker inte investeringen)
> Enkel återbetalningstid: – (ingen investering eller inga kostnadsminskningar)
