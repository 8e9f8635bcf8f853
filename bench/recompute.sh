#!/usr/bin/env bash
# Times the full recompute (metrics, trust and every other derived figure) on the 200k-researcher / 1M-work corpus.
#
#   bench/recompute.sh [--runs N] [--baseline OLD.jar] [--jar NEW.jar] [--corpus DATA_DIR] [--port P]
#
# Uses the corpus bench/run.sh generates (bench/work/corpus-200000-1000000, generated here when missing), runs
# `java -jar target/peerscope.jar recompute` N times (default 3) and, with --baseline, the same with an older jar in
# alternation, so both see the same machine load. Prints the median wall time of each and their ratio, and appends
# them to bench/results/<date>-recompute.md. Needs only java.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=3
baseline=""
corpus="bench/work/corpus-200000-1000000"
dir=""
jar=target/peerscope.jar
db_port=15593
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --baseline) baseline=$2; shift 2 ;;
    --corpus) dir=$2; shift 2 ;;
    --jar) jar=$2; shift 2 ;;
    --port) db_port=$2; shift 2 ;;
    *) echo "usage: bench/recompute.sh [--runs N] [--baseline OLD.jar] [--jar NEW.jar] [--corpus DATA_DIR] [--port P]" >&2; exit 2 ;;
  esac
done

mkdir -p bench/work
[ -f "$jar" ] || ./mvnw -B -q -DskipTests package
if [ -z "$dir" ]; then
  dir="$corpus/pgdata"
  if [ ! -f "$corpus/complete" ]; then
    rm -rf "$corpus"
    mkdir -p "$corpus"
    echo "Generating 200,000 researchers / 1,000,000 works (once)…" >&2
    java -Xmx2g -jar "$jar" generate --researchers 200000 --works 1000000 --seed 1 \
      --peerscope.database.embedded.data-dir="$dir" --peerscope.database.embedded.port=$db_port \
      --logging.level.root=warn >&2
    touch "$corpus/complete"
  fi
fi

# One recompute; prints its wall time in seconds.
recompute() {
  local started
  started=$(date +%s%N)
  java -Xmx2g -jar "$1" recompute --peerscope.database.embedded.data-dir="$dir" \
    --peerscope.database.embedded.port=$db_port --peerscope.demo-data.enabled=false \
    --logging.level.root=warn > bench/work/recompute.log 2>&1 || { cat bench/work/recompute.log >&2; exit 1; }
  awk -v ns=$(( $(date +%s%N) - started )) 'BEGIN { printf "%.1f", ns / 1e9 }'
}

median() {
  tr ' ' '\n' | grep -v '^$' | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

ours=""
theirs=""
for i in $(seq 1 "$runs"); do
  if [ -n "$baseline" ]; then
    t=$(recompute "$baseline"); theirs="$theirs $t"; echo "run $i baseline: ${t} s" >&2
  fi
  t=$(recompute "$jar"); ours="$ours $t"; echo "run $i: ${t} s" >&2
done

mkdir -p bench/results
{
  echo "# Recompute $(date +%F): 200,000 researchers / 1,000,000 works"
  echo
  echo "Machine: $(nproc) cores, load average at the end $(cut -d' ' -f1-3 /proc/loadavg). Wall time of"
  echo "\`java -jar peerscope.jar recompute\` (JVM start, migrations check, every derived figure)."
  echo
  echo "| Jar | runs (s) | median (s) |"
  echo "|---|---|---:|"
  echo "| $jar |$ours | $(echo "$ours" | median) |"
  if [ -n "$baseline" ]; then
    echo "| $baseline |$theirs | $(echo "$theirs" | median) |"
    echo
    echo "Ratio (this / baseline): $(awk -v a="$(echo "$ours" | median)" -v b="$(echo "$theirs" | median)" 'BEGIN { printf "%.2f", a / b }')"
  fi
  echo
} | tee -a "bench/results/$(date +%F)-recompute.md"
