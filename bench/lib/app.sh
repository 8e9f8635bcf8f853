# The packaged application on a benchmark corpus, for the bench scripts that load one (sourced; the caller sets
# jar, db_port and app_port). The application stops when the script exits, however it exits.
bench_app_pid=""

stop_bench_app() {
  if [ -n "$bench_app_pid" ] && kill -0 "$bench_app_pid" 2>/dev/null; then
    kill "$bench_app_pid"
    wait "$bench_app_pid" 2>/dev/null || true
  fi
  bench_app_pid=""
}
trap stop_bench_app EXIT

# start_bench_app DATA_DIR LOG [SETTING…]: starts the jar on the corpus in DATA_DIR, its own embedded database on
# $db_port, and waits until it answers GET /ping. Load comes from this machine: the rate limits exempt it.
start_bench_app() {
  local data_dir=$1 log=$2
  shift 2
  # A server stopped just before may take a moment to free its ports.
  local port tries
  for port in "$db_port" "$app_port"; do
    for tries in $(seq 1 20); do
      (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || continue 2
      sleep 0.5
    done
    echo "port $port is in use; move the benchmark with its *_DB_PORT / *_APP_PORT variables (bench/README.md)" >&2
    exit 2
  done
  # BENCH_APP_ARGS: settings of an A/B run, split on spaces (e.g. --spring.threads.virtual.enabled=false).
  # shellcheck disable=SC2086
  java -Xmx2g -jar "$jar" --server.port="$app_port" "$@" ${BENCH_APP_ARGS:-} \
    --peerscope.database.embedded.data-dir="$data_dir" --peerscope.database.embedded.port="$db_port" \
    --peerscope.demo-data.enabled=false --peerscope.rate-limits.exempt-addresses=127.0.0.1 \
    --logging.level.root=warn > "$log" 2>&1 &
  bench_app_pid=$!
  for _ in $(seq 1 600); do
    kill -0 "$bench_app_pid" 2>/dev/null || { echo "the application stopped; see $log" >&2; exit 1; }
    curl -sf -o /dev/null "http://127.0.0.1:$app_port/ping" && return 0
    sleep 0.5
  done
  echo "the application did not answer within 5 minutes; see $log" >&2
  exit 1
}
