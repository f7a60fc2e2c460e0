# SPEC §11.4: an entry that would make a total of the ledger exceed int64 öre is refused when
# it is written, so every read keeps working. Two costs of 92 233 720 368 547 758,07 kr used to
# be accepted, and from then on cost list, result, scenario and report failed with 65 and
# fund show with 74, for good.
# the refusals checked here are the English messages (the Swedish ones: po/sv.po)
@ SIF_LANG=en
$ sif init
$ sif project add P --name Projekt --start 2016 --end 2017
$ sif unit add U --name Enhet
$ sif role add P R --unit U --title Tjänst
$ sif cost add P R 2016 "92 233 720 368 547 758,07"
$ sif cost add P R 2017 "92 233 720 368 547 758,07"
? 65
! would take the ledger's totals beyond what they can hold
$ sif cost add P R 2017 1
? 65
$ sif fund capital 2016 1
? 65
$ sif cost list P --json
> "total_ore":9223372036854775807
$ sif result P --json
> "investment_ore":9223372036854775807
$ sif scenario P --json
> "loan_ore":9223372036854775807
$ sif fund show --json
> "loan_ore":9223372036854775807
$ sif report P --xlsx r.xlsx --xml r.xml
# a ledger with ordinary figures refuses the huge amount at once, in an import as well
$$ $SIF --db b.db init >/dev/null 2>&1 && $SIF --db b.db project add P --name P && $SIF --db b.db unit add U --name U && $SIF --db b.db role add P R --unit U --title T
$$ $SIF --db b.db cost add P R 2016 "1 000"
<<< k.csv
projekt;tjanst;ar;belopp
P;R;2016;"92 233 720 368 547 757"
P;R;2017;"1 000"
>>>
$ sif --db b.db import costs k.csv
? 65
! k.csv:2:4: amount 92 233 720 368 547 757 kr would take the ledger's totals beyond
$ sif --db b.db cost list P --json
> "total_ore":100000
