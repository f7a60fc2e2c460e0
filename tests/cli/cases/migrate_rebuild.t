# Issue 16: migration 9 rebuilds the cost and saving tables (a CHECK list made SQLite build a
# temporary table for every row). saving_econ refers to saving, so the rebuild runs with
# foreign keys off and checks them before it commits; every row keeps its id and hash.
@ SIF_LANG=en
$ sif init
$ sif unit add U --name "Enheten" --committee "Nämnd A"
$ sif project add P --name "Projektet" --committee "Nämnd A" --start 2016 --end 2017
$ sif role add P R --unit U --title "tjänst"
$ sif cost add P R 2016 "100 000" --funding esf
$ sif saving add P placement 2017 "50 000" --status realised --unit U --agencies kommun=70%,region=30%
> 1
# a ledger of schema 8: its next write runs migration 9 over the rows above
$$ sqlite3 sif.db "PRAGMA user_version = 8"
$ sif cost add P R 2017 "1 000" --funding grant
$ sif verify
> ok
$ sif result P --json
> "investment_ore":10100000
> "savings_ore":5000000
> "savings_by_agency":{"kommun":3500000,"region":1500000
# the lists still refuse what they refused
$ sif cost add P R 2017 100 --funding "annan:"
? 65
