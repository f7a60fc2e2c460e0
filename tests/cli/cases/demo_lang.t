# sif demo speaks one language (SPEC §14): with --lang en its tables and its decision basis
# are English, and where they are is said after the tables, also when both go to one file.
$$ $SIF --lang en demo --out e > both.txt 2>&1; tail -n 2 both.txt
>= sif: the reference case is in e/sif.db (try: sif --db e/sif.db cost list HFO)
>= sif: its decision basis is e/HFO.xlsx and e/HFO.xml
$$ /usr/bin/python3 -c "import openpyxl; print(openpyxl.load_workbook('e/HFO.xlsx').sheetnames)"
> 'Summary', 'Investment', 'Cost reductions'
!> 'Sammanfattning'
$ sif demo --out s
$$ /usr/bin/python3 -c "import openpyxl; print(openpyxl.load_workbook('s/HFO.xlsx').sheetnames)"
> 'Sammanfattning'
