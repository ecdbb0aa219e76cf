#!/usr/bin/env bash
# Prints EXPLAIN QUERY PLAN of every query the read endpoints run (the same list QueryPlanTests checks), for bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet test tests/TradeApi.Tests -c Release --nologo --filter "FullyQualifiedName~QueryPlanTests.NoReadQueryScans" --logger "console;verbosity=detailed" 2>&1 \
  | sed -n '/Standard Output Messages/,/^$/p' | sed '1d;s/^ //'
