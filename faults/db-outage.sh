#!/usr/bin/env bash
# Database outage drill: the app runs against the standalone PostgreSQL on 127.0.0.1:5432,
# which this script stops for a while and starts again, probing a page all along.
#
#   faults/db-outage.sh [outage-seconds]
#
# Expectations (issue "Reliability"): while the database is down every page answers 503 in
# the site's layout within a few seconds; readiness reports DOWN; once the database is back
# the app recovers on its own, without a restart; no stack trace in the log.
# Needs: the packaged jar (built if missing), curl, psql, and permission to run pg_ctlcluster.
set -euo pipefail
cd "$(dirname "$0")/.."

outage=${1:-15}
port=18091
database=peerscope_faults
work=faults/work
mkdir -p "$work"
jar=target/peerscope.jar
[ -f "$jar" ] || ./mvnw -B -q -DskipTests package
cluster_version=$(ls /etc/postgresql | head -1)
app_pid=""

postgres() { pg_ctlcluster --skip-systemctl-redirect "$cluster_version" main "$1" ${2:+-m "$2"}; }
finish() {
  # Whatever happened, leave the machine's PostgreSQL running.
  postgres start >/dev/null 2>&1 || true
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
}
trap finish EXIT

psql -q -h 127.0.0.1 -U postgres -d postgres -c "drop database if exists $database" -c "create database $database"
SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$database" SPRING_DATASOURCE_USERNAME=postgres \
  java -jar "$jar" --server.port=$port >"$work/app.log" 2>&1 &
app_pid=$!

base="http://127.0.0.1:$port"
for _ in $(seq 1 120); do
  curl -fs "$base/actuator/health/readiness" >/dev/null 2>&1 && break
  sleep 1
done
key=$(curl -fs "$base/" | grep -o 'href="/researchers/[^"]*"' | head -1 | sed 's/.*researchers\/\([^"]*\)"/\1/')
[ -n "$key" ] || { echo "the app did not come up; see $work/app.log" >&2; exit 1; }
page="$base/researchers/$key"

# probe SECONDS LABEL: one request at a time, printing status and seconds per request.
probe() {
  local until=$(( $(date +%s) + $1 ))
  while [ "$(date +%s)" -lt "$until" ]; do
    curl -s -H "Accept: text/html" -o "$work/last-body.html" -w "$2 %{http_code} %{time_total}\n" --max-time 30 "$page" || echo "$2 000 30"
    sleep 0.2
  done
}

: >"$work/probes.txt"
probe 5 before >>"$work/probes.txt"
postgres stop fast
stopped=$(date +%s.%N)
probe "$outage" outage >>"$work/probes.txt"
readiness_during=$(curl -s -o /dev/null -w "%{http_code}" "$base/actuator/health/readiness")
grep -q "Peerscope is briefly unavailable" "$work/last-body.html" && layout_page=yes || layout_page=no
postgres start
started=$(date +%s.%N)
recovered=""
for _ in $(seq 1 300); do
  if [ "$(curl -s -o /dev/null -w "%{http_code}" --max-time 10 "$page")" = 200 ]; then
    recovered=$(date +%s.%N)
    break
  fi
  sleep 0.2
done
probe 5 after >>"$work/probes.txt"

echo "| phase | requests | 200 | 503 | other | max seconds |"
echo "|---|---|---|---|---|---|"
awk '{ n[$1]++; s[$1 " " $2]++; if ($3 > max[$1]) max[$1] = $3 }
     END { split("before outage after", order, " ");
           for (i = 1; i <= 3; i++) { p = order[i];
             printf "| %s | %d | %d | %d | %d | %.2f |\n", p, n[p], s[p " 200"], s[p " 503"],
               n[p] - s[p " 200"] - s[p " 503"], max[p] } }' "$work/probes.txt"
echo
echo "Readiness during the outage: HTTP $readiness_during (503 expected)"
echo "503 page in the site's layout: $layout_page"
if [ -n "$recovered" ]; then
  printf 'Recovered %.1f s after PostgreSQL was started again (outage lasted %.0f s), without a restart\n' \
    "$(echo "$recovered - $started" | bc)" "$(echo "$started - $stopped" | bc)"
else
  echo "NOT recovered within 60 s"; exit 1
fi
echo "Stack traces in the log: $(grep -c '^[[:space:]]*at ' "$work/app.log" || true)"
