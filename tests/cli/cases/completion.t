# sif completion bash: generated from the command table, so every command, subcommand and
# option a usage line names completes.
$$ $SIF completion bash > sif.bash && bash -n sif.bash
$$ bash -c '. ./sif.bash; COMP_WORDS=(sif co); COMP_CWORD=1; _sif; echo "${COMPREPLY[*]}"'
>= cost completion
$$ bash -c '. ./sif.bash; COMP_WORDS=(sif cost a); COMP_CWORD=2; _sif; echo "${COMPREPLY[*]}"'
>= add
$$ bash -c '. ./sif.bash; COMP_WORDS=(sif --db x.db cost add HFO --f); COMP_CWORD=6; _sif; echo "${COMPREPLY[*]}"'
>= --funding
$$ bash -c '. ./sif.bash; COMP_WORDS=(sif report HFO --x); COMP_CWORD=3; _sif; echo "${COMPREPLY[*]}"'
> --xlsx
$$ bash -c '. ./sif.bash; COMP_WORDS=(sif --lang ""); COMP_CWORD=2; _sif; echo "${COMPREPLY[*]}"'
>= sv en
# every command sif --help lists is in the script
$$ for c in $($SIF --lang en --help | awk '/^commands:/{on=1; next} on && /^  [a-z]/{print $1}'); do grep -q "^    $c)" sif.bash || echo "missing $c"; done; echo done
>= done
!> missing
# commands with subcommands complete them (index and key had none)
$$ bash -c '. ./sif.bash; COMP_WORDS=(sif index a); COMP_CWORD=2; _sif; echo "${COMPREPLY[*]}"'
>= add
$$ bash -c '. ./sif.bash; COMP_WORDS=(sif key e); COMP_CWORD=2; _sif; echo "${COMPREPLY[*]}"'
>= enable
$ sif completion zsh
? 64
