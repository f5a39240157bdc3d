//! Reading a cohort request of 10,000 officers of the benchmark task from its JSON text (what
//! `kaoping.cohort(json)` does first): the one reader, with the declared limits enforced as it
//! reads.
#![allow(missing_docs, clippy::unwrap_used)]

use criterion::{criterion_group, criterion_main, Criterion};
use kaoping_core::api::cohort::CohortRequest;
use std::hint::black_box;
use std::time::Duration;

mod support;

fn parse(c: &mut Criterion) {
    let engine = support::engine();
    // `cargo test --benches` runs each bench once: there 1,000 officers are enough
    let benchmarking = std::env::args().any(|a| a == "--bench");
    let n = if benchmarking { 10_000 } else { 1_000 };
    let dossiers = kaoping_json::to_string(&support::dossiers(engine.scheme(), 17, n));
    let text = format!("{{\"scheme\":\"court-judge\",\"dossiers\":{dossiers}}}");
    assert_eq!(CohortRequest::from_json(&text).unwrap().dossiers.len(), n);
    let mut g = c.benchmark_group("parse");
    g.sample_size(20).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(5));
    g.throughput(criterion::Throughput::Bytes(text.len() as u64));
    g.bench_function(format!("cohort request, {n} officers"), |b| {
        b.iter(|| black_box(CohortRequest::from_json(black_box(&text)).unwrap()))
    });
    g.finish();
}

criterion_group!(benches, parse);
criterion_main!(benches);
