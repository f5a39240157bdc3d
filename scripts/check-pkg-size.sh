#!/usr/bin/env bash
# Fails when the npm package's .wasm (built by scripts/build-pkg.sh) is larger than the size
# budget, gzip -9: 200 KB = 200,000 bytes (decimal kilobytes, as the budget is written in
# bench/README.md). Usage: scripts/check-pkg-size.sh [WASM] [LIMIT_BYTES]
set -euo pipefail
cd "$(dirname "$0")/.."
wasm=${1:-pkg/dist/web/kaoping_wasm_bg.wasm}
limit=${2:-200000}
if [[ ! -f "$wasm" ]]; then
  echo "check-pkg-size: $wasm is missing (make pkg builds it)" >&2
  exit 2
fi
gz=$(gzip -9 -c "$wasm" | wc -c)
raw=$(stat -c %s "$wasm")
if (( gz > limit )); then
  echo "check-pkg-size: FAIL: $wasm is $gz bytes gzip -9 ($raw raw), over the budget of $limit bytes" >&2
  exit 1
fi
echo "check-pkg-size: $wasm is $gz bytes gzip -9 ($raw raw), $((limit - gz)) bytes under the budget of $limit"
