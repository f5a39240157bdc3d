//! Tolerance (容错纠错) decisions: one incident decided under the built-in policy, with an empty
//! history and with a history of five earlier incidents (shared fixtures 002 and 019).
#![allow(missing_docs, clippy::unwrap_used, clippy::indexing_slicing)]

use criterion::{criterion_group, criterion_main, Criterion};
use kaoping_core::rules::tolerance::{self, Incident, PriorIncident};
use kaoping_core::Date;
use std::hint::black_box;

fn case(text: &str) -> (Incident, Vec<PriorIncident>, Date) {
    let v: serde_json::Value = serde_json::from_str(text).unwrap();
    let input = &v["input"];
    (
        serde_json::from_value(input["incident"].clone()).unwrap(),
        serde_json::from_value(input["history"].clone()).unwrap(),
        Date::parse(input["asOf"].as_str().unwrap()).unwrap(),
    )
}

fn decisions(c: &mut Criterion) {
    let policy = tolerance::policy("tolerance-default").unwrap();
    let mut g = c.benchmark_group("tolerance");
    for (name, text) in [
        (
            "decide",
            include_str!(
                "../../../tests/fixtures/tolerance/002-lighter-mitigation-without-preconditions.json"
            ),
        ),
        (
            "decide with 5 prior incidents",
            include_str!("../../../tests/fixtures/tolerance/019-flaw-not-illegal-by-accumulation.json"),
        ),
    ] {
        let (incident, history, as_of) = case(text);
        tolerance::evaluate_tolerance(&policy, &incident, &history, as_of).unwrap();
        g.bench_function(name, |b| {
            b.iter(|| {
                black_box(
                    tolerance::evaluate_tolerance(&policy, black_box(&incident), &history, as_of).unwrap(),
                )
            })
        });
    }
    g.finish();
}

criterion_group!(benches, decisions);
criterion_main!(benches);
