# Attack 7 (issue 11): the import hashed the file and then opened it again to parse it, so a
# file swapped in between had one file's hash recorded with another file's rows. Every
# format is now read once: the SHA-256 is of the very bytes parsed.
$ sif init
$ sif unit add U --name Enhet
$ sif project add HFO --name "Hela Familjen Öster" --start 2016 --end 2017
$ sif role add HFO FB --unit U --title Familjebehandlare
$ sif role add HFO OV --unit U --title Öppenvård
<<< c.csv
projekt;tjanst;ar;belopp
HFO;FB;2016;100
>>>
$$ python3 $SRC/tests/cli/count_opens.py c.csv $SIF import costs c.csv
>= 1
>= exit 0
$$ test "$(sqlite3 sif.db "select sha256 from batch where source = 'c.csv'")" = "$(sha256sum c.csv | cut -d' ' -f1)"
<<< k.xml
<?xml version="1.0" encoding="UTF-8"?>
<kostnader xmlns="urn:sif:import:1">
<rad><projekt>HFO</projekt><tjanst>FB</tjanst><ar>2017</ar><belopp>100</belopp></rad>
</kostnader>
>>>
$$ python3 $SRC/tests/cli/count_opens.py k.xml $SIF import costs k.xml
>= 1
>= exit 0
$$ test "$(sqlite3 sif.db "select sha256 from batch where source = 'k.xml'")" = "$(sha256sum k.xml | cut -d' ' -f1)"
$$ cp $DATA/import/kostnader.se k.se && python3 $SRC/tests/cli/count_opens.py k.se $SIF import costs k.se --map $DATA/import/sie-map.txt
>= 1
>= exit 0
$$ test "$(sqlite3 sif.db "select sha256 from batch where source = 'k.se'")" = "$(sha256sum k.se | cut -d' ' -f1)"
# messages still name the file, not the private copy it was parsed from
<<< bad.xml
<?xml version="1.0" encoding="UTF-8"?>
<kostnader xmlns="urn:sif:import:1"><rad><projekt>HFO</projekt></rad></kostnader>
>>>
$ sif import costs bad.xml
? 65
! sif: bad.xml:2:
$ sif verify
>= ok
