# SPEC §13 in the XML report (sif-report-2.xsd): present values with a discount, savings by
# agency, confidence haircuts; none of them without.
$ sif demo --out d
$ sif --db d/sif.db report HFO --xml plain.xml
$$ xmllint --noout --nonet --schema $SRC/templates/sif-report-2.xsd plain.xml
$$ grep -c "present-values\|<agency\|<haircut" plain.xml || true
> 0
# the project's own 3,5 % (figures as in result_discount.t), a saving split with the region
# and a graded one with its haircut
$ sif --db d/sif.db param set adj_discount 3,5% --kind ratio --project HFO --source "Green Book 3,5 %"
$ sif --db d/sif.db param set adj_confidence_low 50% --kind ratio --source "egen bedömning"
$ sif --db d/sif.db saving add HFO other 2017 "10 000" --status realised --agencies kommun=60%,region=40% --confidence low
$ sif --db d/sif.db report HFO --xml econ.xml
$$ xmllint --noout --nonet --schema $SRC/templates/sif-report-2.xsd econ.xml
! validates
$$ grep -o '<present-values[^>]*>' econ.xml
> schedule="constant" rate-num="35" rate-den="1000" base-year="2014"
$$ grep -o '<discount-factor year="2017"[^>]*>' econ.xml
> factor="0.901943"
# the saving of 10 000 kr is halved to 5 000 and split 3 000 / 2 000
$$ grep -o '<agency[^>]*>' econ.xml
> <agency name="kommun" ore="908108000"/>
> <agency name="region" ore="200000"/>
$$ grep -o '<haircut[^>]*>' econ.xml
> saving="4" confidence="low" share-num="50" share-den="100" source="egen bedömning" from-ore="1000000" to-ore="500000"
