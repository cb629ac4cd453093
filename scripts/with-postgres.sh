#!/usr/bin/env bash
# Runs a command beside a throwaway PostgreSQL server, then stops the server, whether the command
# passed or not: `make test` runs `swift test` this way so that the store's conformance tests run
# against PostgreSQL as well as SQLite.
#
#   scripts/with-postgres.sh COMMAND ARGS...
#
# The server is a fresh cluster (initdb) in a temporary folder, listening on a free loopback port
# only (no Unix socket: a deep folder would make its path too long; fsync off, as nothing outlives
# the run), with one database, `indicators_test`, open to the cluster's owner
# without a password. The command sees its URL in INDICATORS_TEST_POSTGRES_URL (and the server's
# programs' folder in PG_BIN). The command's exit status is the script's.
#
# PostgreSQL comes from Debian's packages (installed if missing). initdb refuses to run as root:
# as root the cluster belongs to the unprivileged user `nobody`, and its folder is made under /tmp,
# which every user can reach (a clone under /root could not be).
set -euo pipefail

if [ $# -eq 0 ]; then
  echo "usage: $0 COMMAND [ARGS...]" >&2
  exit 2
fi

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
PG_BIN=$(find_bin)
if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
  echo "installing postgresql" >&2
  SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
  PG_BIN=$(find_bin)
fi

if [ "$(id -u)" = 0 ]; then
  OWNER=nobody
  BASE=$(mktemp -d /tmp/indicators-postgres.XXXXXX)
  chown "$OWNER" "$BASE"
  as_owner() { runuser -u "$OWNER" -- "$@"; }
else
  OWNER=$(id -un)
  mkdir -p .build
  BASE=$(mktemp -d "$PWD/.build/postgres.XXXXXX")
  as_owner() { "$@"; }
fi
DATA="$BASE/data"
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')

stop() {
  as_owner "$PG_BIN/pg_ctl" -D "$DATA" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$BASE"
}
trap stop EXIT

as_owner "$PG_BIN/initdb" -D "$DATA" -U "$OWNER" --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$BASE/initdb.log" 2>&1 \
  || { cat "$BASE/initdb.log" >&2; exit 1; }
as_owner "$PG_BIN/pg_ctl" -D "$DATA" -l "$BASE/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -c unix_socket_directories='' -c fsync=off -c max_connections=200" start >/dev/null \
  || { cat "$BASE/server.log" >&2; exit 1; }
as_owner "$PG_BIN/createdb" -h 127.0.0.1 -p "$PORT" -U "$OWNER" indicators_test

export INDICATORS_TEST_POSTGRES_URL="postgresql://$OWNER@127.0.0.1:$PORT/indicators_test"
export PG_BIN
echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') at $INDICATORS_TEST_POSTGRES_URL" >&2
status=0
"$@" || status=$?
exit $status
