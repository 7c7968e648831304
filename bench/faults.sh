#!/usr/bin/env bash
# Faults: kill -9 of `serve` during a write burst, and of `import` in the middle of a file.
#
#   bench/faults.sh [short|long]      (BIN=path of the binary; default target/release/communique)
#
# short (in .ci/run): 1,000 demo items, serve killed twice during 20 s of writes, an import of
#        6,000 lines killed mid-file.
# long:  20,000 demo items, serve killed five times during 60 s of writes, an import of
#        100,000 lines killed once 40,000 are written.
#
# Checks, and exits 1 when one fails:
# - every write the server acknowledged (201/200 received by the client) is there after the
#   restarts (bench/writer.py verify);
# - nothing is half-written: the database passes its integrity check, and every imported
#   item has its sources;
# - the search index and the catalog agree with the database after the restarts: the same
#   number of public items, and exactly the database's items for a word of the run
#   (bench/check_index.py);
# - running the killed import again completes it: every line imported or unchanged, exit 0.
set -euo pipefail
cd "$(dirname "$0")/.."
MODE="${1:-long}"
BIN="${BIN:-target/release/communique}"
PORT="${PORT:-18095}"
case "$MODE" in
  short) ITEMS=1000; KILLS=2; INTERVAL=7; LINES=6000; KILL_AT=1 ;;
  long) ITEMS=20000; KILLS=5; INTERVAL=10; LINES=100000; KILL_AT=40000 ;;
  *) echo "usage: bench/faults.sh [short|long]" >&2; exit 2 ;;
esac
[ -x "$BIN" ] || { echo "build first ($BIN is missing)" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "sqlite3 is missing (apt-get install sqlite3)" >&2; exit 2; }

WORK=$(mktemp -d)
DATA="$WORK/data"
URL="http://127.0.0.1:$PORT"
RUN="faultrun$$"
SERVE_PID=
cleanup() {
  [ -n "$SERVE_PID" ] && kill -9 "$SERVE_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
step() { printf '\n== %s\n' "$*"; }

start_serve() {
  "$BIN" serve --data-dir "$DATA" --listen "127.0.0.1:$PORT" 2>>"$WORK/serve.log" &
  SERVE_PID=$!
  for _ in $(seq 1 600); do
    curl -fs "$URL/healthz" >/dev/null 2>&1 && return 0
    kill -0 "$SERVE_PID" 2>/dev/null || { tail -20 "$WORK/serve.log" >&2; return 1; }
    sleep 0.1
  done
  echo "serve did not answer" >&2
  return 1
}

step "$MODE: $ITEMS demo items"
"$BIN" demo --data-dir "$DATA" --items "$ITEMS" --seed 3 >/dev/null
export COMMUNIQUE_PASSWORD="a password for the fault benchmark"
"$BIN" user add --data-dir "$DATA" --email faults@example.org --role editor >/dev/null
TOKEN=$("$BIN" token create --data-dir "$DATA" --email faults@example.org --name faults | grep -oE '[0-9a-f]{64}' | head -1)
[ -n "$TOKEN" ] || { echo "no token" >&2; exit 1; }
start_serve

step "writes for $(( (KILLS + 1) * INTERVAL )) s, serve killed (kill -9) every $INTERVAL s, $KILLS times"
python3 bench/writer.py write --url "$URL" --token "$TOKEN" --seconds "$(( (KILLS + 1) * INTERVAL ))" \
  --threads 4 --run "$RUN" --acks "$WORK/acks.jsonl" >"$WORK/writers.json" &
WRITER_PID=$!
for k in $(seq 1 "$KILLS"); do
  sleep "$INTERVAL"
  kill -9 "$SERVE_PID"
  wait "$SERVE_PID" 2>/dev/null || true
  echo "   kill $k: $(wc -l <"$WORK/acks.jsonl") writes acknowledged so far"
  start_serve
done
wait "$WRITER_PID"
cat "$WORK/writers.json"
step "every acknowledged write is there"
python3 bench/writer.py verify --url "$URL" --token "$TOKEN" --acks "$WORK/acks.jsonl" --expect-count 10
step "the index and the catalog agree with the database"
python3 bench/check_index.py --url "$URL" --db "$DATA/communique.db" --word "$RUN"

step "import of $LINES lines, killed (kill -9) in the middle of the file"
TAG="importrun$$"
python3 bench/make_jsonl.py "$LINES" "$WORK/import.jsonl" --seed 5 --tag "$TAG"
count_imported() { sqlite3 "file:$DATA/communique.db?mode=ro" "SELECT COUNT(*) FROM items WHERE title LIKE '%$TAG%'"; }
"$BIN" import --data-dir "$DATA" "$WORK/import.jsonl" >"$WORK/import1.log" 2>&1 &
IMPORT_PID=$!
for _ in $(seq 1 30000); do
  n=$(count_imported 2>/dev/null || echo 0)
  [ "$n" -ge "$KILL_AT" ] && break
  sleep 0.01
done
kill -9 "$IMPORT_PID"
wait "$IMPORT_PID" 2>/dev/null || true
BEFORE=$(count_imported)
echo "   killed with $BEFORE of $LINES items written"
[ "$BEFORE" -lt "$LINES" ] || { echo "the import finished before it was killed: use more lines" >&2; exit 1; }
[ "$(sqlite3 "file:$DATA/communique.db?mode=ro" 'PRAGMA integrity_check')" = ok ] || { echo "integrity check failed" >&2; exit 1; }
HALF=$(sqlite3 "file:$DATA/communique.db?mode=ro" "SELECT COUNT(*) FROM items WHERE title LIKE '%$TAG%' AND id NOT IN (SELECT item_id FROM item_terms WHERE kind = 's')")
[ "$HALF" = 0 ] || { echo "$HALF items without their sources" >&2; exit 1; }
echo "   integrity ok; no item without its sources"

step "the same import again completes it"
"$BIN" import --data-dir "$DATA" --report "$WORK/report.json" "$WORK/import.jsonl" >"$WORK/import2.log" 2>&1 || { cat "$WORK/import2.log" >&2; exit 1; }
python3 - "$WORK/report.json" "$LINES" "$BEFORE" <<'PY'
import json, sys
summary = json.load(open(sys.argv[1]))["summary"]
lines, before = int(sys.argv[2]), int(sys.argv[3])
print("  ", summary)
assert summary["failed"] == 0, summary
# A batch is written whole or not at all: what the killed run wrote is unchanged now.
assert summary["unchanged"] == before, summary
assert summary["imported"] == lines - before, summary
PY
[ "$(count_imported)" = "$LINES" ] || { echo "$(count_imported) items, expected $LINES" >&2; exit 1; }

step "serve killed once more, then the index and the catalog agree with the database"
kill -9 "$SERVE_PID"
wait "$SERVE_PID" 2>/dev/null || true
start_serve
python3 bench/check_index.py --url "$URL" --db "$DATA/communique.db" --word "$TAG" --wait 120
python3 bench/check_index.py --url "$URL" --db "$DATA/communique.db" --word "$RUN" --wait 5
step "faults: all checks passed"
