#!/usr/bin/env bash
# Runs the cargo-fuzz targets under fuzz/ on the nightly toolchain.
#   scripts/fuzz.sh SECONDS [TARGET...]    each target for SECONDS (all targets when none named)
# Seeds fuzz/corpus/ from the fixtures first, installs cargo-fuzz into .tools/ if missing, writes
# each target's libFuzzer log to fuzz/artifacts/logs/<target>.log and prints its final figures.
# FUZZ_SEED fixes libFuzzer's random seed (the smoke in `make test` uses 1, so CI is repeatable).
# Without a nightly toolchain it says so loudly and exits 0 (the smoke is skipped, not failed).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:?usage: scripts/fuzz.sh SECONDS [TARGET...]}"
shift

if ! rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
  echo "################################################################"
  echo "### fuzz smoke SKIPPED: no nightly toolchain"
  echo "################################################################"
  exit 0
fi
cargo_fuzz="$(scripts/fuzz-tools.sh)"
python3 scripts/fuzz-corpus.py

# Release build with overflow checks and debug assertions; no sanitizer (the core forbids unsafe).
flags=(--fuzz-dir fuzz --release --debug-assertions --sanitizer none)
targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
  mapfile -t targets < <(rustup run nightly "$cargo_fuzz" list --fuzz-dir fuzz)
fi
rustup run nightly "$cargo_fuzz" build "${flags[@]}" 2>&1 | grep -v '^\s*Compiling' || true
if [[ "${PIPESTATUS[0]}" -ne 0 ]]; then
  echo "fuzz: build failed" >&2
  exit 1
fi

mkdir -p fuzz/artifacts/logs
seed_arg=()
if [[ -n "${FUZZ_SEED:-}" ]]; then
  seed_arg=(-seed="$FUZZ_SEED")
fi
status=0
summary=()
for t in "${targets[@]}"; do
  mkdir -p "fuzz/corpus/$t" "fuzz/artifacts/$t"
  log="fuzz/artifacts/logs/$t.log"
  echo "fuzz: $t for ${seconds}s"
  start=$(date +%s)
  if ! rustup run nightly "$cargo_fuzz" run "${flags[@]}" "$t" "fuzz/corpus/$t" -- \
      -max_total_time="$seconds" -rss_limit_mb=2048 -malloc_limit_mb=2048 -timeout=10 \
      -print_final_stats=1 "${seed_arg[@]}" >"$log" 2>&1; then
    echo "fuzz: $t FAILED — see $log; crash inputs are in fuzz/artifacts/$t/" >&2
    grep -E 'panicked|ERROR|SUMMARY|Test unit written' "$log" | head -20 >&2 || true
    status=1
  fi
  elapsed=$(( $(date +%s) - start ))
  execs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' | tail -1 || true)
  last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
  cov=$(grep -Eo 'cov: [0-9]+' <<<"$last" | grep -Eo '[0-9]+' || true)
  ft=$(grep -Eo 'ft: [0-9]+' <<<"$last" | grep -Eo '[0-9]+' || true)
  corp=$(grep -Eo 'corp: [0-9]+/[0-9a-zA-Z]+' <<<"$last" | sed 's/corp: //' || true)
  summary+=("$(printf '%-24s %6ss  execs %10s  cov %6s  ft %6s  corpus %s' "$t" "$elapsed" "${execs:-?}" "${cov:-?}" "${ft:-?}" "${corp:-?}")")
done
echo "fuzz summary (${seconds}s per target; nightly $(rustup run nightly rustc --version | cut -d' ' -f2-)):"
printf '  %s\n' "${summary[@]}"
exit "$status"
