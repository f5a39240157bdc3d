#!/usr/bin/env bash
# Installs cargo-fuzz under .tools/ (idempotent: does nothing when it is already there).
# Prints nothing but the tool's path on success. Exit 3 when no nightly toolchain exists.
set -euo pipefail
cd "$(dirname "$0")/.."
CARGO_FUZZ_VERSION="${CARGO_FUZZ_VERSION:-0.13.2}"
if ! rustup toolchain list | grep -q '^nightly'; then
  exit 3
fi
bin=".tools/bin/cargo-fuzz"
if [[ -x "$bin" ]] && "$bin" --version 2>/dev/null | grep -q "$CARGO_FUZZ_VERSION"; then
  echo "$bin"
  exit 0
fi
echo "installing cargo-fuzz $CARGO_FUZZ_VERSION into .tools/ …" >&2
cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --locked --root .tools >&2
echo "$bin"
