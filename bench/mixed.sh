#!/usr/bin/env bash
# Mixed load: readers and writers at the same time.
#
#   bench/mixed.sh [ITEMS]     (default 100000; needs a release build, wrk and python3)
#
# 1. fills a data dir with ITEMS demo items (once; kept in target/bench-data-ITEMS), copies
#    it so that the writes of a run do not accumulate in the shared data,
# 2. starts `communique serve` (following the database every second, as in production),
# 3. for DURATION seconds: 8 connections of readers (wrk, bench/readers.lua: pages,
#    listings, search, feeds, the API) and 4 writers through the write API
#    (bench/writer.py: create, then replace with If-Match, published at once),
# 4. checks that every write the server acknowledged is there afterwards.
#
# Reports reader latencies, 5xx answers of both sides, writes per second and losses.
set -euo pipefail
cd "$(dirname "$0")/.."
ITEMS="${1:-100000}"
BIN="${BIN:-target/release/communique}"
DATA="target/bench-data-$ITEMS"
PORT="${PORT:-18090}"
DURATION="${DURATION:-60}"
READERS="${READERS:-8}"
WRITERS="${WRITERS:-4}"

command -v wrk >/dev/null || { echo "wrk is missing (apt-get install wrk)" >&2; exit 2; }
[ -x "$BIN" ] || { echo "build first: cargo build --release" >&2; exit 2; }

if [ ! -f "$DATA/communique.db" ]; then
  echo "== demo --items $ITEMS"
  "$BIN" demo --data-dir "$DATA" --items "$ITEMS" --seed 1
fi
WORK=$(mktemp -d)
cp -r "$DATA" "$WORK/data"
SERVE_PID=
cleanup() {
  [ -n "$SERVE_PID" ] && kill "$SERVE_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

export COMMUNIQUE_PASSWORD="a password for the load benchmark"
"$BIN" user add --data-dir "$WORK/data" --email writer@example.org --role editor >/dev/null
TOKEN=$("$BIN" token create --data-dir "$WORK/data" --email writer@example.org --name mixed-load | grep -oE '[0-9a-f]{64}' | head -1)
[ -n "$TOKEN" ] || { echo "no token" >&2; exit 1; }

# Every connection comes from this machine: let one address run as many heavy requests as
# the connections of the run (in production they come from many readers).
"$BIN" serve --data-dir "$WORK/data" --listen "127.0.0.1:$PORT" --client-concurrency 64 2>"$WORK/serve.log" &
SERVE_PID=$!
for _ in $(seq 1 600); do
  curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null && break
  sleep 0.2
done

URL="http://127.0.0.1:$PORT"
echo "== $READERS reader connections and $WRITERS writers for ${DURATION}s on $ITEMS items ($(nproc) cores, $(uname -m))"
echo "-- readers alone (the same addresses, without writers: the peer of the next run), 20 s"
wrk -t2 -c"$READERS" -d20s --latency -s bench/readers.lua "$URL" | grep -E "Requests/sec|Non-2xx|server errors|^p50|Socket errors"
python3 bench/writer.py write --url "$URL" --token "$TOKEN" --seconds "$DURATION" \
  --threads "$WRITERS" --run "mixed$$" --acks "$WORK/acks.jsonl" >"$WORK/writers.json" &
WRITER_PID=$!
sleep 1
echo "-- readers while the writers write, $((DURATION - 2)) s"
wrk -t2 -c"$READERS" -d"$((DURATION - 2))s" --latency -s bench/readers.lua "$URL" | tee "$WORK/readers.txt" | grep -E "Requests/sec|Non-2xx|server errors|^p50|Socket errors"
wait "$WRITER_PID"
echo "-- writers"
cat "$WORK/writers.json"
echo "-- every acknowledged write is there (after the next tick)"
sleep 2
python3 bench/writer.py verify --url "$URL" --token "$TOKEN" --acks "$WORK/acks.jsonl"
echo "-- server log: errors"
grep -ciE "error|panic" "$WORK/serve.log" || true
