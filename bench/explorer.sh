#!/usr/bin/env bash
# Explorer speed in a browser: how soon the research-graph explorer is interactive, on its first slice and grown to
# about 200 nodes by expanding nodes (issue 8: interactive within 1 s on a slice of 200 nodes).
#
#   bench/explorer.sh                  the 200,000-researcher / 1,000,000-work corpus of bench/run.sh
#   bench/explorer.sh --quick          2,000 researchers, 10,000 works
#
# Needs: Debian's chromium, node and npm (playwright-core is installed under bench/work on first use), psql, curl,
# java. Opens the explorer of the 10 most cited researchers in headless Chromium (lib/explorer.mjs) and times
# navigation -> first slice drawn, then each click -> its slice fetched, laid out and painted while the graph grows
# to 200 nodes. Results: bench/results/<date>-explorer-<works>.md.
set -euo pipefail
cd "$(dirname "$0")/.."

researchers=200000
works=1000000
if [ "${1:-}" = "--quick" ]; then
  researchers=2000
  works=10000
fi
. bench/lib/setup.sh
bench_prepare chromium node npm psql curl java
db_port=${EXPLORER_BENCH_DB_PORT:-15497}
app_port=${EXPLORER_BENCH_APP_PORT:-18097}
corpus_dir="$work/corpus-$researchers-$works"
results=$(results_path "explorer-$works")
[ -f "$corpus_dir/complete" ] || { echo "no corpus in $corpus_dir: run bench/run.sh (or bench/search.sh) first" >&2; exit 2; }
if [ ! -d "$work/node_modules/playwright-core" ]; then
  npm install --silent --prefix "$work" playwright-core@1 >&2
fi

. bench/lib/app.sh
start_bench_app "$corpus_dir/pgdata" "$work/explorer-app.log"
psql -h 127.0.0.1 -p "$db_port" -U postgres -d peerscope -Atc "select r.public_key from researchers r
  join researcher_metrics m on m.researcher_id = r.id order by m.cited_by_count desc, r.id limit 20" > "$work/explorer-keys.txt"

explorer() {
  PLAYWRIGHT_CORE_DIR="$PWD/$work/node_modules" node bench/lib/explorer.mjs "http://127.0.0.1:$app_port" \
    "$work/explorer-keys.txt" "$@"
}
# A first pass warms the JIT and the database; the next two are measured: the default slice (10 neighbours of each
# kind) grown by clicks, and a first slice of up to 50 of each kind, about 200 nodes at once.
explorer 3 200 > /dev/null
output=$(explorer 10 200)
echo "$output" >&2
wide=$(explorer 10 0 '?limit=50')
echo "$wide" >&2
read -r first50 first95 first_n first_nodes <<< "$(echo "$output" | awk '/^FIRST/ { print $3, $5, $7, $9 }')"
read -r large50 large95 large_n <<< "$(echo "$output" | awk '/^LARGE/ { print $3, $5, $7 }')"
read -r wide50 wide95 wide_n wide_nodes <<< "$(echo "$wide" | awk '/^FIRST/ { print $3, $5, $7, $9 }')"
{
  echo "# Explorer benchmark $(date '+%F %H:%M') — $researchers researchers, $works works"
  echo
  echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end, $(chromium --version 2>/dev/null | head -1)."
  echo "The explorers of the 10 most cited researchers, in headless Chromium (1280×900), after a warm-up pass over 3."
  echo "Goal: interactive within 1 s on a slice of 200 nodes."
  echo
  echo "| Measure | p50 ms | p95 ms | samples |"
  echo "|---|---:|---:|---:|"
  echo "| navigation → first slice ($first_nodes nodes) drawn and interactive | $first50 | $first95 | $first_n |"
  echo "| click → slice fetched, laid out and painted, graph at 160-200+ nodes | $large50 | $large95 | $large_n |"
  echo "| navigation → first slice with ?limit=50 ($wide_nodes nodes) drawn and interactive | $wide50 | $wide95 | $wide_n |"
  echo
  echo '```'
  echo "$output" | grep '^RUN'
  echo '```'
} > "$results"
cat "$results"
echo "Results written to $results"
