# Turns wrk --latency output into: rps p50_ms p90_ms p99_ms errors
function ms(value) {
  if (value ~ /us$/) { sub(/us$/, "", value); return value / 1000 }
  if (value ~ /ms$/) { sub(/ms$/, "", value); return value + 0 }
  if (value ~ /s$/)  { sub(/s$/, "", value);  return value * 1000 }
  return value
}
/^ +50%/ { p50 = ms($2) }
/^ +90%/ { p90 = ms($2) }
/^ +99%/ { p99 = ms($2) }
/Requests\/sec/ { rps = $2 }
/Non-2xx or 3xx responses/ { errors += $5 }
/Socket errors/ { gsub(/,/, ""); errors += $4 + $6 + $8 + $10 }
END { printf "%.0f %.2f %.2f %.2f %d\n", rps, p50, p90, p99, errors }
