#!/usr/bin/env bash
# Installs the tools the npm package needs, idempotently (fast when everything is present):
#   * the wasm32-unknown-unknown Rust target
#   * the pinned nightly toolchain (scripts/pkg-nightly-toolchain) with rust-src, for the package
#   * wasm-bindgen-cli at exactly the version pinned in Cargo.lock, under .tools/bin
#   * npm tools from tools/package-lock.json (binaryen's wasm-opt, typescript, playwright-core)
#   * Debian's chromium + chromedriver (apt) when /usr/bin/chromium is missing
# Usage: scripts/ensure-wasm-tools.sh [--no-browser]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
want_browser=1
[[ "${1:-}" == "--no-browser" ]] && want_browser=0

# 1. Rust target
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi

# 1b. the pinned nightly that builds the package (its std rebuilt for size with -Zbuild-std;
#     only rust-src is needed, ~15 s once). KAOPING_PKG_STABLE=1 skips it (a larger .wasm).
pkg_nightly=$(cat scripts/pkg-nightly-toolchain)
if [[ "${KAOPING_PKG_STABLE:-}" != 1 ]]; then
  have_src=0
  if rustup toolchain list | grep -q "^$pkg_nightly"; then
    sysroot=$(rustup run "$pkg_nightly" rustc --print sysroot)
    [[ -d "$sysroot/lib/rustlib/src/rust/library/std" ]] && have_src=1
  fi
  if [[ $have_src == 0 ]]; then
    echo "ensure-wasm-tools: installing $pkg_nightly (minimal + rust-src) for the package build"
    rustup toolchain install "$pkg_nightly" --profile minimal --component rust-src \
      || echo "ensure-wasm-tools: WARNING: $pkg_nightly could not be installed; make pkg falls back to stable (a larger .wasm)" >&2
  fi
fi

# 2. wasm-bindgen-cli, same version as the wasm-bindgen crate in Cargo.lock
wb_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
if [[ -z "$wb_version" ]]; then
  echo "ensure-wasm-tools: wasm-bindgen not found in Cargo.lock" >&2
  exit 1
fi
have=$("$root/.tools/bin/wasm-bindgen" --version 2>/dev/null | awk '{print $2}' || true)
if [[ "$have" != "$wb_version" ]]; then
  echo "ensure-wasm-tools: installing wasm-bindgen-cli $wb_version into .tools (takes ~2 min once)"
  # No --locked: the CLI's own lockfile names a crate version the registry no longer has.
  cargo install wasm-bindgen-cli --version "=$wb_version" --root "$root/.tools" --force
fi

# 3. npm tools (exact versions from the committed lockfile)
stamp=tools/node_modules/.installed-lock
if [[ ! -f "$stamp" ]] || ! cmp -s tools/package-lock.json "$stamp"; then
  (cd tools && npm ci --no-audit --no-fund --loglevel=error)
  cp tools/package-lock.json "$stamp"
fi

# 4. a browser for the page tests (Debian's; never playwright's own download)
if [[ $want_browser == 1 && ( ! -x /usr/bin/chromium || ! -x /usr/bin/chromedriver ) ]]; then
  sudo_cmd=""
  [[ $(id -u) != 0 ]] && sudo_cmd="sudo"
  $sudo_cmd apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get -o DPkg::Lock::Timeout=600 install -y -qq chromium chromium-driver
fi
echo "ensure-wasm-tools: ok (wasm-bindgen $wb_version, $(tools/node_modules/.bin/wasm-opt --version))"
