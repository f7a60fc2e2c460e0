# sif import savings|params: savings as a source states them, and unit costs with their
# sources (the reference case's: 9 000 kr/month, 295 kr/hour, 3 500 kr/day, 120 days).
$ sif init
$ sif unit add EKB --name "Enhet ekonomiskt bistånd"
$ sif project add HFO --name "Hela Familjen Öster"
<<< besparingar.csv
Projekt;Kategori;År;Belopp;Status;Enhet;Kommentar
HFO;försörjningsstöd;2017;4 104 000;realiserad;EKB;38 hushåll × 108 000 kr
HFO;treatment;2017;"774 080";projected;;Kortare behandling
HFO;placering;2017;4 200 000 kr;;;Förhindrade placeringar
>>>
$ sif import savings besparingar.csv --control "total=9 078 080" --control-mode error
> omgång 4: 3 rader med kostnadsminskningar importerade
>= Summa      3  9 078 080
$ sif saving list HFO --json
> "category":"benefit"
> "amount_ore":410400000
> "status":"realised"
> "method":"import"
> "unit":"EKB"
<<< enhetskostnader.csv
nyckel;varde;ar_fran;ar_till;kalla
forsorjningsstod_manad;9 000;2014;;slutrapport 2016
behandling_timme;295 kr;;;KOLL 2016–2018
hvb_dygn;3 500;2014;2017;slutrapport
placering_dagar;120;;;slutrapport
dodvikt;"7,5 %";;;antagande
>>>
$ sif import params enhetskostnader.csv
> 5 rader med parametrar importerade
$ sif param list --json
> "key":"forsorjningsstod_manad"
> "kind":"ratio"
> "kind":"count"
$$ sqlite3 sif.db "select key, kind, num, den, coalesce(year_from, 0), coalesce(year_to, 0) from param order by id"
>= forsorjningsstod_manad|ore|900000|1|2014|0
>= behandling_timme|ore|29500|1|0|0
>= hvb_dygn|ore|350000|1|2014|2017
>= placering_dagar|count|120|1|0|0
>= dodvikt|ratio|75|1000|0|0
# bad rows: unknown category, reversed years, unknown unit; nothing written
<<< bad.csv
nyckel;varde;ar_fran;ar_till;typ
x_y;1;2017;2014;
x_z;1;;;vikt
>>>
$ sif import params bad.csv
? 65
! bad.csv:2:
! bad.csv:3:5: typ "vikt" är inte belopp, andel eller antal
$$ sqlite3 sif.db "select count(*) from param"
>= 5
$ sif import savings $SRC/templates/sif-import-savings.csv --dry-run
$ sif import params $SRC/templates/sif-import-params.csv --dry-run
$ sif verify
> ok
