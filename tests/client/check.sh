#!/usr/bin/env bash
# The contract as its users meet it: lint openapi.yaml with Spectral (spectral:oas) and Redocly (recommended), any error or
# warning failing; generate a TypeScript client with openapi-typescript, compile it under tsc --strict, and run it against a
# started service (fresh database, seeded from data/documents, plus the IMF ten-pair file from ../shared when it is there).
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd ../.. && pwd)
npm ci --no-audit --no-fund --loglevel=error
npx spectral lint --fail-severity=warn "$root/openapi.yaml"
redocly_out=$(npx redocly lint "$root/openapi.yaml" 2>&1) || { echo "$redocly_out"; exit 1; }
echo "$redocly_out" | tail -3
if echo "$redocly_out" | grep -Eq "You have [0-9]+ warning"; then echo "$redocly_out"; echo "Redocly warnings fail the check" >&2; exit 1; fi
npx openapi-typescript "$root/openapi.yaml" -o generated/api.d.ts
# The README's own client example, compiled and run as a user would copy it (its import names ./api.js: the generated types;
# only its address is changed, to the service started below).
awk '/<!-- client-example -->/ {on=1; next} on && /^```ts/ {code=1; next} code && /^```/ {exit} code {print}' "$root/README.md" \
  | sed "s#http://localhost:5000#http://127.0.0.1:${TRADEAPI_CHECK_PORT:-5187}#" > generated/readme-example.ts
[ -s generated/readme-example.ts ] || { echo "README has no client example after <!-- client-example -->" >&2; exit 1; }
npx tsc -p tsconfig.json

shared="$root/../shared/data/official/imf-dots-2000-2020.csv"
official=0
if [ -f "$shared" ]; then official=1
elif [ "${CI:-}" = "true" ]; then echo "CI=true but $shared is missing" >&2; exit 1
else echo "no ../shared official data: the client runs against stated figures only" >&2; fi

dotnet build "$root/src/TradeApi" -c Release --nologo -v q
db=$(mktemp -d)/contract.db
port=${TRADEAPI_CHECK_PORT:-5187}
env ConnectionStrings__Trade="Data Source=$db" Official__Paths__0="$( [ $official = 1 ] && echo "$shared" || echo "$root/data/official")" \
  Storage__DataPath="$root/data" dotnet "$root/src/TradeApi/bin/Release/net10.0/TradeApi.dll" --urls "http://127.0.0.1:$port" > "$db.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$(dirname "$db")"' EXIT
for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$port/health/ready" > /dev/null 2>&1 && break
  kill -0 $pid 2>/dev/null || { cat "$db.log"; exit 1; }
  sleep 0.5
done
TRADEAPI_URL="http://127.0.0.1:$port" TRADEAPI_OFFICIAL=$official node out/client.js
TRADEAPI_URL="http://127.0.0.1:$port" node out/generated/readme-example.js
