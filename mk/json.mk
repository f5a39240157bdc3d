# kaoping-json (the JSON layer of the core and the wasm package) and its derive.

.PHONY: test-json
## test-json - unit tests of kaoping-json and kaoping-json-derive (the core's json_layer test runs in test-core)
test-json:
	cargo test -p kaoping-json -p kaoping-json-derive --locked

TEST_STEPS += test-json
