# Fuzzing (cargo-fuzz on nightly) and the hostile-input / property tests of the core.
FUZZ_SECONDS ?= 600
FUZZ_SMOKE_SECONDS ?= 5
FUZZ_TARGETS ?=

TEST_STEPS += fuzz-smoke

.PHONY: fuzz fuzz-smoke fuzz-corpus
## fuzz - run every fuzz target for FUZZ_SECONDS each (default 600; FUZZ_TARGETS to pick some)
fuzz:
	scripts/fuzz.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

## fuzz-smoke - run every fuzz target for a few seconds (FUZZ_SMOKE_SECONDS, default 5); part of make test
fuzz-smoke:
	FUZZ_SEED=$${FUZZ_SEED:-1} scripts/fuzz.sh $(FUZZ_SMOKE_SECONDS) $(FUZZ_TARGETS)

## fuzz-corpus - seed fuzz/corpus/ from tests/fixtures/ and the built-in schemes
fuzz-corpus:
	python3 scripts/fuzz-corpus.py
