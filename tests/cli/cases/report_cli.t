# sif report and sif template: usage errors, unknown projects, files that cannot be created
$ sif demo --out d
! d/HFO.xlsx
$ sif --db d/sif.db report HFO
? 64
! --xlsx FIL, --xml FIL eller båda
$ sif --db d/sif.db report HFO --xlsx x.xlsx --lang fr
? 64
! språket "fr" är varken sv eller en
$ sif --db d/sif.db report NOPE --xml n.xml
? 66
! inget projekt NOPE
$ sif --db d/sif.db report HFO --xml no/such/dir/r.xml
? 73
$ sif --db d/sif.db report HFO --xlsx no/such/dir/r.xlsx
? 73
$ sif --db d/sif.db report HFO --xml only.xml
$$ test -f only.xml && test ! -f only.xlsx
$$ xmllint --noout --nonet --schema $SRC/templates/sif-report-2.xsd only.xml
$ sif --db d/sif.db report HFO --xlsx only.xlsx --lang en
$$ test -f only.xlsx
$ sif --db d/sif.db template costs HFO --xlsx k.xlsx
$ sif --db d/sif.db template costs HFO --xlsx no/such/dir/k.xlsx
? 73
$ sif --db d/sif.db template nope
? 64
$ sif report --help
> sif report PROJEKT [--xlsx FIL] [--xml FIL] [--lang sv|en]
# the report lists what sif check finds for its project (SPEC §11.8), and still exits 0
$$ /usr/bin/python3 -c 'import xml.etree.ElementTree as E; r=E.parse("only.xml").getroot(); n={"r":"urn:sif:report:2"}; f=r.findall("r:findings/r:finding",n); assert r.get("schema-version")=="2" and r.find("r:findings",n).get("count")=="3" and [x.get("kind") for x in f]==["control_difference"]*3 and "2 325 141" in f[0].text, [x.text for x in f]'
$$ /usr/bin/python3 -c 'import openpyxl; ws=openpyxl.load_workbook("only.xlsx")["Provenance"]; v=[c for r in ws.iter_rows(values_only=True) for c in r if c]; assert "Findings (sif check)" in v and v.count("control total that differs")==3, v'
# version 1 of the schema stays for old reports
$$ test -f $SRC/templates/sif-report-1.xsd
# a report says what it wrote, in the chosen language
$ sif --db d/sif.db report HFO --xml said.xml
> beslutsunderlaget för HFO är skrivet: said.xml
$ sif --db d/sif.db --lang en report HFO --xlsx said.xlsx --xml said2.xml
> decision basis of HFO written: said.xlsx (workbook) and said2.xml (XML)
