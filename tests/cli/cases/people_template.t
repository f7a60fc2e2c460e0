# SPEC §12: the XLSX template route for participants and outcomes (the round trip with filled
# rows is tests/report/test_people_template.py). An empty template imports nothing; a
# template is read only by its own kind; files are replaced only with --force.
$ sif init
$ sif project add P01 --name "Projekt 01" --district Öster
$ sif template participants P01 --xlsx deltagare.xlsx
$ sif template outcomes P01 --xlsx utfall.xlsx
$ sif template participants P01 --xlsx deltagare.xlsx
? 73
! --force
$ sif template participants P01 --xlsx deltagare.xlsx --force
$ sif template outcomes NOPE --xlsx x.xlsx
? 66
$ sif template participants P01
? 64
$$ /usr/bin/python3 -c "import openpyxl; wb = openpyxl.load_workbook('deltagare.xlsx'); print(wb.sheetnames); print([c.value for c in wb['Deltagare'][1]])"
> ['Deltagare', 'Instruktioner']
> ['Projekt', 'Deltagare', 'Kön', 'Stadsområde', 'Startdatum', 'Slutdatum', 'Födelseår', 'Hushåll']
$ sif import participants deltagare.xlsx
> 0 rader med deltagare importerade
$ sif import outcomes deltagare.xlsx
? 65
! inget blad med namnet "Utfall"
$ sif import exits utfall.xlsx
? 64
! bara kostnader, deltagare och utfall
$ sif template --help
> sif template costs|participants|outcomes
