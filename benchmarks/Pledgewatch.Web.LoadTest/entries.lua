-- wrk script: each request asks for the page of a random entry among the first N (ENTRIES, default 100000).
local n = tonumber(os.getenv("ENTRIES") or "100000")
math.randomseed(20260105)
request = function()
  return wrk.format("GET", "/entries/" .. math.random(1, n))
end
