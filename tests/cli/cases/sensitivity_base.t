# SPEC §13: the sensitivity table includes the ledger's own assumption as the marked base row,
# in its place among 0, 10, 25 and 50 % (deadweight 40 % set for the project).
# By hand: 9 078 080 × 0,6 = 5 446 848 kr of savings, net 5 446 848 − 8 694 788 = −3 247 940.
$ sif demo --out d
$ sif --db d/sif.db param set adj_deadweight 40% --kind ratio --project HFO --source "egen bedömning"
$ sif --db d/sif.db report HFO --xml r.xml
$$ grep -o '<variant vary="deadweight" value="[0-9]*" base="[a-z]*" savings-ore="[0-9-]*" net-ore="[0-9-]*"' r.xml
> value="0" base="false"
> value="2500" base="false"
> value="4000" base="true" savings-ore="544684800" net-ore="-324794000"
> value="5000" base="false"
$$ grep -c 'base="true"' r.xml
> 1
