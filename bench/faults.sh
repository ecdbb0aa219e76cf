#!/usr/bin/env bash
# Outside faults against the real service on 127.0.0.1, each reported in one line: a lost -wal, a full disk (a small tmpfs,
# when this machine permits mounting one), an immutable database file (chattr, when the filesystem supports it), a damaged
# page, and a slow CSV reader while documents are posted. Needs a built service: dotnet build src/TradeApi -c Release.
set -uo pipefail
cd "$(dirname "$0")/.."
DLL=src/TradeApi/bin/Release/net10.0/TradeApi.dll
KEY=faults-key
PORT=${PORT:-5099}
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; umount "$work/tmpfs" 2>/dev/null; chattr -i "$work"/*.db 2>/dev/null; rm -rf "$work"' EXIT

start() { # db -> pid in $svc
  ConnectionStrings__Trade="Data Source=$1" Auth__ApiKeys__0=$KEY RateLimits__WritesPerWindow=1000000 RateLimits__ReadsPerWindow=1000000 \
    dotnet "$DLL" --urls "http://127.0.0.1:$PORT" >"$work/out.log" 2>"$work/err.log" &
  svc=$!
  for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$PORT/health/live" >/dev/null 2>&1 && return 0; kill -0 $svc 2>/dev/null || return 1; sleep 0.1; done
  return 1
}
post() { # n -> status
  curl -s -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:$PORT/api/v1/documents" -H "X-Api-Key: $KEY" -H 'Content-Type: text/plain' \
    --data-binary "Faults $1

LIMA, 4 May 2021 - Trade between Peru and Chile reached \$$((RANDOM % 900 + 100)) million in 2020. Round $1 $(head -c 3000 /dev/zero | tr '\0' 'x')."
}

# 1. Lost -wal: acknowledged documents, SIGKILL, the -wal deleted; the restart must refuse, not re-seed.
db=$work/wal.db; start "$db"; ok=0; for i in $(seq 1 50); do [ "$(post $i)" = 201 ] && ok=$((ok+1)); done
kill -9 $svc; wait $svc 2>/dev/null; rm -f "$db-wal" "$db-shm"
if start "$db"; then echo "wal-loss: FAIL, restarted and served after losing the -wal of $ok documents"; kill $svc
else echo "wal-loss: $ok documents acknowledged, -wal deleted, restart refused: $(head -1 "$work/err.log" | cut -c1-160)"; fi

# 2. Full disk on a 4 MiB tmpfs.
mkdir -p "$work/tmpfs"
if mount -t tmpfs -o size=4m tmpfs "$work/tmpfs" 2>/dev/null; then
  db=$work/tmpfs/full.db; start "$db"; codes=""; for i in $(seq 1 400); do codes="$codes $(post $i)"; done
  ready=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/health/ready")
  echo "disk-full: posts by status:$(echo $codes | tr ' ' '\n' | sort | uniq -c | awk '{printf " %s x%s", $2, $1}'); /health/ready $ready"
  kill $svc; wait $svc 2>/dev/null
else echo "disk-full: skipped (mounting a tmpfs is not permitted here)"; fi

# 3. Immutable database file.
db=$work/immutable.db; start "$db"; post 1 >/dev/null; kill $svc; wait $svc 2>/dev/null
if chattr +i "$db" 2>/dev/null; then
  if start "$db"; then
    echo "immutable: post $(post 2), /health/ready $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/health/ready"), read $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/api/v1/pairs")"
    kill $svc; wait $svc 2>/dev/null
  else echo "immutable: start refused: $(head -1 "$work/err.log" | cut -c1-160)"; fi
  chattr -i "$db"
else echo "immutable: skipped (chattr +i is not supported on this filesystem)"; fi

# 4. Damaged pages: garbage over everything after the first page.
db=$work/corrupt.db; start "$db"; post 1 >/dev/null; kill $svc; wait $svc 2>/dev/null
sqlite3 "$db" 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null 2>&1
size=$(stat -c %s "$db"); head -c $((size - 4096)) /dev/urandom | dd of="$db" bs=4096 seek=1 conv=notrunc status=none
if start "$db"; then echo "corrupt: FAIL, served a damaged database"; kill $svc
else echo "corrupt: start refused: $(head -1 "$work/err.log" | cut -c1-160)"; fi

# 5. Slow CSV reader (2 KB/s) while 300 documents are posted: the -wal must stay small.
db=$work/slow.db; start "$db"
curl -s --limit-rate 2k "http://127.0.0.1:$PORT/api/v1/volumes?format=csv" >/dev/null & reader=$!
sleep 1; for i in $(seq 1 300); do post $i >/dev/null; done
echo "slow-reader: -wal $(stat -c %s "$db-wal") bytes after 300 documents with a 2 KB/s CSV reader"
kill $reader $svc 2>/dev/null; wait 2>/dev/null
