# sif demo builds the reference case; cost list shows the SPEC §2 table with the printed
# totals beside the ledger's own and their differences.
$ sif demo --out d
> Netto: 383 292 kr; mot den tryckta investeringssumman 383 294 kr
> Kravet på återbetalning hävs (förslag) (waived)
! dess beslutsunderlag är d/HFO.xlsx och d/HFO.xml
$ sif --db d/sif.db cost list HFO
>= 2016                935 470                      407 716                           568 977                               412 979  2 325 142
> 2 325 142
> 1 595 639
> 8 694 788
> 2016   tryckt 2 325 141, raderna summerar till 2 325 142, differens 1 kr
> 2014   tryckt 1 595 638, raderna summerar till 1 595 639, differens 1 kr
> Summa  tryckt 8 694 786, raderna summerar till 8 694 788, differens 2 kr
$ sif --db d/sif.db cost list HFO --json
> "total_ore":869478800
> {"scope":"total","year":null,"role":null,"printed_ore":869478600,"computed_ore":869478800,"diff_ore":200}
$ sif --db d/sif.db verify
> ok
# a second demo replaces the first, it does not add to it
$ sif demo --out d
$ sif --db d/sif.db cost list HFO --json
> "total_ore":869478800
