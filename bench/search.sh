#!/usr/bin/env bash
# Search benchmarks of issue "Newsroom search and a public query API", side by side with the
# SQLite FTS5 peer (bench/fts5_peer.py), on one data dir.
#
#   bench/search.sh [ITEMS] [WORDS]     (default 1000000 youth; needs a release build and wrk)
#
# BIN=path and ENGINE=path measure other builds (an earlier version, for before/after), and
# PEER=0 leaves the peer out.
#
# 1. the engine alone (the search_latency example: words + 2 filters + 4 facets),
# 2. the same query through the HTTP API with 1 and 4 connections, and serve's memory,
# 3. the FTS5 peer answering the same words and filters with GROUP BY facet counts.
set -euo pipefail
cd "$(dirname "$0")/.."
ITEMS="${1:-1000000}"
WORDS="${2:-youth}"
BIN="${BIN:-target/release/communique}"
DATA="target/bench-data-$ITEMS"
PORT=18090
command -v wrk >/dev/null || { echo "wrk is missing (apt-get install wrk)" >&2; exit 2; }
[ -x "$BIN" ] || { echo "build first: cargo build --release" >&2; exit 2; }
if [ ! -f "$DATA/communique.db" ]; then
  "$BIN" demo --data-dir "$DATA" --items "$ITEMS" --seed 1
fi

echo "== engine"
ENGINE="${ENGINE:-}"
if [ -z "$ENGINE" ]; then
  cargo build -q --release -p communique-web --example search_latency
  ENGINE=target/release/examples/search_latency
fi
"$ENGINE" "$DATA" "$WORDS" 1000 | tail -3

echo "== HTTP API"
"$BIN" serve --data-dir "$DATA" --listen "127.0.0.1:$PORT" --reload-seconds 0 2>target/bench-search-serve.log &
SERVE_PID=$!
trap 'kill $SERVE_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null && break
  sleep 0.5
done
URL="http://127.0.0.1:$PORT/api/v1/items?query[value]=$WORDS&filter[conditions][0][field]=type&filter[conditions][0][value]=press-release&filter[conditions][1][field]=field_of_work&filter[conditions][1][value]=human-rights&facets[0][field]=type&facets[1][field]=source&facets[2][field]=country&facets[3][field]=year&limit=10"
curl -fsg "$URL" | head -c 200; echo
for c in 1 4; do
  echo "-- $c connection(s)"
  wrk -t1 -c"$c" -d10s --latency "$URL" | grep -E "Requests/sec|50%|99%"
done
echo "serve RSS: $(ps -o rss= -p "$SERVE_PID") KiB"
kill "$SERVE_PID"

[ "${PEER:-1}" = 0 ] && exit 0
echo "== FTS5 peer"
python3 bench/fts5_peer.py "$DATA" --words "$WORDS" --runs 20
