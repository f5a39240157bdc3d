# Committees, cohorts, audit trail and preview (kaoping-core). Their tests run in test-core.

## perf-cohort - time assess_cohort on 100,000 synthetic officers (release build; prints wall and CPU ms)
.PHONY: perf-cohort
perf-cohort:
	cargo test -q --release --locked -p kaoping-core --test committee -- --ignored --nocapture cohort_of_100k_officers_timing
