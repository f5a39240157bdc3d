//! The benchmark task (bench/task-scheme.json) held to an independent reference, and the fast
//! paths of the engine (no explanation) held to the traced results: skipping the explanation
//! changes nothing else, problems keep their paths.
#![allow(
    clippy::unwrap_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::disallowed_types,
    clippy::disallowed_methods
)]

use kaoping_core::model::scheme::{InputSource, ScoringFunction};
use kaoping_core::{api::builtin, AssessOptions, Code, Engine, Lang};

#[path = "../benches/support/mod.rs"]
mod support;

/// `n / d` rounded half away from zero.
fn div_round(n: i128, d: i128) -> i128 {
    let (q, r) = (n.abs() / d, n.abs() % d);
    let q = if 2 * r >= d { q + 1 } else { q };
    if n < 0 {
        -q
    } else {
        q
    }
}

/// The task computed by hand in integers: total in hundredths and the grade id.
fn reference(engine: &Engine, d: &kaoping_core::Dossier) -> (i128, String) {
    let s = engine.scheme();
    let hundredths = |x: kaoping_core::Decimal| i128::from(x.micros()) / 10_000;
    let mut total = 0i128;
    for dim in &s.dimensions {
        for ind in &dim.indicators {
            let (InputSource::Value { key }, ScoringFunction::Piecewise { points }) =
                (&ind.input, &ind.scoring)
            else {
                panic!("task indicators are piecewise on values")
            };
            let x = i128::from(d.inputs.get(key).unwrap().micros());
            let p: Vec<(i128, i128)> =
                points.iter().map(|b| (i128::from(b.x.micros()), i128::from(b.y.micros()))).collect();
            let score = if x <= p[0].0 {
                p[0].1
            } else if x > p[p.len() - 1].0 {
                p[p.len() - 1].1
            } else {
                let i = p.iter().position(|b| x <= b.0).unwrap();
                let (a, b) = (p[i - 1], p[i]);
                a.1 + div_round((b.1 - a.1) * (x - a.0), b.0 - a.0)
            };
            // score (µ) × indicator weight (µ) × dimension weight (µ) → hundredths: ÷ 10^16
            let w = i128::from(ind.weight.micros()) * i128::from(dim.weight.micros());
            total += div_round(score * w, 10_i128.pow(16));
        }
    }
    for (list, sign) in [(&s.bonuses, 1), (&s.deductions, -1)] {
        for item in &list.items {
            let count: i128 =
                d.occurrences.iter().filter(|o| o.item == item.id).map(|o| i128::from(o.count)).sum();
            let raw = hundredths(item.points) * count;
            total += sign * raw.min(hundredths(item.cap.unwrap()));
        }
    }
    let total = total.clamp(hundredths(s.bounds.min), hundredths(s.bounds.max));
    let grade = s.grades.iter().find(|g| total >= hundredths(g.min)).unwrap().id.as_str().to_owned();
    (total, grade)
}

#[test]
fn bench_task_matches_an_independent_reference_with_and_without_explanation() {
    let engine = support::engine();
    let dossiers = support::dossiers(engine.scheme(), 11, 3000);
    let mut grades = std::collections::BTreeSet::new();
    for trace in [false, true] {
        let options = AssessOptions { trace, fingerprint: false, lang: Lang::Zh };
        for d in &dossiers {
            let a = engine.assess(d, &options).unwrap();
            let (total, grade) = reference(&engine, d);
            assert_eq!(i128::from(a.total.micros()), total * 10_000, "{}", d.officer.id);
            assert_eq!(a.grade.as_ref().unwrap().id.as_str(), grade, "{}", d.officer.id);
            grades.insert(grade);
        }
    }
    // the seeded inputs reach every grade band
    assert_eq!(grades.len(), 4);
}

/// Removes what only a traced result carries: the explanation, and the term lists of ratio
/// inputs (the core records them for the explanation only).
fn strip(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::Object(m) => {
            m.remove("explanation");
            if m.get("kind").and_then(|k| k.as_str()) == Some("ratio") {
                m.remove("numerator");
                m.remove("denominator");
            }
            m.values_mut().for_each(strip);
        }
        serde_json::Value::Array(a) => a.iter_mut().for_each(strip),
        _ => {}
    }
}

#[test]
fn no_explanation_changes_nothing_else() {
    let mut cases: Vec<(Engine, kaoping_core::Dossier)> = Vec::new();
    for entry in builtin::demo_entries() {
        cases.push((Engine::new(builtin::scheme(&entry.scheme).unwrap()).unwrap(), entry.dossier));
    }
    let task = support::engine();
    for d in support::dossiers(task.scheme(), 5, 200) {
        cases.push((task.clone(), d));
    }
    assert!(cases.len() > 200);
    for (engine, d) in &cases {
        for lang in [Lang::Zh, Lang::En] {
            let on = engine.assess(d, &AssessOptions { trace: true, fingerprint: true, lang }).unwrap();
            let off = engine.assess(d, &AssessOptions { trace: false, fingerprint: true, lang }).unwrap();
            assert!(!on.explanation.is_empty());
            assert!(off.explanation.is_empty());
            let mut on = serde_json::to_value(&on).unwrap();
            let mut off = serde_json::to_value(&off).unwrap();
            strip(&mut on);
            strip(&mut off);
            if on != off {
                let (a, b) = (on.to_string(), off.to_string());
                let i = a.bytes().zip(b.bytes()).position(|(x, y)| x != y).unwrap_or(0);
                panic!(
                    "{}: {} | {}",
                    d.officer.id,
                    &a[i.saturating_sub(150)..(i + 80).min(a.len())],
                    &b[i.saturating_sub(20)..(i + 80).min(b.len())]
                );
            }
        }
    }
}

#[test]
fn problems_keep_their_paths_without_explanation() {
    // I07 scored against the cohort with no statistics: a problem located at its scoring.
    let mut scheme: serde_json::Value = serde_json::from_str(support::TASK_SCHEME).unwrap();
    scheme["dimensions"][1]["indicators"][2]["scoring"] = serde_json::json!({ "type": "cohortRelative", "method": "zScore", "direction": "higher", "center": 70, "spread": 10 });
    let engine = Engine::new(serde_json::from_value(scheme).unwrap()).unwrap();
    let d = support::dossiers(&support::scheme(), 3, 1).remove(0);
    for trace in [true, false] {
        let problems =
            engine.assess(&d, &AssessOptions { trace, fingerprint: false, lang: Lang::Zh }).unwrap_err();
        let p = problems.errors().next().unwrap();
        assert_eq!(p.code, Code::MissingData);
        assert_eq!(p.path, "dimensions[1].indicators[2].scoring", "trace {trace}");
    }
}
