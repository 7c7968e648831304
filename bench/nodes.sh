#!/usr/bin/env bash
# PostgreSQL and several nodes beside the embedded SQLite, in one run on this machine: load
# time, start time, pages under load, catch-up after CHANGES new items, and two nodes
# against one. Both nodes and PostgreSQL share this machine's cores.
#
#   bench/nodes.sh [ITEMS] [CHANGES]     (default 100000 and 10000; a release build, wrk,
#                                          psql and a PostgreSQL server)
#   PG=postgres://USER@HOST:PORT/DB bench/nodes.sh …   another server (default the local one)
#
# Each backend gets the same demo corpus (`demo --seed 1`), then CHANGES more items
# (`demo --seed 2`) while the node is down. Request logging is off; polling is 1 s (the
# default), and on PostgreSQL the nodes also wake on NOTIFY.
set -euo pipefail
cd "$(dirname "$0")/.."
ITEMS="${1:-100000}"
CHANGES="${2:-10000}"
BIN="${BIN:-target/release/communique}"
PG="${PG:-postgres://postgres@127.0.0.1:5432/postgres}"
DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-4}"
PORT_A=18101
PORT_B=18102

command -v wrk >/dev/null || { echo "wrk is missing (apt-get install wrk)" >&2; exit 2; }
command -v psql >/dev/null || { echo "psql is missing" >&2; exit 2; }
[ -x "$BIN" ] || { echo "build first: cargo build --release" >&2; exit 2; }

WORK=$(mktemp -d)
DB="communique_bench_$$"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  psql "$PG" -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
psql "$PG" -qc "CREATE DATABASE $DB TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"
PG_URL="${PG%/*}/$DB"

now() { date +%s.%N; }
since() { echo "$(now) - $1" | bc; }

# start NAME PORT DATA [DATABASE…]: starts serve; STARTED is the seconds until /healthz
# answers.
start() {
  local name=$1 port=$2 data=$3
  shift 3
  local t0
  t0=$(now)
  "$BIN" serve --data-dir "$data" --listen "127.0.0.1:$port" --no-request-log "$@" \
    >/dev/null 2>"$WORK/$name.log" &
  PIDS+=($!)
  eval "PID_$name=$!"
  for _ in $(seq 1 6000); do
    curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break
    sleep 0.05
  done
  STARTED=$(since "$t0")
}

stop() { # NAME
  local pid_var="PID_$1"
  kill "${!pid_var}" 2>/dev/null || true
  wait "${!pid_var}" 2>/dev/null || true
}

# load PORT PATH: one wrk run; prints "req/s p50 p99".
load() {
  wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$1$2" 2>/dev/null |
    awk '/Requests\/sec/ {r=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} END {print r, p50, p99}'
}

PAGES=(
  "/press-releases?field_of_work=human-rights&country=ukraine"
  "/press-releases"
  "/search?q=human+rights"
  "/api/v1/items?query=human+rights&facets[0][field]=country"
)

measure() { # BACKEND DATABASE-ARGS…
  local backend=$1
  shift
  local data="$WORK/$backend-a"
  echo "== $backend: demo --items $ITEMS"
  local t0
  t0=$(now)
  "$BIN" demo --data-dir "$data" --items "$ITEMS" --seed 1 "$@" >/dev/null
  echo "   load: $(since "$t0") s"
  start "${backend}A" $PORT_A "$data" "$@"
  echo "   first start (builds the index): $STARTED s"
  local item
  item=$(curl -fs "http://127.0.0.1:$PORT_A/press-releases" | grep -o 'href="/items/[^"]*"' | head -1 | cut -d'"' -f2)
  for path in "${PAGES[@]}" "$item"; do
    echo "   $path: $(load $PORT_A "$path") (req/s, p50, p99; wrk -t1 -c$CONNECTIONS -d$DURATION)"
  done
  stop "${backend}A"
  start "${backend}A" $PORT_A "$data" "$@"
  echo "   restart (index kept): $STARTED s"
  stop "${backend}A"
  "$BIN" demo --data-dir "$data" --items "$CHANGES" --seed 2 "$@" >/dev/null
  start "${backend}A" $PORT_A "$data" "$@"
  echo "   restart after $CHANGES new items (catches up before answering): $STARTED s"
  stop "${backend}A"
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(psql "$PG" -Atc 'SELECT version()' | cut -d' ' -f1-2)"
measure sqlite
measure postgres --database "$PG_URL"

echo "== postgres: two nodes against one"
start A $PORT_A "$WORK/postgres-a" --database "$PG_URL"
start B $PORT_B "$WORK/postgres-b" --database "$PG_URL"
echo "   node B from an empty data dir (builds its index): $STARTED s"
PATH_ONE="/press-releases?field_of_work=human-rights&country=ukraine"
echo "   one node:  $(load $PORT_A "$PATH_ONE")"
CONNECTIONS=$((CONNECTIONS / 2 > 0 ? CONNECTIONS / 2 : 1))
load $PORT_A "$PATH_ONE" >"$WORK/a.out" &
LOAD_A=$!
load $PORT_B "$PATH_ONE" >"$WORK/b.out"
wait "$LOAD_A"
echo "   two nodes: A $(cat "$WORK/a.out") + B $(cat "$WORK/b.out") (each -c$CONNECTIONS)"
