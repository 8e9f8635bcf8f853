-- wrk script like keys.lua (PATH_TEMPLATE with {key} from KEYS_FILE, head-biased picks), which also prints
-- the 50th, 95th and 99th latency percentiles in milliseconds and the request count on one line:
--   LATENCY p50 p95 p99 requests non2xx
-- usage: wrk ... -s latency.lua URL -- KEYS_FILE PATH_TEMPLATE
local keys = {}
local template
local non2xx = 0

function init(args)
  local file = assert(io.open(args[1], "r"), "cannot read " .. tostring(args[1]))
  for line in file:lines() do
    if #line > 0 then keys[#keys + 1] = line end
  end
  file:close()
  assert(#keys > 0, "no keys in " .. args[1])
  template = args[2]
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
end

function request()
  local u = math.random()
  local index = math.floor(#keys * u) + 1
  -- Keys are URL-encoded: escape their "%" for gsub's replacement string.
  local path = template:gsub("{key}", (keys[index]:gsub("%%", "%%%%")))
  return wrk.format("GET", path)
end

function done(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.timeout
  io.write(string.format("LATENCY %.2f %.2f %.2f %d %d\n", latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, summary.requests, errors))
end
