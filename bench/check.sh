#!/usr/bin/env bash
# Claim check at full scale (issue 20). A fresh SQLite database with the full IMF matrix (import verb) and the Federal Reserve's annual
# rates (POST /api/v1/rates), then:
#   1. every real-dev text ingested with its publisher's address as `source` (as users do), and each target in NZD, GBP, CAD, AUD or
#      EUR listed with its status, basis and the rate it was judged at: the bar is that none is `no_data` for want of a rate;
#   2. POST /api/v1/check of a 5 KB text (three real-dev texts about three pairs, joined) under wrk: the bar is p99 <= 50 ms.
# Needs ../shared/data/official/imf-dots-1960-2020.csv.gz, ../shared/data/fx/usd-annual-average.csv, ../shared/corpus/real-dev and
# wrk (apt-get install wrk). Usage: bench/check.sh [SECONDS per case, default 10]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_CASE=${1:-10}
MATRIX=../shared/data/official/imf-dots-1960-2020.csv.gz
RATES=../shared/data/fx/usd-annual-average.csv
CORPUS=../shared/corpus/real-dev
for f in "$MATRIX" "$RATES" "$CORPUS/sources.tsv"; do [ -e "$f" ] || { echo "check.sh: $f not found (it ships beside the clone, not in it)" >&2; exit 2; }; done
command -v wrk >/dev/null || { echo "check.sh: wrk not found; apt-get install wrk" >&2; exit 2; }

WORK=$(mktemp -d /tmp/tradeapi-check.XXXXXX)
PID=
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
DB="$WORK/trade.db"
SVC=http://127.0.0.1:5390
KEY=bench-key
dotnet build src/TradeApi -c Release --nologo -v q >/dev/null
APP=src/TradeApi/bin/Release/net10.0/TradeApi.dll
COMMON=(--ConnectionStrings:Trade="Data Source=$DB" --Storage:SeedOnStart=false)

echo "== the full matrix imported, the rates posted"
dotnet "$APP" import "$MATRIX" imf-dots "${COMMON[@]}" 2>&1 | grep -E "imported" || true
dotnet "$APP" --urls "$SVC" "${COMMON[@]}" --Auth:ApiKeys:0="$KEY" --RateLimits:ReadsPerWindow=1000000 --RateLimits:WritesPerWindow=1000000 \
  --RateLimits:WindowSeconds=1 --Logging:LogLevel:Default=Warning > "$WORK/service.log" 2>&1 &
PID=$!
until curl -sf "$SVC/health/ready" >/dev/null; do sleep 0.1; done
curl -sf -X POST "$SVC/api/v1/rates?source=federal-reserve-h10" -H "X-Api-Key: $KEY" -H 'Content-Type: text/csv' --data-binary @"$RATES"; echo

echo "== 1. targets of the real-dev texts in NZD, GBP, CAD, AUD or EUR"
python3 - "$SVC" "$KEY" "$CORPUS" <<'PY'
import json, sys, urllib.request, collections
svc, key, corpus = sys.argv[1:4]
def call(method, path, body=None, ctype="application/json"):
    req = urllib.request.Request(svc + path, data=body, method=method, headers={"Content-Type": ctype, "X-Api-Key": key, "Accept": "application/json"})
    with urllib.request.urlopen(req) as r:
        return json.load(r)
for line in open(f"{corpus}/sources.tsv", encoding="utf-8"):
    name, _, source = line.rstrip("\n").partition("\t")
    if not name.endswith(".txt"): continue
    text = open(f"{corpus}/{name}", encoding="utf-8").read()
    call("POST", "/api/v1/documents", json.dumps({"text": text, "source": source or None}).encode())
items = call("GET", "/api/v1/targets?limit=1000")["items"]
wanted = {"NZD", "GBP", "CAD", "AUD", "EUR"}
rows = [t for t in items if t["target"]["currency"] in wanted]
print(f"{len(items)} targets in all, {len(rows)} in NZD, GBP, CAD, AUD or EUR")
print(f"{'pair':8} {'level':>16} {'cur':4} {'status':9} {'basis':9} {'latest':>22}  rate")
for t in rows:
    tg, ev = t["target"], t["evaluation"]
    latest = ev["latest"]
    usd = latest and latest.get("usd")
    rate = f"{usd['rate']} ({usd['year']})" if usd else "-"
    lat = f"{latest['year']} {latest['value']:,.0f}" if latest else "-"
    print(f"{tg['pair']:8} {tg['value'] or 0:>16,.0f} {tg['currency']:4} {ev['status']:9} {ev['basis']:9} {lat:>22}  {rate}")
no_rate = [t for t in rows if "no_rate" in t["evaluation"]["explanation"]]
official = [t for t in rows if t["evaluation"]["basis"] == "official"]
print(f"judged on official figures: {len(official)} of {len(rows)}; without a rate (no_rate): {len(no_rate)}; "
      f"statuses: {dict(collections.Counter(t['evaluation']['status'] for t in rows))}")
vols = call("GET", "/api/v1/volumes?source=stated&limit=1000")["items"]
other = [v for v in vols if v["currency"] in wanted]
print(f"stated volumes in those currencies: {len(other)}, with a dollar value: {sum(1 for v in other if v['usd'])}")
PY

echo "== 2. POST /api/v1/check of a 5 KB text"
# The founding document and paragraphs of our own with figures for other pairs, years and currencies, about 5 KB.
{ cat data/documents/00-belarus-kazakhstan-2013.txt; cat <<'TEXT'

Ministers of Canada and Japan met in Ottawa to review the economic partnership. Canada-Japan trade reached C$30 billion in 2019,
and Canada's exports to Japan reached C$12.6 billion in the same year, led by canola, pork and coal. Both sides want to raise
two-way trade to C$40 billion by 2030 and to open talks on critical minerals.

In Berlin, the German and Chinese delegations noted that in 2019 trade between China and Germany reached 185 billion euros.
China's imports from Germany were about $105 billion in 2018. The two countries aim to raise trade to 300 billion euros by 2030.

Officials in New Delhi said trade between India and Russia reached $10 billion in 2019 and set a goal of $30 billion by 2025,
while trade between Kazakhstan and China stood at more than $14 billion in 2019. Turkey and Russia, for their part, reported
that their trade turnover reached $26 billion in 2019, and said they would work to bring it to $100 billion.

At a briefing in Tashkent the same week, the ministers of Uzbekistan and Kazakhstan said that trade between their countries
grew to $3.3 billion in 2019, up from $3 billion a year earlier, and agreed to raise it to $5 billion by 2025 through new border
crossings, a joint industrial zone and simpler customs procedures for farm goods and machinery. Vietnam and Japan, meeting in
Hanoi, noted that two-way trade was about $40 billion in 2019 and that Japanese investment in Vietnamese factories kept growing.

Armenia and Georgia closed the week with a meeting of their intergovernmental commission in Tbilisi. The two governments said
they would ease transit for lorries, extend the opening hours of the Bagratashen crossing and study a common electricity market,
and they asked their customs services to publish monthly figures so that traders can follow the results of the new rules.
TEXT
} > "$WORK/text.txt"
printf 'text: %s bytes; ' "$(wc -c < "$WORK/text.txt")"
curl -sf -X POST "$SVC/api/v1/check" -H 'Content-Type: text/plain' --data-binary @"$WORK/text.txt" \
  | python3 -c 'import json,sys; d=json.load(sys.stdin); print(len(d["volumes"]), "volumes,", len(d["targets"]), "targets; verdicts", {k: v for k, v in d["verdicts"].items() if v})'
python3 - "$WORK/text.txt" > "$WORK/post.lua" <<'PY'
import json, sys
body = open(sys.argv[1], encoding="utf-8").read()
# A long bracket keeps the text's bytes as they are (Lua 5.1 strings have no \u escapes).
print(f'wrk.method = "POST"\nwrk.headers["Content-Type"] = "text/plain"\nwrk.body = [==[\n{body}]==]')
print('''done = function(summary, latency, requests)
  io.write(string.format("RESULT %.1f %.2f %.2f %d %d\\n", summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.requests))
end''')
PY
printf '%-22s %8s %8s %8s %7s\n' connections req/s "p50 ms" "p99 ms" errors
for c in 1 4 16; do
  wrk -t1 -c"$c" -d2s -s "$WORK/post.lua" "$SVC/api/v1/check" >/dev/null 2>&1 || true
  t=$(( c < 2 ? 1 : 2 ))
  wrk -t"$t" -c"$c" -d"${SECONDS_PER_CASE}s" -s "$WORK/post.lua" "$SVC/api/v1/check" 2>/dev/null | awk -v c="$c" '/^RESULT/ {printf "%-22s %8s %8s %8s %7s\n", c, $2, $3, $4, $5}'
done
