# Attack 13 (issue 11): `--control 2016=abc` printed a garbled message: the error text was
# passed as an argument while being written (undefined behaviour).
# the refusals checked here are the English messages (the Swedish ones: po/sv.po)
@ SIF_LANG=en
$ sif init
<<< c.csv
projekt;roll;år;belopp
>>>
$ sif import costs c.csv --control 2016=abc
? 64
! sif: control total "2016=abc": amount "abc" is not a number
