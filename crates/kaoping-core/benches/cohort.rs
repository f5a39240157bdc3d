//! Cohorts of 1,000 / 10,000 / 100,000 officers of the benchmark task assessed, ranked and
//! graded with the scheme's quota (优秀 ≤ 20 %): the ranked table only (no explanation, no
//! fingerprints, no per-officer detail), and at 10,000 also with fingerprints (sealable).
#![allow(missing_docs, clippy::unwrap_used)]

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use kaoping_core::{assess_cohort, CohortInput, CohortOptions};
use std::hint::black_box;
use std::time::Duration;

mod support;

fn cohorts(c: &mut Criterion) {
    let engine = support::engine();
    let quiet = CohortOptions { trace: false, fingerprint: false, details: false, ..Default::default() };
    let mut g = c.benchmark_group("cohort");
    g.sample_size(10).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(5));
    // `cargo test --benches` runs each bench once: there the 1,000-officer cohort is enough
    let benchmarking = std::env::args().any(|a| a == "--bench");
    let sizes: &[usize] = if benchmarking { &[1_000, 10_000, 100_000] } else { &[1_000] };
    for &n in sizes {
        let input = CohortInput { dossiers: support::dossiers(engine.scheme(), 17, n), ..Default::default() };
        let first = assess_cohort(&engine, &input, &quiet).unwrap();
        assert_eq!(first.officers.len(), n);
        g.bench_with_input(BenchmarkId::new("ranked+quota", n), &input, |b, input| {
            b.iter(|| black_box(assess_cohort(&engine, input, &quiet).unwrap()))
        });
        if n == 10_000 {
            let sealed = CohortOptions { fingerprint: true, ..quiet };
            g.bench_with_input(BenchmarkId::new("ranked+quota+fingerprints", n), &input, |b, input| {
                b.iter(|| black_box(assess_cohort(&engine, input, &sealed).unwrap()))
            });
        }
    }
    g.finish();
}

criterion_group!(benches, cohorts);
criterion_main!(benches);
