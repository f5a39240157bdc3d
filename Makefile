# kaoping task runner: people and CI call the same targets.
#   make test   every check of the project (CI runs this through .ci/run)
#   make demo   assess the built-in demo cohort natively and print the ranked table
# Each part of the project adds its own targets in mk/*.mk and appends its checks to TEST_STEPS.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
export CARGO_TERM_COLOR ?= never

TEST_STEPS := fmt-check layers sizes clippy test-core

include $(sort $(wildcard mk/*.mk))

.PHONY: help test fmt fmt-check layers sizes clippy test-core demo
help:
	@echo "make test   - every check (fmt, clippy, all tests)"
	@echo "make demo   - assess the demo cohort and print the ranked table"
	@echo "make layers - check the core's layering (no upward import, no import circle)"
	@echo "make sizes  - no Rust file over 600 lines, no function over 120"
	@grep -h '^## ' $(wildcard mk/*.mk) 2>/dev/null | sed 's/^## /make /' || true

test: $(TEST_STEPS)
	@echo "make test: all checks passed"

fmt:
	cargo fmt --all

fmt-check:
	cargo fmt --all -- --check

# The core's layers (base <- model <- explain <- rules <- fast <- api): no upward import, no circle.
layers:
	python3 scripts/check-layers.py

# No Rust file over 600 lines, no function over 120 (tests not counted).
sizes:
	python3 scripts/check-sizes.py

clippy:
	cargo clippy --workspace --all-targets --locked -- -D warnings

test-core:
	cargo test -p kaoping-core --locked

demo:
	cargo run -q --release -p kaoping-core --example demo --locked
