# The npm package `kaoping` (crates/kaoping-wasm + pkg/). Tools install themselves:
# scripts/ensure-wasm-tools.sh (rust wasm target, wasm-bindgen-cli pinned to Cargo.lock, npm tools
# from tools/package-lock.json, Debian chromium). Details: pkg/README.md.
WASM_TOOLS_BIN := $(CURDIR)/.tools/bin

.PHONY: wasm-tools pkg pkg-size clippy-wasm test-wasm test-js

## wasm-tools - install the wasm/npm/browser tools (idempotent; ~2.5 min cold, <1 s warm)
wasm-tools:
	scripts/ensure-wasm-tools.sh

## pkg - build the npm package (wasm-release, wasm-bindgen, wasm-opt -Oz), report .wasm size, npm pack
pkg: wasm-tools
	scripts/build-pkg.sh

## pkg-size - fail when the package .wasm is over 200,000 bytes gzip -9 (and check that the check fails)
pkg-size: pkg
	scripts/check-pkg-size.sh
	@! scripts/check-pkg-size.sh pkg/dist/web/kaoping_wasm_bg.wasm 1000 2>/dev/null \
	  || { echo "pkg-size: the check passed a 1,000-byte budget: it checks nothing" >&2; exit 1; }

## clippy-wasm - clippy for the wasm32 target (the façade is wasm-only)
clippy-wasm: wasm-tools
	cargo clippy --locked --target wasm32-unknown-unknown -p kaoping-wasm --all-targets -- -D warnings

## test-wasm - wasm-bindgen-test tests of the façade in Node and in headless Chromium
test-wasm: wasm-tools
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=$(WASM_TOOLS_BIN)/wasm-bindgen-test-runner \
	CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=120 \
	  cargo test --locked --target wasm32-unknown-unknown -p kaoping-wasm

## test-js - install the packed tarball in a scratch project; Node ESM+CJS, fixtures, tsc --strict, Chromium
test-js: pkg
	node pkg/test/run.mjs

TEST_STEPS += clippy-wasm test-wasm test-js pkg-size
