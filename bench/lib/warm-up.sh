# Sourced by the bench scripts that load the application (after app.sh; the caller sets app_port).
#
# bench_warm_up ROUNDS SECONDS KEYS PATH [KEYS PATH]…: the JIT warm-up. A new JVM on 2 cores needs minutes of load
# before its rendering code is compiled (on one machine the researcher page, rendered on every request, went from 110
# to 610 req/s over four minutes), and a page measured before then tells how fast the compiler is, not the page.
# Loads each KEYS PATH pair for SECONDS in turn, 32 connections, with a cookie that keeps the requests out of the page
# cache (as a signed-in visitor's are), in rounds, until the first pair's rate moves by less than 5 % from one round
# to the next, or for ROUNDS rounds. Prints "rounds seconds rate", the rate being the first pair's in the last round.
bench_warm_up() {
  bench_rounds "Cookie: bench=warm-up" "$@"
}

# bench_settle ROUNDS SECONDS KEYS PATH [HEADER]: one page loaded as the measured run will load it (anonymous, with
# HEADER if given), in rounds, until its rate moves by less than 5 % from one round to the next, or for ROUNDS
# rounds: the page cache then holds what a server under this traffic keeps, where right after the warm-up it held
# nothing of this page. Prints "rounds seconds rate".
bench_settle() {
  local rounds=$1 seconds=$2 keys=$3 path=$4 header=${5:-}
  bench_rounds "$header" "$rounds" "$seconds" "$keys" "$path"
}

# bench_rounds HEADER ROUNDS SECONDS KEYS PATH [KEYS PATH]…: the rounds both of the above run (HEADER may be empty).
bench_rounds() {
  local header=$1 rounds=$2 seconds=$3 started=$SECONDS round rate first=0 previous=0 i
  shift 3
  local pairs=("$@")
  for round in $(seq 1 "$rounds"); do
    for ((i = 0; i < ${#pairs[@]}; i += 2)); do
      rate=$(wrk -t2 -c32 -d"${seconds}s" ${header:+-H "$header"} -s bench/lib/keys.lua \
        "http://127.0.0.1:$app_port" -- "${pairs[i]}" "${pairs[i + 1]}" | awk '/Requests\/sec/ { print int($2) }')
      [ "$i" -eq 0 ] && first=$rate
    done
    if awk -v a="$first" -v b="$previous" 'BEGIN { exit !(b > 0 && a < b * 1.05 && a > b * 0.95) }'; then
      break
    fi
    previous=$first
  done
  echo "$round $((SECONDS - started)) $first"
}
