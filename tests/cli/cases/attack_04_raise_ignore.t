# Attack 4 (issue 11): a trigger `BEFORE INSERT ON cost ... RAISE(IGNORE)` made `sif cost add`
# exit 0 printing the id of an existing row, and an import report 2 rows and store 1.
$ sif init
$ sif unit add SOC --name "Socialtjänsten"
$ sif project add HFO --name "Hela Familjen Öster" --start 2014 --end 2017
$ sif role add HFO OV --unit SOC --title "2 soc sekr Öppenvård"
$ sif cost add HFO OV 2016 "100"
$$ sqlite3 sif.db "CREATE TRIGGER cost_skip BEFORE INSERT ON cost WHEN NEW.amount_ore > 100000 BEGIN SELECT RAISE(IGNORE); END;"
$ sif cost add HFO OV 2017 "500 000"
? 65
! trigger cost_skip was added outside sif
<<< c.csv
projekt;tjanst;ar;belopp
HFO;OV;2016;100
HFO;OV;2017;500000
>>>
$ sif import costs c.csv
? 65
$$ sqlite3 sif.db "select count(*) from cost"
>= 1
$ sif verify
? 65
> trigger cost_skip was added outside sif
