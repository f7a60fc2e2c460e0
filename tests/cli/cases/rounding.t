# SPEC §11.6: one rounding rule for every view. Whole kronor, each rounded once from the
# exact öre it shows; differences in öre; "avrundning?" only within 0,50 kr per cell.
$ sif init
$ sif unit add U --name Enheten
$ sif project add P --name P --start 2020 --end 2021
$ sif role add P R --unit U --title Tjänst
$ sif cost add P R 2020 "786 912,50"
$ sif cost control P "786 912" --total
$ sif cost list P
>= Summa  786 913  786 913
# the rows sum to 786 913 as the table says (not 786 912,50); the difference keeps its öre
>= Summa  tryckt 786 912, raderna summerar till 786 913, differens 0,50 kr — avrundning?
$ sif result P
> 0          0  -786 913     -786 913
>= Tryckt investeringssumma: 786 912 kr, differens 0,50 kr
!> 786 912,50
# a difference rounding cannot explain (more than 0,50 kr a cell) is not called rounding
$ sif cost control P "786 900" --year 2020
$ sif cost list P
> 2020   tryckt 786 900, raderna summerar till 786 913, differens 12,50 kr
!> 12,50 kr — avrundning?
# the workbook blames rounding only where it can explain the difference
$ sif report P --xlsx p.xlsx
$$ /usr/bin/python3 -c 'import openpyxl; v=[c for r in openpyxl.load_workbook("p.xlsx")["Investering"].iter_rows(values_only=True) for c in r if isinstance(c, str)]; assert any(t.startswith("Minst en differens är större än avrundning kan förklara") for t in v) and not any(t.startswith("Differenserna ryms inom avrundning") for t in v), v'
