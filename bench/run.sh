#!/usr/bin/env bash
# Peerscope's benchmark: one command, one table.
#
#   bench/run.sh            full run: a 10k-works and a 1M-works corpus, 30 s of load per page
#   bench/run.sh --quick    10k-works corpus only, 10 s per page (a few minutes)
#   bench/run.sh --large    1M-works corpus only, 30 s per page (no scale ratio, no cold start)
#   bench/run.sh --smoke    1k-works corpus, 2 s per page: proves the harness runs end to end (BenchSmokeIT); fails
#                           on any error or missing page. Its table goes to bench/work, not bench/results.
#
# Needs: the packaged jar (built if missing), wrk, psql (postgresql-client). See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=full
duration=30
connections=32
warm_up_rounds=10
warm_up_slice=6
settle_rounds=6
settle_slice=10
case "${1:-}" in
  --quick) mode=quick; duration=10; warm_up_rounds=4; warm_up_slice=4; settle_rounds=3; settle_slice=5 ;;
  --large) mode=large ;;
  --smoke) mode=smoke; duration=2; warm_up_rounds=1; warm_up_slice=1; settle_rounds=1; settle_slice=1 ;;
  "") ;;
  *) echo "usage: bench/run.sh [--quick | --large | --smoke]" >&2; exit 2 ;;
esac

. bench/lib/setup.sh
bench_prepare wrk psql java
db_port=${BENCH_DB_PORT:-15490}
app_port=${BENCH_APP_PORT:-18080}
if [ "$mode" = smoke ]; then
  results="$work/smoke.md"
else
  results=$(results_path "$mode")
fi
. bench/lib/app.sh
. bench/lib/warm-up.sh
. bench/lib/page-cache.sh

# A corpus is generated once per size and seed and kept under bench/work for later runs.
corpus() {
  local researchers=$1 works=$2
  local dir="$work/corpus-$researchers-$works/pgdata"
  if [ ! -f "$dir/PG_VERSION" ] || [ ! -f "$work/corpus-$researchers-$works/complete" ]; then
    rm -rf "$work/corpus-$researchers-$works"
    mkdir -p "$work/corpus-$researchers-$works"
    chmod o+x "$work" "$work/corpus-$researchers-$works" 2>/dev/null || true
    echo "Generating $researchers researchers / $works works…" >&2
    local started=$(date +%s)
    java -Xmx2g -jar "$jar" generate --researchers "$researchers" --works "$works" --seed 1 \
      --peerscope.database.embedded.data-dir="$dir" --peerscope.database.embedded.port=$db_port \
      --logging.level.root=warn >&2
    echo $(( $(date +%s) - started )) > "$work/corpus-$researchers-$works/generate-seconds"
    schema_version > "$work/corpus-$researchers-$works/schema"
    touch "$work/corpus-$researchers-$works/complete"
  elif [ "$(schema_version)" != "$(cat "$work/corpus-$researchers-$works/schema" 2>/dev/null)" ]; then
    # A kept corpus from an older build: migrate it and fill what new features derive from it.
    echo "Migrating the kept corpus and recomputing derived figures…" >&2
    java -Xmx2g -jar "$jar" recompute \
      --peerscope.database.embedded.data-dir="$dir" --peerscope.database.embedded.port=$db_port \
      --logging.level.root=warn >&2
    schema_version > "$work/corpus-$researchers-$works/schema"
  fi
  echo "$dir"
}

schema_version() {
  ls src/main/resources/db/migration | sort | md5sum | cut -d' ' -f1
}

sql() {
  psql -h 127.0.0.1 -p $db_port -U postgres -d peerscope -Atc "$1"
}

export_keys() {
  sql "select r.public_key from researchers r join researcher_metrics m on m.researcher_id = r.id
       order by m.cited_by_count desc, r.id" > "$work/researchers.txt"
  sql "select public_key from works order by cited_by_count desc, id limit 200000" > "$work/works.txt"
  sql "select r.public_key from researchers r join researcher_metrics m on m.researcher_id = r.id
       where m.works_count >= 200 order by m.cited_by_count desc" > "$work/prolific.txt"
  [ -s "$work/prolific.txt" ] || sql "select r.public_key from researchers r join researcher_metrics m
       on m.researcher_id = r.id order by m.works_count desc limit 50" > "$work/prolific.txt"
  # What people type: family names, given + family, and title words.
  sql "(select split_part(display_name, ' ', -1) from researchers order by id limit 3000)
       union all (select replace(display_name, ' ', '+') from researchers order by id desc limit 2000)
       union all (select split_part(title, ' ', 2) || '+' || split_part(title, ' ', 3) from works
                  order by id limit 3000)" | sed 's/ /+/g' > "$work/queries.txt"
}

# Runs one page under load, with an optional request header; prints "rps p50 p90 p99 errors hits", or "n/a" when
# the page does not exist. Before the measured run the page is loaded the same way until its rate settles
# (bench_settle), so that the page cache holds what a server under this traffic keeps; "hits" is the share of the
# measured run's requests the page cache answered.
load() {
  local keys=$1 path=$2 header=${3:-} probe
  probe=$(head -1 "$keys")
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$app_port${path//\{key\}/$probe}")
  if [ "$status" != 200 ]; then
    echo "n/a"
    return
  fi
  bench_settle "$settle_rounds" "$settle_slice" "$keys" "$path" "$header" > /dev/null
  local before after measured
  before=$(page_cache_counts)
  measured=$(wrk -t2 -c$connections -d${duration}s --latency ${header:+-H "$header"} -s bench/lib/keys.lua \
    "http://127.0.0.1:$app_port" -- "$keys" "$path" | awk -f bench/lib/wrk-row.awk)
  after=$(page_cache_counts)
  echo "$measured $(page_cache_share "$before" "$after")"
}

row() {
  local name=$1 measured=$2 ceiling=$3
  if [ "$measured" = "n/a" ]; then
    printf '| %s | n/a | | | | | | |\n' "$name"
    return
  fi
  read -r rps p50 p90 p99 errors hits <<< "$measured"
  local ratio
  ratio=$(awk -v a="$rps" -v b="$ceiling" 'BEGIN { printf "%.0f%%", (b > 0 ? 100 * a / b : 0) }')
  printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$rps" "$p50" "$p90" "$p99" "$errors" "$ratio" "$hits"
}

measure_pages() {
  local label=$1
  echo "### $label"
  echo
  echo "| Page | req/s | p50 ms | p90 ms | p99 ms | errors | of ceiling | page cache hits |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  echo "$(head -1 "$work/researchers.txt")" > "$work/one.txt"
  local ceiling
  ceiling=$(load "$work/one.txt" "/ping")
  local ceiling_rps=${ceiling%% *}
  row "ceiling: GET /ping" "$ceiling" "$ceiling_rps"
  researcher=$(load "$work/researchers.txt" "/researchers/{key}")
  row "researcher page" "$researcher" "$ceiling_rps"
  row "researcher page, gzip as browsers ask" \
    "$(load "$work/researchers.txt" "/researchers/{key}" "Accept-Encoding: gzip")" "$ceiling_rps"
  row "work page" "$(load "$work/works.txt" "/works/{key}")" "$ceiling_rps"
  row "works list, page 10" "$(load "$work/prolific.txt" "/researchers/{key}?page=10")" "$ceiling_rps"
  row "search" "$(load "$work/queries.txt" "/search?q={key}")" "$ceiling_rps"
  row "graph slice API" "$(load "$work/researchers.txt" "/api/graph/researchers/{key}")" "$ceiling_rps"
}

# The researcher page rendered on every request (the page cache off): what a first visit or a signed-in user costs.
# Run on an application started with the cache off, after measure_pages (whose ceiling it reuses).
measure_uncached() {
  local ceiling_rps
  ceiling_rps=$(awk -F'|' '$2 == " ceiling: GET /ping " { gsub(/ /, "", $3); print $3 }' "$results" | tail -1)
  row "researcher page, page cache off" "$(load "$work/researchers.txt" "/researchers/{key}")" "$ceiling_rps"
  echo
}

# The p50 of a page's row in the last table of the results.
p50_of() {
  awk -F'|' -v page=" $1 " '$2 == page { gsub(/ /, "", $4); print $4 }' "$results" | tail -1
}

# Warms the running application up; notes the warm-up for under the next table.
warm_up_app() {
  local rounds seconds rate
  read -r rounds seconds rate <<< "$(bench_warm_up "$warm_up_rounds" "$warm_up_slice" \
    "$work/researchers.txt" "/researchers/{key}" "$work/works.txt" "/works/{key}" \
    "$work/prolific.txt" "/researchers/{key}?page=10" "$work/queries.txt" "/search?q={key}" \
    "$work/researchers.txt" "/api/graph/researchers/{key}" "$work/researchers.txt" "/ping")"
  warm_up_note="JIT warm-up: $rounds rounds of every page ($seconds s), the last with the researcher page rendered on every request at $rate req/s."
}

# Measures one corpus: cached pages, then the page cache off.
measure_corpus() {
  local dir=$1 label=$2
  # Nothing else runs while researcher pages are rendered ahead, so every core renders them.
  start_bench_app "$dir" "$work/app.log" --peerscope.page-cache.prerender-parallelism="$(nproc)"
  page_cache_login
  export_keys
  local prerendered prerender_seconds
  read -r prerendered prerender_seconds <<< "$(page_cache_await_prerender)"
  warm_up_app
  { measure_pages "$label"; echo
    echo "Pages rendered ahead of visitors after the start (every researcher's, then the most cited works'):" \
      "$prerendered in $prerender_seconds s."
    echo "$warm_up_note"; echo; } | tee -a "$results"
  stop_bench_app
  start_bench_app "$dir" "$work/app.log" --peerscope.page-cache.enabled=false
  page_cache_login
  warm_up_app
  { measure_uncached; echo "$warm_up_note"; echo; } | tee -a "$results"
  stop_bench_app
}

{
  echo "# Benchmark $(date +%F) ($mode)"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB memory, $(java -version 2>&1 | head -1)."
  echo "Load: wrk, 2 threads, $connections connections, ${duration} s per page; keys drawn with a heavy-tailed bias towards"
  echo "the most cited. Each application is first warmed up (JIT) by every page rendered in rounds until the researcher"
  echo "page's rate settles (noted under each table). Each page is then loaded in rounds of ${settle_slice} s until its own"
  echo "rate settles (at most $settle_rounds), so that the page cache holds what a server under that traffic keeps, and"
  echo "measured. 'of ceiling' is the page's throughput over GET /ping in the same run; 'page cache hits' the share of"
  echo "the measured requests the page cache answered (the application's cache_gets_total meters)."
  echo
} > "$results"

if [ "$mode" != large ]; then
  if [ "$mode" = smoke ]; then
    small=$(corpus 200 1000)
    measure_corpus "$small" "1k works (200 researchers)"
  else
    small=$(corpus 2000 10000)
    measure_corpus "$small" "10k works (2,000 researchers)"
  fi
  small_p50=$(p50_of "researcher page")
  small_gzip_p50=$(p50_of "researcher page, gzip as browsers ask")
  small_uncached_p50=$(p50_of "researcher page, page cache off")

  # Cold start: from java -jar to the first rendered researcher page, on an existing embedded database.
  started=$(date +%s%N)
  start_bench_app "$small" "$work/app.log"
  curl -sf -o /dev/null "http://127.0.0.1:$app_port/researchers/$(head -1 "$work/researchers.txt")"
  cold_ms=$(( ($(date +%s%N) - started) / 1000000 ))
  stop_bench_app
fi

if [ "$mode" = full ] || [ "$mode" = large ]; then
  large=$(corpus 200000 1000000)
  measure_corpus "$large" "1M works (200,000 researchers)"
fi

if [ "$mode" = full ]; then
  large_p50=$(p50_of "researcher page")
  large_gzip_p50=$(p50_of "researcher page, gzip as browsers ask")
  large_uncached_p50=$(p50_of "researcher page, page cache off")
  ratio() { awk -v large="$1" -v small="$2" 'BEGIN { printf "%.2f×", large / small }'; }
  {
    echo "### Scale"
    echo
    echo "Researcher page p50, page cache off: ${small_uncached_p50} ms at 10k works, ${large_uncached_p50} ms at 1M" \
      "works: $(ratio "$large_uncached_p50" "$small_uncached_p50") (goal: within 1.2×)."
    echo "With the page cache (every researcher page rendered ahead of visitors at both sizes), for a client without" \
      "gzip: ${small_p50} ms and ${large_p50} ms, $(ratio "$large_p50" "$small_p50"); for a browser (gzip):" \
      "${small_gzip_p50} ms and ${large_gzip_p50} ms, $(ratio "$large_gzip_p50" "$small_gzip_p50")."
    echo "Corpus generation (generate command, COPY, including metrics): $(cat "$work/corpus-200000-1000000/generate-seconds") s for 1M works."
    echo
  } | tee -a "$results"
fi

if [ "$mode" != large ]; then
  {
    echo "### Cold start"
    echo
    echo "From \`java -jar\` to the first rendered researcher page (embedded database, existing data): ${cold_ms} ms."
    echo
  } | tee -a "$results"
fi

echo "Results written to $results"

if [ "$mode" = smoke ]; then
  # Every page of both tables (seven with the page cache, one without) answered, without errors, at some rate.
  rows=$(awk -F'|' '$3 ~ /^ *(n\/a|[0-9]+) *$/' "$results")
  failures=$(awk -F'|' '{ rate = $3; errors = $7; gsub(/ /, "", rate); gsub(/ /, "", errors)
      if (rate == "n/a" || rate == 0 || errors != 0) print $2 }' <<< "$rows")
  if [ "$(wc -l <<< "$rows")" -ne 8 ] || [ -n "$failures" ]; then
    echo "smoke run failed: $(wc -l <<< "$rows") of 8 rows measured; failing:${failures:- none}" >&2
    exit 1
  fi
  echo "smoke run passed: 8 rows, every page answered without errors"
fi
