# A filled-in XLSX template's errors name the column by the template's own heading
# ("Födelseår", "Startdatum", as the controller sees it), not the CSV key ("fodelsear"),
# and the cell (G2); a message that does not name its column gets the heading added. The
# outcomes are listed as the template's dropdown spells them (arbetsträning, not arbetstraning). A CSV
# file names its columns by the keys and keeps its messages as they were.
$ sif init
$ sif unit add U1 --name "Enhet ett"
$ sif project add P01 --name "Projekt 01" --start 2017 --end 2018 --district Öster
$ sif role add P01 R1 --unit U1 --title Handläggare
$ sif template participants P01 --xlsx deltagare.xlsx
$ sif template outcomes P01 --xlsx utfall.xlsx
$ sif template costs P01 --xlsx kostnader.xlsx
$$ /usr/bin/python3 -c "import openpyxl, datetime; wb = openpyxl.load_workbook('deltagare.xlsx'); ws = wb['Deltagare']; d = datetime.date(2017, 3, 1); ws.append(['P01', 'D001', 'kvinna', 'Öster', d, None, 'tjugo', 'H1']); ws.append(['P01', 'D002', 'xyz', 'Öster', d, None, 1980, 'H2']); ws.append(['P01', 'D003', 'man', 'Öster', 'igår', None, 1980, 'H3']); wb.save('deltagare.xlsx')"
$$ /usr/bin/python3 -c "import openpyxl; wb = openpyxl.load_workbook('utfall.xlsx'); ws = wb['Utfall']; ws.append(['P01', 'D001', 'x', 'arbete']); ws.append(['P01', 'D001', '2017-04-01', 'nåt']); wb.save('utfall.xlsx')"
$$ /usr/bin/python3 -c "import openpyxl; wb = openpyxl.load_workbook('kostnader.xlsx'); ws = wb['Kostnader']; ws['D2'] = 'tusen'; wb.save('kostnader.xlsx')"
$ sif import participants deltagare.xlsx
? 65
! deltagare.xlsx:2:7: Födelseår "tjugo" är inte ett heltal (cell G2)
! deltagare.xlsx:3:3: könet "xyz" är inte kvinna (K), man (M), annat eller okänt (cell C3, kolumnen Kön)
! deltagare.xlsx:4:5: Startdatum "igår" är inte ett datum (ÅÅÅÅ-MM-DD) (cell E4)
$ sif import outcomes utfall.xlsx
? 65
! utfall.xlsx:2:3: Datum "x" är inte ett datum (ÅÅÅÅ-MM-DD) (cell C2)
# the outcomes as the template's dropdown spells them
! utfall.xlsx:3:4: utfallet "nåt" är inte arbete, studier, praktik, arbetsträning, stegförflyttning, pågående, avbrutit, flytt, Försäkringskassan eller annat (cell D3, kolumnen Utfall)
$ sif import costs kostnader.xlsx
? 65
! kostnader.xlsx:2:4: beloppet "tusen" är inte ett tal (cell D2, kolumnen Belopp)
@ SIF_LANG=en
$ sif import participants deltagare.xlsx
? 65
! deltagare.xlsx:2:7: Födelseår "tjugo" is not a whole number (cell G2)
! deltagare.xlsx:3:3: gender "xyz" is not kvinna (K), man (M), annat or okänt (cell C3, column Kön)
$ sif import costs kostnader.xlsx
? 65
! kostnader.xlsx:2:4: amount "tusen" is not a number (cell D2, column Belopp)
# a CSV file: its own headings, no cells
<<< deltagare.csv
projekt;deltagare;kon;stadsomrade;startdatum;slutdatum;fodelsear;hushall
P01;D001;kvinna;Öster;2017-03-01;;tjugo;H1
>>>
$ sif import participants deltagare.csv
? 65
! deltagare.csv:2:7: fodelsear "tjugo" is not a whole number
