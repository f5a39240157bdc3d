//! Issue 15's target: 10,000 officers × 200 case records each (2 million records) assessed under
//! the record-based court scheme, every derived input carrying the ids of the records behind it
//! (the drill-down), against the same 10,000 officers with the same figures hand-counted, in the
//! same run.
#![allow(missing_docs, clippy::unwrap_used, clippy::indexing_slicing)]

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use kaoping_core::model::records::{FieldValue, Record};
use kaoping_core::{api::builtin, AssessOptions, Decimal, Dossier, Engine};
use std::hint::black_box;
use std::time::Duration;

mod support;

/// 200 case records of officer `i`: closed in 2026 (most within the limit, some late, some
/// appealed and a few reversed), pending ones (some filed before 2025-12-31) and a few where the
/// officer sat as a 合议庭成员.
fn records(i: usize, rng: &mut support::Rng) -> Vec<Record> {
    let date = |y: i32, d: u32| format!("{y}-{:02}-{:02}", d / 28 % 12 + 1, d % 28 + 1);
    (0..200)
        .map(|k| {
            let r = rng.next();
            let text = |s: &str| FieldValue::Text(s.to_owned());
            let number = |n: u64| FieldValue::Number(Decimal::from_count(n).unwrap());
            let mut fields = vec![("limitDays", number(90))];
            let role = if r < 0.05 { "member" } else { "undertaker" };
            fields.push(("role", text(role)));
            if r < 0.82 {
                let days = 20 + (rng.next() * 110.0) as u32; // 20–129 days: about a third late
                let closed = (k as u32 * 17 + i as u32) % 330;
                fields.push(("closed", text(&date(2026, closed))));
                fields.push((
                    "filed",
                    text(&date(if closed < days { 2025 } else { 2026 }, (closed + 336 - days % 336) % 336)),
                ));
                fields.push(("days", number(u64::from(days))));
                if rng.next() < 0.2 {
                    fields.push(("appealed", FieldValue::Flag(true)));
                    let result = if rng.next() < 0.15 { "reversed" } else { "upheld" };
                    fields.push(("appealResult", text(result)));
                }
            } else {
                let year = if rng.next() < 0.1 { 2025 } else { 2026 };
                fields.push(("filed", text(&date(year, (k as u32 * 7) % 280))));
            }
            Record {
                kind: "case".into(),
                id: format!("（2026）示{i:05}民初{k}号").as_str().into(),
                fields: fields.into_iter().map(|(k, v)| (k.into(), v)).collect(),
            }
        })
        .collect()
}

/// `n` officers with their records, and the same officers with the derived figures hand-counted.
fn cohort(engine: &Engine, n: usize) -> (Vec<Dossier>, Vec<Dossier>) {
    let rng = &mut support::Rng::new(15);
    let options = AssessOptions { trace: false, fingerprint: false, ..AssessOptions::default() };
    let mut with_records = Vec::with_capacity(n);
    let mut hand = Vec::with_capacity(n);
    for i in 0..n {
        let text = format!(
            r#"{{"officer":{{"id":"J-{i:05}","name":"测试法官（示例）"}},"inputs":{{"an":180,"jian":230,"mediationRate":40,"satisfaction":90}}}}"#
        );
        let mut d = Dossier::from_json(&text).unwrap();
        d.records = records(i, rng);
        let a = engine.assess(&d, &options).unwrap();
        let mut counted = d.clone();
        counted.records.clear();
        for x in &a.derived {
            counted.inputs.insert(x.key.clone(), x.value.unwrap());
        }
        with_records.push(d);
        hand.push(counted);
    }
    (with_records, hand)
}

fn assess_all(engine: &Engine, dossiers: &[Dossier], options: &AssessOptions) -> usize {
    dossiers.iter().map(|d| engine.assess(d, options).unwrap().derived.len()).sum()
}

fn bench(c: &mut Criterion) {
    let engine = Engine::new(builtin::scheme("court-judge-records").unwrap()).unwrap();
    // `cargo test --benches` runs each bench once: there 100 officers are enough
    let benchmarking = std::env::args().any(|a| a == "--bench");
    let n = if benchmarking { 10_000 } else { 100 };
    let (with_records, hand) = cohort(&engine, n);
    let options = AssessOptions { trace: false, fingerprint: false, ..AssessOptions::default() };
    // every officer has all seven derived inputs, each with the ids of its records
    assert_eq!(assess_all(&engine, &with_records, &options), 7 * n);
    let mut g = c.benchmark_group("records");
    g.sample_size(10).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(8));
    g.bench_with_input(BenchmarkId::new("assess+drill", format!("{n}x200")), &with_records, |b, ds| {
        b.iter(|| black_box(assess_all(&engine, ds, &options)))
    });
    g.bench_with_input(BenchmarkId::new("hand-counted", n), &hand, |b, ds| {
        b.iter(|| black_box(assess_all(&engine, ds, &options)))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
