# Attack 10 (issue 11): a clock override in the shipped binary backdates rows, and a user or
# file name with a newline or an escape sequence forges a line of `sif log`.
$ sif init
# the shipped sif ignores SIF_NOW (the run sets it to 2023-11-14; this says the year 2000)
$$ SIF_NOW=946684800 $SIF_SHIPPED unit add A --name "a"
$ sif log --json
!> 2000-01-01
!> 2023-11-14T22:13:20Z","user":"test","action":"add","table":"unit"
# the test binary keeps its fixed time
$$ SIF_NOW=946684800 $SIF unit add B --name "b"
$ sif log --json
> 2000-01-01T00:00:00Z
# a user name with a newline is printed escaped: no line of its own
$$ SIF_USER="$(printf 'x\nforged line')" $SIF unit add C --name "c"
$ sif log
> x\nforged line
$$ $SIF log | grep -c '^forged line'
? 1
>= 0
# an escape sequence in a name is shown, not run
$$ SIF_USER="$(printf 'y\033[2Kz')" $SIF unit add D --name "d"
$ sif log
> y\x1b[2Kz
$ sif unit add E --name "$(printf 'a\rb')"
$$ $SIF unit list | grep -c "$(printf '\r')"
? 1
>= 0
# a file name with a newline cannot forge a line either (log and messages)
<<< c.csv
projekt;roll;år;belopp
>>>
$$ cp c.csv "$(printf 'c\nforged.csv')" && $SIF import costs "$(printf 'c\nforged.csv')" 2>err; grep -c '^forged' err
? 1
>= 0
$$ grep -c 'c\\nforged.csv' err
>= 3
