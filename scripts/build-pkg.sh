#!/usr/bin/env bash
# Builds the npm package `kaoping` into pkg/dist and packs it (pkg/kaoping-<version>.tgz):
#   cargo (wasm-release profile; pinned nightly with std rebuilt for size, or stable with
#   KAOPING_PKG_STABLE=1) → wasm-bindgen (nodejs + web glue, one .wasm) → wasm-opt -Oz → npm pack.
# Prints the raw and gzipped size of the shipped .wasm and writes them to pkg/dist/size.json.
# Expects the tools of scripts/ensure-wasm-tools.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
export PATH="$root/.tools/bin:$root/tools/node_modules/.bin:$PATH"

# strip=false here: wasm-bindgen needs the target_features section; wasm-opt strips names below.
pkg_nightly=$(cat scripts/pkg-nightly-toolchain)
if [[ "${KAOPING_PKG_STABLE:-}" != 1 ]] && ! rustup run "$pkg_nightly" rustc --version >/dev/null 2>&1; then
  echo "build-pkg: WARNING: $pkg_nightly is not installed (scripts/ensure-wasm-tools.sh); building with stable" >&2
  KAOPING_PKG_STABLE=1
fi
if [[ "${KAOPING_PKG_STABLE:-}" == 1 ]]; then
  CARGO_PROFILE_WASM_RELEASE_STRIP=false \
    cargo build --locked --target wasm32-unknown-unknown -p kaoping-wasm --profile wasm-release
  raw=target/wasm32-unknown-unknown/wasm-release/kaoping_wasm.wasm
else
  # The pinned nightly rebuilds std for the package: optimised for size, and panics abort at
  # once instead of formatting a message (no panic is reachable from input; this only drops
  # the message machinery). 49 KB raw / 14.5 KB gzip less than stable's prebuilt std (2026-11).
  # Its own target dir, so stable builds of the same profile (web app, tests) do not relink.
  CARGO_TARGET_DIR=target/pkg \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort" \
  CARGO_PROFILE_WASM_RELEASE_STRIP=false \
    cargo +"$pkg_nightly" build --locked --target wasm32-unknown-unknown -p kaoping-wasm \
      --profile wasm-release -Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size
  raw=target/pkg/wasm32-unknown-unknown/wasm-release/kaoping_wasm.wasm
fi

rm -rf pkg/dist
mkdir -p pkg/dist/node pkg/dist/web
wasm-bindgen "$raw" --out-dir pkg/dist/node --target nodejs
wasm-bindgen "$raw" --out-dir pkg/dist/web --target web
# The node build is CommonJS inside a "type": "module" package.
echo '{ "type": "commonjs" }' > pkg/dist/node/package.json
wasm-opt -Oz --converge --strip-debug --strip-producers \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
  --enable-reference-types --enable-multivalue \
  pkg/dist/web/kaoping_wasm_bg.wasm -o pkg/dist/web/kaoping_wasm_bg.wasm
# One .wasm for both entry points: both glues are made from the same module (the same imports,
# `./kaoping_wasm_bg.js`), so Node's reads the browser's file instead of a copy of it.
rm pkg/dist/node/kaoping_wasm_bg.wasm
node_glue=pkg/dist/node/kaoping_wasm.js
grep -q '^const wasmPath = `${__dirname}/kaoping_wasm_bg.wasm`;$' "$node_glue" \
  || { echo "build-pkg: the Node glue no longer names its .wasm as expected" >&2; exit 1; }
sed -i 's|^const wasmPath = `${__dirname}/kaoping_wasm_bg.wasm`;$|const wasmPath = `${__dirname}/../web/kaoping_wasm_bg.wasm`;|' "$node_glue"
rm -f pkg/dist/*/.gitignore
# The fast path's glue for CommonJS: the same file with a CommonJS export.
sed 's/^export { installScore, installGlue, installSession };$/module.exports = { installScore, installGlue, installSession };/' pkg/fast.js > pkg/fast.cjs

wasm=pkg/dist/web/kaoping_wasm_bg.wasm
raw_bytes=$(stat -c %s "$wasm")
gz_bytes=$(gzip -9 -c "$wasm" | wc -c)
printf '{ "wasmBytes": %d, "wasmGzipBytes": %d }\n' "$raw_bytes" "$gz_bytes" > pkg/dist/size.json
echo "kaoping .wasm after wasm-opt -Oz: $raw_bytes bytes raw, $gz_bytes bytes gzip -9"

rm -f pkg/kaoping-*.tgz
(cd pkg && npm pack --silent --pack-destination . >/dev/null)
ls -l pkg/kaoping-*.tgz
