# Attacks on today's templates and imports, each a defect found and mended.
$ sif init
$ sif unit add U1 --name "Enhet ett"
$ sif project add P01 --name "Projekt 01" --start 2017 --end 2018 --district Öster
$ sif role add P01 R1 --unit U1 --title Handläggare

# too many decimals: the count is said in the message's own language, never "two" in Swedish
$ sif cost add P01 R1 2017 "100,505"
? 65
! fler än 2 decimaler i "100,505"
$ sif cost add P01 R1 2017 "1,123456 tkr"
? 65
! fler än 5 decimaler
@ SIF_LANG=en
$ sif cost add P01 R1 2017 "100,505"
? 65
! more than 2 decimals in "100,505"
