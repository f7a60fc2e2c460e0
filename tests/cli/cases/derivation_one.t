# A derivation counts in the reader's language (SPEC §14): one child, one family, not
# "1 children", "1 families".
@ SIF_LANG=en
$ sif init
$ sif project add P --name Projekt --start 2015 --end 2017
<<< placeringar.csv
projekt;barn;dygn;ar;dygnskostnad
P;B1;30;2017;3 000
>>>
$ sif import placements placeringar.csv
$ sif saving compute P placement --year 2017
> 3 000 kr × 1 child × 30 days = 90 000 kr
!> 1 children
<<< behandling.csv
projekt;familj;typ;manader;timmar_per_manad;behandlare;timkostnad
P;F1;ordinarie;12;10;1;500
P;F1;intensiv;6;10;1;500
>>>
$ sif import treatment behandling.csv
$ sif saving compute P treatment --year 2017
> 1 family ×
!> 1 families
