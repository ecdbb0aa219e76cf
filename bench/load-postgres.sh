# The PostgreSQL half of bench/load.sh (sourced by it after the build: WORK, PIDS, APP, MATRIX, CONNECTIONS, SECONDS_PER_CASE,
# write_scripts and run are set).
command -v nginx >/dev/null || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q nginx-light >/dev/null; }
command -v nginx >/dev/null || { echo "load.sh --postgres: nginx not found and could not be installed" >&2; exit 2; }
# Outside WORK (mktemp's 0700 folder): the cluster runs as user postgres when root.
PG_DIR=$(mktemp -d /tmp/tradeapi-load-pg.XXXXXX)
PG_PORT=55499
CS=$(PG_DURABLE=1 .ci/postgres.sh start "$PG_DIR" "$PG_PORT" | tail -1)
stop_pg() { .ci/postgres.sh stop "$PG_DIR"; rm -rf "$PG_DIR"; }
trap 'stop_pg; cleanup' EXIT
psql "host=127.0.0.1 port=$PG_PORT user=postgres dbname=postgres" -qc "CREATE DATABASE trade" >/dev/null
CS="${CS%Database=postgres};Database=trade;Maximum Pool Size=64"
COMMON=(--Storage:Provider=Postgres "--ConnectionStrings:Trade=$CS" --Storage:SeedOnStart=false)
SERVE=(--RateLimits:ReadsPerWindow=1000000 --RateLimits:WindowSeconds=1 --Logging:LogLevel:Default=Warning --Http:TrustedProxies:0=127.0.0.1)
BASE=http://127.0.0.1:5381
LB=http://127.0.0.1:5390
R1=http://127.0.0.1:5391
R2=http://127.0.0.1:5392

echo "== import of the full matrix into PostgreSQL (COPY into the new partition, its indexes built beside the live data, swapped in)"
start=$(date +%s.%N)
/usr/bin/time -f "import: %e s wall, peak RSS %M KiB" dotnet "$APP" import "$MATRIX" imf-dots "${COMMON[@]}" 2>&1 | grep -E "imported|wall"
secs=$(echo "$(date +%s.%N) - $start" | bc)
rows=$(psql "host=127.0.0.1 port=$PG_PORT user=postgres dbname=trade" -Atc "SELECT COUNT(*) FROM official_figures")
printf "%d rows in %.1f s: %.0f rows/s end to end (process start, gzip, parse, COPY, move, summaries, commit)\n" "$rows" "$secs" "$(echo "$rows / $secs" | bc -l)"
psql "host=127.0.0.1 port=$PG_PORT user=postgres dbname=trade" -Atc "SELECT 'database: ' || pg_size_pretty(pg_database_size('trade'))"
psql "host=127.0.0.1 port=$PG_PORT user=postgres dbname=trade" -qc "VACUUM ANALYZE" >/dev/null

replica() { # url -> starts a replica, records its pid in REPLICA_PIDS
  dotnet "$APP" --urls "$1" "${COMMON[@]}" "${SERVE[@]}" > "$WORK/replica-${1##*:}.log" 2>&1 &
  local pid=$!; PIDS+=("$pid"); REPLICA_PIDS+=("$pid")
  until curl -sf "$1/health/ready" >/dev/null; do sleep 0.05; done
}
REPLICA_PIDS=()
replica "$R1"
dotnet bench/Baseline/bin/Release/net10.0/Baseline.dll --urls "$BASE" > /dev/null 2>&1 &
PIDS+=("$!")
until curl -sf "$BASE/" >/dev/null; do sleep 0.05; done

psql "host=127.0.0.1 port=$PG_PORT user=postgres dbname=trade" -Atc "SELECT pair_key FROM pair_summary" > "$WORK/pairs.txt"
write_scripts "$WORK/pairs.txt"
read -r BASE_RPS BASE_P99 _ _ < <(run "$BASE/")
rss() { local t=0; for p in "${REPLICA_PIDS[@]}"; do t=$((t + $(awk '/VmRSS/ {print $2}' "/proc/$p/status"))); done; echo $((t / 1024)); }
printf "%-78s %10s %9s %7s %6s %8s\n" case "req/s" "p99 ms" ratio errors "RSS MB"
printf "%-78s %10.0f %9.2f %7s %6s\n" "baseline: bare Kestrel, constant 30-point series" "$BASE_RPS" "$BASE_P99" "1.00" 0
declare -A HOT
cases() { # label-prefix base-url
  local R P E
  read -r R P E _ < <(run "$2/api/v1/pairs/BLR-KAZ/volumes?source=official&flow=total&from=1991&to=2020"); HOT[$1]=$R
  printf "%-78s %10.0f %9.2f %7.2f %6s %8s\n" "$1: hot pair series BLR-KAZ" "$R" "$P" "$(echo "$R / $BASE_RPS" | bc -l)" "$E" "$(rss)"
  read -r R P E _ < <(run "$2/" "$WORK/random-report.lua")
  printf "%-78s %10.0f %9.2f %7.2f %6s %8s\n" "$1: random pairs, $(wc -l < "$WORK/pairs.txt") with data" "$R" "$P" "$(echo "$R / $BASE_RPS" | bc -l)" "$E" "$(rss)"
  read -r R P E _ < <(run "$2/api/v1/pairs?limit=100")
  printf "%-78s %10.0f %9.2f %7.2f %6s %8s\n" "$1: GET /api/v1/pairs?limit=100" "$R" "$P" "$(echo "$R / $BASE_RPS" | bc -l)" "$E" "$(rss)"
  read -r R P E _ < <(run "$2/api/v1/volumes?country=KAZ&year=2019&limit=100")
  printf "%-78s %10.0f %9.2f %7.2f %6s %8s\n" "$1: GET /api/v1/volumes?country=KAZ&year=2019&limit=100" "$R" "$P" "$(echo "$R / $BASE_RPS" | bc -l)" "$E" "$(rss)"
  read -r R P E _ < <(run "$2/api/v1/meta")
  printf "%-78s %10.0f %9.2f %7.2f %6s %8s\n" "$1: GET /api/v1/meta" "$R" "$P" "$(echo "$R / $BASE_RPS" | bc -l)" "$E" "$(rss)"
}
nginx_with() { # config
  [ -f /tmp/tradeapi-nginx.pid ] && kill "$(cat /tmp/tradeapi-nginx.pid)" 2>/dev/null && sleep 0.5
  nginx -c "$1" -p "$WORK" -e "$WORK/nginx-error.log"
  until curl -sf "$LB/health/ready" >/dev/null; do sleep 0.05; done
}
echo "== wrk -t2 -c$CONNECTIONS -d${SECONDS_PER_CASE}s (after a 2 s warm-up each); PostgreSQL 15, durable defaults"
cases "1 replica, direct" "$R1"
grep -v "127.0.0.1:5392" deploy/nginx.conf > "$WORK/nginx-one.conf"
nginx_with "$WORK/nginx-one.conf"
cases "1 replica behind nginx" "$LB"
replica "$R2"
cp deploy/nginx.conf "$WORK/nginx-two.conf"
nginx_with "$WORK/nginx-two.conf"
cases "2 replicas behind nginx (deploy/nginx.conf)" "$LB"
printf "hot pair series, 2 replicas / 1 replica behind nginx: %.2fx\n" "$(echo "${HOT["2 replicas behind nginx (deploy/nginx.conf)"]} / ${HOT["1 replica behind nginx"]}" | bc -l)"

echo "== the whole CSV through nginx (two replicas), streamed"
start=$(date +%s.%N)
lines=$(curl -sf "$LB/api/v1/volumes?format=csv" | wc -l)
secs=$(echo "$(date +%s.%N) - $start" | bc)
printf "%d rows in %.2f s: %.0f rows/s\n" "$((lines - 1))" "$secs" "$(echo "($lines - 1) / $secs" | bc -l)"

# The app tier alone: each replica pinned to a core of its own (taskset), against one replica pinned to one core; nginx, wrk and
# PostgreSQL still share both cores with them, so this shows how far a second replica helps when the replicas are what is short.
echo "== replicas pinned: 1 replica on core 0, then 2 replicas on cores 0 and 1 (behind nginx)"
for p in "${REPLICA_PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
REPLICA_PIDS=()
pinned() { # core url
  taskset -c "$1" dotnet "$APP" --urls "$2" "${COMMON[@]}" "${SERVE[@]}" > "$WORK/pinned-${2##*:}.log" 2>&1 &
  local pid=$!; PIDS+=("$pid"); REPLICA_PIDS+=("$pid")
  until curl -sf "$2/health/ready" >/dev/null; do sleep 0.05; done
}
sleep 1
pinned 0 "$R1"
nginx_with "$WORK/nginx-one.conf"
read -r ONE P E _ < <(run "$LB/api/v1/pairs/BLR-KAZ/volumes?source=official&flow=total&from=1991&to=2020")
printf "%-78s %10.0f %9.2f %7.2f %6s %8s\n" "1 replica pinned to core 0: hot pair series BLR-KAZ" "$ONE" "$P" "$(echo "$ONE / $BASE_RPS" | bc -l)" "$E" "$(rss)"
read -r ONER P E _ < <(run "$LB/" "$WORK/random-report.lua")
printf "%-78s %10.0f %9.2f %7.2f %6s %8s\n" "1 replica pinned to core 0: random pairs" "$ONER" "$P" "$(echo "$ONER / $BASE_RPS" | bc -l)" "$E" "$(rss)"
pinned 1 "$R2"
nginx_with "$WORK/nginx-two.conf"
read -r TWO P E _ < <(run "$LB/api/v1/pairs/BLR-KAZ/volumes?source=official&flow=total&from=1991&to=2020")
printf "%-78s %10.0f %9.2f %7.2f %6s %8s\n" "2 replicas pinned to cores 0 and 1: hot pair series BLR-KAZ" "$TWO" "$P" "$(echo "$TWO / $BASE_RPS" | bc -l)" "$E" "$(rss)"
read -r TWOR P E _ < <(run "$LB/" "$WORK/random-report.lua")
printf "%-78s %10.0f %9.2f %7.2f %6s %8s\n" "2 replicas pinned to cores 0 and 1: random pairs" "$TWOR" "$P" "$(echo "$TWOR / $BASE_RPS" | bc -l)" "$E" "$(rss)"
printf "pinned, 2 replicas / 1 replica: hot pair %.2fx, random pairs %.2fx\n" "$(echo "$TWO / $ONE" | bc -l)" "$(echo "$TWOR / $ONER" | bc -l)"

kill "$(cat /tmp/tradeapi-nginx.pid)" 2>/dev/null || true
