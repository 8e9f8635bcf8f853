# Sourced first by the bench scripts: the shared paths, the results file's name (results.sh) and bench_prepare.
work=${BENCH_WORK:-bench/work}
jar=target/peerscope.jar
mkdir -p "$work" bench/results
. bench/lib/results.sh

# bench_prepare TOOL…: stops with a hint when a tool the script needs is missing, then packages the jar when it is not
# there yet.
bench_prepare() {
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { echo "$0 needs $tool (see bench/README.md)" >&2; exit 2; }
  done
  [ -f "$jar" ] || ./mvnw -B -q -DskipTests package
}
