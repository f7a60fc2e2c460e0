# sif rule show lines its values up in one column, whatever the label's bytes.
$ sif init
$ sif project add P --name Projekt
$ sif rule set P --years 3 --first-year 2022 --cash "benefit=10 %"
$ sif rule show P
>= Antal år                        3
>= Första år                       2022
>= Kontant andel försörjningsstöd  10 %
>= Kontant andel övrigt            100 %
>= Delvis återbetalning            50 %
