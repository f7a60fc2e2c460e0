#!/bin/sh
# bench/serve.sh — sif serve under load (SPEC §15): the project page of a 300-project ledger
# under 20 concurrent clients, median and p99 latency (wrk --latency), and the server's
# memory (VmRSS) before and after at least REQUESTS more requests of a light page that goes
# the same way (session, the user from the ledger, the ledger opened, a page rendered: a
# controller's cost form), since the project page of this ledger takes tens of milliseconds
# of CPU each. Not a test: run it by hand.
#
#     bench/serve.sh [PROJECTS] [REQUESTS]        default: 300 100000
#
# Builds Release into build-bench/, makes the ledger (gen_ledger: 8 roles and 80 costs a
# project, 4 savings a project), logs in once, and aims every client at one project page
# with that session. Needs wrk (Debian: apt-get install wrk).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src=$(dirname "$here")
build=${BUILD:-$src/build-bench}
projects=${1:-300}
requests=${2:-100000}
conns=${CONNS:-20}
command -v wrk >/dev/null || { echo "bench/serve.sh: needs wrk (apt-get install wrk)" >&2; exit 1; }
# shellcheck disable=SC2086 # CMAKE_ARGS: extra -D options, split on purpose
cmake -S "$src" -B "$build" -DCMAKE_BUILD_TYPE=Release -DSIF_BENCH=ON -DBUILD_TESTING=OFF ${CMAKE_ARGS:-} >/dev/null
cmake --build "$build" -j2 --target sif gen_ledger >/dev/null
tmp=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$tmp"' EXIT
db="$tmp/sif.db"
sif="$build/sif"
"$build/bench/gen_ledger" setup "$db" "$projects"
"$build/bench/gen_ledger" costs $((projects * 80)) "$projects" >"$tmp/costs.csv"
"$build/bench/gen_ledger" savings $((projects * 4)) "$projects" >"$tmp/savings.csv"
"$sif" --db "$db" import costs "$tmp/costs.csv" >/dev/null
"$sif" --db "$db" import savings "$tmp/savings.csv" >/dev/null
page=$(printf '/projects/P%04d' $((projects / 2)))
echo "bench password 1" | "$sif" --db "$db" user add bench --role committee --password-stdin
echo "bench password 2" | "$sif" --db "$db" user add benchc --role controller \
    --projects "${page#/projects/}" --password-stdin
"$sif" --db "$db" serve --listen 127.0.0.1:0 2>"$tmp/serve.log" &
pid=$!
port=""
for _ in $(seq 50); do
    port=$(sed -n 's|.*http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$tmp/serve.log")
    [ -n "$port" ] && break
    sleep 0.1
done
[ -n "$port" ] || { cat "$tmp/serve.log" >&2; exit 1; }
base="http://127.0.0.1:$port"
# login USER PASSWORD: prints the session id
login() {
    rm -f "$tmp/jar"
    curl -s -c "$tmp/jar" "$base/login" >"$tmp/login.html"
    token=$(sed -n 's/.*name="csrf" value="\([0-9a-f]*\)".*/\1/p' "$tmp/login.html")
    curl -s -b "$tmp/jar" -c "$tmp/jar" -o /dev/null --data-urlencode "user=$1" \
        --data-urlencode "password=$2" --data-urlencode "csrf=$token" "$base/login"
    awk '$6 == "sif_session" { print $7 }' "$tmp/jar"
}
session=$(login bench "bench password 1")
csession=$(login benchc "bench password 2")
code=$(curl -s -o "$tmp/page.html" -w '%{http_code}' -H "Cookie: sif_session=$session" "$base$page")
[ "$code" = 200 ] || { echo "bench/serve.sh: $page answered $code" >&2; exit 1; }
echo "page $page: $(wc -c <"$tmp/page.html") bytes, $projects projects, $conns clients"
rss() { awk '/^VmRSS/ { print $2 }' "/proc/$pid/status"; }
# warm up, then measure latency; then run until REQUESTS were served, watching memory
wrk -t2 -c"$conns" -d3s -H "Cookie: sif_session=$session" "$base$page" >/dev/null
rss0=$(rss)
wrk -t2 -c"$conns" -d20s --latency -H "Cookie: sif_session=$session" "$base$page" >"$tmp/wrk.txt"
sed -n '/Latency Distribution/,/requests in/p' "$tmp/wrk.txt"
grep -E 'Requests/sec' "$tmp/wrk.txt"
rss1=$(rss)
light="$page/costs/new"
code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: sif_session=$csession" "$base$light")
[ "$code" = 200 ] || { echo "bench/serve.sh: $light answered $code" >&2; exit 1; }
done_n=0
while [ "$done_n" -lt "$requests" ]; do
    wrk -t2 -c"$conns" -d15s -H "Cookie: sif_session=$csession" "$base$light" >"$tmp/wrk.txt"
    done_n=$((done_n + $(awk '/requests in/ { print $1 }' "$tmp/wrk.txt")))
    echo "  $light: $done_n requests, $(awk '/Requests\/sec/ { print $2 }' "$tmp/wrk.txt") req/s, VmRSS $(rss) kB"
done
echo "VmRSS: after warm-up ${rss0} kB, after the latency run ${rss1} kB, after $done_n more requests $(rss) kB"
