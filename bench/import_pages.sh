#!/usr/bin/env bash
# Import of saved pages (issue: import the archive as it really is): COUNT pages made from
# the layout fixtures (crates/import/tests/pages/layouts/, every layout of the old site,
# English, Russian and BCS), each with its own title, imported into a fresh data dir and
# again as a dry run. Needs a release build and hyperfine.
#
#   bench/import_pages.sh [COUNT]      (default 5000)
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT="${1:-5000}"
BIN="${BIN:-target/release/communique}"
PAGES="target/bench-pages-$COUNT"
DATA="target/bench-import-pages"
command -v hyperfine >/dev/null || { echo "hyperfine is missing (apt-get install hyperfine)" >&2; exit 2; }
[ -x "$BIN" ] || { echo "build first: cargo build --release" >&2; exit 2; }
if [ ! -d "$PAGES" ]; then
  python3 - "$COUNT" "$PAGES" <<'PY'
import os, sys
count, out = int(sys.argv[1]), sys.argv[2]
src = "crates/import/tests/pages/layouts"
os.makedirs(out)
files = [f for f in sorted(os.listdir(src)) if "no-date" not in f]
for i in range(count):
    name = files[i % len(files)]
    text = open(os.path.join(src, name), encoding="utf-8").read()
    if name.endswith(".html"):
        text = text.replace("</h1>", f" ({i})</h1>", 1).replace("item_1_21855", f"item_1_{i}")
    else:
        lines = text.split("\n")
        for j, line in enumerate(lines):
            # The title: the first line of five words or more that is not a list item.
            if line and not line.startswith("-") and len(line.split()) >= 5:
                lines[j] = f"{line} ({i})"
                break
        text = "\n".join(lines)
    with open(os.path.join(out, f"{i:06d}-{name}"), "w", encoding="utf-8") as f:
        f.write(text)
PY
fi
echo "== $COUNT pages, $(du -sh "$PAGES" | cut -f1)"
hyperfine --runs 3 --prepare "rm -rf $DATA" "$BIN import --data-dir $DATA $PAGES"
"$BIN" import --data-dir "$DATA" --dry-run "$PAGES" > target/bench-import-pages.txt
head -n 3 target/bench-import-pages.txt
hyperfine --runs 3 "$BIN import --data-dir $DATA --dry-run $PAGES"
