#!/usr/bin/env bash
# Short fuzzing of every target of fuzz/ (docs/fuzzing.md): builds them, then runs each for
# FUZZ_SECONDS seconds (default 30), starting from its seeds and its saved regressions,
# which are all run first. Exits non-zero when any target fails (a panic, a broken
# invariant, a timeout of 10 s or more, 4 GB of memory); the failing input is left in
# fuzz/artifacts/<target>/. Installs cargo-fuzz when it is missing.
#
#   FUZZ_SECONDS=60 fuzz/run-short.sh                       # every target, 60 s each
#   FUZZ_TARGETS="api_query query_pairs" fuzz/run-short.sh   # some targets
set -euo pipefail

root="$(dirname "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")")"
cd "$root"

seconds="${FUZZ_SECONDS:-30}"
read -r -a targets <<<"${FUZZ_TARGETS:-page_extract jsonl_line api_query query_pairs listing_filter}"
# cargo fuzz needs a nightly compiler; RUSTC_BOOTSTRAP lets a stable one stand in.
export RUSTC_BOOTSTRAP=1

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "==> installing cargo-fuzz"
  cargo install cargo-fuzz --locked
fi

echo "==> building the fuzz targets"
cargo fuzz build

failed=()
for t in "${targets[@]}"; do
  case "$t" in
    page_extract) inputs=(crates/import/tests/pages); max_len=200000 ;;
    jsonl_line) inputs=(fuzz/seeds/jsonl_line); max_len=200000 ;;
    *) inputs=("fuzz/seeds/$t"); max_len=20000 ;;
  esac
  [ -d "fuzz/regressions/$t" ] && inputs+=("fuzz/regressions/$t")
  options=(-max_total_time="$seconds" -max_len="$max_len" -rss_limit_mb=4096 -timeout=10
    -print_final_stats=1)
  [ -f "fuzz/dicts/$t.dict" ] && options+=(-dict="$root/fuzz/dicts/$t.dict")
  mkdir -p "fuzz/corpus/$t"
  echo "==> fuzzing $t for ${seconds}s"
  if cargo fuzz run "$t" "fuzz/corpus/$t" "${inputs[@]}" -- "${options[@]}"; then
    echo "==> $t: no failure"
  else
    echo "==> $t: FAILED (the input is in fuzz/artifacts/$t/)" >&2
    failed+=("$t")
  fi
done

if [ "${#failed[@]}" -gt 0 ]; then
  echo "==> fuzz targets that failed: ${failed[*]}" >&2
  exit 1
fi
echo "==> fuzzing: ${#targets[@]} targets, no failure"
