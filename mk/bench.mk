# Benchmarks (issue 7): criterion benches of the core, the Node benchmark against other rules
# engines, sizes, and the targets with a pass/fail mark each. `make bench` is the full run and
# rewrites the README's `## Benchmarks` table; `bench-smoke` (in `make test`) checks that every
# engine runs and agrees with the reference and prints figures, never failing on a slow machine.

BENCH_NODE := bench/node
BENCH_OUT := bench/report

.PHONY: bench bench-smoke bench-deps bench-pkg bench-criterion bench-criterion-smoke

## bench - full benchmark report (criterion + Node engines + sizes + targets); updates README
bench: bench-deps bench-pkg bench-criterion
	@mkdir -p $(BENCH_OUT)
	node $(BENCH_NODE)/run.mjs --out $(BENCH_OUT)/node.json
	node bench/report.mjs --node $(BENCH_OUT)/node.json --readme

## bench-smoke - short benchmark run: every engine runs and agrees with the reference (in make test)
bench-smoke: bench-deps bench-pkg bench-criterion-smoke
	@mkdir -p $(BENCH_OUT)
	node $(BENCH_NODE)/run.mjs --smoke --out $(BENCH_OUT)/smoke.json
	node bench/report.mjs --node $(BENCH_OUT)/smoke.json

# npm ci only when the lockfile changed since the last install. The registry reachable here lacks
# some of ZEN's per-platform optional packages, so the lockfile cannot list them and `npm ci`
# refuses it; `npm install` then installs the same locked versions (it leaves the lockfile as is).
bench-deps: $(BENCH_NODE)/node_modules/.bench-installed
$(BENCH_NODE)/node_modules/.bench-installed: $(BENCH_NODE)/package-lock.json $(BENCH_NODE)/package.json
	cd $(BENCH_NODE) && { npm ci --no-audit --no-fund --loglevel=silent \
	  || npm install --no-audit --no-fund --loglevel=error; }
	@touch $@

# The npm package, when its build target exists (it lands from the package work).
bench-pkg:
	@if grep -qs '^pkg:' $(wildcard mk/*.mk); then $(MAKE) --no-print-directory pkg; \
	else echo "bench: no \`make pkg\` target yet: kaoping's package is reported as not built"; fi

bench-criterion:
	cargo bench -p kaoping-core --benches --locked

# Each criterion bench once, as a test (debug build): proves the benches run.
bench-criterion-smoke:
	cargo test -p kaoping-core --benches --locked -q

TEST_STEPS += bench-smoke
