-- wrk script: requests PATH_TEMPLATE with {key} replaced by a key from KEYS_FILE.
-- Keys are listed most popular first; picks favour the head (u^3), like real traffic.
-- usage: wrk ... -s keys.lua URL -- KEYS_FILE PATH_TEMPLATE
local keys = {}
local template

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
  local index = math.floor(#keys * u * u * u) + 1
  -- Percent-encoded as a browser sends it: raw UTF-8 ("Sørensen") in a request line is a 400 from Tomcat,
  -- which wrk counted as errors of the search page. "+" stays: it is the space of a query string.
  local key = keys[index]:gsub("[^%w%-%._~%+]", function(c) return string.format("%%%02X", c:byte()) end)
  local path = template:gsub("{key}", (key:gsub("%%", "%%%%")))
  return wrk.format("GET", path)
end
