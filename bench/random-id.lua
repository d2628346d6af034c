-- GET <PATH_PREFIX>/p-NNNNNNN for a random row of ROWS, so no database cache sees the same query twice in a row.
local rows = tonumber(os.getenv("ROWS") or "50000")
local prefix = os.getenv("PATH_PREFIX") or "/api/v1/Product"
math.randomseed(os.time())
request = function()
  return wrk.format("GET", string.format("%s/p-%07d", prefix, math.random(1, rows)))
end
