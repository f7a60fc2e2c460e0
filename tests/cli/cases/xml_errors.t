# XML import errors (issue 15): FILE:LINE:COLUMN and a plain message of what was expected, in
# the chosen language, never libxml2's own text nor the raw XSD pattern; nothing is imported
$ sif demo --out d
<<< bad.xml
<?xml version="1.0"?>
<kostnader xmlns="urn:sif:import:1">
  <rad><projekt>HFO</projekt><tjanst>OV</tjanst><ar>20x7</ar><belopp>1</belopp></rad>
  <rad><projekt>HFO</projekt><tjanst>OV</tjanst><ar>2017</ar><belopp>1 05O</belopp></rad>
  <rad><projekt>HFO</projekt><tjanst>OV</tjanst><ar>2017</ar></rad>
  <rad><projekt>HFO</projekt><farg>röd</farg><tjanst>OV</tjanst><ar>2017</ar><belopp>1</belopp></rad>
</kostnader>
>>>
$ sif --db d/sif.db import costs bad.xml
? 65
! sif: bad.xml:3:53: <ar>: "20x7" är inte ett år från 1900 till 2999
! rad 4 kolumn 70: <belopp>: "1 05O" är inte ett belopp i kronor, som 1 050 679 eller 1 050 679,50
! rad 5 kolumn 3: <rad> saknar ett element: väntade <belopp>, <finansiering> eller <kommentar>
! rad 6 kolumn 30: <farg> väntas inte här: väntade <tjanst>, <ar>, <belopp>, <finansiering> eller <kommentar>
! (4 fel totalt)
! inget importerades
$ sif --lang en --db d/sif.db import costs bad.xml
? 65
! sif: bad.xml:3:53: <ar>: "20x7" is not a year from 1900 to 2999
! line 4 column 70: <belopp>: "1 05O" is not an amount in kronor, such as 1 050 679 or 1 050 679,50
# libxml2's words and the schema's pattern do not leak
$$ ($SIF --lang en --db d/sif.db import costs bad.xml; $SIF --db d/sif.db import costs bad.xml) 2>&1; true
!> Element '
!> facet
!> pattern
!> [0-9]
!> Expected is
!> urn:sif
# not well-formed: libxml2 gives the column
<<< broken.xml
<?xml version="1.0"?>
<kostnader xmlns="urn:sif:import:1">
  <rad><projekt>HFO</tjanst></rad>
  <rad><projekt>A&B</projekt></rad>
</kostnader>
>>>
$ sif --lang en --db d/sif.db import costs broken.xml
? 65
! sif: broken.xml:3:29: an end tag does not match the element it closes (<projekt>)
$ sif --db d/sif.db import costs broken.xml
? 65
! sif: broken.xml:3:29: en sluttagg stämmer inte med elementet den stänger (<projekt>)
$ sif --db d/sif.db cost list HFO --json
!> "year":2017,"amount_ore":100
