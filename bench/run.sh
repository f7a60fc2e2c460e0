#!/bin/sh
# bench/run.sh — time `sif import payments` against the plain C baseline (SPEC §10).
#
#     bench/run.sh [ROWS ...]        default: 100000 1000000
#
# Builds Release into build-bench/, generates each register once (bench/data/, not in git),
# runs the baseline and sif on a fresh database each, and prints wall time, the ratio
# sif/baseline and peak RSS (/usr/bin/time -v). The target: ratio ≤ 1.1 at 1 000 000 rows,
# peak RSS the same at every size. Each run is repeated RUNS times (default 3); the best
# time counts, as usual for benchmarks on a shared machine. CMAKE_ARGS adds -D options.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src=$(dirname "$here")
build=${BUILD:-$src/build-bench}
data=${DATA:-$here/data}
runs=${RUNS:-3}
[ $# -gt 0 ] || set -- 100000 1000000

# shellcheck disable=SC2086 # CMAKE_ARGS: extra -D options, split on purpose
cmake -S "$src" -B "$build" -DCMAKE_BUILD_TYPE=Release -DSIF_BENCH=ON -DBUILD_TESTING=OFF ${CMAKE_ARGS:-} >/dev/null
cmake --build "$build" -j2 --target sif gen_payments bench_baseline >/dev/null
mkdir -p "$data"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# measure NAME COMMAND...: best wall seconds and its peak RSS (kB) into $best $rss
measure() {
    best=""
    rss=""
    i=0
    while [ $i -lt "$runs" ]; do
        rm -f "$tmp"/*.db "$tmp"/*.db-wal "$tmp"/*.db-shm
        if [ "$1" = sif ]; then
            "$build/sif" --db "$tmp/sif.db" init >/dev/null 2>&1
            /usr/bin/time -v -o "$tmp/time" "$build/sif" --db "$tmp/sif.db" import payments "$2" \
                >/dev/null
        else
            /usr/bin/time -v -o "$tmp/time" "$build/bench/bench_baseline" "$2" "$tmp/base.db" >/dev/null
        fi
        t=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, a, ":"); s = 0;
                for (k = 1; k <= n; k++) s = s * 60 + a[k]; print s }' "$tmp/time")
        r=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$tmp/time")
        if [ -z "$best" ] || awk "BEGIN { exit !($t < $best) }"; then
            best=$t
            rss=$r
        fi
        i=$((i + 1))
    done
}

printf '%10s %12s %12s %7s %14s %14s\n' rows baseline_s sif_s ratio baseline_rss_kB sif_rss_kB
for n in "$@"; do
    f="$data/payments-$n.csv"
    [ -s "$f" ] || "$build/bench/gen_payments" "$n" >"$f"
    measure baseline "$f"
    tb=$best rb=$rss
    measure sif "$f"
    ts=$best rs=$rss
    printf '%10s %12s %12s %7s %14s %14s\n' "$n" "$tb" "$ts" \
        "$(awk "BEGIN { printf \"%.3f\", $ts / $tb }")" "$rb" "$rs"
done
