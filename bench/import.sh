#!/usr/bin/env bash
# Import throughput: `import openalex` on a generated file of N works, against plain COPY of the same works and
# bylines into the same (empty) tables on the same machine, in the same run.
#
#   bench/import.sh            1,000,000 works (about 2.4 GB of JSON Lines under bench/work)
#   bench/import.sh 100000     another size
#
# Needs: the packaged jar (built if missing), java, psql. Writes bench/results/<date>-import-<N>.md.
set -euo pipefail
cd "$(dirname "$0")/.."

works=${1:-1000000}
for tool in psql java; do
  command -v "$tool" >/dev/null || { echo "bench needs $tool (see bench/README.md)" >&2; exit 2; }
done
jar=target/peerscope.jar
[ -f "$jar" ] || ./mvnw -B -q -DskipTests package

work=bench/work
input="$work/import-input-$works"
pgdata="$work/import-pgdata"
db_port=15491
app_port=18091
results="bench/results/$(date +%F)-import-$works.md"
mkdir -p "$work" bench/results
chmod o+x "$work" 2>/dev/null || true

if [ ! -f "$input/complete" ]; then
  echo "Generating $works works…" >&2
  rm -rf "$input"
  java bench/lib/OpenAlexWorks.java "$input" "$works"
  touch "$input/complete"
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
sql() { psql -q -X -h 127.0.0.1 -p $db_port -U postgres -d peerscope -v ON_ERROR_STOP=1 "$@"; }
empty() { sql -c "truncate works, authorships, researchers, institutions, sources, topics, ingest_file_progress restart identity cascade"; }

now() { date +%s.%N; }

# Baseline: COPY of the same works and bylines (without the lookups, merging and child tables the import does).
empty
start=$(now)
sql -c "\\copy works (public_key, openalex_id, doi, title, work_type, publication_date, publication_year, abstract, language, cited_by_count) from '$input/works.copy'"
sql -c "create temp table a (work_key text, author_order smallint, raw_author_name text, author_openalex_id text, author_position text, is_corresponding boolean);
\\copy a from '$input/authorships.copy'
insert into authorships (work_id, author_order, raw_author_name, author_openalex_id, author_position, is_corresponding)
select w.id, a.author_order, a.raw_author_name, a.author_openalex_id, a.author_position, a.is_corresponding
from a join works w on w.openalex_id = a.work_key;"
copy_seconds=$(echo "$(now) - $start" | bc)

# The import, joining the running server, with the default heap limit of the issue.
empty
start=$(now)
java -Xmx512m -jar "$jar" import openalex "$input/works.jsonl" \
  --peerscope.database.embedded.data-dir="$pgdata" --peerscope.database.embedded.port=$db_port \
  | tee "$work/import-run.log" | tail -5
import_seconds=$(echo "$(now) - $start" | bc)
imported=$(sql -t -A -c "select count(*) from works")

copy_rate=$(echo "$works / $copy_seconds" | bc)
import_rate=$(echo "$works / $import_seconds" | bc)
share=$(echo "scale=2; 100 * $import_rate / $copy_rate" | bc)
{
  echo "# Import throughput, $(date +%F), $works generated OpenAlex works"
  echo
  echo "Machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
  echo
  echo "| Run | Seconds | Works/s |"
  echo "|---|---|---|"
  echo "| COPY of the same works and bylines (baseline) | $copy_seconds | $copy_rate |"
  echo "| \`import openalex\` (parse, map, stage, upsert, child tables, metrics) | $import_seconds | $import_rate |"
  echo
  echo "Import rate: $share % of COPY's. Works in the catalogue after the import: $imported."
} | tee "$results"
