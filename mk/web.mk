# The Yew web app (web/): build, serve, browser tests.
## serve - build the web app and serve it at http://127.0.0.1:8080 (demo cohort)
## web - build the web app into web/dist (wasm-release profile, wasm-bindgen --target web, wasm-opt -Oz)
## test-web - browser tests of the web app (playwright-core + Debian chromium; screenshots in web/tests/artifacts)
WEB_PROFILE ?= wasm-release
WEB_DIST := web/dist
WEB_WASM := target/wasm32-unknown-unknown/$(WEB_PROFILE)/kaoping_web.wasm
WASM_BINDGEN := .tools/bin/wasm-bindgen
WASM_OPT := tools/node_modules/.bin/wasm-opt
WEB_PORT ?= 8080

TEST_STEPS += test-web-unit clippy-web test-web

.PHONY: web-tools web serve test-web test-web-unit clippy-web

# The app's plain-Rust state, i18n, CSV and plot sampling, tested natively.
test-web-unit:
	cargo test -p kaoping-web --locked
web-tools:
	@bash scripts/ensure-web-tools.sh

web: web-tools
	@start=$$(date +%s); \
	CARGO_PROFILE_WASM_RELEASE_STRIP=false \
	  cargo build -p kaoping-web --target wasm32-unknown-unknown --profile $(WEB_PROFILE) --locked; \
	echo "web: cargo build took $$(( $$(date +%s) - start )) s"
	rm -rf $(WEB_DIST) && mkdir -p $(WEB_DIST)
	$(WASM_BINDGEN) --target web --no-typescript --out-dir $(WEB_DIST) $(WEB_WASM)
	$(WASM_OPT) -Oz --strip-debug --strip-producers --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
		--enable-reference-types --enable-multivalue --enable-mutable-globals \
		-o $(WEB_DIST)/kaoping_web_bg.wasm $(WEB_DIST)/kaoping_web_bg.wasm
	cp web/static/* $(WEB_DIST)/
	@echo "web: $$(stat -c %s $(WEB_DIST)/kaoping_web_bg.wasm) bytes wasm, $$(gzip -9c $(WEB_DIST)/kaoping_web_bg.wasm | wc -c) gzipped"

serve: web
	@echo "kaoping web app: http://127.0.0.1:$(WEB_PORT)/  (Ctrl-C stops)"
	python3 -m http.server $(WEB_PORT) --bind 127.0.0.1 --directory $(WEB_DIST)

test-web: web
	cd web/tests && node run.mjs

clippy-web: web-tools
	cargo clippy -p kaoping-web --target wasm32-unknown-unknown --all-targets --locked -- -D warnings
