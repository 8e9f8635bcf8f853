#!/usr/bin/env bash
# Mixed load: 60 s of wrk (64 connections) against the packaged app on the demo catalogue, mixing the hot pages,
# search (page, suggestions, JSON API), the graph API and login form posts. Passes when no answer is a 5xx, no
# socket error occurred and the log holds no ERROR line and no stack trace.
#
#   faults/mixed-load.sh [seconds] [connections]
#
# The app runs with JSON logs (LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs), which this also checks: every log line must
# be a JSON object. Loopback is exempt from the rate limits here, so that search and login are loaded rather than
# answered 429 (the limits have their own tests). Needs: the packaged jar (built if missing), wrk, curl, psql.
set -euo pipefail
cd "$(dirname "$0")/.."

duration=${1:-60}
connections=${2:-64}
port=18093
db_port=15493
work=faults/work/mixed-load
jar=target/peerscope.jar
[ -f "$jar" ] || ./mvnw -B -q -DskipTests package
for tool in wrk curl psql java python3; do
  command -v "$tool" >/dev/null || { echo "mixed-load needs $tool" >&2; exit 2; }
done
rm -rf "$work"
mkdir -p "$work"
chmod o+rx faults/work "$work" 2>/dev/null || true
app_pid=""
finish() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid"
    wait "$app_pid" 2>/dev/null || true
  fi
}
trap finish EXIT

LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs java -Xmx1g -jar "$jar" --server.port=$port \
  --peerscope.database.embedded.data-dir="$work/pgdata" --peerscope.database.embedded.port=$db_port \
  --peerscope.rate-limits.exempt-addresses=127.0.0.1 > "$work/app.log" 2>&1 &
app_pid=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 300); do
  curl -fs "$base/actuator/health/readiness" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "$base/actuator/health/readiness" >/dev/null || { echo "the app did not get ready; see $work/app.log" >&2; exit 1; }

sql() { psql -h 127.0.0.1 -p $db_port -U postgres -d peerscope -Atc "$1"; }
sql "select public_key from researchers order by id" > "$work/researchers.txt"
sql "select public_key from works order by cited_by_count desc, id limit 50000" > "$work/works.txt"
sql "select public_key from topics order by id" > "$work/topics.txt"
sql "select public_key from institutions order by id" > "$work/institutions.txt"
corpus="$(wc -l < "$work/researchers.txt") researchers, $(sql 'select count(*) from works') works"

# A session and its CSRF token for the login posts (each post fails: no such account).
curl -fs -c "$work/cookies" "$base/login" > "$work/login.html"
csrf=$(grep -o 'name="_csrf" value="[^"]*"' "$work/login.html" | head -1 | sed 's/.*value="//; s/"$//')
cookie=$(awk '{ sub(/^#HttpOnly_/, "") } !/^#/ && NF >= 7 { printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$work/cookies")

wrk -t2 -c8 -d5s -s faults/mixed-load.lua "$base" -- "$work" "$csrf" "$cookie" > /dev/null
lines_before=$(wc -l < "$work/app.log")
wrk -t2 -c"$connections" -d"${duration}s" --timeout 10s -s faults/mixed-load.lua "$base" -- "$work" "$csrf" "$cookie" \
  | tee "$work/wrk.txt"
read -r _ requests ok redirects client limited server socket <<< "$(grep '^STATUS' "$work/wrk.txt")"
read -r _ p50 p95 p99 max <<< "$(grep '^LATENCY' "$work/wrk.txt")"

errors=$(tail -n +"$((lines_before + 1))" "$work/app.log" | grep -c '"level":"ERROR"' || true)
traces=$(grep -c $'^\tat \|^Caused by' "$work/app.log" || true)
not_json=$(python3 -c '
import json, sys
bad = 0
for line in open(sys.argv[1], encoding="utf-8", errors="replace"):
    line = line.strip()
    if not line or not line.startswith("{"):
        bad += bool(line)
        continue
    try:
        json.loads(line)
    except ValueError:
        bad += 1
print(bad)' "$work/app.log")

echo
echo "| Corpus | Load | Requests | 2xx | 3xx | 4xx | 429 | 5xx | socket errors | p50 ms | p95 ms | p99 ms | max ms | ERROR log lines | stack traces | non-JSON log lines |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
echo "| $corpus | ${duration} s, $connections connections | $requests | $ok | $redirects | $client | $limited | $server | $socket | $p50 | $p95 | $p99 | $max | $errors | $traces | $not_json |"
if [ "$server" -ne 0 ] || [ "$socket" -ne 0 ] || [ "$errors" -ne 0 ] || [ "$traces" -ne 0 ]; then
  echo "FAILED: server errors, socket errors or errors in the log (see $work/app.log)" >&2
  exit 1
fi
echo "PASSED: no 5xx, no socket error, no error in the log"
