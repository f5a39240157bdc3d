# Spreadsheets (crates/kaoping-office): the core's tables as .xlsx, .xlsx and CSV read back.
## test-office - native tests of kaoping-office (.xlsx written and read back, the fixture roster reproducible)
## make-roster - write tests/fixtures/roster.xlsx with kaoping-office's make-roster example
.PHONY: test-office make-roster

TEST_STEPS += test-office

test-office:
	cargo test -p kaoping-office --locked

make-roster:
	cargo run -q -p kaoping-office --example make-roster --locked
