-- wrk script: POST the JSON file BODY_JSON per request and count exactly the answers with
-- EXPECT_STATUS (default 201: an evaluation accepted) as "accepted", the rest as "other".
local body = io.open(os.getenv("BODY_JSON")):read("*a")
local expected = tonumber(os.getenv("EXPECT_STATUS") or "201")
wrk.method = "POST"
wrk.body = body
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_API_KEY")

local threads = {}
function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  created, other = 0, 0
end

function response(status, headers, body)
  if status == expected then created = created + 1 else other = other + 1 end
end

function done(summary, latency, requests)
  local c, o = 0, 0
  for _, t in ipairs(threads) do
    c = c + t:get("created")
    o = o + t:get("other")
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("accepted=%d other=%d seconds=%.1f accepted_per_s=%.1f\n", c, o, seconds, c / seconds))
  io.write(string.format("latency_ms p50=%.2f p90=%.2f p99=%.2f max=%.2f\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
