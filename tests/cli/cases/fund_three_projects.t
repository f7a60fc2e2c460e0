# The fund's books over three projects sum exactly to the projects' own figures.
$ sif init
$ sif unit add U --name "Enheten" --committee "Nämnd A"
$ sif project add A --name "Alfa" --start 2014 --end 2015
$ sif project add B --name "Beta" --start 2014 --end 2015
$ sif project add C --name "Gamma" --start 2015 --end 2016
$ sif role add A R --unit U --title t
$ sif role add B R --unit U --title t
$ sif role add C R --unit U --title t
$ sif cost add A R 2014 "1 000,01"
$ sif cost add B R 2014 2000
$ sif cost add B R 2015 500 --funding other:Urban
$ sif cost add C R 2015 3000
$ sif cost add C R 2016 1000
$ sif fund capital 2013 "10 000" --note startkapital
$ sif fund repay A 2018 500
$ sif fund repay B 2018 700
$ sif fund repay B 2019 300
$ sif decision add C --kind partial --percent 25 --date 2019-05-01 --body Kommunstyrelsen --reference KS-2019-3
$ sif fund show --json
> "capital_ore":1000000,"loans_ore":700001,"repaid_ore":150000,"written_off_ore":300000,"outstanding_ore":250001,"balance_ore":449999
> {"code":"A","name":"Alfa","loan_ore":100001,"repaid_ore":50000,"written_off_ore":0,"outstanding_ore":50001
> {"code":"B","name":"Beta","loan_ore":200000,"repaid_ore":100000,"written_off_ore":0,"outstanding_ore":100000
> {"code":"C","name":"Gamma","loan_ore":400000,"repaid_ore":0,"written_off_ore":300000,"outstanding_ore":100000
> {"year":2019,"capital_ore":0,"lent_ore":0,"repaid_ore":30000,"written_off_ore":300000,"balance_ore":449999,"outstanding_ore":250001
# the projects' own figures: each project's loan as its scenarios see it
$ sif scenario A --json
> "loan_ore":100001
$ sif scenario C --json
> "name":"partial:25","label":"Delvis återbetalning, 25 %","current":true,"repaid_ore":100000,"written_off_ore":300000
$$ $SIF fund show --json | /usr/bin/python3 -c "import json,sys; d=json.load(sys.stdin); ps=d['projects']; ys=d['years']; ok=all(d[k]==sum(p[k] for p in ps) for k in ('loan_ore','repaid_ore','written_off_ore','outstanding_ore') if k in d) and d['loans_ore']==sum(p['loan_ore'] for p in ps) and d['loans_ore']==sum(y['lent_ore'] for y in ys) and d['repaid_ore']==sum(y['repaid_ore'] for y in ys) and d['balance_ore']==ys[-1]['balance_ore']; print('sums ok' if ok else 'sums differ')"
> sums ok
$ sif fund show
# whole kronor in every view, each rounded once from its öre (SPEC §11.6)
>= Summa           7 000       1 500      3 000     2 500
$ sif fund show NOPE
? 66
$ sif verify
> ok
