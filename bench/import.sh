#!/usr/bin/env bash
# Import throughput: `import openalex` on a generated file of N works, against plain COPY of the same rows into the
# same (empty) tables on the same machine, in the same run.
#
#   bench/import.sh            1,000,000 works (about 2.4 GB of JSON Lines under bench/work)
#   bench/import.sh 100000     another size
#
# Needs: the packaged jar (built if missing), java, psql, GNU time (/usr/bin/time, Debian package `time`).
# Writes bench/results/<date>-import-<N>.md: both rates, the import's peak memory (heap from its GC log, resident
# set from /usr/bin/time) and the machine's load during each run.
set -euo pipefail
cd "$(dirname "$0")/.."

works=${1:-1000000}
. bench/lib/setup.sh
bench_prepare psql java /usr/bin/time

input="$work/import-input-$works"
pgdata="$work/import-pgdata"
db_port=${IMPORT_BENCH_DB_PORT:-25437}
app_port=${IMPORT_BENCH_APP_PORT:-28437}
results=$(results_path "import-$works")
chmod o+x "$work" 2>/dev/null || true

if [ ! -f "$input/complete" ]; then
  echo "Generating $works works…" >&2
  rm -rf "$input"
  java bench/lib/OpenAlexWorks.java "$input" "$works"
  touch "$input/complete"
fi

# Never touch a database this script did not start: both ports must be free.
sql_probe() { psql -q -X -h 127.0.0.1 -p $db_port -U postgres -d postgres -c 'select 1' >/dev/null 2>&1; }
if sql_probe || curl -s -o /dev/null "http://127.0.0.1:$app_port/"; then
  echo "port $db_port or $app_port is in use; stop what runs there first" >&2
  exit 2
fi

# The web application keeps the embedded server up between the runs; the import joins it, psql talks to it.
rm -rf "$pgdata" "$work"/import-pgdata.*.lock
java -Xmx512m -jar "$jar" --server.port=$app_port --peerscope.demo-data.enabled=false \
  --peerscope.database.embedded.data-dir="$pgdata" --peerscope.database.embedded.port=$db_port \
  >"$work/import-app.log" 2>&1 &
app_pid=$!
trap 'kill $app_pid 2>/dev/null; wait $app_pid 2>/dev/null || true' EXIT
until curl -fs "http://127.0.0.1:$app_port/ping" >/dev/null 2>&1; do
  kill -0 $app_pid 2>/dev/null || { cat "$work/import-app.log" >&2; exit 1; }
  sleep 1
done
kill -0 $app_pid 2>/dev/null || { echo "the application did not start" >&2; exit 1; }
sql() { psql -q -X -h 127.0.0.1 -p $db_port -U postgres -d peerscope -v ON_ERROR_STOP=1 "$@"; }
empty() { sql -c "set client_min_messages = warning; truncate works, authorships, researchers, institutions, sources, topics, ingest_file_progress restart identity cascade"; }

now() { date +%s.%N; }

# Baseline: COPY of the same rows the import writes (works, bylines, affiliations, topics, citations by year,
# references, and the institutions, sources and topics they name), ids resolved with one join per table.
# The machine is shared: the load average before and after each run goes into the results.
load() { cut -d' ' -f1-3 /proc/loadavg; }
empty
copy_load_before=$(load)
start=$(now)
sql <<SQL
\\copy institutions (public_key, openalex_id, display_name, country_code, institution_type) from '$input/institutions.copy'
\\copy sources (public_key, openalex_id, display_name, source_type) from '$input/sources.copy'
\\copy topics (public_key, openalex_id, display_name) from '$input/topics.copy'
create temp table w (public_key text, openalex_id text, doi text, title text, work_type text, publication_date date,
    publication_year smallint, source text, abstract text, language text, cited_by_count integer);
\\copy w from '$input/works.copy'
insert into works (public_key, openalex_id, doi, title, work_type, publication_date, publication_year, source_id,
    abstract, language, cited_by_count)
select w.public_key, w.openalex_id, w.doi, w.title, w.work_type, w.publication_date, w.publication_year, s.id,
    w.abstract, w.language, w.cited_by_count
from w left join sources s on s.openalex_id = w.source;
create temp table a (work_key text, author_order smallint, raw_author_name text, author_openalex_id text,
    author_position text, is_corresponding boolean);
\\copy a from '$input/authorships.copy'
insert into authorships (work_id, author_order, raw_author_name, author_openalex_id, author_position, is_corresponding)
select w.id, a.author_order, a.raw_author_name, a.author_openalex_id, a.author_position, a.is_corresponding
from a join works w on w.openalex_id = a.work_key;
create temp table ai (work_key text, author_order smallint, institution text);
\\copy ai from '$input/authorship_institutions.copy'
insert into authorship_institutions (work_id, author_order, institution_id)
select w.id, ai.author_order, i.id from ai join works w on w.openalex_id = ai.work_key
join institutions i on i.openalex_id = ai.institution;
create temp table wt (work_key text, topic text, score real, is_primary boolean);
\\copy wt from '$input/work_topics.copy'
insert into work_topics (work_id, topic_id, score, is_primary)
select w.id, t.id, wt.score, wt.is_primary from wt join works w on w.openalex_id = wt.work_key
join topics t on t.openalex_id = wt.topic;
create temp table c (work_key text, year smallint, cited_by_count integer);
\\copy c from '$input/work_citation_counts.copy'
insert into work_citation_counts (work_id, year, cited_by_count)
select w.id, c.year, c.cited_by_count from c join works w on w.openalex_id = c.work_key;
create temp table r (work_key text, referenced text);
\\copy r from '$input/work_references.copy'
insert into work_references (work_id, referenced_openalex_id)
select w.id, r.referenced from r join works w on w.openalex_id = r.work_key;
SQL
copy_seconds=$(echo "$(now) - $start" | bc)
copy_load_after=$(load)

# The import, joining the running server, with the heap limit of the issue (512 MB whatever the input size); its
# GC log gives the peak heap in use, GNU time the peak resident set of the whole process.
empty
import_load_before=$(load)
start=$(now)
/usr/bin/time -v -o "$work/import-time.txt" java -Xmx512m -Xlog:gc:file="$work/import-gc.log" -jar "$jar" \
  import openalex "$input/works.jsonl" \
  --peerscope.database.embedded.data-dir="$pgdata" --peerscope.database.embedded.port=$db_port \
  | tee "$work/import-run.log" | tail -5
import_seconds=$(echo "$(now) - $start" | bc)
import_load_after=$(load)
imported=$(sql -t -A -c "select count(*) from works")
# "GC(7) Pause Young (Normal) (G1 Evacuation Pause) 310M->58M(512M) 12.3ms": the heap in use before a collection
# is its peak since the previous one.
peak_heap_mb=$(grep -oE '[0-9]+[KMG]->[0-9]+[KMG]\([0-9]+[KMG]\)' "$work/import-gc.log" | awk '
  function mb(v) { u = substr(v, length(v)); n = substr(v, 1, length(v) - 1) + 0;
    return (u == "G") ? n * 1024 : (u == "K") ? n / 1024 : n }
  { split($0, p, /->|\(|\)/); if (mb(p[1]) > peak) peak = mb(p[1]); if (mb(p[3]) > committed) committed = mb(p[3]) }
  END { printf "at most %d MB in use, %d MB committed", peak, committed }')
# After a marking cycle's remark (or a full collection) only live data and the young generation are left.
live_heap_mb=$(grep -E 'Pause (Remark|Full)' "$work/import-gc.log" | grep -oE '[0-9]+M->[0-9]+M' | cut -d'>' -f2 | tr -d M \
  | sort -n | tail -1)
peak_rss_mb=$(awk -F': ' '/Maximum resident set size/ { printf "%d", $2 / 1024 }' "$work/import-time.txt")
# The import's own time from its summary ("Imported 1 files in 173.6 s: …"), without the JVM and Spring start-up.
own_seconds=$(grep -oE 'Imported [0-9]+ files in [0-9.]+ s' "$work/import-run.log" | grep -oE '[0-9.]+ s$' | cut -d' ' -f1)
input_mb=$(( $(stat -c %s "$input/works.jsonl") / 1024 / 1024 ))

copy_rate=$(echo "$works / $copy_seconds" | bc)
import_rate=$(echo "$works / $import_seconds" | bc)
share=$(echo "scale=2; 100 * $import_rate / $copy_rate" | bc)
own_rate=$(echo "$works / $own_seconds" | bc)
own_share=$(echo "scale=2; 100 * $own_rate / $copy_rate" | bc)
{
  echo "# Import throughput, $(date +%F), $works generated OpenAlex works"
  echo
  echo "Machine: $(nproc) cores, $(( $(awk '/MemTotal/ { print $2 }' /proc/meminfo) / 1024 / 1024 )) GB," \
    "$(java -version 2>&1 | head -1). Input: $input_mb MB of JSON Lines."
  echo
  echo "| Run | Seconds | Works/s | Load average before → after |"
  echo "|---|---|---|---|"
  echo "| COPY of the same rows into the same tables (baseline) | $copy_seconds | $copy_rate |" \
    "$copy_load_before → $copy_load_after |"
  echo "| \`import openalex\` (JVM start, parse, map, stage, upsert, child tables, metrics) | $import_seconds |" \
    "$import_rate | $import_load_before → $import_load_after |"
  echo "| the same import by its own summary (without JVM and Spring start-up) | $own_seconds | $own_rate | |"
  echo
  echo "Import rate: $share % of COPY's ($own_share % without start-up). Works in the catalogue after the import:" \
    "$imported."
  echo
  echo "Peak memory of the import process (\`-Xmx512m\`): heap $peak_heap_mb, at most ${live_heap_mb:-n/a} MB" \
    "left after a marking cycle (GC log); resident set $peak_rss_mb MB (\`/usr/bin/time -v\`)."
} | tee "$results"
