-- wrk script of the mixed-load benchmark: each request is the next of a list of reader
-- addresses (pages, listings, search, feeds, the API), and every 5xx answer is counted.
local paths = {
  "/",
  "/press-releases",
  "/press-releases?field_of_work=human-rights&country=ukraine",
  "/search?q=human+rights",
  "/search?q=elections&country=serbia",
  "/api/v1/items?query[value]=police&facets[0][field]=country",
  "/api/v1/items?filter[field]=country&filter[value]=moldova&limit=20",
  "/feed.atom?field_of_work=elections",
  "/structures/secretariat",
  "/countries/ukraine",
  "/items/1",
}
local counter = 0
server_errors = 0
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  counter = math.random(#paths)
end

function request()
  counter = counter % #paths + 1
  return wrk.format("GET", paths[counter])
end

function response(status, headers, body)
  if status >= 500 then
    server_errors = server_errors + 1
  end
end

function done(summary, latency, requests)
  local errors = 0
  for _, t in ipairs(threads) do
    errors = errors + t:get("server_errors")
  end
  io.write(string.format("server errors (5xx): %d\n", errors))
  io.write(string.format("p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
