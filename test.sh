#!/usr/bin/env bash
# Runs every test and ends with "N passed, N failed, N skipped" (skipped: tests that need ../shared or PostgreSQL-only ones, each
# with its reason in the log); the exit status is non-zero when any run failed.
# First the whole solution on SQLite; then the HTTP suite again on PostgreSQL (TRADEAPI_TEST_STORE=Postgres), on the server named by
# TRADEAPI_TEST_POSTGRES or, when the PostgreSQL 15 binaries are installed, on a throwaway cluster started here (.ci/postgres.sh)
# and removed afterwards. Without either, the PostgreSQL run is skipped with the reason (and fails under CI=true).
set -o pipefail
cd "$(dirname "$0")"
log=$(mktemp)
dotnet test TradeApi.sln -c Release --nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

pg_dir=""
if [ -z "${TRADEAPI_TEST_POSTGRES:-}" ] && { [ -x /usr/lib/postgresql/15/bin/initdb ] || command -v initdb >/dev/null 2>&1; }; then
  # A free loopback port: three tries on random ones (another cluster may hold one).
  for _ in 1 2 3; do
    pg_dir=$(mktemp -d "${TMPDIR:-/tmp}/tradeapi-pg.XXXXXX")
    port=$((55000 + RANDOM % 5000))
    if TRADEAPI_TEST_POSTGRES=$(.ci/postgres.sh start "$pg_dir" "$port" 2>/dev/null | tail -1) && [ -n "$TRADEAPI_TEST_POSTGRES" ]; then
      export TRADEAPI_TEST_POSTGRES
      break
    fi
    echo "test.sh: no PostgreSQL cluster on port $port ($(tail -1 "$pg_dir/server.log" 2>/dev/null)); trying another" >&2
    .ci/postgres.sh stop "$pg_dir"; rm -rf "$pg_dir"; pg_dir=""; unset TRADEAPI_TEST_POSTGRES
  done
  if [ -z "${TRADEAPI_TEST_POSTGRES:-}" ]; then echo "test.sh: could not start a PostgreSQL cluster from the installed binaries" >&2; fi
fi
if [ -n "${TRADEAPI_TEST_POSTGRES:-}" ]; then
  echo "== the HTTP suite on PostgreSQL"
  TRADEAPI_TEST_STORE=Postgres dotnet test tests/TradeApi.Tests -c Release --nologo --no-build "$@" 2>&1 | tee -a "$log"
  pg_status=${PIPESTATUS[0]}
  [ "$pg_status" -ne 0 ] && status=$pg_status
elif [ "${CI:-}" = "true" ]; then
  echo "test.sh: no PostgreSQL for the second run (TRADEAPI_TEST_POSTGRES unset, and no cluster could be started from PostgreSQL 15 binaries); CI needs it" >&2
  status=1
else
  echo "test.sh: PostgreSQL run skipped: TRADEAPI_TEST_POSTGRES unset, and no cluster could be started (apt-get install postgresql-15 gives the binaries)"
fi
if [ -n "$pg_dir" ]; then .ci/postgres.sh stop "$pg_dir"; rm -rf "$pg_dir"; fi

passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -Eo 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
