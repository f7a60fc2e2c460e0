# sif user add|list|disable: roles, projects, passwords from stdin, append-only rows (SPEC §15).
$ sif init
$ sif unit add EKB --name "Enhet ekonomiskt bistånd"
$ sif project add HFO --name "Hela Familjen Öster"
$$ echo "hemligt lösen 1" | $SIF user add anna --role controller --projects HFO --password-stdin
$$ echo "hemligt lösen 2" | $SIF user add bo --role committee --password-stdin
$$ echo "hemligt lösen 2" | $SIF user add anna --role committee --password-stdin
? 65
! användaren anna finns redan
$$ echo "kort" | $SIF user add cia --role auditor --password-stdin
? 65
! ett lösenord behöver minst 10 tecken
$$ echo "hemligt lösen 3" | $SIF user add cia --role controller --password-stdin
? 64
! en controller behöver sina projekt
$$ echo "hemligt lösen 3" | $SIF user add cia --role controller --projects HFO,XYZ --password-stdin
? 66
! inget projekt XYZ
$$ echo "hemligt lösen 3" | $SIF user add cia --role chef --password-stdin
? 64
! rollen "chef" är inte controller, administrator, committee eller auditor
$ sif user add cia --role auditor
? 64
! --password-stdin
$$ echo "hemligt lösen 3" | $SIF user add "c ia" --role auditor --password-stdin
? 65
! innehåller ett blanksteg eller ett kommatecken
$ sif user disable bo
$ sif user disable bo
? 65
! användaren bo är redan inaktiverad
$ sif user disable nobody
? 66
$ sif user list --json
> {"name":"anna","role":"controller","projects":["HFO"],"disabled":false,"by":"test"
> {"name":"bo","role":"committee","projects":[],"disabled":true
$ sif user list
> avstängd
# the password itself is nowhere in the file, only its Argon2id hash
$$ sqlite3 sif.db "SELECT hash FROM web_user WHERE name = 'anna'"
> $argon2id$v=19$m=19456,t=2,p=1$
$$ grep -c "hemligt lösen" sif.db
> 0
? 1
# disabling is a new row, and the rows are append-only and journaled
$$ sqlite3 sif.db "SELECT count(*) FROM web_user WHERE name = 'bo'"
> 2
$$ sqlite3 sif.db "UPDATE web_user SET role = 'administrator' WHERE name = 'bo'"
? 19
! append-only
$ sif log --table web_user
> spärrade användare 3
$ sif verify
> ok
