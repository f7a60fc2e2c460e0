# sif check (SPEC §11.8): each kind of finding, exit 0 without findings and 1 with, JSON shape
# the refusals checked here are the English messages (the Swedish ones: po/sv.po)
@ SIF_LANG=en
$ sif demo --out d
$ sif --db d/sif.db check
? 1
# the demo holds exactly its three control differences: 2016, 2014 and the total
>= control_difference HFO: costs 2016: printed 2 325 141 kr, rows sum to 2 325 142 kr, difference 1 kr (rounding?): check the source; the ledger keeps the sum of its rows
> costs 2014: printed 1 595 638 kr, rows sum to 1 595 639 kr, difference 1 kr (rounding?)
> total costs: printed 8 694 786 kr, rows sum to 8 694 788 kr, difference 2 kr (rounding?)
! check: 3 findings
$$ test "$($SIF --db d/sif.db check | wc -l)" = 3
$$ $SIF --db d/sif.db check --json | /usr/bin/python3 -c 'import json,sys; f=json.load(sys.stdin)["findings"]; assert [x["kind"] for x in f]==["control_difference"]*3 and {x["project"] for x in f}=={"HFO"}, f'
$ sif --db d/sif.db check HFO --json
? 1
$ sif --db d/sif.db check NOPE
? 66
# a plausible ledger: no findings, exit 0
$ sif init
$ sif unit add U --name Enhet
$ sif project add P --name Projekt --start 2023 --end 2025 --granted 1000000
$ sif role add P R --unit U --title Tjänst
$ sif cost add P R 2023 400000
$ sif cost add P R 2024 400000
$ sif saving add P benefit 2026 300000
$ sif fund capital 2022 5000000
$ sif check
! no findings
$ sif check --json
>= {"findings":[]}
# a cost in 2031 for a 2023–2025 project, a saving in 1990
$ sif cost add P R 2031 1000
$ sif saving add P benefit 1990 500
$ sif check
? 1
> cost_outside_project_years P: costs of 1 000 kr in 2031 lie outside the project's years (2023–2025)
> saving_before_start P: savings of 500 kr in 1990 lie before the project started in 2023
# reversed, they are gone
$ sif cost reverse 3 --reason "fel år"
$ sif saving reverse 2 --reason "fel år"
$ sif check
! no findings
# fund money above the granted amount; grants and other funding do not count against it
$ sif cost add P R 2025 200000 --funding esf
$ sif check
$ sif cost add P R 2025 200001
$ sif check
? 1
> loan_above_granted P: fund money drawn, 1 000 001 kr, is 1 kr above the granted 1 000 000 kr
# lending beyond the fund's capital (5 mnkr)
$ sif project add Q --name Stort --start 2023 --end 2025
$ sif role add Q R --unit U --title Tjänst
$ sif cost add Q R 2024 4200000
$ sif check --json
? 1
> "kind":"lending_above_capital","project":null,"message":"fund
> has lent 200 001 kr more than its capital by the end of 2025
# two values for one parameter, key and years; the same value twice is no conflict
$ sif param set timpris 295 --from 2014
$ sif param set timpris 295 --from 2014
$ sif check
? 1
!> conflicting_parameter
# a second value is refused (SPEC §11.1); one replaced on purpose is no conflict
$ sif param set timpris 300 --year 2016
? 65
! a second value is refused
$ sif param set timpris 300 --year 2016 --replace
$ sif check
? 1
!> conflicting_parameter
# a ledger that holds two anyway (written before the rule, or outside sif)
$$ sqlite3 sif.db "INSERT INTO param(key, kind, num, den, year_from, year_to, source, batch_id, user, at) VALUES ('timpris', 'ore', 31000, 1, 2016, 2016, '', 1, 'x', '2024-01-01T00:00:00Z')"
$ sif check
? 1
> conflicting_parameter -: parameter timpris (2016) has two values, 300 kr (row 3) and 310 kr (row 4), and the later one is used
# rows dated in a closed year written while it was reopened
$ sif period close 2023
$ sif period reopen 2023 --reason "sen faktura"
$ sif cost add P R 2023 100
$ sif period close 2023
$ sif check
? 1
> closed_year_changed P: 1 cost row dated 2023 was written after 2023 was closed
!> closed_year_changed Q
# one household's exit counted by two projects for overlapping months
<<< exits.csv
projekt;hushall;avslutsdatum;avslutsorsak
P;H1;2024-03-01;arbete
P;H2;2024-04-01;arbete
Q;H1;2024-09-01;studier
Q;H3;2024-09-01;studier
>>>
$ sif import exits exits.csv
$ sif check
? 1
!> household_double_counted
$ sif saving compute P benefit_schablon --year 2024 --monthly 9000
$ sif saving compute Q benefit_schablon --year 2024 --monthly 9000
$ sif check --json
? 1
> {"kind":"household_double_counted","project":"Q","message":"1 household is counted by both P and Q for overlapping months (e.g. H1, exit 2024-09-01)
