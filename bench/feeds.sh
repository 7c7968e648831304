#!/usr/bin/env bash
# Feeds and sitemaps, side by side with nginx serving the same bytes as static files.
#
#   bench/feeds.sh [ITEMS]          (default 1000000; needs a release build, wrk and nginx)
#
# 1. fills a data dir with ITEMS demo items (once; kept in target/bench-data-ITEMS),
# 2. starts `communique serve` and nginx (serving a copy of the feed and of a sitemap),
# 3. measures with wrk on loopback (1 thread, 4 connections): the feed of a filtered listing,
#    and a sitemap of 50,000 items.
# Feeds and sitemaps are computed per request (nothing is cached ahead of time, which is what
# keeps an embargoed item out of them); nginx shows what serving them precomputed would cost.
set -euo pipefail
cd "$(dirname "$0")/.."
ITEMS="${1:-1000000}"
BIN=target/release/communique
DATA="target/bench-data-$ITEMS"
PORT=18082
NGINX_PORT=18083
DURATION="${DURATION:-10s}"

command -v wrk >/dev/null || { echo "wrk is missing (apt-get install wrk)" >&2; exit 2; }
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || { echo "nginx is missing (apt-get install nginx-light)" >&2; exit 2; }
[ -x "$BIN" ] || { echo "build first: cargo build --release" >&2; exit 2; }

if [ ! -f "$DATA/communique.db" ]; then
  echo "== demo --items $ITEMS"
  /usr/bin/time -f "demo: %e s, max RSS %M KiB" "$BIN" demo --data-dir "$DATA" --items "$ITEMS" --seed 1
fi

"$BIN" serve --data-dir "$DATA" --listen "127.0.0.1:$PORT" --reload-seconds 0 \
  --public-url https://www.example.org 2>target/bench-serve.log &
SERVE_PID=$!
WORK=$(mktemp -d)
chmod 755 "$WORK"
cleanup() {
  kill "$SERVE_PID" 2>/dev/null || true
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
for _ in $(seq 1 1200); do
  curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null && break
  sleep 0.2
done

FEED="/feed.atom?field_of_work=human-rights&country=ukraine"
SITEMAP="/sitemap.xml?part=items-1"
mkdir -p "$WORK/root"
curl -fs "http://127.0.0.1:$PORT$FEED" >"$WORK/root/feed.atom"
curl -fs "http://127.0.0.1:$PORT$SITEMAP" >"$WORK/root/sitemap.xml"
chmod -R a+rX "$WORK/root"
echo "== feed: $(grep -c '<entry' "$WORK/root/feed.atom") entries, $(wc -c <"$WORK/root/feed.atom") bytes"
echo "== sitemap: $(grep -c '<url>' "$WORK/root/sitemap.xml") addresses, $(wc -c <"$WORK/root/sitemap.xml") bytes"
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
  types { application/atom+xml atom; application/xml xml; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/root;
    location / { try_files \$uri =404; }
  }
}
CONF
nginx -c "$WORK/nginx.conf" -p "$WORK"
sleep 0.5

echo "== communique, feed of a filtered listing: $FEED"
wrk -t1 -c4 -d"$DURATION" --latency "http://127.0.0.1:$PORT$FEED"
echo "== nginx, the same feed as a static file"
wrk -t1 -c4 -d"$DURATION" --latency "http://127.0.0.1:$NGINX_PORT/feed.atom"
echo "== communique, sitemap of 50,000 items: $SITEMAP"
wrk -t1 -c4 -d"$DURATION" --latency "http://127.0.0.1:$PORT$SITEMAP"
echo "== nginx, the same sitemap as a static file"
wrk -t1 -c4 -d"$DURATION" --latency "http://127.0.0.1:$NGINX_PORT/sitemap.xml"
echo "== communique, the sitemap index"
wrk -t1 -c4 -d"$DURATION" --latency "http://127.0.0.1:$PORT/sitemap.xml"
