#!/usr/bin/env bash
# The research graph's slice API under load, against GET /ping in the same run.
#
#   bench/graph.sh                      1M-works corpus (200,000 researchers), 20 s per endpoint
#   bench/graph.sh --quick              10k-works corpus (2,000 researchers), 10 s per endpoint
#   bench/graph.sh RESEARCHERS WORKS    any size
#
# Corpora are shared with bench/run.sh (bench/work/corpus-R-W). Needs the packaged jar, wrk, psql.
# Goal (issue 8): slice API p95 <= 50 ms on the 1M-works corpus. Each endpoint is loaded twice: with 4 connections
# (latency as a few visitors at a time see it) and with 32 (throughput against the ceiling; on 2 cores, 32 requests
# at once mostly measure the queue).
set -euo pipefail
cd "$(dirname "$0")/.."

researchers=200000
works=1000000
duration=20
warm_up_rounds=10
connections=32
light_connections=4
case "${1:-}" in
  --quick) researchers=2000; works=10000; duration=10; warm_up_rounds=4 ;;
  "") ;;
  *) researchers=$1; works=${2:?usage: bench/graph.sh [--quick | RESEARCHERS WORKS]} ;;
esac

. bench/lib/setup.sh
bench_prepare wrk psql java curl
db_port=15491
app_port=18081
results=$(results_path "graph-$works")
. bench/lib/app.sh
. bench/lib/warm-up.sh

dir="$work/corpus-$researchers-$works"
if [ ! -f "$dir/pgdata/PG_VERSION" ] || [ ! -f "$dir/complete" ]; then
  rm -rf "$dir"
  mkdir -p "$dir"
  chmod o+x "$work" "$dir" 2>/dev/null || true
  echo "Generating $researchers researchers / $works works…" >&2
  started=$(date +%s)
  java -Xmx2g -jar "$jar" generate --researchers "$researchers" --works "$works" --seed 1 \
    --peerscope.database.embedded.data-dir="$dir/pgdata" --peerscope.database.embedded.port=$db_port \
    --logging.level.root=warn --logging.level.org.peerscope.graph=info >&2
  echo $(( $(date +%s) - started )) > "$dir/generate-seconds"
  touch "$dir/complete"
fi

# What is measured is the slice's own work: every request computes it, as for a signed-in visitor (a cookie keeps
# it out of the page cache, which the bench/run.sh row "graph slice API" measures), and no page is rendered ahead
# meanwhile (a core's work for a quarter of an hour at 1M works).
start_bench_app "$dir/pgdata" "$work/graph-app.log" --peerscope.page-cache.prerender=false
uncached="Cookie: bench=uncached"

sql() {
  psql -h 127.0.0.1 -p $db_port -U postgres -d peerscope -Atc "$1"
}
# Keys most cited first (the load favours the head, as real traffic does).
sql "select r.public_key from researchers r join researcher_metrics m on m.researcher_id = r.id
     order by m.cited_by_count desc, r.id" > "$work/graph-researchers.txt"
sql "select public_key from works order by cited_by_count desc, id limit 200000" > "$work/graph-works.txt"
sql "select public_key from topics order by id" > "$work/graph-topics.txt"
sql "select public_key from institutions order by id" > "$work/graph-institutions.txt"
head -1 "$work/graph-researchers.txt" > "$work/graph-one.txt"
read -r warm_rounds warm_seconds warm_rate <<< "$(bench_warm_up "$warm_up_rounds" 6 \
  "$work/graph-researchers.txt" "/api/graph/researchers/{key}" \
  "$work/graph-researchers.txt" "/api/graph/researchers/{key}?depth=2" "$work/graph-works.txt" "/api/graph/works/{key}" \
  "$work/graph-topics.txt" "/api/graph/topics/{key}" "$work/graph-institutions.txt" "/api/graph/institutions/{key}" \
  "$work/graph-researchers.txt" "/researchers/{key}/graph" "$work/graph-one.txt" "/ping")"

# Prints "rps p50 p90 p95 p99 errors" for one endpoint at the given number of connections.
load_with() {
  local clients=$1 keys=$2 path=$3
  wrk -t2 -c$clients -d${duration}s -H "$uncached" -s bench/lib/percentiles.lua "http://127.0.0.1:$app_port" \
    -- "$keys" "$path" | awk '/^SUMMARY/ { print $2, $3, $4, $5, $6, $7 }'
}

# Prints the light load's "p50 p95 p99 errors", then the full load's "rps p50 p90 p95 p99 errors".
load() {
  local keys=$1 path=$2 light
  wrk -t2 -c8 -d5s -H "$uncached" -s bench/lib/percentiles.lua "http://127.0.0.1:$app_port" -- "$keys" "$path" \
    > /dev/null
  read -r _ lp50 _ lp95 lp99 lerrors <<< "$(load_with $light_connections "$keys" "$path")"
  echo "$lp50 $lp95 $lp99 $lerrors $(load_with $connections "$keys" "$path")"
}

ceiling=""
row() {
  local name=$1 measured=$2
  read -r lp50 lp95 lp99 lerrors rps p50 p90 p95 p99 errors <<< "$measured"
  [ -n "$ceiling" ] || ceiling=$rps
  local ratio
  ratio=$(awk -v a="$rps" -v b="$ceiling" 'BEGIN { printf "%.0f%%", (b > 0 ? 100 * a / b : 0) }')
  printf '| %s | %s | **%s** | %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$lp50" "$lp95" "$lp99" \
    "$rps" "$p50" "$p95" "$p99" "$(( lerrors + errors ))" "$ratio"
}

{
  echo "# Graph slice API $(date +%F): $works works, $researchers researchers"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB memory, $(java -version 2>&1 | head -1)."
  echo "Load: wrk, 2 threads, ${duration} s per endpoint with $light_connections connections, then ${duration} s with"
  echo "$connections, after a 5 s warm-up; keys drawn with a heavy-tailed bias towards the most cited. 'of ceiling' is"
  echo "throughput over GET /ping in the same run, at $connections connections. Every request computes its slice: a"
  echo "cookie keeps it out of the page cache, and no page is rendered ahead meanwhile."
  echo "JIT warm-up first (bench/lib/warm-up.sh): $warm_rounds rounds of every endpoint ($warm_seconds s), the last with the"
  echo "researcher slice at $warm_rate req/s with the page cache bypassed."
  [ -f "$dir/generate-seconds" ] && echo "Corpus generation (including metrics and graph neighbours): $(cat "$dir/generate-seconds") s."
  echo
  echo "| Endpoint | $light_connections conn. p50 ms | p95 | p99 | $connections conn. req/s | p50 ms | p95 | p99 | errors | of ceiling |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
} > "$results"

{
  row "ceiling: GET /ping" "$(load "$work/graph-one.txt" "/ping")"
  row "researcher slice, depth 1" "$(load "$work/graph-researchers.txt" "/api/graph/researchers/{key}")"
  row "researcher slice, depth 2" "$(load "$work/graph-researchers.txt" "/api/graph/researchers/{key}?depth=2")"
  row "researcher slice, depth 2, limit 50" \
    "$(load "$work/graph-researchers.txt" "/api/graph/researchers/{key}?depth=2&limit=50")"
  row "work slice, depth 1" "$(load "$work/graph-works.txt" "/api/graph/works/{key}")"
  row "topic slice, depth 1" "$(load "$work/graph-topics.txt" "/api/graph/topics/{key}")"
  row "institution slice, depth 1" "$(load "$work/graph-institutions.txt" "/api/graph/institutions/{key}")"
  row "explorer page" "$(load "$work/graph-researchers.txt" "/researchers/{key}/graph")"
} | tee -a "$results"

echo
echo "Results written to $results"
