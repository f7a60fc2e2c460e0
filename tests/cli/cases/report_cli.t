# sif report and sif template: usage errors, unknown projects, files that cannot be created
$ sif demo --out d
! d/HFO.xlsx
$ sif --db d/sif.db report HFO
? 64
! --xlsx FILE, --xml FILE or both
$ sif --db d/sif.db report HFO --xlsx x.xlsx --lang fr
? 64
! language "fr" is not sv or en
$ sif --db d/sif.db report NOPE --xml n.xml
? 66
! no project NOPE
$ sif --db d/sif.db report HFO --xml no/such/dir/r.xml
? 73
$ sif --db d/sif.db report HFO --xlsx no/such/dir/r.xlsx
? 73
$ sif --db d/sif.db report HFO --xml only.xml
$$ test -f only.xml && test ! -f only.xlsx
$$ xmllint --noout --nonet --schema $SRC/templates/sif-report-1.xsd only.xml
$ sif --db d/sif.db report HFO --xlsx only.xlsx --lang en
$$ test -f only.xlsx
$ sif --db d/sif.db template costs HFO --xlsx k.xlsx
$ sif --db d/sif.db template costs HFO --xlsx no/such/dir/k.xlsx
? 73
$ sif --db d/sif.db template nope
? 64
$ sif report --help
> sif report PROJECT --xlsx FILE --xml FILE [--lang sv|en]
