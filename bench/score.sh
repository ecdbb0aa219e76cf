#!/usr/bin/env bash
# Scores the extractor on every corpus beside the repository (../shared/corpus/dev, real-dev) with score.py.
# Usage: bench/score.sh [-v]   (-v prints every missed and extra fact)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=../shared/corpus
[ -d "$corpus" ] || { echo "no $corpus beside the repository" >&2; exit 2; }
dotnet build src/TradeApi -c Release --nologo -v q >/dev/null
for set in dev real-dev; do
  out=$(python3 "$corpus/score.py" "$corpus/$set" --cmd "dotnet src/TradeApi/bin/Release/net10.0/TradeApi.dll extract")
  echo "== $set"
  if [ "${1:-}" = "-v" ]; then echo "$out"; else echo "$out" | grep -E '^(volumes|targets|overall)|speaker'; fi
done
