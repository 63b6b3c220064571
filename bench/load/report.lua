-- wrk script for bench/load/run.py.
--
-- Arguments after `--` are request paths: with none, wrk requests the URL it was
-- given (one prebuilt request, wrk's fastest path); with several, each
-- connection cycles through them (the endurance mix). Headers come from -H.
--
-- done() prints one line, "WRK_JSON {...}", that run.py parses: requests,
-- duration, requests per second, latency percentiles in milliseconds and the
-- errors wrk counts (connect, read, write, timeout, and responses whose status
-- is not 2xx or 3xx).

local requests = {}
local next_index = 1

function init(args)
    for i = 1, #args do
        requests[i] = wrk.format(nil, args[i])
    end
    if #requests > 0 then
        -- Defined only for a mix, so a single URL keeps wrk's static request.
        request = function()
            local r = requests[next_index]
            next_index = next_index % #requests + 1
            return r
        end
    end
end

local function ms(microseconds)
    return microseconds / 1000.0
end

function done(summary, latency, _)
    local seconds = summary.duration / 1e6
    local e = summary.errors
    local out = {
        string.format('"requests": %d', summary.requests),
        string.format('"duration_s": %.3f', seconds),
        string.format('"rps": %.2f', seconds > 0 and summary.requests / seconds or 0),
        string.format('"bytes": %d', summary.bytes),
        string.format('"latency_mean_ms": %.3f', ms(latency.mean)),
        string.format('"latency_max_ms": %.3f', ms(latency.max)),
        string.format('"p50_ms": %.3f', ms(latency:percentile(50))),
        string.format('"p90_ms": %.3f', ms(latency:percentile(90))),
        string.format('"p99_ms": %.3f', ms(latency:percentile(99))),
        string.format(
            '"errors": {"connect": %d, "read": %d, "write": %d, "timeout": %d, "status": %d}',
            e.connect, e.read, e.write, e.timeout, e.status
        ),
    }
    io.write("WRK_JSON {" .. table.concat(out, ", ") .. "}\n")
end
