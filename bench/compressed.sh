#!/usr/bin/env bash
# Compressed pages beside nginx serving the same bytes pre-compressed (gzip_static), in one
# run on this machine: the item page, the home page and the newsroom's first page.
#
#   bench/compressed.sh [ITEMS]     (default 100000; needs a release build, wrk and nginx)
#   BIN=path bench/compressed.sh …  measures another build
#
# communique answers with brotli (its kept pages carry their compressed forms); nginx
# answers the same page's gzip file with gzip_static (nginx-light has no brotli). Each wrk
# run sends the Accept-Encoding it is measured with. Request logging is off on both.
set -euo pipefail
cd "$(dirname "$0")/.."
ITEMS="${1:-100000}"
BIN="${BIN:-target/release/communique}"
DATA="target/bench-data-$ITEMS"
PORT=18090
NGINX_PORT=18091
DURATION="${DURATION:-10s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-64}"

command -v wrk >/dev/null || { echo "wrk is missing (apt-get install wrk)" >&2; exit 2; }
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || { echo "nginx is missing (apt-get install nginx-light)" >&2; exit 2; }
[ -x "$BIN" ] || { echo "build first: cargo build --release" >&2; exit 2; }

if [ ! -f "$DATA/communique.db" ]; then
  echo "== demo --items $ITEMS"
  /usr/bin/time -f "demo: %e s, max RSS %M KiB" "$BIN" demo --data-dir "$DATA" --items "$ITEMS" --seed 1
fi

"$BIN" serve --data-dir "$DATA" --listen "127.0.0.1:$PORT" --reload-seconds 0 --no-request-log 2>target/bench-compressed.log &
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

# The pages, saved identity-encoded and gzip-compressed for nginx.
ITEM_PATH=${ITEM_PATH:-$(curl -fs "http://127.0.0.1:$PORT/press-releases" | grep -o 'href="/items/[^"]*"' | head -1 | cut -d'"' -f2)}
mkdir -p "$WORK/root"
save() { # name path
  curl -fs "http://127.0.0.1:$PORT$2" >"$WORK/root/$1.html"
  gzip -9 -k "$WORK/root/$1.html"
  local br
  br=$(curl -fs -H 'Accept-Encoding: br' "http://127.0.0.1:$PORT$2" | wc -c)
  echo "   $2: $(wc -c <"$WORK/root/$1.html") bytes, gzip -9 $(wc -c <"$WORK/root/$1.html.gz"), communique br $br"
}
echo "== pages"
save item "$ITEM_PATH"
save home "/"
save newsroom "/press-releases"
chmod -R a+rX "$WORK/root"
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
  gzip_static on;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/root;
    location / { try_files \$uri =404; }
  }
}
CONF
nginx -c "$WORK/nginx.conf" -p "$WORK"
sleep 0.5
curl -fs -o /dev/null -H 'Accept-Encoding: gzip' "http://127.0.0.1:$NGINX_PORT/item.html" || { echo "nginx does not serve the page" >&2; exit 1; }

rps() { awk '/Requests\/sec/ {print $2}' "$1"; }
run() { # label url encoding out
  echo "== $1 ($THREADS threads, $CONNECTIONS connections, $DURATION, Accept-Encoding: $3)"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Accept-Encoding: $3" "$2" | tee "$WORK/$4.txt" | grep -E "Requests/sec|Transfer/sec|50%|99%"
}
for page in item home newsroom; do
  case $page in
    item) path="$ITEM_PATH" ;;
    home) path="/" ;;
    newsroom) path="/press-releases" ;;
  esac
  run "nginx gzip_static, $page" "http://127.0.0.1:$NGINX_PORT/$page.html" gzip "nginx-$page"
  run "nginx identity, $page" "http://127.0.0.1:$NGINX_PORT/$page.html" identity "plain-$page"
  run "communique brotli, $page" "http://127.0.0.1:$PORT$path" br "communique-$page"
  run "communique identity, $page" "http://127.0.0.1:$PORT$path" identity "identity-$page"
  N=$(rps "$WORK/nginx-$page.txt"); P=$(rps "$WORK/plain-$page.txt")
  C=$(rps "$WORK/communique-$page.txt"); I=$(rps "$WORK/identity-$page.txt")
  echo "== $page: communique br / nginx gzip_static = $(python3 -c "print(f'{$C/$N:.2f}')"), communique identity / nginx identity = $(python3 -c "print(f'{$I/$P:.2f}')")"
done
echo "== serve memory: $(ps -o rss= -p "$SERVE_PID") KiB RSS"
