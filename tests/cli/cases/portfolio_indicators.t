# SPEC §12: a fund's portfolio of 30 projects in three areas (and one without), with grants,
# and one project's participants and outcomes imported from Swedish CSV (semicolon, BOM,
# CRLF, decimal comma, å ä ö in headers and values). Every expected figure is counted by hand.
$ sif init
$ sif unit add U --name "Enheten"
$$ for i in 01 02 03 04 05 06 07 08 09 10 11 12; do d=Öster; case $i in 02|04|06|08|10|12) d=Väster;; esac; $SIF project add P$i --name "Projekt $i" --area Arbetsmarknad --district $d --committee "Nämnd A" --granted "400 000" && $SIF role add P$i R --unit U --title Handläggare || exit 1; done
$$ for i in 13 14 15 16 17 18 19 20 21 22; do $SIF project add P$i --name "Projekt $i" --area Skola --district Norr --committee "Nämnd B" --granted 600000 && $SIF role add P$i R --unit U --title Lärare || exit 1; done
$$ for i in 23 24 25 26 27 28 29; do $SIF project add P$i --name "Projekt $i" --area Trygghet --district Öster --committee "Nämnd A" --granted 200000 && $SIF role add P$i R --unit U --title Fältassistent || exit 1; done
$ sif project add P30 --name "Projekt 30" --start 2016 --end 2016
$ sif role add P30 R --unit U --title Samordnare
# the costs, as a controller's Excel saves them: decimal comma, space as thousands separator
$$ (printf 'projekt;tjanst;ar;belopp;finansiering\r\n'; for i in 01 02 03 04 05 06 07 08 09 10 11 12; do printf 'P%s;R;2016;300 000,00;fund\r\n' $i; done; for i in 13 14 15 16 17 18 19 20 21 22; do printf 'P%s;R;2016;250 000,00;grant\r\nP%s;R;2016;100 000,00;fund\r\n' $i $i; done; for i in 23 24 25 26 27 28 29; do printf 'P%s;R;2016;50 000,00;esf\r\nP%s;R;2016;150 000,00;fund\r\n' $i $i; done; printf 'P30;R;2016;10 000,00;fund\r\n') > kostnader.csv
$ sif import costs kostnader.csv
> 47 rader med kostnader importerade
$ sif saving add P01 benefit 2016 "100 000" --status realised
$ sif saving add P13 other 2016 "25 000,50" --status realised --label Skolnärvaro

# totals per area, by hand: Arbetsmarknad 12 × 400 000 granted, 12 × 300 000 spent, all loan;
# Skola 10 × 600 000 granted, 10 × 350 000 spent, 10 × 100 000 loan, 10 × 250 000 grant;
# Trygghet 7 × 200 000 granted, 7 × 200 000 spent, 7 × 150 000 loan; P30 without an area
$ sif fund show --json
> "grants_ore":250000000,
> {"area":"Arbetsmarknad","projects":12,"granted_ore":480000000,"spent_ore":360000000,"loan_ore":360000000,"grant_ore":0,"savings_ore":10000000}
> {"area":"Skola","projects":10,"granted_ore":600000000,"spent_ore":350000000,"loan_ore":100000000,"grant_ore":250000000,"savings_ore":2500050}
> {"area":"Trygghet","projects":7,"granted_ore":140000000,"spent_ore":140000000,"loan_ore":105000000,"grant_ore":0,"savings_ore":0}
> {"area":null,"projects":1,"granted_ore":0,"spent_ore":1000000,"loan_ore":1000000,"grant_ore":0,"savings_ore":0}
# districts: Öster = 6 + 7 projects, Väster 6, Norr 10
> {"district":"Norr","projects":10,"granted_ore":600000000,"spent_ore":350000000,"loan_ore":100000000,
> {"district":"Väster","projects":6,"granted_ore":240000000,"spent_ore":180000000,"loan_ore":180000000,
> {"district":"Öster","projects":13,"granted_ore":380000000,"spent_ore":320000000,"loan_ore":285000000,
# the fund's loans are fund money only, 3 600 000 + 1 000 000 + 1 050 000 + 10 000 kr: the
# 2 500 000 kr of grants are never lent
> "loans_ore":566000000,
!> "loans_ore":816000000

# capital per committee
$ sif fund capital 2016 "10 000 000" --committee "Nämnd A"
$ sif fund capital 2016 "5 000 000" --committee "Nämnd B"
$ sif fund capital 2016 "1 000 000"
$ sif fund show --json
> "capital_ore":1600000000,
> {"committee":"Nämnd A","projects":19,"granted_ore":620000000,"spent_ore":500000000,"loan_ore":465000000,"grant_ore":0,"savings_ore":10000000,"capital_ore":1000000000}
> {"committee":"Nämnd B","projects":10,"granted_ore":600000000,"spent_ore":350000000,"loan_ore":100000000,"grant_ore":250000000,"savings_ore":2500050,"capital_ore":500000000}
# balance = capital 16 000 000 − loans 5 660 000 − grants 2 500 000
> "balance_ore":784000000,
$ sif fund show
> Bidrag (ej lån): 2 500 000 kr
>= Skola               10   6 000 000  3 500 000  1 000 000  2 500 000       25 001
$ sif project list
>= Arbetsmarknad       12   4 800 000  3 600 000  3 600 000          0      100 000
>= (inget)              1           0     10 000     10 000          0            0
>= Summa               30  12 200 000  8 510 000  5 660 000  2 500 000      125 001
$ sif scenario P13 --json
> "loan_ore":10000000,
$ sif project show P13 --json
> "area":"Skola","district":"Norr"

# participants and outcomes from Swedish CSV
$ sif import participants $DATA/indicators/deltagare.csv
> 11 rader med deltagare importerade
$ sif import outcomes $DATA/indicators/utfall.csv
> 12 rader med utfall importerade
# by hand: 10 participants in P01; women D01 D02 D05 D06 D10, men D03 D04 D08, annat D09,
# unknown D07; Öster D01 D02 D07 D09, Västra Innerstaden D03 D04 D10, Södra D05 D06, D08 unknown
$ sif indicator P01 --json
> "participants":{"total":10,"by_gender":{"kvinna":5,"man":3,"annat":1,"okänt":1},"by_district":{"Södra":2,"Västra Innerstaden":3,"Öster":4,"okänt":1}}
# latest status: arbete D01 (K, Öster), D03 (M, V. Innerstaden), D09 (annat, Öster)
> "arbete":{"total":3,"by_gender":{"kvinna":1,"man":1,"annat":1,"okänt":0},"by_district":{"Södra":0,"Västra Innerstaden":1,"Öster":2,"okänt":0}}
> "studier":{"total":1,
> "praktik":{"total":0,
> "arbetstraning":{"total":1,"by_gender":{"kvinna":1,"man":0,"annat":0,"okänt":0},"by_district":{"Södra":1,
> "stegforflyttning":{"total":1,
> "pagaende":{"total":0,
> "forsakringskassan":{"total":1,"by_gender":{"kvinna":0,"man":1,"annat":0,"okänt":0},"by_district":{"Södra":0,"Västra Innerstaden":0,"Öster":0,"okänt":1}}
> "flytt":{"total":1,
> "households":2,"participants_in_households":3
$ sif indicator P01
> Deltagare
> arbetsträning

# targets against the rows
$ sif target add P01 arbete 5
$ sif target add P01 deltagare 8 --year 2016
$ sif target add P01 arbete 2 --year 2016 --gender K
$ sif target add P01 Arbete 3 --district Öster
$ sif indicator P01 --json
> "targets":[{"outcome":"arbete","year":null,"district":null,"gender":null,"target":5,"actual":3},{"outcome":"deltagare","year":2016,"district":null,"gender":null,"target":8,"actual":8},{"outcome":"arbete","year":2016,"district":null,"gender":"kvinna","target":2,"actual":1},{"outcome":"arbete","year":null,"district":"Öster","gender":null,"target":3,"actual":2}]

# a printed count that agrees, and one that does not (a list that adds to 8 printed as 9)
$ sif indicator control P01 arbete 3
> arbete: tryckt 3, raderna räknar 3, skillnad +0
$ sif indicator control P01 deltagare 9 --year 2016 --note "slutrapport s. 4"
> deltagare: tryckt 9, raderna räknar 8, skillnad -1
$ sif indicator P01 --json
> "controls":[{"outcome":"arbete","district":null,"gender":null,"year":null,"printed":3,"actual":3,"difference":0},{"outcome":"deltagare","district":null,"gender":null,"year":2016,"printed":9,"actual":8,"difference":-1}]
$ sif verify
> ok

# sif check flags the printed count that disagrees, and only that one
$ sif check --json
? 1
> {"kind":"count_difference","project":"P01","message":"deltagare 2016: tryckt 9, raderna räknar 8, skillnad -1
!> "message":"arbete: printed 3
$ sif check
? 1
> count_difference

# the workbook's sheet and the XML report carry the same figures, against the targets
$ sif report P01 --xlsx P01.xlsx --xml P01.xml
$$ xmllint --noout --schema $SRC/templates/sif-report-2.xsd P01.xml
$$ grep -o '<count what="arbete" total="3" kvinna="1" man="1" annat="1" okant="0">' P01.xml
> <count what="arbete"
$$ grep -o '<control what="deltagare" year="2016" count="9" actual="8" difference="-1"/>' P01.xml
> difference="-1"
$$ /usr/bin/python3 -c "import openpyxl; ws = openpyxl.load_workbook('P01.xlsx')['Deltagare och utfall']; [print([c for c in r if c is not None]) for r in ws.iter_rows(values_only=True)]"
>= ['Totalt', 'Kvinnor', 'Män', 'Annat', 'Okänt kön', 'Södra', 'Västra Innerstaden', 'Öster', 'Okänt område']
>= ['Deltagare', 10, 5, 3, 1, 1, 2, 3, 4, 1]
>= ['arbete', 3, 1, 1, 1, 0, 0, 1, 2, 0]
>= ['arbete', 'alla', 'Öster', 'alla', 3, 2, '=F24/E24']
>= ['deltagare', 2016, 'alla', 'alla', 9, 8, '=F29-E29']
>= ['Deltagare kopplade till ett hushåll', 3]
$$ unzip -p P01.xlsx 'xl/charts/*.xml' | grep -c 'Utfall per kön'
>= 1

# the demo's sheet uses what the reference report has (households by exit reason, families,
# children) and says that it has no people, gender or district
$ sif demo --out d
$$ /usr/bin/python3 -c "import openpyxl; ws = openpyxl.load_workbook('d/HFO.xlsx')['Deltagare och utfall']; [print([c for c in r if c is not None]) for r in ws.iter_rows(values_only=True)]"
> Underlaget saknar deltagare per person: kön och stadsområde finns inte.
>= ['självförsörjande genom arbete', 21]
>= ['slutade söka försörjningsstöd', 10]
>= ['påbörjade studier', 6]
>= ['annan ersättning från Försäkringskassan', 3]
>= ['flyttade till en annan kommun', 1]
>= ['Familjer i behandling', 16]
>= ['Barn i placeringsunderlaget', 10]
$$ grep -o 'exit-households="41" treatment-families="16" placement-children="10"' d/HFO.xml
> exit-households="41"
$ sif --db d/sif.db check --json
? 1
!> count_difference

# the fund report rolls the portfolio up per area, district and committee (schema version 2)
$ sif fund report --xml fonden.xml --xlsx fonden.xlsx
$$ xmllint --noout --schema $SRC/templates/sif-fund-report-2.xsd fonden.xml
$$ grep -o '<group by="area" name="Skola" projects="10" granted-ore="600000000" spent-ore="350000000" loan-ore="100000000" grant-ore="250000000" savings-ore="2500050"/>' fonden.xml
> name="Skola"
$$ grep -o 'grants-ore="250000000"' fonden.xml
> grants-ore
