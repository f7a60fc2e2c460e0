# placering_dagar is the days of a placement record without days: an empty dygn is such a
# record (the import used to refuse it).
$ sif init
$ sif project add P --name Projekt --start 2016 --end 2017
<<< p.csv
projekt;barn;dygn;ar
P;K01;;2017
P;K02;30;2017
>>>
$ sif import placements p.csv
$ sif param set hvb_dygn "3 500" --year 2017 --source KOLL
$ sif param set placering_dagar 120 --kind count --year 2017 --source Slutrapport
$ sif saving compute P placement --year 2017 --dry-run
> 525 000 kr
# the same in XML: a <rad> without <dygn> (or with an empty one) is such a record
$ sif project add X --name Projekt --start 2016 --end 2017
<<< p.xml
<?xml version="1.0" encoding="UTF-8"?>
<placeringar xmlns="urn:sif:import:1">
  <rad><projekt>X</projekt><barn>K01</barn><ar>2017</ar></rad>
  <rad><projekt>X</projekt><barn>K02</barn><ar>2017</ar><dygn>30</dygn></rad>
</placeringar>
>>>
$ sif import placements p.xml
$ sif saving compute X placement --year 2017 --dry-run
> 525 000 kr
