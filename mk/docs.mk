# API documentation of the crates native Rust users read.

.PHONY: doc-check
## doc-check - rustdoc of kaoping-core and kaoping-json without warnings (broken or private links)
doc-check:
	RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --locked -p kaoping-core -p kaoping-json -p kaoping-json-derive

TEST_STEPS += doc-check
