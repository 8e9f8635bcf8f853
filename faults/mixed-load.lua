-- wrk script for faults/mixed-load.sh: a mix of the hot pages, search, the graph API and login form posts,
-- counting answers by status class; prints one line at the end:
--   STATUS requests 2xx 3xx 4xx 429 5xx socket-errors
-- usage: wrk ... -s mixed-load.lua URL -- KEYS_DIR CSRF_TOKEN SESSION_COOKIE
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

local function lines(path)
  local list = {}
  local file = assert(io.open(path, "r"), "cannot read " .. path)
  for line in file:lines() do
    if #line > 0 then list[#list + 1] = line end
  end
  file:close()
  assert(#list > 0, "nothing in " .. path)
  return list
end

local researchers, works, topics, institutions
local words = { "quantum", "learning", "network", "cell", "model", "smith", "garcia", "climate", "protein",
  "graph", "\"neural network\"", "ada", "li", "zhang", "data" }
local csrf, cookie, login_body
s2, s3, s4, s429, s5 = 0, 0, 0, 0, 0

-- Weights: what a public site's traffic looks like, with a few logins.
local routes = {
  { 10, function() return "/" end },
  { 25, function() return "/researchers/" .. pick(researchers) end },
  { 12, function() return "/works/" .. pick(works) end },
  { 4, function() return "/topics/" .. pick(topics) end },
  { 4, function() return "/institutions/" .. pick(institutions) end },
  { 10, function() return "/search?q=" .. word() end },
  { 8, function() return "/search?suggest=1&q=" .. word() end },
  { 8, function() return "/api/search?q=" .. word() end },
  { 10, function() return "/api/graph/researchers/" .. pick(researchers) end },
  { 4, function() return "/login" end },
  { 5, "login" },
}
local total = 0

function init(args)
  local dir = args[1]
  researchers = lines(dir .. "/researchers.txt")
  works = lines(dir .. "/works.txt")
  topics = lines(dir .. "/topics.txt")
  institutions = lines(dir .. "/institutions.txt")
  csrf, cookie = args[2], args[3]
  login_body = "_csrf=" .. csrf .. "&email=load-test%40example.org&password=not+the+password"
  for _, route in ipairs(routes) do total = total + route[1] end
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
end

function pick(list)
  local u = math.random()
  return list[math.floor(#list * u * u) + 1]
end

function word()
  return (words[math.random(#words)]:gsub("\"", "%%22"):gsub(" ", "+"))
end

function request()
  local r = math.random() * total
  for _, route in ipairs(routes) do
    r = r - route[1]
    if r <= 0 then
      if route[2] == "login" then
        return wrk.format("POST", "/login", {
          ["Content-Type"] = "application/x-www-form-urlencoded",
          ["Cookie"] = cookie,
        }, login_body)
      end
      return wrk.format("GET", route[2]())
    end
  end
  return wrk.format("GET", "/")
end

function response(status, headers, body)
  if status == 429 then s429 = s429 + 1
  elseif status >= 500 then s5 = s5 + 1
  elseif status >= 400 then s4 = s4 + 1
  elseif status >= 300 then s3 = s3 + 1
  else s2 = s2 + 1 end
end

function done(summary, latency, requests)
  local c = { 0, 0, 0, 0, 0 }
  for _, thread in ipairs(threads) do
    c[1] = c[1] + thread:get("s2")
    c[2] = c[2] + thread:get("s3")
    c[3] = c[3] + thread:get("s4")
    c[4] = c[4] + thread:get("s429")
    c[5] = c[5] + thread:get("s5")
  end
  local socket = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("STATUS %d %d %d %d %d %d %d\n", summary.requests, c[1], c[2], c[3], c[4], c[5], socket))
  io.write(string.format("LATENCY %.1f %.1f %.1f %.1f\n", latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
