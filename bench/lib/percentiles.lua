-- wrk script: keys.lua plus a summary line with the percentiles wrk does not print (p95).
-- usage: wrk ... -s percentiles.lua URL -- KEYS_FILE PATH_TEMPLATE
dofile("bench/lib/keys.lua")

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status
    + summary.errors.timeout
  io.write(string.format("SUMMARY %.0f %.2f %.2f %.2f %.2f %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, errors))
end
