# sif report --simulate N [--seed S] and sif simulate --seed: a seed is a whole number that
# fits 64 bits (a larger one is refused, not clamped to the largest), --seed belongs to
# --simulate, and the Monte Carlo sheet is a sheet of the workbook, so --simulate with only
# --xml is a usage error rather than silently ignored.
$ sif init
$ sif project add P --name "Projekt"
$ sif report P --xlsx a.xlsx --simulate 10 --seed 18446744073709551615
$ sif report P --xlsx b.xlsx --simulate 10 --seed 18446744073709551616
? 64
! 18446744073709551616
$ sif simulate P --runs 10 --seed 18446744073709551616
? 64
! 18446744073709551616
$ sif report P --xlsx c.xlsx --seed 5
? 64
! --simulate
$ sif report P --xml d.xml --simulate 10
? 64
! --xlsx
$$ test ! -e b.xlsx && test ! -e c.xlsx && test ! -e d.xml && echo none
> none
$ sif report P --xlsx e.xlsx --xml e.xml --simulate 10 --seed 7
# the workbook and the XML named as one file: refused before either is written (it wrote the
# workbook and then refused the XML, or with --force wrote the XML over the workbook it had
# just said was written)
$ sif report P --xlsx same.out --xml same.out
? 64
! --xlsx
$ sif report P --xlsx ./same.out --xml same.out --force
? 64
$$ test ! -e same.out && echo nothing
> nothing
$ sif fund report --xlsx f.out --xml f.out
? 64
$$ test ! -e f.out && echo nothing
> nothing
