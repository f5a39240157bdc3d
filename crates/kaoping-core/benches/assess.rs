//! Single assessments of the benchmark task: without explanation, with explanation, and with
#![allow(missing_docs, clippy::unwrap_used, clippy::indexing_slicing)]
//! explanation and fingerprint (the defaults).
use criterion::{criterion_group, criterion_main, Criterion};
use kaoping_core::{AssessOptions, Lang};
use std::hint::black_box;

mod support;

fn single(c: &mut Criterion) {
    let engine = support::engine();
    let dossiers = support::dossiers(engine.scheme(), 7, 1024);
    let mut g = c.benchmark_group("assess");
    for (name, trace, fingerprint) in
        [("plain", false, false), ("explained", true, false), ("explained+fingerprint", true, true)]
    {
        let options = AssessOptions { trace, fingerprint, lang: Lang::Zh };
        let mut i = 0usize;
        g.bench_function(name, |b| {
            b.iter(|| {
                i = (i + 1) % dossiers.len();
                black_box(engine.assess(black_box(&dossiers[i]), &options).unwrap())
            })
        });
    }
    g.finish();
}

criterion_group!(benches, single);
criterion_main!(benches);
