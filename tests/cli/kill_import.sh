#!/bin/sh
# tests/cli/kill_import.sh — kill -9 a payments import partway, at several points, and
# check after each that the ledger verifies and holds either none of the file or all of it
# (a kill after COMMIT but before exit); then import it whole once more.
#
#     kill_import.sh SIF ROWS MB...      run in an initialised ledger folder (sif.db)
#
# "Partway" is made sure of: the kill comes when the write-ahead log has grown past MB
# megabytes, and the import's exit status must be 137 (killed), not 0. With sif's page cache
# larger than the file, the log grows only while the COMMIT writes it: the kills then land
# inside the commit. Each kill gets its own file (its first amount differs), so that a kill
# after a COMMIT does not make the next import a refused second import of the same file.
set -u
sif=$1 rows=$2
shift 2
# big TAG > FILE: the register, its first amount raised by TAG öre
big() {
    /usr/bin/python3 - "$rows" "$1" <<'PY'
import sys
n, tag = int(sys.argv[1]), int(sys.argv[2])
out = sys.stdout
out.write("hushall;manad;belopp;stadsomrade\r\n")
for i in range(n):
    ore = (1 + i % 9) * 100000 + (i % 1000) * 100 + i % 100 + (tag if i == 0 else 0)
    out.write("H%05d;%d-%02d;%d\u00a0%03d,%02d;Öster\r\n"
              % (i % 5000, 2014 + (i // 5000) % 4, i % 12 + 1, ore // 100000,
                 ore // 100 % 1000, ore % 100))
PY
}
count() { sqlite3 sif.db 'select count(*) from payment'; }
for mb in "$@"; do
    big "$mb" >big.csv
    before=$(count)
    sqlite3 sif.db 'PRAGMA wal_checkpoint(TRUNCATE)' >/dev/null
    "$sif" import payments big.csv >/dev/null 2>&1 &
    pid=$!
    while kill -0 "$pid" 2>/dev/null; do
        size=$(stat -c %s sif.db-wal 2>/dev/null || echo 0)
        [ "$size" -ge $((mb * 1048576)) ] && break
        sleep 0.005
    done
    kill -9 "$pid" 2>/dev/null
    wait "$pid"
    echo "killed at $mb MB: exit $?"
    "$sif" verify >/dev/null || { echo "verify failed after the kill at $mb MB"; exit 1; }

    after=$(count)
    if [ "$after" -eq "$before" ]; then
        echo "ledger as before"
    elif [ "$after" -eq $((before + rows)) ]; then
        echo "ledger with the whole file"
    else
        echo "PARTIAL: $before rows before, $after after"
        exit 1
    fi
done
big 0 >big.csv
before=$(count)
"$sif" import payments big.csv >/dev/null || exit 1
"$sif" verify >/dev/null || exit 1
echo "a whole import adds $(($(count) - before)) rows"
