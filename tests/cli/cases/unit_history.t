# sif unit list shows each unit's committees over time (a reorganisation moves the unit,
# and with it the repayment); --json lists them as committees [{from_year, committee}].
$ sif init
$ sif unit add EKB --name "Enhet ekonomiskt bistånd" --committee "Stadsområdesnämnd Öster"
$ sif unit move EKB --committee "Arbetsmarknads- och socialnämnden" --from 2017
$ sif unit add OVE --name "Öppenvård" --committee "Nämnd A"
$ sif unit add NY --name "Ny enhet"
$ sif unit move NY --committee "Nämnd X" --from 2015
$ sif unit move NY --committee "Nämnd Y" --from 2016
$ sif unit move NY --committee "Fel nämnd" --from 2018
# a later move with the same year corrects the earlier one
$ sif unit move NY --committee "Nämnd Z" --from 2018
$ sif unit list
> Nämnd (från år)
> Stadsområdesnämnd Öster (–2016), Arbetsmarknads- och socialnämnden (2017–)
> Nämnd X (2015), Nämnd Y (2016–2017), Nämnd Z (2018–)
>= OVE  Öppenvård                 Nämnd A
!> Fel nämnd
$ sif unit list --json
> {"code":"EKB","name":"Enhet ekonomiskt bistånd","committee":"Arbetsmarknads- och socialnämnden","committees":[{"from_year":null,"committee":"Stadsområdesnämnd Öster"},{"from_year":2017,"committee":"Arbetsmarknads- och socialnämnden"}]}
> "committees":[{"from_year":2015,"committee":"Nämnd X"},{"from_year":2016,"committee":"Nämnd Y"},{"from_year":2018,"committee":"Nämnd Z"}]
> {"code":"OVE","name":"Öppenvård","committee":"Nämnd A","committees":[{"from_year":null,"committee":"Nämnd A"}]}
