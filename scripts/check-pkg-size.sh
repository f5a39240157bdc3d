#!/usr/bin/env bash
# Fails when the npm package's .wasm (built by scripts/build-pkg.sh) is larger than its ceiling,
# gzip -9, in decimal kilobytes: 332,000 bytes. The goal of issue #19 is 200,000 bytes; the
# package met it (198,735 B) until it carried the assessment Session (+38.5 KB), the preview's
# smallest combination of changes (+11 KB), case records with derived inputs and drill-down
# (+14 KB) and the Session's incremental ranking, quotas and replay (+17 KB; 2026-12-02:
# 280,140 B). Raised from 300,000 to 330,000 B on 2026-12-02 (measured 324,509 B) for: bonus
# allocation, holiday calendars and publication (公示) (issue 17: +18.1 KB), organisation units,
# quotas per unit and early warnings (issue 16: +18.8 KB), the rounding stage and record-based
# hostile-input checks (+1.5 KB), and lazily read diffs (+1.5 KB). The way back under the goal
# is a second module for the results and supervision calls, loaded when first used; not done
# yet. Raised to 332,000 B on 2026-12-02 (measured 330,607 B) for the records plan that reads
# each record once per assessment (issue 15: +0.9 KB). `make bench` reports the goal (FAIL until met); this ceiling keeps any further growth
# from passing silently: raise it only with the reason written here.
# Usage: scripts/check-pkg-size.sh [WASM] [LIMIT_BYTES]
set -euo pipefail
cd "$(dirname "$0")/.."
wasm=${1:-pkg/dist/web/kaoping_wasm_bg.wasm}
limit=${2:-332000}
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
