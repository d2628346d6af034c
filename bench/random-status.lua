-- GET PATH with {status} replaced by a random one of the five product statuses on every request.
local statuses = {"draft", "prepared", "reviewed", "notReady", "ready"}
local path = os.getenv("PATH_TEMPLATE")
math.randomseed(os.time())
request = function()
  return wrk.format("GET", (path:gsub("{status}", statuses[math.random(1, #statuses)])))
end
