#!/usr/bin/env bash
# The same pages in the default language and in Russian, measured in alternation (issue "The
# site in the OSCE's languages": a page in Russian no slower than 10 % than in English).
#
#   bench/languages.sh [ITEMS]      (default 100000; needs a release build and wrk)
#   ROUNDS=5 DURATION=5s BIN=path bench/languages.sh …
#
# Uses the data dir of bench/pages.sh (target/bench-data-ITEMS, made by `demo` when missing).
# Each round measures every page in English then in Russian with 1 thread and 4 connections;
# the script prints each figure and, per page, the median of the rounds and the ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
ITEMS="${1:-100000}"
BIN="${BIN:-target/release/communique}"
DATA="target/bench-data-$ITEMS"
PORT=18082
ROUNDS="${ROUNDS:-5}"
DURATION="${DURATION:-5s}"

command -v wrk >/dev/null || { echo "wrk is missing (apt-get install wrk)" >&2; exit 2; }
[ -x "$BIN" ] || { echo "build first: cargo build --release" >&2; exit 2; }
if [ ! -f "$DATA/communique.db" ]; then
  "$BIN" demo --data-dir "$DATA" --items "$ITEMS" --seed 1
fi
"$BIN" serve --data-dir "$DATA" --listen "127.0.0.1:$PORT" --reload-seconds 0 2>target/bench-languages.log &
SERVE_PID=$!
OUT=$(mktemp)
trap 'kill "$SERVE_PID" 2>/dev/null || true; rm -f "$OUT"' EXIT
for _ in $(seq 1 600); do
  curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null && break
  sleep 0.2
done

RU_ITEM=$(curl -fs "http://127.0.0.1:$PORT/ru/press-releases" | grep -o 'href="/ru/items/[^"]*"' | head -1 | cut -d'"' -f2)
EN_ITEM=$(curl -fs "http://127.0.0.1:$PORT$RU_ITEM" | grep -o 'hreflang="en" href="[^"]*"' | head -1 | sed 's/.*href="//; s/"$//')
LISTING="/press-releases?field_of_work=human-rights&country=ukraine"
PAIRS=("$EN_ITEM $RU_ITEM" "/ /ru/" "$LISTING /ru$LISTING" "/structures/office-in-minsk /ru/structures/office-in-minsk")
for pair in "${PAIRS[@]}"; do
  read -r en ru <<<"$pair"
  printf '%s\t%s bytes\t%s\t%s bytes\n' "$en" "$(curl -fs "http://127.0.0.1:$PORT$en" | wc -c)" \
    "$ru" "$(curl -fs "http://127.0.0.1:$PORT$ru" | wc -c)"
done

for round in $(seq 1 "$ROUNDS"); do
  for pair in "${PAIRS[@]}"; do
    read -r en ru <<<"$pair"
    for path in "$en" "$ru"; do
      rps=$(wrk -t1 -c4 -d"$DURATION" "http://127.0.0.1:$PORT$path" | awk '/Requests\/sec/ {print $2}')
      printf '%s\t%s\t%s\n' "$round" "$path" "$rps" | tee -a "$OUT"
    done
  done
done

echo "== medians of $ROUNDS rounds (req/s), Russian / English"
python3 - "$OUT" "${PAIRS[@]}" <<'PY'
import statistics, sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])]
for pair in sys.argv[2:]:
    en, ru = pair.split(" ")
    m = {p: statistics.median(float(r) for _, q, r in rows if q == p) for p in (en, ru)}
    print(f"{en}\t{m[en]:.0f}\t{ru}\t{m[ru]:.0f}\t{m[ru] / m[en]:.2f}")
PY
