#!/usr/bin/env bash
# Page benchmarks of issue "The OSCE site runs from one command", side by side with nginx.
#
#   bench/pages.sh [ITEMS]          (default 100000; needs a release build, wrk and nginx)
#   BIN=path bench/pages.sh …       measures another build (an earlier version, for before/after)
#
# 1. fills a data dir with ITEMS demo items (once; kept in target/bench-data-ITEMS),
# 2. starts `communique serve` and nginx (serving the same item page as a static file),
# 3. measures with wrk on loopback: the item page on both, then the newsroom with two filters.
set -euo pipefail
cd "$(dirname "$0")/.."
ITEMS="${1:-100000}"
BIN="${BIN:-target/release/communique}"
DATA="target/bench-data-$ITEMS"
PORT=18080
NGINX_PORT=18081
DURATION="${DURATION:-15s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-64}"

command -v wrk >/dev/null || { echo "wrk is missing (apt-get install wrk)" >&2; exit 2; }
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || { echo "nginx is missing (apt-get install nginx-light)" >&2; exit 2; }
[ -x "$BIN" ] || { echo "build first: cargo build --release" >&2; exit 2; }

if [ ! -f "$DATA/communique.db" ]; then
  echo "== demo --items $ITEMS"
  /usr/bin/time -f "demo: %e s, max RSS %M KiB" "$BIN" demo --data-dir "$DATA" --items "$ITEMS" --seed 1
fi

"$BIN" serve --data-dir "$DATA" --listen "127.0.0.1:$PORT" --reload-seconds 0 2>target/bench-serve.log &
SERVE_PID=$!
WORK=$(mktemp -d)
chmod 755 "$WORK"
cleanup() {
  kill "$SERVE_PID" 2>/dev/null || true
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
for _ in $(seq 1 600); do
  curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null && break
  sleep 0.2
done

ITEM_PATH=$(curl -fs "http://127.0.0.1:$PORT/press-releases" | grep -o 'href="/items/[^"]*"' | head -1 | cut -d'"' -f2)
echo "== item page: $ITEM_PATH"
mkdir -p "$WORK/root"
curl -fs "http://127.0.0.1:$PORT$ITEM_PATH" >"$WORK/root/item.html"
chmod -R a+rX "$WORK/root"
echo "   page size: $(wc -c <"$WORK/root/item.html") bytes"
cat >"$WORK/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  types { text/html html; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/root;
    location / { try_files \$uri =404; }
  }
}
CONF
nginx -c "$WORK/nginx.conf" -p "$WORK"
sleep 0.5
curl -fs -o /dev/null "http://127.0.0.1:$NGINX_PORT/item.html" || { echo "nginx does not serve the page" >&2; exit 1; }

echo "== nginx, static file ($THREADS threads, $CONNECTIONS connections, $DURATION)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$NGINX_PORT/item.html" | tee "$WORK/nginx.txt"
echo "== communique, item page"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$PORT$ITEM_PATH" | tee "$WORK/communique.txt"
N=$(awk '/Requests\/sec/ {print $2}' "$WORK/nginx.txt")
C=$(awk '/Requests\/sec/ {print $2}' "$WORK/communique.txt")
echo "== item page ratio: communique/nginx = $(python3 -c "print(f'{$C/$N:.2f}')")"

LISTING="/press-releases?field_of_work=human-rights&country=ukraine"
echo "== newsroom with two filters: $LISTING (1 thread, 4 connections)"
wrk -t1 -c4 -d"$DURATION" --latency "http://127.0.0.1:$PORT$LISTING"
echo "== newsroom, page 50 with three filters"
wrk -t1 -c4 -d"$DURATION" --latency "http://127.0.0.1:$PORT/press-releases?type=press-release&source=secretariat&year=2025&page=50"

echo "== serve memory: $(ps -o rss= -p "$SERVE_PID") KiB RSS"
