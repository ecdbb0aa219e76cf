#!/usr/bin/env bash
# Full-scale load benchmark (issue 9): imports the full IMF matrix (../shared/data/official/imf-dots-1960-2020.csv.gz) into a fresh
# database, starts the service and a bare-Kestrel constant-series app (bench/Baseline) on 127.0.0.1, warms up, and runs wrk on each
# case, printing requests/s, p99, the ratio to the baseline, and the service's peak RSS. Also: the whole CSV streamed (rows/s), the
# time from process start to /health/ready, and soul-cli (Express + better-sqlite3, from npm) over the same database file as a peer.
# Needs wrk (apt-get install wrk) and, for the peer, npm. Usage: bench/load.sh [SECONDS per case, default 10] [CONNECTIONS, default 32]
#
# bench/load.sh --postgres [SECONDS] [CONNECTIONS]: the same on PostgreSQL (issue 14). A throwaway PostgreSQL 15 cluster with its
# durable defaults (.ci/postgres.sh, PG_DURABLE=1), the full matrix imported through COPY (rows/s), then the same cases against one
# replica directly, one replica behind nginx (deploy/nginx.conf with one upstream) and two replicas behind nginx (deploy/nginx.conf
# as shipped), with the two-replica/one-replica ratio. Installs nginx with apt-get when it is missing (root).
set -euo pipefail
cd "$(dirname "$0")/.."
STORE=sqlite
if [ "${1:-}" = "--postgres" ]; then STORE=postgres; shift; fi
SECONDS_PER_CASE=${1:-10}
CONNECTIONS=${2:-32}
MATRIX=../shared/data/official/imf-dots-1960-2020.csv.gz
[ -f "$MATRIX" ] || { echo "load.sh: $MATRIX not found (it ships beside the clone, not in it)" >&2; exit 2; }
command -v wrk >/dev/null || { echo "load.sh: wrk not found; apt-get install wrk" >&2; exit 2; }

WORK=$(mktemp -d /tmp/tradeapi-load.XXXXXX)
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
DB="$WORK/trade.db"
SVC=http://127.0.0.1:5380
BASE=http://127.0.0.1:5381
PEER=http://127.0.0.1:5382

dotnet build src/TradeApi -c Release --nologo -v q >/dev/null
dotnet build bench/Baseline -c Release --nologo -v q >/dev/null
APP=src/TradeApi/bin/Release/net10.0/TradeApi.dll
# wrk scripts: a report line per run, and random pairs from a file of pair keys (one per line).
write_scripts() { # pairs-file
  cat > "$WORK/random.lua" <<LUA
local pairs = {}
for line in io.lines("$1") do pairs[#pairs + 1] = line end
math.randomseed(7)
request = function()
  return wrk.format("GET", "/api/v1/pairs/" .. pairs[math.random(#pairs)] .. "/volumes?source=official&flow=total&from=1991&to=2020")
end
LUA
  cat > "$WORK/report.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.1f %.2f %d %d\n", summary.requests / (summary.duration / 1e6), latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.requests))
end
LUA
  cat "$WORK/random.lua" "$WORK/report.lua" > "$WORK/random-report.lua"
}
run() { # url [script] -> "req/s p99ms errors requests"
  local url=$1 script=${2:-$WORK/report.lua}
  wrk -t2 -c"$CONNECTIONS" -d2s -s "$script" "$url" >/dev/null 2>&1 || true
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_CASE}s" --latency -s "$script" "$url" 2>/dev/null | awk '/^RESULT/ {print $2, $3, $4, $5}'
}
if [ "$STORE" = postgres ]; then
  # shellcheck source=bench/load-postgres.sh
  . bench/load-postgres.sh
  exit 0
fi
COMMON=(--ConnectionStrings:Trade="Data Source=$DB" --Storage:SeedOnStart=false)

echo "== import of the full matrix"
/usr/bin/time -f "import: %e s wall, peak RSS %M KiB" dotnet "$APP" import "$MATRIX" imf-dots "${COMMON[@]}" 2>&1 | grep -E "^import: (done|[0-9])|imported|wall"
ls -l "$DB" | awk '{printf "database: %.1f MB\n", $5/1e6}'

echo "== start to ready"
start=$(date +%s.%N)
dotnet "$APP" --urls "$SVC" "${COMMON[@]}" --RateLimits:ReadsPerWindow=1000000 --RateLimits:WindowSeconds=1 --Logging:LogLevel:Default=Warning \
  > "$WORK/service.log" 2>&1 &
SVC_PID=$!; PIDS+=("$SVC_PID")
until curl -sf "$SVC/health/ready" >/dev/null; do sleep 0.02; done
echo "ready after $(echo "$(date +%s.%N) - $start" | bc) s"
dotnet bench/Baseline/bin/Release/net10.0/Baseline.dll --urls "$BASE" > /dev/null 2>&1 &
PIDS+=("$!")
until curl -sf "$BASE/" >/dev/null; do sleep 0.05; done

# Every pair with data, for the random-pairs script.
sqlite3 "$DB" "SELECT pair_key FROM pair_summary" > "$WORK/pairs.txt"
write_scripts "$WORK/pairs.txt"

echo "== wrk -t2 -c$CONNECTIONS -d${SECONDS_PER_CASE}s (after a 2 s warm-up each)"
read -r BASE_RPS BASE_P99 _ _ < <(run "$BASE/")
printf "%-72s %10s %9s %7s %6s %8s\n" case "req/s" "p99 ms" ratio errors "RSS MB"
printf "%-72s %10.0f %9.2f %7s %6s\n" "baseline: bare Kestrel, constant 30-point series" "$BASE_RPS" "$BASE_P99" "1.00" 0
rss() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$SVC_PID/status"; }
report() { # label rps p99 errors
  printf "%-72s %10.0f %9.2f %7.2f %6s %8s\n" "$1" "$2" "$3" "$(echo "$2 / $BASE_RPS" | bc -l)" "$4" "$(rss)"
}
read -r R P E _ < <(run "$SVC/api/v1/pairs/BLR-KAZ/volumes?source=official&flow=total&from=1991&to=2020"); report "hot pair series BLR-KAZ (bar 0.70x, p99 10 ms)" "$R" "$P" "$E"
read -r R P E _ < <(run "$SVC/" "$WORK/random-report.lua"); report "random pairs, $(wc -l < "$WORK/pairs.txt") with data (bar 0.35x)" "$R" "$P" "$E"
read -r R P E _ < <(run "$SVC/api/v1/pairs?limit=100"); report "GET /api/v1/pairs?limit=100 (bar 0.35x)" "$R" "$P" "$E"
read -r R P E _ < <(run "$SVC/api/v1/volumes?country=KAZ&year=2019&limit=100"); report "GET /api/v1/volumes?country=KAZ&year=2019&limit=100 (bar 0.35x)" "$R" "$P" "$E"
read -r R P E _ < <(run "$SVC/api/v1/meta"); report "GET /api/v1/meta" "$R" "$P" "$E"

echo "== the whole CSV, streamed (bar 200,000 rows/s)"
start=$(date +%s.%N)
lines=$(curl -sf "$SVC/api/v1/volumes?format=csv" | wc -l)
secs=$(echo "$(date +%s.%N) - $start" | bc)
printf "%d rows in %.2f s: %.0f rows/s\n" "$((lines - 1))" "$secs" "$(echo "($lines - 1) / $secs" | bc -l)"
echo "service peak RSS: $(awk '/VmHWM/ {printf "%.0f MB", $2/1024}' /proc/$SVC_PID/status)"

echo "== the same cases with the response cache off (Http:ResponseCacheMegabytes=0): every request queries and serializes"
kill "$SVC_PID"; wait "$SVC_PID" 2>/dev/null || true
dotnet "$APP" --urls "$SVC" "${COMMON[@]}" --RateLimits:ReadsPerWindow=1000000 --RateLimits:WindowSeconds=1 --Logging:LogLevel:Default=Warning \
  --Http:ResponseCacheMegabytes=0 > "$WORK/service-uncached.log" 2>&1 &
SVC_PID=$!; PIDS+=("$SVC_PID")
until curl -sf "$SVC/health/ready" >/dev/null; do sleep 0.02; done
read -r R P E _ < <(run "$SVC/api/v1/pairs/BLR-KAZ/volumes?source=official&flow=total&from=1991&to=2020"); report "uncached: hot pair series BLR-KAZ" "$R" "$P" "$E"
read -r R P E _ < <(run "$SVC/" "$WORK/random-report.lua"); report "uncached: random pairs" "$R" "$P" "$E"
read -r R P E _ < <(run "$SVC/api/v1/pairs?limit=100"); report "uncached: GET /api/v1/pairs?limit=100" "$R" "$P" "$E"
read -r R P E _ < <(run "$SVC/api/v1/volumes?country=KAZ&year=2019&limit=100"); report "uncached: GET /api/v1/volumes?country=KAZ&year=2019&limit=100" "$R" "$P" "$E"
read -r R P E _ < <(run "$SVC/api/v1/meta"); report "uncached: GET /api/v1/meta" "$R" "$P" "$E"

echo "== peer: soul-cli (Express + better-sqlite3) over the same database file"
if command -v npm >/dev/null && (cd "$WORK" && npm install --silent --no-audit --no-fund soul-cli >/dev/null 2>&1); then
  (cd "$WORK" && PORT=5382 ./node_modules/.bin/soul -d "$DB" -p 5382 > soul.log 2>&1 &)
  for _ in $(seq 1 100); do curl -sf "$PEER/api/tables" >/dev/null 2>&1 && break; sleep 0.1; done
  PIDS+=("$(pgrep -f "soul -d $DB" | head -1)")
  # The same question as the flat query: KAZ's official rows of 2019, 100 at a time (soul filters one column per _filters term).
  read -r SR SP SE _ < <(run "$PEER/api/tables/official_figures/rows?_filters=partner:KAZ,year:2019&_limit=100")
  read -r R P E _ < <(run "$SVC/api/v1/volumes?partner=KAZ&year=2019&limit=100&source=official")
  printf "%-72s %10.0f %9.2f %6s\n" "soul-cli: official_figures rows, partner KAZ, 2019, 100" "$SR" "$SP" "$SE"
  printf "%-72s %10.0f %9.2f %6s\n" "TradeApi (cache off): /api/v1/volumes?partner=KAZ&year=2019&limit=100&source=official" "$R" "$P" "$E"
  echo "TradeApi / soul-cli: $(echo "$R / $SR" | bc -l | xargs printf "%.2f")x (bar 3x)"
else
  echo "soul-cli could not be installed from npm; peer skipped"
fi
