# SPEC §13 who gains: a saving split between agencies by exact shares; only the kommun part
# repays the fund. Figures computed by hand.
# the refusals checked here are the English messages (the Swedish ones: po/sv.po)
@ SIF_LANG=en
$ sif init
$ sif unit add U --name "Enheten" --committee "Nämnd A"
$ sif project add P --name "Projektet" --committee "Nämnd A" --start 2016 --end 2017
$ sif role add P R --unit U --title "tjänst"
$ sif cost add P R 2016 "100 000"
# 100 000 kr: kommun 70 % = 70 000, region 30 % = 30 000
$ sif saving add P benefit 2017 "100 000" --status realised --unit U --agencies kommun=70%,region=30%
> 1
# 100 000,01 kr in thirds: 33 333,33⅔ each; the two öre left go to the first two (ties)
$ sif saving add P other 2017 "100 000,01" --status realised --unit U --agencies "kommun=1/3;region=1/3;stat=1/3"
> 2
$ sif result P --json
> "savings_ore":20000001
> "savings_by_agency":{"kommun":10333334,"region":6333334,"stat":3333333,"forsakringskassan":0,"arbetsformedlingen":0,"individ":0}
> "net_ore":10000001
$ sif result P
> Cost reductions by agency
> Region
# the savings scenario repays only the kommun part: 70 000 + 33 333,34 = 103 333,34 ≥ the
# loan of 100 000, so it is repaid in full in 2017 (the full 200 000,01 would be the same;
# see below with a smaller kommun part)
$ sif scenario P --json
> "loan_ore":10000000
# shares that do not sum to 1, an unknown agency, a share above 100 %: exit 65, nothing written
$ sif saving add P other 2017 100 --agencies kommun=70%,region=20%
? 65
! sum to 9/10, not 1
$ sif saving add P other 2017 100 --agencies kommun=50%,landsting=50%
? 65
! unknown agency "landsting"
$ sif saving add P other 2017 100 --agencies kommun=70%,kommun=30%
? 65
! named twice
$ sif saving list P --json
!> "id":3
# a reversal nets out agency by agency
$ sif saving reverse 2 --reason "fel belopp"
> 3
$ sif result P --json
> "savings_by_agency":{"kommun":7000000,"region":3000000,"stat":0,
# a project whose savings are mostly the region's: the scenario repays 20 000 of 100 000
$ sif project add Q --name "Q" --committee "Nämnd A" --start 2016 --end 2017
$ sif role add Q R --unit U --title "tjänst"
$ sif cost add Q R 2016 "100 000"
$ sif saving add Q placement 2017 "100 000" --status realised --unit U --agencies kommun=0,2,region=0,8
> 4
$ sif result Q --json
> "savings_by_agency":{"kommun":2000000,"region":8000000,
$$ $SIF scenario Q --json | /usr/bin/python3 -c "import json,sys; d=json.load(sys.stdin); s=[x for x in d['scenarios'] if x['name']=='savings'][0]; print('repaid', s['repaid_ore'], 'outstanding', s['outstanding_ore'])"
> repaid 2000000 outstanding 8000000
# the savings import takes aktorer (and prisar, konfidens); one bad row and nothing is written
<<< bad.csv
projekt;kategori;ar;belopp;status;enhet;aktorer
Q;other;2017;1000;realised;U;kommun=50 %,region=50 %
Q;other;2017;2000;realised;U;kommun=50 %,region=40 %
>>>
$ sif import savings bad.csv
? 65
! bad.csv:3:7
! sum to 9/10
$ sif result Q --json
> "savings_ore":10000000
<<< ok.csv
projekt;kategori;ar;belopp;status;enhet;aktorer;konfidens;prisar
Q;other;2017;1000;realised;U;kommun=50 %,region=50 %;låg;2016
Q;other;2017;2000;realised;U;;;
>>>
$ sif import savings ok.csv
$ sif result Q --json
> "savings_ore":10300000
> "savings_by_agency":{"kommun":2250000,"region":8050000,
