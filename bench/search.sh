#!/usr/bin/env bash
# Search speed: p50 / p95 / p99 of researcher-name and work-title searches on a benchmark corpus.
#
#   bench/search.sh                                   200,000 researchers, 1,000,000 works (the issue's corpus)
#   bench/search.sh --researchers 20000 --works 100000   a smaller corpus, when time is short
#
# Reuses bench/run.sh's corpora (bench/work/corpus-<researchers>-<works>, generated once with the jar's generate
# command). Two measurements per kind of query, each on the application's JSON API:
#   1. one client, requests one after another: the latency of a search itself;
#   2. wrk with 4 connections for 20 s: latency when several people search at once.
# Goal (issue 9): p95 <= 30 ms for researcher-name and work-title searches. Needs wrk, psql, curl, java.
set -euo pipefail
cd "$(dirname "$0")/.."

researchers=200000
works=1000000
requests=300
while [ $# -gt 0 ]; do
  case "$1" in
    --researchers) researchers=$2; shift 2 ;;
    --works) works=$2; shift 2 ;;
    --requests) requests=$2; shift 2 ;;
    *) echo "usage: bench/search.sh [--researchers N] [--works M] [--requests R]" >&2; exit 2 ;;
  esac
done
. bench/lib/setup.sh
bench_prepare wrk psql java curl
db_port=${SEARCH_BENCH_DB_PORT:-15497}
app_port=${SEARCH_BENCH_APP_PORT:-18097}
corpus_dir="$work/corpus-$researchers-$works"
results=$(results_path "search-$researchers-$works")
. bench/lib/app.sh

if [ ! -f "$corpus_dir/complete" ]; then
  rm -rf "$corpus_dir"
  mkdir -p "$corpus_dir"
  chmod o+x "$work" "$corpus_dir" 2>/dev/null || true
  echo "Generating $researchers researchers / $works works…" >&2
  started=$(date +%s)
  java -Xmx3g -jar "$jar" generate --researchers "$researchers" --works "$works" --seed 1 \
    --peerscope.database.embedded.data-dir="$corpus_dir/pgdata" --peerscope.database.embedded.port="$db_port" \
    --logging.level.root=warn >&2
  echo $(( $(date +%s) - started )) > "$corpus_dir/generate-seconds"
  touch "$corpus_dir/complete"
fi

# The search API is never kept by the page cache; rendering every page ahead (a core for a quarter of an hour at
# 1M works) would only compete with the searches measured.
start_bench_app "$corpus_dir/pgdata" "$work/search-app.log" --peerscope.page-cache.prerender=false

sql() {
  psql -h 127.0.0.1 -p "$db_port" -U postgres -d peerscope -Atc "$1"
}

# What people type, sampled in a fixed order (md5 of the id): runs on the same corpus time the same searches.
# Names: a family name; a full name in another word order; a name without its accents;
# a misspelled name (two letters swapped); an initial and a family name. Titles: two words of a title; a
# quoted phrase of three words; the start of a title as typed so far.
urlencode() {
  python3 -c 'import sys, urllib.parse
for line in sys.stdin:
    line = line.strip()
    if line:
        print(urllib.parse.quote(line))'
}
sql "select split_part(display_name, ' ', -1) from researchers order by md5(cast(id as text)) limit 400" | urlencode > "$work/q-family.txt"
sql "select split_part(display_name, ' ', -1) || ' ' || split_part(display_name, ' ', 1)
     from researchers order by md5(cast(id as text)) limit 400" | urlencode > "$work/q-reordered.txt"
sql "select search_normalize(display_name) from researchers where display_name <> search_normalize(display_name)
     limit 400" | urlencode > "$work/q-unaccented.txt"
sql "select regexp_replace(display_name, '(\w)(\w)(\w*)$', '\1\3\2') from researchers
     order by md5(cast(id as text)) limit 400" | urlencode > "$work/q-misspelled.txt"
sql "select left(display_name, 1) || '. ' || split_part(display_name, ' ', -1) from researchers
     order by md5(cast(id as text)) limit 400" | urlencode > "$work/q-initials.txt"
sql "select split_part(title, ' ', 2) || ' ' || split_part(title, ' ', 3) from works
     order by md5(cast(id as text)) limit 400" | urlencode > "$work/q-title-words.txt"
sql "select '\"' || split_part(title, ' ', 1) || ' ' || split_part(title, ' ', 2) || ' ' || split_part(title, ' ', 3)
     || '\"' from works order by md5(cast(id as text)) limit 400" | urlencode > "$work/q-title-phrase.txt"
sql "select left(title, 14) from works order by md5(cast(id as text)) limit 400" | urlencode > "$work/q-title-typed.txt"

# One client: prints "p50 p95 p99 max" in ms over the first $requests queries of a file.
sequential() {
  local keys=$1 template=$2
  head -n "$requests" "$keys" | while read -r key; do
    curl -s -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$app_port${template//\{key\}/$key}"
  done | sort -n | awk '{ t[NR] = $1 * 1000 } END {
      printf "%.1f %.1f %.1f %.1f", t[int(NR * 0.5) + 1], t[int(NR * 0.95) + 1], t[int(NR * 0.99) + 1], t[NR] }'
}

concurrent() {
  local keys=$1 template=$2
  wrk -t2 -c4 -d20s -s bench/lib/latency.lua "http://127.0.0.1:$app_port" -- "$keys" "$template" \
    | awk '/^LATENCY/ { printf "%.1f %.1f %.1f %d %d", $2, $3, $4, $5, $6 }'
}

row() {
  local name=$1 keys=$2 template=$3
  # Warm-up: JIT, connection pool, the database's cache.
  head -n 100 "$keys" | while read -r key; do
    curl -s -o /dev/null "http://127.0.0.1:$app_port${template//\{key\}/$key}"
  done
  read -r s50 s95 s99 smax <<< "$(sequential "$keys" "$template")"
  read -r c50 c95 c99 count errors <<< "$(concurrent "$keys" "$template")"
  printf '| %s | %s | **%s** | %s | %s | %s | **%s** | %s | %s | %s |\n' "$name" "$s50" "$s95" "$s99" "$smax" \
    "$c50" "$c95" "$c99" "$count" "$errors"
}

{
  echo "# Search benchmark $(date '+%F %H:%M') — $researchers researchers, $works works"
  echo
  echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start, $(java -version 2>&1 | head -1)."
  echo "One client: $requests searches one after another (after 100 for warm-up). Concurrent: wrk, 2 threads,"
  echo "4 connections, 20 s. Times in ms, measured by the client (HTTP included). Goal: p95 <= 30 ms."
  echo
  echo "| Search | 1 client p50 | p95 | p99 | max | 4 conn. p50 | p95 | p99 | requests | errors |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
} > "$results"
{
  row "name: family name" "$work/q-family.txt" "/api/search?kind=researchers&q={key}"
  row "name: reordered" "$work/q-reordered.txt" "/api/search?kind=researchers&q={key}"
  row "name: without accents" "$work/q-unaccented.txt" "/api/search?kind=researchers&q={key}"
  row "name: misspelled" "$work/q-misspelled.txt" "/api/search?kind=researchers&q={key}"
  row "name: initial + family name" "$work/q-initials.txt" "/api/search?kind=researchers&q={key}"
  row "title: two words" "$work/q-title-words.txt" "/api/search?kind=works&q={key}"
  row "title: quoted phrase" "$work/q-title-phrase.txt" "/api/search?kind=works&q={key}"
  row "all kinds, results page" "$work/q-family.txt" "/search?q={key}"
  row "suggestions as you type" "$work/q-title-typed.txt" "/search?suggest=1&q={key}"
} | tee -a "$results"
echo
echo "Results written to $results"
