#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 cluster on 127.0.0.1 and prints the connection string for it on stdout (the last line).
#   .ci/postgres.sh start [dir] [port]   initdb (if the directory is new) and pg_ctl start; trust auth on loopback only
#   .ci/postgres.sh stop  [dir]
# The binaries are the machine's (/usr/lib/postgresql/15/bin); initdb refuses root, so as root the cluster runs as user postgres.
set -euo pipefail
cmd=${1:-start}
dir=${2:-${TMPDIR:-/tmp}/tradeapi-pg}
port=${3:-55432}
bin=$(ls -d /usr/lib/postgresql/15/bin 2>/dev/null || dirname "$(command -v initdb)")
as() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "$cmd" in
  start)
    if [ ! -f "$dir/PG_VERSION" ]; then
      if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then useradd --system --no-create-home postgres; fi
      mkdir -p "$dir"
      [ "$(id -u)" = 0 ] && chown postgres "$dir"
      as "$bin/initdb" -D "$dir" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
      cat >> "$dir/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
max_connections = 300
shared_buffers = 256MB
CONF
      # A test cluster holds short-lived databases and needs no durability across a crash of the machine; PG_DURABLE=1 (the
      # benchmarks) keeps PostgreSQL's defaults: fsync on every commit.
      if [ "${PG_DURABLE:-}" != 1 ]; then printf 'fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n' >> "$dir/postgresql.conf"; fi
    fi
    if ! as "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
      as "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 start >/dev/null
    fi
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
    ;;
  stop)
    as "$bin/pg_ctl" -D "$dir" -m fast -w stop >/dev/null 2>&1 || true
    ;;
  *) echo "usage: $0 start|stop [dir] [port]" >&2; exit 2 ;;
esac
