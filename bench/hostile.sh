#!/usr/bin/env bash
# Hostile requests against a running site: how long each takes, and whether /healthz and a
# page still answer at once while three clients send them without pause.
#
#   bench/hostile.sh [ITEMS]     (default 100000; needs a release build, wrk, curl, python3)
#
# The requests are those of the probe that found issue 10's defects: a 1 MB unknown source in
# an API filter, the same as a source name through the write API, a megabyte of listing
# parameters, a broad search, and the sitemap index.
set -euo pipefail
cd "$(dirname "$0")/.."
ITEMS="${1:-100000}"
BIN="${BIN:-target/release/communique}"
DATA="target/bench-data-$ITEMS"
PORT="${PORT:-18096}"
SECONDS_UNDER_LOAD="${SECONDS_UNDER_LOAD:-20}"

command -v wrk >/dev/null || { echo "wrk is missing (apt-get install wrk)" >&2; exit 2; }
[ -x "$BIN" ] || { echo "build first: cargo build --release" >&2; exit 2; }
if [ ! -f "$DATA/communique.db" ]; then
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
export COMMUNIQUE_PASSWORD="a password for the hostile benchmark"
"$BIN" user add --data-dir "$WORK/data" --email hostile@example.org --role editor >/dev/null
TOKEN=$("$BIN" token create --data-dir "$WORK/data" --email hostile@example.org | grep -oE '[0-9a-f]{64}' | head -1)
"$BIN" serve --data-dir "$WORK/data" --listen "127.0.0.1:$PORT" 2>"$WORK/serve.log" &
SERVE_PID=$!
URL="http://127.0.0.1:$PORT"
for _ in $(seq 1 600); do curl -fs "$URL/healthz" >/dev/null && break; sleep 0.2; done

python3 - "$WORK" <<'PY'
import json, sys
work = sys.argv[1]
name = "ab" * 500_000
open(f"{work}/filter.json", "w").write(json.dumps({"filter": {"field": "source", "value": name}}))
open(f"{work}/write.json", "w").write(json.dumps({
    "external_id": "hostile-1", "type": "press-release", "language": "en", "title": "t",
    "date": "2026-01-01", "sources": [name], "body_html": "<p>x</p>"}))
PY
LISTING="$URL/press-releases?source=$(head -c 30000 /dev/zero | tr '\0' 'x')&country=$(head -c 30000 /dev/zero | tr '\0' 'y')"

hostile() {
  case "$1" in
    filter) curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H 'Content-Type: application/json' --data-binary @"$WORK/filter.json" "$URL/api/v1/items" ;;
    write) curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H 'Content-Type: application/json' -H "Authorization: Bearer $TOKEN" --data-binary @"$WORK/write.json" "$URL/api/v1/items" ;;
    listing) curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$LISTING" ;;
    search) curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$URL/search?q=the+OR+and+OR+of+OR+in+OR+human+OR+rights" ;;
    sitemap) curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$URL/sitemap.xml" ;;
  esac
}

echo "== each hostile request alone (status, seconds; best of 3) on $ITEMS items, $(nproc) cores"
for kind in filter write listing search sitemap; do
  best=$(for _ in 1 2 3; do hostile "$kind"; done | sort -k2 -n | head -1)
  echo "   $kind: $best"
done

echo "== /healthz, 1 connection, alone (5 s)"
wrk -t1 -c1 -d5s --latency "$URL/healthz" | grep -E "Requests/sec|99%"
echo "== the same while 3 clients send the hostile requests without pause (${SECONDS_UNDER_LOAD} s)"
CLIENTS=()
for c in 1 2 3; do
  ( end=$((SECONDS + SECONDS_UNDER_LOAD + 2)); while [ $SECONDS -lt $end ]; do for kind in filter write listing search sitemap; do hostile "$kind"; done; done >"$WORK/client-$c.txt" ) &
  CLIENTS+=($!)
done
sleep 1
wrk -t1 -c1 -d"${SECONDS_UNDER_LOAD}s" --latency "$URL/healthz" | grep -E "Requests/sec|Latency|99%|Non-2xx"
wait "${CLIENTS[@]}"
echo "== the hostile requests' answers under load (status: count, slowest seconds)"
cat "$WORK"/client-*.txt | awk '{n[$1]++; if ($2 > m[$1]) m[$1] = $2} END {for (s in n) printf "   %s: %d, slowest %.3f s\n", s, n[s], m[s]}'
