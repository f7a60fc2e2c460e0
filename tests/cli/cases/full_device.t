# Writing a workbook to a full device (issue 15): sif says so itself, in the chosen language,
# with exit 74, and libxlsxwriter's own "[ERROR][./src/packager.c:...]" lines do not reach
# stderr. A file size limit (ulimit -f, SIGXFSZ ignored) makes every write past 8 KiB fail
# with EFBIG, as a full disk does; the ledger is in rollback-journal mode so that reading it
# writes nothing.
$ sif demo --out d
$$ sqlite3 d/sif.db 'PRAGMA journal_mode=DELETE' >/dev/null
$$ (trap '' XFSZ; ulimit -f 8; $SIF --db d/sif.db report HFO --xlsx full.xlsx; echo "exit $?") 2>&1
> exit 74
> full.xlsx: skriva arbetsboken: kunde inte skriva filen: disken kan vara full
!> [ERROR]
!> packager
!> Zip
$$ (trap '' XFSZ; ulimit -f 8; $SIF --lang en --db d/sif.db template costs HFO --xlsx t.xlsx; echo "exit $?") 2>&1
> exit 74
> t.xlsx: writing the workbook: could not write the file: the disk may be full
!> [ERROR]
# nothing is left behind: neither the file nor libxlsxwriter's temporary file beside it
$$ ls -A
!> full.xlsx
!> t.xlsx
!> .sif-
