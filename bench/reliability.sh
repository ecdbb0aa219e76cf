#!/usr/bin/env bash
# Long forms of the reliability tests that CI runs bounded: 60 s of load, 50 SIGKILLs, a 10 s lock, 5,000 fuzz cases per operation,
# 2,000 generated documents read back through every GET endpoint. Outside faults (lost -wal, full disk, immutable file,
# damaged pages, slow CSV reader) run against the real service in bench/faults.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
export LOAD_SECONDS=${LOAD_SECONDS:-60} CRASH_KILLS=${CRASH_KILLS:-50} LOCK_SECONDS=${LOCK_SECONDS:-10} FUZZ_CASES=${FUZZ_CASES:-5000} PROPERTY_CASES=${PROPERTY_CASES:-2000}
dotnet test tests/TradeApi.Tests -c Release --nologo \
  --filter "FullyQualifiedName~LoadTests|FullyQualifiedName~CrashTests|FullyQualifiedName~LockTests|FullyQualifiedName~ContractFuzzTests|FullyQualifiedName~PropertyTests" \
  --logger "console;verbosity=detailed" 2>&1 | grep -E "^ *(load|crash|lock|fuzz|property):|^ +Passed |^ +Failed |Total tests|Passed:|Failed:"
bash "$(dirname "$0")/faults.sh"
