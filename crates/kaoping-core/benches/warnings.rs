//! Early warnings (督责, issue #16) over an assessment session, side by side with the full
//! recompute in the same run. The benchmark task's scheme gains a case record kind (立案日期,
//! 审限天数, 结案日期) and its 优秀 quota is counted per unit; N officers in 100 庭 under one court,
//! three cases each:
//! * `warnings/session/N`: `Session::warnings` (near a boundary within 2 points, time limits
//!   within 7 days costing D1, quota ties) with the table already built;
//! * `warnings/after one event/N`: one `setInput` event, then the warnings (the table rebuilt);
//! * `warnings/units/N`: `Session::units` (101 units, each with its ranking);
//! * `warnings/full recompute/N`: `assess_cohort` from scratch (fingerprints, per-officer
//!   results), as the session bench's full recompute.
//!
//! Then `targets` prints the target line (warnings at 100,000 officers ≤ 200 ms natively) with
//! the full recompute of the same run. `cargo test --benches` runs each once at 1,000 officers.
#![allow(missing_docs, clippy::unwrap_used, clippy::indexing_slicing)]

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use kaoping_core::api::session::{Change, Event, NewOfficer, RosterOfficer, Session, SessionInit};
use kaoping_core::base::json::from_json_str;
use kaoping_core::model::warning::Thresholds;
use kaoping_core::{assess_cohort, CohortInput, CohortOptions, Dossier, Engine, Scheme};
use serde_json::{json, Value};
use std::hint::black_box;
use std::time::{Duration, Instant};

mod support;

const UNITS: usize = 100;

fn scheme_json() -> Value {
    let mut s: Value = serde_json::from_str(support::TASK_SCHEME).unwrap();
    s["records"] = json!([{"id": "case", "title": "案件", "fields": [
        {"key": "filed", "title": "立案日期", "type": "date"},
        {"key": "limitDays", "title": "审限天数", "type": "number"},
        {"key": "closed", "title": "结案日期", "type": "date"}]}]);
    s["quotas"][0]["per"] = json!("unit");
    s
}

fn organisation() -> Value {
    let mut units = vec![json!({"id": "court", "title": "某中级人民法院"})];
    units.extend(
        (0..UNITS)
            .map(|u| json!({"id": format!("T-{u:02}"), "title": format!("第{u}庭"), "parent": "court"})),
    );
    json!({"units": units, "posts": [{"id": "judge", "title": "员额法官"}]})
}

fn thresholds() -> Thresholds {
    from_json_str(
        &json!({"asOf": "2026-11-20", "boundaryPoints": 2, "quotaTies": true,
                "timeLimit": {"kind": "case", "from": "filed", "limitDays": "limitDays", "closed": "closed",
                              "withinDays": 7, "item": "D1"}})
        .to_string(),
    )
    .unwrap()
}

fn event(change: Value, minute: u32) -> Event {
    from_json_str(
        &json!({"at": format!("2026-12-20T09:{minute:02}"), "actor": {"kind": "user", "id": "书记员"}, "change": change})
            .to_string(),
    )
    .unwrap()
}

/// The task's dossiers, in 100 units, with three cases each (filed between July and October,
/// one in three closed).
fn dossiers(scheme: &Scheme, n: usize) -> Vec<Dossier> {
    let mut r = support::Rng::new(41);
    let mut out = support::dossiers(scheme, 23, n);
    for (k, d) in out.iter_mut().enumerate() {
        d.officer.unit = Some(format!("T-{:02}", k % UNITS));
        let records: Vec<Value> = (0..3)
            .map(|c| {
                let day = 182 + (r.next() * 122.0) as i64; // 2026-07-01 + 0..122 days
                let filed = kaoping_core::base::date::Date::new(2026, 1, 1).unwrap().add_days(day).unwrap();
                let mut fields = json!({"filed": filed.to_string(), "limitDays": 90});
                if r.next() < 0.33 {
                    fields["closed"] = json!("2026-11-01");
                }
                json!({"kind": "case", "id": format!("（2026）示{k}号-{c}"), "fields": fields})
            })
            .collect();
        d.records = from_json_str(&Value::from(records).to_string()).unwrap();
    }
    out
}

fn session_of(dossiers: &[Dossier]) -> Session {
    let init: SessionInit = from_json_str(&json!({"scheme": scheme_json()}).to_string()).unwrap();
    let mut s = Session::new(init).unwrap();
    s.apply(event(json!({"type": "setOrganisation", "organisation": organisation()}), 0)).unwrap();
    let officers = dossiers
        .iter()
        .map(|d| NewOfficer {
            officer: RosterOfficer {
                id: d.officer.id.clone(),
                name: d.officer.name.clone(),
                unit: d.officer.unit.clone(),
                post: Some("judge".into()),
            },
            inputs: d.inputs.clone(),
            occurrences: d.occurrences.clone(),
            case_review: d.case_review,
            records: d.records.clone(),
        })
        .collect();
    let mut load = event(json!({"type": "seal"}), 1);
    load.change = Change::AddOfficers { officers };
    s.apply(load).unwrap();
    s
}

fn size() -> usize {
    if std::env::args().any(|a| a == "--bench") {
        100_000
    } else {
        1_000
    }
}

fn warnings(c: &mut Criterion) {
    let n = size();
    let engine = Engine::new(Scheme::from_json(&scheme_json().to_string()).unwrap()).unwrap();
    let dossiers = dossiers(engine.scheme(), n);
    let mut session = session_of(&dossiers);
    let t = thresholds();
    let mut g = c.benchmark_group("warnings");
    g.sample_size(10).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(3));
    black_box(session.warnings(&t).unwrap());
    g.bench_function(BenchmarkId::new("session", n), |b| b.iter(|| black_box(session.warnings(&t).unwrap())));
    g.bench_function(BenchmarkId::new("units", n), |b| b.iter(|| black_box(session.units())));
    let mut k = 0_usize;
    g.bench_function(BenchmarkId::new("after one event", n), |b| {
        b.iter(|| {
            k += 1;
            let d = &dossiers[(k * 7919) % dossiers.len()];
            let (key, value) = dossiers[(k * 104_729) % dossiers.len()].inputs.iter().next().unwrap();
            let change = json!({"type": "setInput", "officer": d.officer.id.as_str(), "key": key.as_str(), "value": value});
            session.apply(event(change, 2)).unwrap();
            black_box(session.warnings(&t).unwrap())
        })
    });
    let input = CohortInput { dossiers: dossiers.clone(), ..Default::default() };
    let full = CohortOptions { trace: false, fingerprint: true, details: true, ..Default::default() };
    g.bench_function(BenchmarkId::new("full recompute", n), |b| {
        b.iter(|| black_box(assess_cohort(&engine, &input, &full).unwrap()))
    });
    g.finish();
}

/// The target of issue #16, timed here in one run.
fn targets(c: &mut Criterion) {
    let _ = c;
    let selected = std::env::args().skip(1).filter(|a| !a.starts_with('-')).collect::<Vec<_>>();
    if !selected.is_empty() && !selected.iter().any(|s| s.contains("targets")) {
        return;
    }
    let n = size();
    let engine = Engine::new(Scheme::from_json(&scheme_json().to_string()).unwrap()).unwrap();
    let dossiers = dossiers(engine.scheme(), n);
    let session = session_of(&dossiers);
    let t = thresholds();
    let first = Instant::now();
    let count = black_box(session.warnings(&t).unwrap()).len();
    let cold = first.elapsed();
    let mut each: Vec<Duration> = (0..5)
        .map(|_| {
            let s = Instant::now();
            black_box(session.warnings(&t).unwrap());
            s.elapsed()
        })
        .collect();
    let mid = each.len() / 2;
    let warm = *each.select_nth_unstable(mid).1;
    let input = CohortInput { dossiers: dossiers.clone(), ..Default::default() };
    let full = CohortOptions { trace: false, fingerprint: true, details: true, ..Default::default() };
    let s = Instant::now();
    black_box(assess_cohort(&engine, &input, &full).unwrap());
    let recompute = s.elapsed();
    let verdict = if n < 100_000 {
        "(not judged at this size)"
    } else if warm <= Duration::from_millis(200) {
        "PASS"
    } else {
        "FAIL"
    };
    println!(
        "warnings target: {count} warnings over {n} officers in {:.1} ms (median of 5; the first call, building the table, {:.1} ms; target ≤ 200 ms); full recompute {:.2} s in the same run {verdict}",
        warm.as_secs_f64() * 1e3,
        cold.as_secs_f64() * 1e3,
        recompute.as_secs_f64()
    );
}

criterion_group!(benches, warnings, targets);
criterion_main!(benches);
