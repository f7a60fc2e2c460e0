# XML import errors in sif's words, continued: an empty element or a text longer than the
# schema allows is said as such (not "libxml2 error 1831/1832"), and a document with another
# root element is told in the chosen language. Nothing is imported.
$ sif demo --out d
<<< tom.xml
<?xml version="1.0"?>
<kostnader xmlns="urn:sif:import:1">
  <rad><projekt></projekt><tjanst>OV</tjanst><ar>2017</ar><belopp>1</belopp></rad>
  <rad><projekt>HFO</projekt><tjanst>OV</tjanst><ar>2017</ar><belopp>1</belopp><kommentar>kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk</kommentar></rad>
</kostnader>
>>>
$ sif --db d/sif.db import costs tom.xml
? 65
! sif: tom.xml:3:8: <projekt> är tom
! rad 4 kolumn 80: <kommentar> har 1030 tecken, högst 1023 är tillåtna
$ sif --lang en --db d/sif.db import costs tom.xml
? 65
! sif: tom.xml:3:8: <projekt> is empty
! line 4 column 80: <kommentar> has 1030 characters, at most 1023 are allowed
$$ $SIF --db d/sif.db import costs tom.xml 2>&1; true
!> libxml2
<<< rot.xml
<?xml version="1.0"?>
<deltagare xmlns="urn:sif:import:1"><rad/></deltagare>
>>>
$ sif --db d/sif.db import participants rot.xml
? 65
! sif: rot.xml:2: väntade rotelementet <deltagarlista xmlns="urn:sif:import:1"> för participants, fann <deltagare xmlns="urn:sif:import:1">
$ sif --lang en --db d/sif.db import participants rot.xml
? 65
! sif: rot.xml:2: expected root element <deltagarlista xmlns="urn:sif:import:1"> for participants, found <deltagare xmlns="urn:sif:import:1">
$ sif --db d/sif.db cost list HFO --json
!> "amount_ore":100,
