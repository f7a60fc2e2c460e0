#!/bin/sh
# bench/simulate.sh — time `sif simulate` on the reference case (SPEC §13: 10 000 runs in
# about a second). Not a test: run it by hand.
#
#     bench/simulate.sh [RUNS ...]        default: 10000 100000
#
# Builds Release into build-bench/, builds the demo ledger once, and prints the best wall
# time of REPEAT (default 3) runs per size.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src=$(dirname "$here")
build=${BUILD:-$src/build-bench}
repeat=${REPEAT:-3}
[ $# -gt 0 ] || set -- 10000 100000
cmake -S "$src" -B "$build" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build "$build" -j2 --target sif >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$build/sif" demo --out "$tmp/demo" >/dev/null 2>&1
for n in "$@"; do
    best=""
    i=0
    while [ $i -lt "$repeat" ]; do
        s=$(date +%s%N)
        "$build/sif" --db "$tmp/demo/sif.db" simulate HFO --runs "$n" --json >/dev/null
        e=$(date +%s%N)
        t=$(( (e - s) / 1000000 ))
        if [ -z "$best" ] || [ "$t" -lt "$best" ]; then best=$t; fi
        i=$((i + 1))
    done
    printf 'simulate HFO --runs %s: %s ms (best of %s)\n' "$n" "$best" "$repeat"
done
