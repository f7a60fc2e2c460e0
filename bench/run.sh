#!/bin/sh
# bench/run.sh — time sif's write and read paths (SPEC §10; issue 16).
#
#     bench/run.sh [ROWS ...]        default: 200000 1000000
#
# Builds Release into build-bench/, generates every input once (bench/data/, not in git) and
# runs each measurement on a fresh database. For each ROWS:
#
#   payments   `sif import payments` against the plain C baseline (bench/baseline.c): the
#              target is a ratio ≤ 1.1 at 1 000 000 rows, peak RSS the same at every size;
#   costs, exits, savings
#              `sif import` of ROWS rows into a ledger of 300 projects (8 roles each), and
#              the cost of a row beside a payment row's (target for costs: ≤ 4 ×);
#   floor      bench/cost_floor.c: SQLite alone writing the same cost rows into the same
#              ledger (its schema, triggers and indexes, one journal link a row, no checks and
#              no digests), beside a payment row and beside sif's cost import; then the same
#              without the journal link, without the ledger's three guards (foreign keys,
#              closed-year trigger, covering index) and without all four: what each costs;
#   verify, check
#              `sif verify` and `sif check` on the ledger the cost import left (ROWS cost
#              rows, each journaled), with the time per row: linear when it stays the same.
#
# Then `sif report` of one project on ledgers of 3 and 300 projects (8 roles × 10 years of
# costs each): target within 1.5 × (+ 0.02 s) of the 3-project time, memory flat.
#
# Each run is repeated RUNS times (default 3; the big imports once: RUNS_BIG, default 1);
# the best time counts, as usual for benchmarks on a shared machine. ONLY=payments,imports,
# report,verify limits the sections. CMAKE_ARGS adds -D options.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src=$(dirname "$here")
build=${BUILD:-$src/build-bench}
data=${DATA:-$here/data}
runs=${RUNS:-3}
only=${ONLY:-payments,imports,report,verify}
[ $# -gt 0 ] || set -- 200000 1000000

# shellcheck disable=SC2086 # CMAKE_ARGS: extra -D options, split on purpose
cmake -S "$src" -B "$build" -DCMAKE_BUILD_TYPE=Release -DSIF_BENCH=ON -DBUILD_TESTING=OFF ${CMAKE_ARGS:-} >/dev/null
cmake --build "$build" -j2 --target sif gen_payments gen_ledger bench_baseline cost_floor >/dev/null
mkdir -p "$data"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sif=$build/sif
gen=$build/bench/gen_ledger

want() { case ",$only," in *",$1,"*) return 0 ;; *) return 1 ;; esac; }

# timed N PREP COMMAND...: run PREP (a shell snippet making a fresh database) then COMMAND
# under /usr/bin/time, N times; the best wall seconds and its peak RSS (kB) into $best $rss
timed() {
    reps=$1 prep=$2
    shift 2
    best=""
    rss=""
    i=0
    while [ $i -lt "$reps" ]; do
        eval "$prep"
        st=0
        /usr/bin/time -v -o "$tmp/time" "$@" >/dev/null 2>&1 || st=$?
        [ "$st" -le 1 ] || { echo "bench: $* failed ($st)" >&2; exit 1; } # check: 1 = findings
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

# fresh DB [PROJECTS]: an empty ledger, or a copy of the portfolio of PROJECTS projects
fresh() {
    rm -f "$tmp/$1" "$tmp/$1-wal" "$tmp/$1-shm"
    if [ -n "${2:-}" ]; then
        cp "$tmp/portfolio-$2.db" "$tmp/$1"
    else
        "$sif" --db "$tmp/$1" init >/dev/null 2>&1
    fi
}

ratio() { awk "BEGIN { printf \"%.2f\", $1 / $2 }"; }
per_row() { awk "BEGIN { printf \"%.2f\", $1 * 1000000 / $2 }"; }

for p in 3 300; do
    rm -f "$tmp/portfolio-$p.db"*
    "$gen" setup "$tmp/portfolio-$p.db" "$p"
done

printf '%-9s %9s %9s %11s %9s %8s %10s %s\n' what rows sif_s us_per_row base_s ratio rss_kB baseline
for n in "$@"; do
    big=$runs
    [ "$n" -lt 500000 ] || big=${RUNS_BIG:-1}
    pay=""
    if want payments || want imports; then
        f="$data/payments-$n.csv"
        [ -s "$f" ] || "$build/bench/gen_payments" "$n" >"$f"
        timed "$big" 'rm -f "$tmp/base.db"*' "$build/bench/bench_baseline" "$f" "$tmp/base.db"
        tb=$best
        timed "$big" 'fresh sif.db' "$sif" --db "$tmp/sif.db" import payments "$f"
        pay=$best
        printf '%-9s %9s %9s %11s %9s %8s %10s %s\n' payments "$n" "$pay" "$(per_row "$pay" "$n")" \
            "$tb" "$(ratio "$pay" "$tb")" "$rss" "plain C program"
    fi
    if want imports || want verify; then
        for kind in costs exits savings; do
            [ "$kind" = costs ] || want imports || continue
            f="$data/$kind-$n.csv"
            [ -s "$f" ] || "$gen" "$kind" "$n" 300 >"$f"
            timed "$big" 'fresh import.db 300' "$sif" --db "$tmp/import.db" import "$kind" "$f"
            if want imports; then
                printf '%-9s %9s %9s %11s %9s %8s %10s %s\n' "$kind" "$n" "$best" \
                    "$(per_row "$best" "$n")" "${pay:--}" \
                    "$([ -n "$pay" ] && ratio "$best" "$pay" || echo -)" "$rss" "payments, same rows"
            fi
            [ "$kind" = costs ] || continue
            cp "$tmp/import.db" "$tmp/costs-$n.db"
            want imports || continue
            tc=$best
            timed "$big" 'fresh floor.db 300' "$build/bench/cost_floor" "$f" "$tmp/floor.db"
            printf '%-9s %9s %9s %11s %9s %8s %10s %s\n' floor "$n" "$best" \
                "$(per_row "$best" "$n")" "${pay:--}" \
                "$([ -n "$pay" ] && ratio "$best" "$pay" || echo -)" "$rss" "payments, same rows"
            printf '%-9s %9s %9s %11s %9s %8s %10s %s\n' costs "$n" "$tc" - "$best" \
                "$(ratio "$tc" "$best")" - "SQLite alone (floor), same rows"
            for without in journal "fk trigger index" "fk trigger index journal"; do
                # shellcheck disable=SC2086 # $without: the words, split on purpose
                timed "$big" 'fresh floor.db 300' "$build/bench/cost_floor" "$f" \
                    "$tmp/floor.db" $without
                printf '%-9s %9s %9s %11s %9s %8s %10s %s\n' floor- "$n" "$best" \
                    "$(per_row "$best" "$n")" "${pay:--}" \
                    "$([ -n "$pay" ] && ratio "$best" "$pay" || echo -)" "$rss" \
                    "payments; floor without: $without"
            done
        done
    fi
    if want verify; then
        for cmd in verify check; do
            timed "$big" ':' "$sif" --db "$tmp/costs-$n.db" "$cmd"
            printf '%-9s %9s %9s %11s %9s %8s %10s %s\n' "$cmd" "$n" "$best" \
                "$(per_row "$best" "$n")" - - "$rss" "per cost row"
        done
        rm -f "$tmp/costs-$n.db"*
    fi
done

if want report; then
    for p in 3 300; do
        f="$data/costs-portfolio-$p.csv"
        [ -s "$f" ] || "$gen" costs $((p * 80)) "$p" >"$f"
        cp "$tmp/portfolio-$p.db" "$tmp/report-$p.db"
        "$sif" --db "$tmp/report-$p.db" import costs "$f" >/dev/null
    done
    timed "$runs" 'rm -f "$tmp"/r3.*' "$sif" --db "$tmp/report-3.db" report P0001 \
        --xlsx "$tmp/r3.xlsx" --xml "$tmp/r3.xml"
    t3=$best
    printf '%-9s %9s %9s %11s %9s %8s %10s %s\n' report "3 proj" "$t3" - - - "$rss" ""
    timed "$runs" 'rm -f "$tmp"/r300.*' "$sif" --db "$tmp/report-300.db" report P0001 \
        --xlsx "$tmp/r300.xlsx" --xml "$tmp/r300.xml"
    printf '%-9s %9s %9s %11s %9s %8s %10s %s\n' report "300 proj" "$best" - "$t3" \
        "$(ratio "$best" "$t3")" "$rss" "3 projects (target ≤ 1.5 × + 0.02 s)"
fi
