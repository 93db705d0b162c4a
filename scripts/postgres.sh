#!/usr/bin/env bash
# A throw-away PostgreSQL for the tests and the scale-out runs; idempotent and quick when it already runs.
#   bash scripts/postgres.sh         ensure it runs; prints the Npgsql connection string on stdout
#   bash scripts/postgres.sh stop    stop it (the data stays until the temp folder is cleaned)
#   bash scripts/postgres.sh restart stop and start it again (fault runs: "PostgreSQL restarted during load")
# Debian's packages (apt-get install postgresql when missing); no Docker. The cluster lives in a temp folder,
# listens on 127.0.0.1 only (TIPBOT_PG_PORT, default 55432) and trusts local connections: test data only.
# The server runs as the "postgres" user, since PostgreSQL refuses to run as root.
set -euo pipefail

port="${TIPBOT_PG_PORT:-55432}"
data="${TIPBOT_PG_DATA:-${TMPDIR:-/tmp}/tipbot-postgres-$port}"
database="tipbot_test"
user="tipbot"
connection="Host=127.0.0.1;Port=$port;Database=$database;Username=$user;Password=$user"

log() { echo "postgres: $*" >&2; }

bin_dir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

as_postgres() {
  if [ "$(id -u)" = "0" ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

bin="$(bin_dir)"
if [ -z "$bin" ] || [ ! -x "$bin/pg_ctl" ]; then
  log "installing Debian's postgresql"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  bin="$(bin_dir)"
fi

if [ "${1:-}" = "stop" ]; then
  if [ -f "$data/postmaster.pid" ]; then
    as_postgres "$bin/pg_ctl" -D "$data" -m fast stop >/dev/null
    log "stopped ($data)"
  fi
  exit 0
fi

if [ "${1:-}" = "restart" ]; then
  # The options of the last start are kept in postmaster.opts.
  as_postgres "$bin/pg_ctl" -D "$data" -l "$data/server.log" -m fast -w -t 60 restart >/dev/null
  log "restarted ($data)"
  exit 0
fi

ready() { "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"; }

# Several test runs may start at once: one of them creates the cluster, the others wait for it.
exec 9>"${TMPDIR:-/tmp}/tipbot-postgres-$port.lock"
flock 9

if ! ready; then
  if [ ! -f "$data/PG_VERSION" ]; then
    log "creating a cluster in $data"
    mkdir -p "$data"
    [ "$(id -u)" = "0" ] && chown postgres: "$data"
    chmod 700 "$data"
    as_postgres "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  log "starting on 127.0.0.1:$port"
  # 9>&-: the server must not inherit the lock, or the next run would wait for it forever.
  # Test settings: no fsync (the data is disposable), room for the pools of many parallel tests.
  as_postgres "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
    -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c max_connections=400 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null 9>&-
fi

psql() { "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
if [ "$(psql -d postgres -c "SELECT 1 FROM pg_roles WHERE rolname = '$user'")" != "1" ]; then
  psql -d postgres -c "CREATE ROLE $user LOGIN PASSWORD '$user' CREATEDB" >/dev/null
fi
if [ "$(psql -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$database'")" != "1" ]; then
  psql -d postgres -c "CREATE DATABASE $database OWNER $user" >/dev/null
fi

echo "$connection"
