# SPEC §13: a computed saving takes the price year and the confidence grade of the unit cost
# it was computed from, unless it states its own (saving compute --price-year/--confidence).
# Index: SCB, Konsumentprisindex (1980=100), fastställda tal, årsmedel (PR0101):
#   2014 313,49   2016 316,43   2017 322,11
@ SIF_LANG=en
$ sif init
$ sif unit add U --name Enheten --committee "Nämnd A"
$ sif project add P --name Projektet --start 2016 --end 2017
$ sif role add P R --unit U --title tjänst
$ sif cost add P R 2016 "100 000"
$ sif param set stycke_kostnad "10 000" --kind ore --price-year 2014 --confidence low --source "Stadens kostnadsstudie 2014"
$ sif param set adj_confidence_low 40% --kind ratio --source "GMCA CBA model: low confidence, 40 %"
$ sif index add KPI 2014 313,49 --source "SCB, KPI fastställda tal, årsmedel (1980=100)"
$ sif index add KPI 2016 316,43 --source "SCB, KPI fastställda tal, årsmedel (1980=100)"
$ sif index add KPI 2017 322,11 --source "SCB, KPI fastställda tal, årsmedel (1980=100)"
# 10 items × 10 000 kr (a 2014 figure graded low) = 100 000 kr in 2017
$ sif saving compute P other --quantity 10 --param stycke_kostnad --year 2017 --unit U --status realised
# the unit cost's grade: 100 000 × (1 − 40 %) = 60 000 kr (before, no haircut: 100 000)
$ sif result P --json
> "savings_ore":6000000
> {"saving_id":1,"confidence":"low","haircut":0.4000,
# the unit cost's price year: restated from 2014, not from the saving's own 2017:
#   100 000 × 322,11 / 313,49 = 102 749,69 kr, less 40 % = 61 649,81 kr
$ sif result P --json --price-year 2017 --index KPI
> {"saving_id":1,"year":2017,"price_year":2014,"index_from":313.49,"index_to":322.11,"from_ore":10000000,"to_ore":10274969}
> "savings_ore":6164981
# a saving that states its own keeps them: 1 × 10 000 kr in 2016 prices, graded high (no
# haircut parameter for high: none): 10 000 × 322,11 / 316,43 = 10 179,50 kr
$ sif saving compute P other --quantity 1 --param stycke_kostnad --year 2016 --unit U --status realised --price-year 2016 --confidence high
$ sif result P --json --price-year 2017 --index KPI
> {"saving_id":2,"year":2016,"price_year":2016,"index_from":316.43,"index_to":322.11,"from_ore":1000000,"to_ore":1017950}
> "savings_ore":7182931
# the unit cost rows each computed saving was computed from are kept (saving_param),
# journaled and guarded like every entry table
$$ sqlite3 sif.db "SELECT saving_id, param_id FROM saving_param ORDER BY saving_id"
> 1|1
> 2|1
$$ sqlite3 sif.db "DELETE FROM saving_param" 2>&1 || true
> append-only
$ sif verify
$ sif saving show 1
> Computed from the unit cost rows: 1
