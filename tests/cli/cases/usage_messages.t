# Every sub-command answers --help with exit 0, and a usage error says one thing, naming
# the option that was wrong.
$ sif init
$ sif unit add U --name Enhet
$ sif project add P --name Projekt
$ sif role add P R --unit U --title Tjänst
# messages are checked in English here; tests/cli/cases/language.t checks the Swedish
@ SIF_LANG=en

# --help on the calc commands' sub-commands
$ sif param set --help
> sif param set KEY VALUE
$ sif param list --help
> sif param list
$ sif saving add --help
> sif saving add PROJECT CATEGORY YEAR AMOUNT
$ sif saving list --help
> sif saving list PROJECT
$ sif saving show --help
> sif saving show ID
$ sif saving reverse --help
> sif saving reverse ID --reason TEXT
$ sif effect add --help
> sif effect add PROJECT NAME
$ sif effect list --help
> sif effect list PROJECT

# an unknown option is reported once, not followed by a second complaint
$ sif param set k 1 --bogus x
? 64
! unknown option --bogus
$$ $SIF param set k 1 --bogus x 2>&1 | grep -c '^sif:'
>= 1
$ sif saving add P benefit 2016 100 --bogus
? 64
! unknown option --bogus
$$ $SIF saving add P benefit 2016 100 --bogus 2>&1 | grep -c '^sif:'
>= 1
$$ $SIF effect add P Namn --bogus 2>&1 | grep -c '^sif:'
>= 1

# getopt's complaints name the option, not a neighbouring argument
$ sif fund repay P 2016 -x
? 64
! unknown option -x
$ sif project add Q --name
? 64
! --name needs a value
$ sif unit add V --name Enhet --bogus
? 64
! unknown option --bogus

# cost add: "--" ends the options, a bad month is a bad month
$ sif cost add P R 2016 100 --month 13
? 64
! "13" is not a month
$ sif cost add P R 2016 -- 100
$ sif cost list P --json
> "total_ore":10000

# sif --help lists the commands in the order a user meets them, not the order they were added
$$ $SIF --help | awk '/^commands:/{on=1; next} on && /^  [a-z]/{printf "%s ", $1}'
>= init project unit role cost param index saving effect import target indicator result simulate rule scenario decision fund report template period log verify anchor key check demo user serve completion
