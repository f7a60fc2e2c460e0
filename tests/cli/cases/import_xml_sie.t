# sif import reads XML (validated against its schema first), the XLSX cost template and
# SIE 4 with a mapping; hostile documents are refused and leave the ledger as it was.
# the refusals checked here are the English messages (the Swedish ones: po/sv.po)
@ SIF_LANG=en
$ sif init
$ sif unit add U --name Enhet
$ sif project add HFO --name "Hela Familjen Öster" --start 2016 --end 2017
$ sif role add HFO FB --unit U --title Familjebehandlare
$ sif role add HFO OV --unit U --title Öppenvård
<<< kostnader.xml
<?xml version="1.0" encoding="UTF-8"?>
<kostnader xmlns="urn:sif:import:1">
  <rad><projekt>HFO</projekt><tjanst>OV</tjanst><ar>2016</ar><belopp>1 050 679,50</belopp></rad>
  <rad><tjanst>FB</tjanst><projekt>HFO</projekt><ar>2017</ar><belopp>100</belopp>
       <finansiering>esf</finansiering><kommentar>=HYPERLINK("x")</kommentar></rad>
</kostnader>
>>>
$ sif import costs kostnader.xml
$ sif cost list HFO --json
> "total_ore":105077950
> "esf":10000
# schema errors are reported with their line, and nothing is written
<<< dålig.xml
<?xml version="1.0" encoding="UTF-8"?>
<kostnader xmlns="urn:sif:import:1">
  <rad><projekt>HFO</projekt><tjanst>OV</tjanst><ar>2016</ar><belopp>5</belopp></rad>
  <rad><projekt>HFO</projekt><tjanst>OV</tjanst><belopp>5</belopp></rad>
</kostnader>
>>>
$ sif import costs dålig.xml
? 65
! dålig.xml:4
$ sif import costs $DATA/hostile/xxe-passwd.xml
? 65
$ sif import costs $DATA/hostile/billion-laughs.xml
? 65
$ sif import costs $DATA/hostile/gzip-bomb.xml
? 65
$ sif import costs $DATA/hostile/zip-bomb.xlsx
? 65
$ sif cost list HFO --json
> "total_ore":105077950
# SIE 4 in code page 437, cost centre 4711 and project P12 mapped to roles
$ sif import costs $DATA/import/kostnader.se
? 64
! needs --map
$ sif import costs $DATA/import/kostnader.se --map $DATA/import/sie-map.txt --dry-run
$ sif import costs $DATA/import/kostnader.se --map $DATA/import/sie-map.txt
$ sif cost list HFO --json
> "total_ore":113252900
$ sif cost list HFO --entries
> konto 5010: Lön familjebehandlare
$ sif import exits kostnader.xml
? 65
$ sif verify
> ok
